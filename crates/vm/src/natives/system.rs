//! `java.lang.System.arraycopy` and the `jdk.internal.misc.VM` start-up natives.

use super::Registry;
use crate::exceptions::throw_new;
use crate::interp::is_assignable;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use crate::types::BasicType;

pub(crate) fn register(r: &mut Registry) {
    r.add(
        "java/lang/System",
        "arraycopy",
        "(Ljava/lang/Object;ILjava/lang/Object;II)V",
        arraycopy,
    );
    r.add("jdk/internal/misc/VM", "initialize", "()V", super::nothing);
}

/// How HotSpot names an array type in arraycopy messages: `int[]`, or `object array[]`.
fn arraycopy_type_name(element: BasicType) -> String {
    match element {
        BasicType::Reference => "object array[]".to_owned(),
        t => format!("{}[]", t.java_name()),
    }
}

fn arraycopy(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let (src, src_pos, dst, dst_pos, length) = (
        Ref::from_bits(args[0]),
        args[1] as u32 as i32,
        Ref::from_bits(args[2]),
        args[3] as u32 as i32,
        args[4] as u32 as i32,
    );
    let (Some(src), Some(dst)) = (src, dst) else {
        return Err(throw_new(thread, "java/lang/NullPointerException", None));
    };
    let Some((src_element, _)) = src.class().array_element() else {
        let msg = format!(
            "arraycopy: source type {} is not an array",
            src.class().java_name()
        );
        return Err(throw_new(
            thread,
            "java/lang/ArrayStoreException",
            Some(&msg),
        ));
    };
    let Some((dst_element, dst_component)) = dst.class().array_element() else {
        let msg = format!(
            "arraycopy: destination type {} is not an array",
            dst.class().java_name()
        );
        return Err(throw_new(
            thread,
            "java/lang/ArrayStoreException",
            Some(&msg),
        ));
    };
    if src_element != dst_element {
        let msg = format!(
            "arraycopy: type mismatch: can not copy {} into {}",
            arraycopy_type_name(src_element),
            arraycopy_type_name(dst_element)
        );
        return Err(throw_new(
            thread,
            "java/lang/ArrayStoreException",
            Some(&msg),
        ));
    }
    let bounds = |what: &str, pos: i32, array: Ref| -> Option<String> {
        let len = array.array_length();
        let name = arraycopy_type_name(src_element);
        if pos < 0 {
            Some(format!(
                "arraycopy: {what} index {pos} out of bounds for {}",
                name.replace("[]", &format!("[{len}]"))
            ))
        } else if pos as i64 + length as i64 > len as i64 {
            Some(format!(
                "arraycopy: last {what} index {} out of bounds for {}",
                pos as i64 + length as i64,
                name.replace("[]", &format!("[{len}]"))
            ))
        } else {
            None
        }
    };
    if length < 0 {
        let msg = format!("arraycopy: length {length} is negative");
        return Err(throw_new(
            thread,
            "java/lang/ArrayIndexOutOfBoundsException",
            Some(&msg),
        ));
    }
    if let Some(msg) =
        bounds("source", src_pos, src).or_else(|| bounds("destination", dst_pos, dst))
    {
        return Err(throw_new(
            thread,
            "java/lang/ArrayIndexOutOfBoundsException",
            Some(&msg),
        ));
    }
    let size = src_element.size();
    let same_or_assignable =
        src_element != BasicType::Reference || is_assignable(src.class(), dst.class());
    if same_or_assignable {
        Ref::copy_elements(
            src,
            Ref::element_offset(src_pos as usize, size),
            dst,
            Ref::element_offset(dst_pos as usize, size),
            length as usize * size,
        );
        return Ok(0);
    }
    // Reference arrays of unrelated types: copy element by element, checking each store.
    for i in 0..length as usize {
        let v = src.get::<u64>(Ref::element_offset(src_pos as usize + i, 8));
        if let Some(value) = Ref::from_bits(v) {
            if !is_assignable(value.class(), dst_component) {
                let msg = format!(
                    "arraycopy: element type mismatch: can not cast one of the elements of {}[] to the type of the destination array, {}",
                    src.class().array_element().map_or_else(String::new, |(_, c)| c.java_name()),
                    dst_component.java_name()
                );
                return Err(throw_new(
                    thread,
                    "java/lang/ArrayStoreException",
                    Some(&msg),
                ));
            }
        }
        dst.set::<u64>(Ref::element_offset(dst_pos as usize + i, 8), v);
    }
    Ok(0)
}
