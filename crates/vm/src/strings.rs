//! `java.lang.String` objects made and read by the VM, and the intern table.
//!
//! JDK 17 strings hold a `byte[] value` with a `coder`: LATIN1 (one byte per char) when every
//! char fits, else UTF16 (two bytes per char, native order as `StringUTF16` reads them).

use crate::alloc::{new_array, new_object};
use crate::class::{Class, DefiningLoader};
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

const LATIN1: i8 = 0;
const UTF16: i8 = 1;

struct StringLayout {
    class: &'static Class,
    byte_array: &'static Class,
    value: usize,
    coder: usize,
}

static LAYOUT: OnceLock<StringLayout> = OnceLock::new();

fn layout(thread: &mut JavaThread) -> JResult<&'static StringLayout> {
    if let Some(l) = LAYOUT.get() {
        return Ok(l);
    }
    let vm = thread.vm;
    let class = vm.load_class(thread, "java/lang/String", DefiningLoader::Bootstrap)?;
    let byte_array = vm.load_class(thread, "[B", DefiningLoader::Bootstrap)?;
    let offset = |name: &str| {
        class
            .fields
            .iter()
            .find(|f| f.name == name && !f.is_static())
            .map(|f| f.offset as usize)
    };
    let layout = StringLayout {
        class,
        byte_array,
        value: offset("value").expect("String.value"),
        coder: offset("coder").expect("String.coder"),
    };
    Ok(LAYOUT.get_or_init(|| layout))
}

/// A new `java.lang.String` with the given UTF-16 code units.
pub fn new_string_utf16(thread: &mut JavaThread, units: &[u16]) -> JResult<Ref> {
    let l = layout(thread)?;
    let latin1 = units.iter().all(|&u| u <= 0xFF);
    let bytes = if latin1 { units.len() } else { units.len() * 2 };
    let value = new_array(thread, l.byte_array, bytes as i32)?;
    for (i, &u) in units.iter().enumerate() {
        if latin1 {
            value.set::<u8>(Ref::element_offset(i, 1), u as u8);
        } else {
            value.set::<u16>(Ref::element_offset(i, 2), u);
        }
    }
    let string = new_object(thread, l.class)?;
    string.set_ref(l.value, Some(value));
    string.set::<i8>(l.coder, if latin1 { LATIN1 } else { UTF16 });
    Ok(string)
}

/// A new `java.lang.String` from Rust text.
pub fn new_string(thread: &mut JavaThread, text: &str) -> JResult<Ref> {
    let units: Vec<u16> = text.encode_utf16().collect();
    new_string_utf16(thread, &units)
}

/// The UTF-16 code units of a `java.lang.String`.
pub fn string_units(string: Ref) -> Vec<u16> {
    let Some(l) = LAYOUT.get() else {
        return Vec::new();
    };
    let Some(value) = string.get_ref(l.value) else {
        return Vec::new();
    };
    let len = value.array_length().max(0) as usize;
    if string.get::<i8>(l.coder) == LATIN1 {
        (0..len)
            .map(|i| value.get::<u8>(Ref::element_offset(i, 1)) as u16)
            .collect()
    } else {
        (0..len / 2)
            .map(|i| value.get::<u16>(Ref::element_offset(i, 2)))
            .collect()
    }
}

/// A `java.lang.String` as Rust text (unpaired surrogates become U+FFFD).
pub fn string_to_rust(string: Ref) -> String {
    String::from_utf16_lossy(&string_units(string))
}

/// The canonical string with these contents (`String.intern`, string literals).
pub fn intern(thread: &mut JavaThread, units: &[u16]) -> JResult<Ref> {
    let vm = thread.vm;
    if let Some(r) = interned_index(thread, units).and_then(|i| interned(vm, i)) {
        return Ok(r);
    }
    let string = new_string_utf16(thread, units)?;
    Ok(intern_existing(thread, string, units))
}

/// The canonical string for Rust text (member names, which HotSpot makes from symbols).
pub fn intern_str(thread: &mut JavaThread, text: &str) -> JResult<Ref> {
    let units: Vec<u16> = text.encode_utf16().collect();
    intern(thread, &units)
}

/// Interns an existing string object: returns the canonical one (maybe `string` itself).
pub fn intern_existing(thread: &mut JavaThread, string: Ref, units: &[u16]) -> Ref {
    let vm = thread.vm;
    let mut table = vm.string_table.lock().expect("string table");
    if let Some(&i) = table.get(units) {
        if let Some(r) = interned(vm, i) {
            return r;
        }
    }
    let mut refs = vm.string_refs.lock().expect("string refs");
    let index = refs.len() as u32;
    refs.push(AtomicU64::new(string.to_bits()));
    table.insert(units.into(), index);
    string
}

/// The intern-table index of a string's contents, if interned.
pub fn interned_index(thread: &mut JavaThread, units: &[u16]) -> Option<u32> {
    thread.vm.string_table.lock().ok()?.get(units).copied()
}

/// The interned string at a table index (the table's references are collector roots).
pub fn interned(vm: &crate::vm::Vm, index: u32) -> Option<Ref> {
    let refs = vm.string_refs.lock().ok()?;
    Ref::from_bits(refs.get(index as usize)?.load(Ordering::Relaxed))
}

/// The intern-table index for a string's contents, interning it if needed (for `ldc`).
pub fn intern_index(thread: &mut JavaThread, units: &[u16]) -> JResult<u32> {
    intern(thread, units)?;
    Ok(interned_index(thread, units).expect("just interned"))
}
