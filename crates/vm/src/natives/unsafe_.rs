//! `jdk.internal.misc.Unsafe`: field offsets that match the object layout, volatile and CAS
//! accessors, off-heap memory, and class-initialization queries.
//!
//! Static fields are addressed HotSpot-style: `staticFieldBase` is the class's mirror and
//! `staticFieldOffset` a marked slot index, which `address` turns into the address of the slot.

use super::Registry;
use crate::class::Class;
use crate::mirror::class_of_mirror;
use crate::object::{raw, Ref, ARRAY_BASE_OFFSET};
use crate::thread::{JResult, JavaThread};
use std::sync::atomic::{fence, Ordering};

/// Marks a static-field offset; the low bits are the slot index.
pub(crate) const STATIC_MARK: i64 = 1 << 40;

const U: &str = "jdk/internal/misc/Unsafe";

fn class_arg(v: u64) -> Option<&'static Class> {
    Ref::from_bits(v).and_then(class_of_mirror)
}

/// The address Unsafe means by `(base, offset)`.
fn address(base: u64, offset: u64) -> usize {
    let offset = offset as i64;
    match Ref::from_bits(base) {
        None => offset as usize,
        Some(b) if offset & STATIC_MARK != 0 => match class_of_mirror(b) {
            Some(c) => &c.statics[(offset & (STATIC_MARK - 1)) as usize] as *const _ as usize,
            None => b.address().wrapping_add(offset as usize),
        },
        Some(b) => b.address().wrapping_add(offset as usize),
    }
}

macro_rules! accessors {
    ($r:ident, $get:literal, $put:literal, $desc:literal, $t:ty, $to:expr, $from:expr) => {
        $r.add(U, $get, concat!("(Ljava/lang/Object;J)", $desc), |_, a| {
            // SAFETY: Unsafe's caller guarantees the address (as in HotSpot).
            let v: $t = unsafe { raw::load(address(a[1], a[2])) };
            Ok(($to)(v))
        });
        $r.add(
            U,
            $put,
            concat!("(Ljava/lang/Object;J", $desc, ")V"),
            |_, a| {
                // SAFETY: as above.
                unsafe { raw::store::<$t>(address(a[1], a[2]), ($from)(a[4])) };
                Ok(0)
            },
        );
        // The volatile forms (which the acquire, release and opaque ones call) are
        // sequentially consistent, as volatile fields are (see `interp::volatile_store`).
        $r.add(
            U,
            concat!($get, "Volatile"),
            concat!("(Ljava/lang/Object;J)", $desc),
            |_, a| {
                // SAFETY: as above.
                let v: $t = unsafe { raw::load(address(a[1], a[2])) };
                fence(Ordering::Acquire);
                Ok(($to)(v))
            },
        );
        $r.add(
            U,
            concat!($put, "Volatile"),
            concat!("(Ljava/lang/Object;J", $desc, ")V"),
            |_, a| {
                fence(Ordering::Release);
                // SAFETY: as above.
                unsafe { raw::store::<$t>(address(a[1], a[2]), ($from)(a[4])) };
                fence(Ordering::SeqCst);
                Ok(0)
            },
        );
    };
}

