//! Natives of `java.lang`: Object, Class, System, Throwable, String, Float, Double, StrictMath.

use super::{nothing, Registry};
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use std::sync::atomic::Ordering;

pub(crate) fn register(r: &mut Registry) {
    r.add("java/lang/Object", "registerNatives", "()V", nothing);
    r.add("java/lang/Object", "hashCode", "()I", object_hash_code);
    r.add(
        "java/lang/Object",
        "getClass",
        "()Ljava/lang/Class;",
        object_get_class,
    );
    r.add("java/lang/Class", "registerNatives", "()V", nothing);
    r.add(
        "java/lang/Class",
        "desiredAssertionStatus0",
        "(Ljava/lang/Class;)Z",
        |t, a| {
            let Some(class) = Ref::from_bits(a[0]).and_then(crate::mirror::class_of_mirror) else {
                return Ok(0);
            };
            let system = class.loader == crate::class::DefiningLoader::Bootstrap;
            Ok(t.vm.options.assertions_enabled(&class.java_name(), system) as u64)
        },
    );
    r.add(
        "java/lang/Class",
        "getPrimitiveClass",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        class_get_primitive_class,
    );
    r.add("java/lang/Class", "isArray", "()Z", |_, a| {
        Ok(this_class(a).is_array() as u64)
    });
    r.add("java/lang/Class", "isPrimitive", "()Z", |_, a| {
        Ok(this_class(a).is_primitive() as u64)
    });
    r.add("java/lang/Class", "isInterface", "()Z", |_, a| {
        Ok(this_class(a).is_interface() as u64)
    });
    r.add("java/lang/Class", "getModifiers", "()I", |_, a| {
        Ok(class_modifiers(this_class(a)) as u64)
    });
    r.add(
        "java/lang/Class",
        "isInstance",
        "(Ljava/lang/Object;)Z",
        |_, a| {
            Ok(Ref::from_bits(a[1])
                .is_some_and(|o| crate::interp::is_assignable(o.class(), this_class(a)))
                as u64)
        },
    );
    r.add(
        "java/lang/Class",
        "isAssignableFrom",
        "(Ljava/lang/Class;)Z",
        class_is_assignable_from,
    );
    r.add(
        "java/lang/Class",
        "getSuperclass",
        "()Ljava/lang/Class;",
        class_get_superclass,
    );
    r.add(
        "java/lang/Class",
        "initClassName",
        "()Ljava/lang/String;",
        class_init_class_name,
    );
    // Holds only Rust values across loading and initialization: initializers may collect.
    r.add_gc_safe(
        "java/lang/Class",
        "forName0",
        "(Ljava/lang/String;ZLjava/lang/ClassLoader;Ljava/lang/Class;)Ljava/lang/Class;",
        class_for_name0,
    );
    r.add("java/lang/System", "registerNatives", "()V", nothing);
    r.add(
        "java/lang/System",
        "identityHashCode",
        "(Ljava/lang/Object;)I",
        system_identity_hash_code,
    );
    r.add("java/lang/System", "nanoTime", "()J", |_, _| {
        Ok(nano_time() as u64)
    });
    r.add("java/lang/System", "currentTimeMillis", "()J", |_, _| {
        Ok(current_time_millis() as u64)
    });
    r.add("java/lang/Float", "floatToRawIntBits", "(F)I", |_, a| {
        Ok(a[0] & 0xFFFF_FFFF)
    });
    r.add("java/lang/Float", "intBitsToFloat", "(I)F", |_, a| {
        Ok(a[0] & 0xFFFF_FFFF)
    });
    r.add("java/lang/Double", "doubleToRawLongBits", "(D)J", |_, a| {
        Ok(a[0])
    });
    r.add("java/lang/Double", "longBitsToDouble", "(J)D", |_, a| {
        Ok(a[0])
    });
    r.add(
        "java/lang/Throwable",
        "fillInStackTrace",
        "(I)Ljava/lang/Throwable;",
        throwable_fill_in_stack_trace,
    );
    r.add(
        "java/lang/String",
        "intern",
        "()Ljava/lang/String;",
        string_intern,
    );
    // StrictMath must give fdlibm's exact results; the libm crate ports the fdlibm-derived
    // FreeBSD/musl implementations.
    for name in [
        "sin", "cos", "tan", "asin", "acos", "atan", "log", "log10", "sqrt", "sinh", "cosh",
        "tanh", "expm1", "log1p",
    ] {
        r.add(
            "java/lang/StrictMath",
            name,
            "(D)D",
            strict_math_unary(name),
        );
    }
    r.add("java/lang/StrictMath", "atan2", "(DD)D", |_, a| {
        Ok(libm::atan2(f64::from_bits(a[0]), f64::from_bits(a[2])).to_bits())
    });
    r.add("java/lang/StrictMath", "IEEEremainder", "(DD)D", |_, a| {
        Ok(libm::remainder(f64::from_bits(a[0]), f64::from_bits(a[2])).to_bits())
    });
}

