//! `jdk.internal.jimage.NativeImageBuffer.getNativeMap`: hands the JDK's `BasicImageReader` the
//! VM's own mapping of `lib/modules` as a direct `ByteBuffer`, as HotSpot does, so the image is
//! mapped once and read through `Unsafe` by both the VM and the class library.

use super::native_io::construct;
use super::Registry;
use crate::object::Ref;
use crate::strings::string_to_rust;
use crate::thread::{JResult, JavaThread};
use std::path::Path;

pub(crate) fn register(r: &mut Registry) {
    r.add(
        "jdk/internal/jimage/NativeImageBuffer",
        "getNativeMap",
        "(Ljava/lang/String;)Ljava/nio/ByteBuffer;",
        native_map,
    );
}

/// A `DirectByteBuffer` over the VM's image mapping if `name` is that image, else null.
fn native_map(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(name) = Ref::from_bits(a[0]).map(string_to_rust) else {
        return Ok(0);
    };
    let image = thread.vm.image;
    if !same_file(Path::new(&name), image.path()) {
        return Ok(0);
    }
    let bytes = image.mapped_bytes();
    let Ok(capacity) = i32::try_from(bytes.len()) else {
        // Too large for one buffer: the reader then maps the file itself.
        return Ok(0);
    };
    // The mapping lives as long as the VM (the image is leaked at start-up), so the address
    // stays valid for the buffer's whole life. The buffer is writable in Java's eyes, as the
    // one JNI's NewDirectByteBuffer makes; the JDK's image reader only reads it.
    let address = bytes.as_ptr() as usize as u64;
    let buffer = construct(
        thread,
        "java/nio/DirectByteBuffer",
        "(JI)V",
        &[address, 0, capacity as u32 as u64],
    )?;
    Ok(buffer.to_bits())
}

fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}