pub(crate) fn register(r: &mut Registry) {
    r.add(U, "registerNatives", "()V", super::nothing);
    r.add(U, "arrayBaseOffset0", "(Ljava/lang/Class;)I", |_, _| {
        Ok(ARRAY_BASE_OFFSET as u64)
    });
    r.add(U, "arrayIndexScale0", "(Ljava/lang/Class;)I", |_, a| {
        Ok(class_arg(a[1])
            .and_then(|c| c.array_element())
            .map_or(0, |(e, _)| e.size() as u64))
    });
    r.add(U, "addressSize0", "()I", |_, _| Ok(8));
    r.add(U, "pageSize", "()I", |_, _| Ok(4096));
    r.add(
        U,
        "objectFieldOffset1",
        "(Ljava/lang/Class;Ljava/lang/String;)J",
        object_field_offset1,
    );
    r.add(U, "fullFence", "()V", full_fence);
    r.add(U, "loadFence", "()V", full_fence);
    r.add(U, "storeFence", "()V", full_fence);
    // These hold nothing across initialization: class initializers under them may collect.
    r.add_gc_safe(
        U,
        "ensureClassInitialized0",
        "(Ljava/lang/Class;)V",
        |t, a| {
            if let Some(c) = class_arg(a[1]) {
                crate::init::initialize(t, c)?;
            }
            Ok(0)
        },
    );
    r.add(U, "shouldBeInitialized0", "(Ljava/lang/Class;)Z", |_, a| {
        Ok(class_arg(a[1]).is_some_and(|c| !c.is_initialized()) as u64)
    });
    accessors!(
        r,
        "getInt",
        "putInt",
        "I",
        i32,
        |v: i32| v as u32 as u64,
        |v: u64| v as u32 as i32
    );
    accessors!(
        r,
        "getLong",
        "putLong",
        "J",
        i64,
        |v: i64| v as u64,
        |v: u64| v as i64
    );
    accessors!(
        r,
        "getReference",
        "putReference",
        "Ljava/lang/Object;",
        u64,
        |v: u64| v,
        |v: u64| v
    );
    accessors!(
        r,
        "getBoolean",
        "putBoolean",
        "Z",
        u8,
        |v: u8| (v != 0) as u64,
        |v: u64| (v & 1) as u8
    );
    accessors!(
        r,
        "getByte",
        "putByte",
        "B",
        i8,
        |v: i8| v as i32 as u32 as u64,
        |v: u64| v as i8
    );
    accessors!(
        r,
        "getShort",
        "putShort",
        "S",
        i16,
        |v: i16| v as i32 as u32 as u64,
        |v: u64| v as i16
    );
    accessors!(
        r,
        "getChar",
        "putChar",
        "C",
        u16,
        |v: u16| v as u64,
        |v: u64| v as u16
    );
    accessors!(
        r,
        "getFloat",
        "putFloat",
        "F",
        f32,
        |v: f32| v.to_bits() as u64,
        |v: u64| f32::from_bits(v as u32)
    );
    accessors!(
        r,
        "getDouble",
        "putDouble",
        "D",
        f64,
        |v: f64| v.to_bits(),
        f64::from_bits
    );
    r.add(U, "compareAndSetInt", "(Ljava/lang/Object;JII)Z", |_, a| {
        let (e, n) = (a[4] as u32 as i32, a[5] as u32 as i32);
        // SAFETY: Unsafe's caller guarantees the address.
        Ok((unsafe { raw::cas_i32(address(a[1], a[2]), e, n) } == e) as u64)
    });
    r.add(
        U,
        "compareAndExchangeInt",
        "(Ljava/lang/Object;JII)I",
        |_, a| {
            // SAFETY: as above.
            Ok(
                unsafe { raw::cas_i32(address(a[1], a[2]), a[4] as u32 as i32, a[5] as u32 as i32) }
                    as u32 as u64,
            )
        },
    );
    for (name, desc) in [
        ("compareAndSetLong", "(Ljava/lang/Object;JJJ)Z"),
        (
            "compareAndSetReference",
            "(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Z",
        ),
    ] {
        r.add(U, name, desc, |_, a| {
            // Longs take two slots: expected at 4, new at 6; references one each: 4 and 5.
            let (e, n) = if a.len() > 6 {
                (a[4], a[6])
            } else {
                (a[4], a[5])
            };
            // SAFETY: as above.
            Ok(
                (unsafe { raw::cas_i64(address(a[1], a[2]), e as i64, n as i64) } as u64 == e)
                    as u64,
            )
        });
    }
    for (name, desc) in [
        ("compareAndExchangeLong", "(Ljava/lang/Object;JJJ)J"),
        (
            "compareAndExchangeReference",
            "(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
        ),
    ] {
        r.add(U, name, desc, |_, a| {
            let (e, n) = if a.len() > 6 {
                (a[4], a[6])
            } else {
                (a[4], a[5])
            };
            // SAFETY: as above.
            Ok(unsafe { raw::cas_i64(address(a[1], a[2]), e as i64, n as i64) } as u64)
        });
    }
    r.add(U, "allocateMemory0", "(J)J", |_, a| {
        Ok(allocate(a[1] as usize) as u64)
    });
    r.add(U, "reallocateMemory0", "(JJ)J", |_, a| {
        let new = allocate(a[3] as usize);
        if a[1] != 0 {
            // SAFETY: the old block is at least as large as what its owner copies; Unsafe's
            // contract makes the caller responsible, as in HotSpot.
            unsafe { raw::copy(a[1] as usize, new, a[3] as usize) };
        }
        Ok(new as u64)
    });
    r.add(U, "freeMemory0", "(J)V", |_, _| Ok(0));
    r.add(U, "setMemory0", "(Ljava/lang/Object;JJB)V", |_, a| {
        // SAFETY: Unsafe's caller guarantees the range.
        unsafe { raw::fill(address(a[1], a[2]), a[4] as usize, a[6] as u8) };
        Ok(0)
    });
    r.add(
        U,
        "copyMemory0",
        "(Ljava/lang/Object;JLjava/lang/Object;JJ)V",
        |_, a| {
            // SAFETY: Unsafe's caller guarantees both ranges.
            unsafe { raw::copy(address(a[1], a[2]), address(a[4], a[5]), a[7] as usize) };
            Ok(0)
        },
    );
    r.add(
        U,
        "staticFieldBase0",
        "(Ljava/lang/reflect/Field;)Ljava/lang/Object;",
        static_field_base,
    );
    r.add(
        U,
        "staticFieldOffset0",
        "(Ljava/lang/reflect/Field;)J",
        static_field_offset,
    );
    r.add(
        U,
        "objectFieldOffset0",
        "(Ljava/lang/reflect/Field;)J",
        object_field_offset0,
    );
    r.add_gc_safe(
        U,
        "allocateInstance",
        "(Ljava/lang/Class;)Ljava/lang/Object;",
        |t, a| {
            let Some(c) = class_arg(a[1]) else {
                return Ok(0);
            };
            crate::init::initialize(t, c)?;
            Ok(crate::alloc::new_object(t, c)?.to_bits())
        },
    );
}