/// StrictMath's one-argument functions. (fdlibm-exactness is the class library's concern for
/// the functions it implements in Java; these are the ones it leaves to the VM.)
fn strict_math_unary(name: &str) -> super::NativeFn {
    macro_rules! unary {
        ($f:path) => {
            |_, a| Ok($f(f64::from_bits(a[0])).to_bits())
        };
    }
    match name {
        "sin" => unary!(libm::sin),
        "cos" => unary!(libm::cos),
        "tan" => unary!(libm::tan),
        "asin" => unary!(libm::asin),
        "acos" => unary!(libm::acos),
        "atan" => unary!(libm::atan),
        "log" => unary!(libm::log),
        "log10" => unary!(fdlibm_log10),
        "sqrt" => unary!(libm::sqrt),
        "sinh" => unary!(libm::sinh),
        "cosh" => unary!(libm::cosh),
        "tanh" => unary!(fdlibm_tanh),
        "expm1" => unary!(libm::expm1),
        _ => unary!(libm::log1p),
    }
}

fn nano_time() -> i64 {
    use std::time::Instant;
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as i64
}

fn current_time_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// The identity hash, kept in the mark word once assigned (bits 8..39), like HotSpot's.
pub(crate) fn identity_hash(object: Ref) -> i32 {
    let mark = object.mark();
    let existing = (mark.load(Ordering::Relaxed) >> 8) as u32 & 0x7FFF_FFFF;
    if existing != 0 {
        return existing as i32;
    }
    // Marsaglia xor-shift, as HotSpot's default hashCode mode uses, per process.
    static STATE: std::sync::atomic::AtomicU64 =
        std::sync::atomic::AtomicU64::new(0x2545_F491_4F6C_DD1D);
    let mut x = STATE.load(Ordering::Relaxed);
    let mut hash;
    loop {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        hash = (x as u32) & 0x7FFF_FFFF;
        if hash != 0 {
            break;
        }
    }
    STATE.store(x, Ordering::Relaxed);
    let _ = mark.fetch_or((hash as u64) << 8, Ordering::Relaxed);
    ((mark.load(Ordering::Relaxed) >> 8) as u32 & 0x7FFF_FFFF) as i32
}

fn object_hash_code(_: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let object = Ref::from_bits(args[0]).expect("receiver");
    Ok(identity_hash(object) as u32 as u64)
}

fn system_identity_hash_code(_: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    Ok(Ref::from_bits(args[0]).map_or(0, |o| identity_hash(o) as u32 as u64))
}

fn object_get_class(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let object = Ref::from_bits(args[0]).expect("receiver");
    Ok(crate::mirror::mirror(thread, object.class())?.to_bits())
}

/// Records the backtrace as a `long[]` of `(method id << 32 | pc)` in `Throwable.backtrace`, and
/// its length in `Throwable.depth`; `StackTraceElement.initStackTraceElements` decodes it.
fn throwable_fill_in_stack_trace(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let throwable = Ref::from_bits(args[0]).expect("receiver");
    let trace = crate::exceptions::backtrace(thread, throwable.class());
    let vm = thread.vm;
    let long_array = vm.load_class(thread, "[J", crate::class::DefiningLoader::Bootstrap)?;
    let array = crate::alloc::new_array(thread, long_array, trace.len() as i32)?;
    for (i, (id, pc)) in trace.iter().enumerate() {
        array.set::<u64>(Ref::element_offset(i, 8), (*id as u64) << 32 | *pc as u64);
    }
    let throwable_class = vm.load_class(
        thread,
        "java/lang/Throwable",
        crate::class::DefiningLoader::Bootstrap,
    )?;
    if let Some(f) = throwable_class.declared_field("backtrace", "Ljava/lang/Object;") {
        throwable.set_ref(f.offset as usize, Some(array));
    }
    if let Some(f) = throwable_class.declared_field("depth", "I") {
        throwable.set::<i32>(f.offset as usize, trace.len() as i32);
    }
    Ok(args[0])
}

fn string_intern(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let string = Ref::from_bits(args[0]).expect("receiver");
    let units = crate::strings::string_units(string);
    Ok(crate::strings::intern_existing(thread, string, &units).to_bits())
}

/// The runtime class behind a `java.lang.Class` receiver.
fn this_class(args: &[u64]) -> &'static crate::class::Class {
    Ref::from_bits(args[0])
        .and_then(crate::mirror::class_of_mirror)
        .expect("a Class receiver")
}

/// `Class.getModifiers`: the class's flags, or the InnerClasses entry's for a nested class.
fn class_modifiers(class: &crate::class::Class) -> u16 {
    use rjava_classfile::access::*;
    if let Some(cf) = class.class_file.as_ref() {
        for a in &cf.attributes {
            if let rjava_classfile::Attribute::InnerClasses(entries) = a {
                for e in entries {
                    if cf.constant_pool.class_name(e.inner_class_info_index).ok()
                        == Some(&*class.name)
                    {
                        return e.inner_class_access_flags & !ACC_SUPER;
                    }
                }
            }
        }
    }
    class.access_flags & !(ACC_SUPER | ACC_MODULE)
}

