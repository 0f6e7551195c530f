//! Creating objects and arrays: the VM's one path to the heap.

use crate::class::Class;
use crate::exceptions::throw_new;
use crate::object::{Ref, ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET};
use crate::thread::{JResult, JavaThread};

/// The largest array length HotSpot allows (`Integer.MAX_VALUE - 2` elements).
pub const MAX_ARRAY_LENGTH: i32 = i32::MAX - 2;

/// Allocates a zeroed instance of `class` (which the caller has initialized).
pub fn new_object(thread: &mut JavaThread, class: &'static Class) -> JResult<Ref> {
    let size = class.instance_size as usize;
    match thread.vm.heap.allocate(size) {
        // SAFETY: fresh, zeroed memory of the class's instance size.
        Ok(memory) => Ok(unsafe { Ref::initialize(memory, class) }),
        Err(_) => Err(out_of_memory(thread, "Java heap space")),
    }
}

/// Allocates a zeroed array of `length` elements of `array_class`.
pub fn new_array(
    thread: &mut JavaThread,
    array_class: &'static Class,
    length: i32,
) -> JResult<Ref> {
    if length < 0 {
        return Err(throw_new(
            thread,
            "java/lang/NegativeArraySizeException",
            Some(&length.to_string()),
        ));
    }
    if length > MAX_ARRAY_LENGTH {
        return Err(out_of_memory(
            thread,
            "Requested array size exceeds VM limit",
        ));
    }
    let (element, _) = array_class.array_element().expect("an array class");
    let size = ARRAY_BASE_OFFSET + length as usize * element.size();
    match thread.vm.heap.allocate(size) {
        Ok(memory) => {
            // SAFETY: fresh, zeroed memory large enough for the header, length and elements.
            let array = unsafe { Ref::initialize(memory, array_class) };
            array.set::<i32>(ARRAY_LENGTH_OFFSET, length);
            Ok(array)
        }
        Err(_) => Err(out_of_memory(thread, "Java heap space")),
    }
}

fn out_of_memory(thread: &mut JavaThread, message: &str) -> crate::thread::Throw {
    throw_new(thread, "java/lang/OutOfMemoryError", Some(message))
}