fn full_fence(_: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
    Ok(0)
}

/// Off-heap memory for `allocateMemory`: 16-byte aligned, never moved; freed with the process.
fn allocate(size: usize) -> usize {
    let words = size.div_ceil(16).max(1);
    let block: &'static mut [u128] = Box::leak(vec![0u128; words].into_boxed_slice());
    block.as_mut_ptr() as usize
}

fn find_field(class: &'static Class, name: &str) -> Option<&'static crate::class::Field> {
    let mut c = Some(class);
    while let Some(k) = c {
        if let Some(f) = k.fields.iter().find(|f| f.name == name) {
            return Some(f);
        }
        c = k.super_class;
    }
    None
}

fn object_field_offset1(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let class = class_arg(a[1]);
    let name = Ref::from_bits(a[2])
        .map(crate::strings::string_to_rust)
        .unwrap_or_default();
    match class.and_then(|c| find_field(c, &name)) {
        Some(f) if !f.is_static() => Ok(f.offset as u64),
        _ => Err(crate::exceptions::throw_new(
            thread,
            "java/lang/InternalError",
            Some(&name),
        )),
    }
}

/// The runtime field behind a `java.lang.reflect.Field` (its `clazz` and `slot`).
pub(crate) fn reflected_field(
    field: u64,
) -> Option<(&'static Class, &'static crate::class::Field)> {
    let field = Ref::from_bits(field)?;
    let fc = field.class();
    let clazz = fc.fields.iter().find(|f| f.name == "clazz")?;
    let slot = fc.fields.iter().find(|f| f.name == "slot")?;
    let class = field
        .get_ref(clazz.offset as usize)
        .and_then(class_of_mirror)?;
    let index = field.get::<i32>(slot.offset as usize);
    class.fields.get(index as usize).map(|f| (class, f))
}

fn object_field_offset0(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    match reflected_field(a[1]) {
        Some((_, f)) => Ok(f.offset as u64),
        None => Err(crate::exceptions::throw_new(
            thread,
            "java/lang/InternalError",
            None,
        )),
    }
}

fn static_field_offset(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    match reflected_field(a[1]) {
        Some((_, f)) => Ok((STATIC_MARK | f.offset as i64) as u64),
        None => Err(crate::exceptions::throw_new(
            thread,
            "java/lang/InternalError",
            None,
        )),
    }
}

fn static_field_base(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    match reflected_field(a[1]) {
        Some((c, _)) => Ok(crate::mirror::mirror(thread, c)?.to_bits()),
        None => Err(crate::exceptions::throw_new(
            thread,
            "java/lang/InternalError",
            None,
        )),
    }
}