fn class_get_primitive_class(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    use crate::types::BasicType::*;
    let name = Ref::from_bits(args[0])
        .map(crate::strings::string_to_rust)
        .unwrap_or_default();
    let t = match name.as_str() {
        "boolean" => Boolean,
        "char" => Char,
        "float" => Float,
        "double" => Double,
        "byte" => Byte,
        "short" => Short,
        "int" => Int,
        "long" => Long,
        "void" => Void,
        _ => {
            return Err(crate::exceptions::throw_new(
                thread,
                "java/lang/NullPointerException",
                None,
            ))
        }
    };
    let class = thread.vm.primitive_class(t);
    Ok(crate::mirror::mirror(thread, class)?.to_bits())
}

fn class_is_assignable_from(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let Some(other) = Ref::from_bits(args[1]).and_then(crate::mirror::class_of_mirror) else {
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/NullPointerException",
            None,
        ));
    };
    Ok(crate::interp::is_assignable(other, this_class(args)) as u64)
}

fn class_get_superclass(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let class = this_class(args);
    if class.is_interface() || class.is_primitive() {
        return Ok(0);
    }
    match class.super_class {
        Some(s) => Ok(crate::mirror::mirror(thread, s)?.to_bits()),
        None => Ok(0),
    }
}

/// `Class.initClassName`: computes `getName()` once and caches it in the `name` field.
fn class_init_class_name(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let class = this_class(args);
    let name = crate::strings::new_string(thread, &class.java_name())?;
    let units = crate::strings::string_units(name);
    let name = crate::strings::intern_existing(thread, name, &units);
    let mirror = Ref::from_bits(args[0]).expect("receiver");
    if let Some(f) = mirror.class().declared_field("name", "Ljava/lang/String;") {
        mirror.set_ref(f.offset as usize, Some(name));
    }
    Ok(name.to_bits())
}

/// `Class.forName0(name, initialize, loader, caller)`: `ClassNotFoundException` with the dotted
/// name when absent. A non-null loader is the application loader for now.
fn class_for_name0(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let Some(name) = Ref::from_bits(args[0]).map(crate::strings::string_to_rust) else {
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/NullPointerException",
            None,
        ));
    };
    let loader = crate::natives::loaders::defining_loader_of(thread, Ref::from_bits(args[2]))?;
    let internal = name.replace('.', "/");
    let vm = thread.vm;
    // Names with '/' are not binary names; arrays are named by descriptor.
    let valid = !name.contains('/') && !name.is_empty();
    let found = if valid {
        vm.try_load_class(thread, &internal, loader)?
    } else {
        None
    };
    let Some(class) = found else {
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/ClassNotFoundException",
            Some(&name),
        ));
    };
    if args[1] != 0 {
        crate::init::initialize(thread, class)?;
    }
    Ok(crate::mirror::mirror(thread, class)?.to_bits())
}

/// fdlibm 5.3's `e_log10.c` (the JDK's StrictMath.log10): log10(x) = n*log10(2) + log10(m)
/// evaluated as `y*log10_2lo + ivln10*log(m)` + `y*log10_2hi`; musl's newer algorithm rounds
/// differently in the last bit.
fn fdlibm_log10(x: f64) -> f64 {
    // The constants exactly as fdlibm spells them, by bit pattern.
    const TWO54: f64 = f64::from_bits(0x4350_0000_0000_0000);
    const IVLN10: f64 = f64::from_bits(0x3FDB_CB7B_1526_E50E);
    const LOG10_2HI: f64 = f64::from_bits(0x3FD3_4413_509F_6000);
    const LOG10_2LO: f64 = f64::from_bits(0x3D59_FEF3_11F1_2B36);
    let bits = x.to_bits();
    let mut hx = (bits >> 32) as i32;
    let lx = bits as u32;
    let mut k: i32 = 0;
    let mut x = x;
    if hx < 0x0010_0000 {
        if ((hx & 0x7fff_ffff) as u32 | lx) == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        k -= 54;
        x *= TWO54;
        hx = (x.to_bits() >> 32) as i32;
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32) & 0x8000_0000) >> 31;
    let hx = (hx & 0x000f_ffff) | (((0x3ff - i as i32) as u32) << 20) as i32;
    let y = (k + i as i32) as f64;
    let x = f64::from_bits(((hx as u32 as u64) << 32) | (x.to_bits() & 0xffff_ffff));
    let z = y * LOG10_2LO + IVLN10 * libm::log(x);
    z + y * LOG10_2HI
}

/// fdlibm 5.3's `s_tanh.c`, through expm1 as fdlibm does it.
fn fdlibm_tanh(x: f64) -> f64 {
    let jx = (x.to_bits() >> 32) as i32;
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return if jx >= 0 {
            1.0 / x + 1.0
        } else {
            1.0 / x - 1.0
        };
    }
    let z = if ix < 0x4036_0000 {
        if ix < 0x3c80_0000 {
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            let t = libm::expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0 - 1.0e-300
    };
    if jx >= 0 {
        z
    } else {
        -z
    }
}
