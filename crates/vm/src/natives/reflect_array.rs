//! `java.lang.reflect.Array`: creating arrays from a component class, and element access with
//! the widening and boxing rules reflection applies.

use super::Registry;
use crate::exceptions::throw_new;
use crate::mirror::class_of_mirror;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use crate::types::BasicType;

const A: &str = "java/lang/reflect/Array";

pub(crate) fn register(r: &mut Registry) {
    // Holds nothing after allocating, so it may collect (programs allocate through it in loops).
    r.add_gc_safe(
        A,
        "newArray",
        "(Ljava/lang/Class;I)Ljava/lang/Object;",
        new_array,
    );
    r.add(
        A,
        "multiNewArray",
        "(Ljava/lang/Class;[I)Ljava/lang/Object;",
        multi_new_array,
    );
    r.add(A, "getLength", "(Ljava/lang/Object;)I", |t, a| {
        Ok(array_arg(t, a[0])?.array_length() as u32 as u64)
    });
    r.add(
        A,
        "get",
        "(Ljava/lang/Object;I)Ljava/lang/Object;",
        get_boxed,
    );
    r.add(
        A,
        "set",
        "(Ljava/lang/Object;ILjava/lang/Object;)V",
        set_boxed,
    );
    for (name, t) in [
        ("getInt", BasicType::Int),
        ("getLong", BasicType::Long),
        ("getBoolean", BasicType::Boolean),
        ("getByte", BasicType::Byte),
        ("getChar", BasicType::Char),
        ("getShort", BasicType::Short),
        ("getFloat", BasicType::Float),
        ("getDouble", BasicType::Double),
    ] {
        let descriptor: &'static str = match t {
            BasicType::Int => "(Ljava/lang/Object;I)I",
            BasicType::Long => "(Ljava/lang/Object;I)J",
            BasicType::Boolean => "(Ljava/lang/Object;I)Z",
            BasicType::Byte => "(Ljava/lang/Object;I)B",
            BasicType::Char => "(Ljava/lang/Object;I)C",
            BasicType::Short => "(Ljava/lang/Object;I)S",
            BasicType::Float => "(Ljava/lang/Object;I)F",
            _ => "(Ljava/lang/Object;I)D",
        };
        r.add(
            A,
            name,
            descriptor,
            match t {
                BasicType::Int => |t, a| get_primitive(t, a, BasicType::Int),
                BasicType::Long => |t, a| get_primitive(t, a, BasicType::Long),
                BasicType::Boolean => |t, a| get_primitive(t, a, BasicType::Boolean),
                BasicType::Byte => |t, a| get_primitive(t, a, BasicType::Byte),
                BasicType::Char => |t, a| get_primitive(t, a, BasicType::Char),
                BasicType::Short => |t, a| get_primitive(t, a, BasicType::Short),
                BasicType::Float => |t, a| get_primitive(t, a, BasicType::Float),
                _ => |t, a| get_primitive(t, a, BasicType::Double),
            },
        );
    }
}

fn array_arg(thread: &mut JavaThread, v: u64) -> JResult<Ref> {
    match Ref::from_bits(v) {
        None => Err(throw_new(thread, "java/lang/NullPointerException", None)),
        Some(a) if a.class().is_array() => Ok(a),
        Some(_) => Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("Argument is not an array"),
        )),
    }
}

fn new_array(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(component) = Ref::from_bits(a[0]).and_then(class_of_mirror) else {
        return Err(throw_new(thread, "java/lang/NullPointerException", None));
    };
    let element = match component.kind {
        crate::class::ClassKind::Primitive(BasicType::Void) => {
            return Err(throw_new(
                thread,
                "java/lang/IllegalArgumentException",
                None,
            ))
        }
        crate::class::ClassKind::Primitive(t) => t,
        _ => BasicType::Reference,
    };
    let vm = thread.vm;
    let array_class = vm.array_class_of(thread, component, element)?;
    Ok(crate::alloc::new_array_at_safepoint(thread, array_class, a[1] as u32 as i32)?.to_bits())
}

fn multi_new_array(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(mut class) = Ref::from_bits(a[0]).and_then(class_of_mirror) else {
        return Err(throw_new(thread, "java/lang/NullPointerException", None));
    };
    let dims = array_arg(thread, a[1])?;
    let lengths: Vec<i32> = (0..dims.array_length() as usize)
        .map(|i| dims.get::<i32>(Ref::element_offset(i, 4)))
        .collect();
    if lengths.is_empty() {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("Empty dimensions array"),
        ));
    }
    let vm = thread.vm;
    for _ in 0..lengths.len() {
        let element = match class.kind {
            crate::class::ClassKind::Primitive(t) => t,
            _ => BasicType::Reference,
        };
        class = vm.array_class_of(thread, class, element)?;
    }
    Ok(crate::interp::multi_new_array(thread, class, &lengths)?.to_bits())
}

