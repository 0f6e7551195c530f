//! The hot, pure loops of `java.lang.StringLatin1` and `StringUTF16`, run as Rust instead of
//! bytecode, as HotSpot intrinsifies them: hashing and comparing strings is most of what start-up
//! (module graph, property and charset maps) and `HashMap<String, _>` code do. The results are
//! exactly the Java methods'.

use super::Registry;
use crate::exceptions::throw_new;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};

/// Java methods whose bytecode the VM replaces with the functions here.
pub(crate) const INTRINSICS: &[(&str, &str, &str)] = &[
    ("java/lang/StringLatin1", "hashCode", "([B)I"),
    ("java/lang/StringLatin1", "equals", "([B[B)Z"),
    ("java/lang/StringUTF16", "hashCode", "([B)I"),
];

pub(crate) fn register(r: &mut Registry) {
    let [latin1_hash, latin1_equals, utf16_hash] = INTRINSICS else {
        unreachable!()
    };
    r.add(latin1_hash.0, latin1_hash.1, latin1_hash.2, |t, a| {
        let bytes = byte_array(t, a[0])?;
        let hash = elements(bytes).fold(0i32, |h, b| h.wrapping_mul(31).wrapping_add(b as i32));
        Ok(hash as u32 as u64)
    });
    r.add(latin1_equals.0, latin1_equals.1, latin1_equals.2, |t, a| {
        let (x, y) = (byte_array(t, a[0])?, byte_array(t, a[1])?);
        let equal = x.array_length() == y.array_length() && elements(x).eq(elements(y));
        Ok(equal as u64)
    });
    r.add(utf16_hash.0, utf16_hash.1, utf16_hash.2, |t, a| {
        let bytes = byte_array(t, a[0])?;
        // StringUTF16 stores each char in the platform's byte order (`HI_BYTE_SHIFT`).
        let chars = (0..bytes.array_length() as usize / 2).map(|i| {
            let pair = [byte_at(bytes, 2 * i), byte_at(bytes, 2 * i + 1)];
            u16::from_ne_bytes(pair)
        });
        let hash = chars.fold(0i32, |h, c| h.wrapping_mul(31).wrapping_add(c as i32));
        Ok(hash as u32 as u64)
    });
}

fn byte_array(thread: &mut JavaThread, bits: u64) -> JResult<Ref> {
    Ref::from_bits(bits).ok_or_else(|| throw_new(thread, "java/lang/NullPointerException", None))
}

fn byte_at(array: Ref, index: usize) -> u8 {
    array.get::<u8>(Ref::element_offset(index, 1))
}

fn elements(array: Ref) -> impl Iterator<Item = u8> {
    (0..array.array_length() as usize).map(move |i| byte_at(array, i))
}
