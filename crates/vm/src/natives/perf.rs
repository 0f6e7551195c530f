//! `jdk.internal.perf.Perf`: the performance counters the class library keeps (`ZipFile`,
//! class loading statistics). Each counter is a small block of native memory, never freed (as
//! HotSpot's PerfData lives as long as the VM), handed to Java as a direct `ByteBuffer`;
//! nothing outside the process can attach to them.

use super::native_io::{array_range, construct, read_array};
use super::{nothing, Registry};
use crate::exceptions::throw_new;
use crate::object::raw;
use crate::thread::{JResult, JavaThread};
use std::sync::OnceLock;
use std::time::Instant;

const PERF: &str = "jdk/internal/perf/Perf";

pub(crate) fn register(r: &mut Registry) {
    r.add(PERF, "registerNatives", "()V", nothing);
    r.add(
        PERF,
        "createLong",
        "(Ljava/lang/String;IIJ)Ljava/nio/ByteBuffer;",
        |t, a| {
            let address = allocate(8);
            // SAFETY: `address` is a fresh, 8-aligned block of 8 bytes owned by this counter.
            unsafe { raw::store::<i64>(address as usize, a[4] as i64) };
            direct_buffer(t, address, 8)
        },
    );
    r.add(
        PERF,
        "createByteArray",
        "(Ljava/lang/String;II[BI)Ljava/nio/ByteBuffer;",
        |t, a| {
            let max_length = a[5] as u32 as i32;
            let Some(array) = crate::object::Ref::from_bits(a[4]) else {
                return Err(throw_new(t, "java/lang/NullPointerException", None));
            };
            let length = array.array_length();
            let (array, off, len) = array_range(t, a[4], 0, length)?;
            let capacity = max_length.max(length).max(1);
            let value = read_array(array, off, len);
            let address = allocate(capacity as usize);
            for (i, b) in value.iter().enumerate() {
                // SAFETY: `i < len <= capacity`: inside the fresh block.
                unsafe { raw::store::<u8>(address as usize + i, *b) };
            }
            direct_buffer(t, address, capacity)
        },
    );
    r.add(PERF, "highResCounter", "()J", |_, _| {
        static START: OnceLock<Instant> = OnceLock::new();
        Ok(START.get_or_init(Instant::now).elapsed().as_nanos() as u64)
    });
    r.add(PERF, "highResFrequency", "()J", |_, _| Ok(1_000_000_000));
    r.add(
        PERF,
        "attach",
        "(Ljava/lang/String;II)Ljava/nio/ByteBuffer;",
        |t, _| {
            Err(throw_new(
                t,
                "java/io/IOException",
                Some("Attaching to other processes' performance counters is not supported"),
            ))
        },
    );
    r.add(PERF, "detach", "(Ljava/nio/ByteBuffer;)V", nothing);
}

/// A zeroed, 8-aligned block of `size` bytes that lives as long as the process.
fn allocate(size: usize) -> u64 {
    let block: &'static mut [u64] =
        Box::leak(vec![0u64; size.div_ceil(8).max(1)].into_boxed_slice());
    block.as_mut_ptr() as usize as u64
}

fn direct_buffer(thread: &mut JavaThread, address: u64, capacity: i32) -> JResult<u64> {
    let buffer = construct(
        thread,
        "java/nio/DirectByteBuffer",
        "(JI)V",
        &[address, 0, capacity as u32 as u64],
    )?;
    Ok(buffer.to_bits())
}