/// Bounds-checked element offset, with `ArrayIndexOutOfBoundsException` as reflection throws it.
fn element(thread: &mut JavaThread, array: Ref, index: i32) -> JResult<(BasicType, usize)> {
    let length = array.array_length();
    if index < 0 || index >= length {
        let msg = format!("Index {index} out of bounds for length {length}");
        return Err(throw_new(
            thread,
            "java/lang/ArrayIndexOutOfBoundsException",
            Some(&msg),
        ));
    }
    let (t, _) = array.class().array_element().expect("array");
    Ok((t, Ref::element_offset(index as usize, t.size())))
}

fn read_raw(array: Ref, t: BasicType, offset: usize) -> u64 {
    match t {
        BasicType::Int => array.get::<i32>(offset) as u32 as u64,
        BasicType::Long => array.get::<i64>(offset) as u64,
        BasicType::Float => array.get::<f32>(offset).to_bits() as u64,
        BasicType::Double => array.get::<f64>(offset).to_bits(),
        BasicType::Boolean | BasicType::Byte => array.get::<i8>(offset) as i32 as u32 as u64,
        BasicType::Char => array.get::<u16>(offset) as u64,
        BasicType::Short => array.get::<i16>(offset) as i32 as u32 as u64,
        _ => array.get::<u64>(offset),
    }
}

/// Widens a primitive slot value from one type to another (JLS 5.1.2), if allowed.
fn widen(v: u64, from: BasicType, to: BasicType) -> Option<u64> {
    use BasicType::*;
    let as_i64 = |v: u64| -> i64 {
        match from {
            Long => v as i64,
            Char => v as u16 as i64,
            _ => v as u32 as i32 as i64,
        }
    };
    Some(match (from, to) {
        (f, t) if f == t => v,
        (Byte | Short | Char, Int) => as_i64(v) as i32 as u32 as u64,
        (Byte, Short) => v,
        (Byte | Short | Char | Int, Long) => as_i64(v) as u64,
        (Byte | Short | Char | Int | Long, Float) => (as_i64(v) as f32).to_bits() as u64,
        (Byte | Short | Char | Int | Long, Double) => (as_i64(v) as f64).to_bits(),
        (Float, Double) => (f32::from_bits(v as u32) as f64).to_bits(),
        _ => return None,
    })
}

fn get_primitive(thread: &mut JavaThread, a: &[u64], want: BasicType) -> JResult<u64> {
    let array = array_arg(thread, a[0])?;
    let (t, offset) = element(thread, array, a[1] as u32 as i32)?;
    if t == BasicType::Reference {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("Argument is not an array of primitive type"),
        ));
    }
    match widen(read_raw(array, t, offset), t, want) {
        Some(v) => Ok(v),
        None => Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("argument type mismatch"),
        )),
    }
}

fn get_boxed(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let array = array_arg(thread, a[0])?;
    let (t, offset) = element(thread, array, a[1] as u32 as i32)?;
    let raw = read_raw(array, t, offset);
    crate::natives::class_reflect::box_value(thread, t, raw)
}

fn set_boxed(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let array = array_arg(thread, a[0])?;
    let (t, offset) = element(thread, array, a[1] as u32 as i32)?;
    if t == BasicType::Reference {
        if let Some(v) = Ref::from_bits(a[2]) {
            let (_, component) = array.class().array_element().expect("array");
            if !crate::interp::is_assignable(v.class(), component) {
                return Err(throw_new(
                    thread,
                    "java/lang/IllegalArgumentException",
                    Some("array element type mismatch"),
                ));
            }
        }
        array.set::<u64>(offset, a[2]);
        return Ok(0);
    }
    let Some((from, raw)) =
        Ref::from_bits(a[2]).and_then(crate::natives::class_reflect::unbox_value)
    else {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("argument type mismatch"),
        ));
    };
    let Some(v) = widen(raw, from, t) else {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("argument type mismatch"),
        ));
    };
    match t {
        BasicType::Int | BasicType::Float => array.set::<i32>(offset, v as u32 as i32),
        BasicType::Long | BasicType::Double => array.set::<u64>(offset, v),
        BasicType::Boolean | BasicType::Byte => array.set::<i8>(offset, v as i8),
        _ => array.set::<u16>(offset, v as u16),
    }
    Ok(0)
}
