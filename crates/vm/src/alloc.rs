//! Creating objects and arrays: the VM's one path to the heap.
//!
//! Allocation bumps the thread's TLAB; a full TLAB is replaced from Eden; objects larger than
//! half of Eden go to Old. Only the interpreter's allocation instructions may collect
//! ([`new_object_at_safepoint`] and friends, see `gc.rs` for why); every other allocation takes
//! room in Old when Eden is full, and the next safe allocation collects.

use crate::class::Class;
use crate::exceptions::throw_new;
use crate::gc;
use crate::object::{Ref, ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET};
use crate::thread::{JResult, JavaThread};
use rjava_heap::{align_object_size, GcCause};
use std::ptr::NonNull;

/// The largest array length HotSpot allows (`Integer.MAX_VALUE - 2` elements).
pub const MAX_ARRAY_LENGTH: i32 = i32::MAX - 2;

/// Allocates a zeroed instance of `class` (which the caller has initialized), without collecting.
pub fn new_object(thread: &mut JavaThread, class: &'static Class) -> JResult<Ref> {
    object(thread, class, false)
}

/// As [`new_object`], at an interpreter allocation instruction, where a collection may run.
pub fn new_object_at_safepoint(thread: &mut JavaThread, class: &'static Class) -> JResult<Ref> {
    object(thread, class, true)
}

#[inline]
fn object(thread: &mut JavaThread, class: &'static Class, safepoint: bool) -> JResult<Ref> {
    let size = class.instance_size as usize;
    match allocate(thread, size, safepoint) {
        // SAFETY: fresh, zeroed memory of the class's instance size.
        Some(memory) => Ok(unsafe { Ref::initialize(memory, class) }),
        None => Err(out_of_memory(thread, "Java heap space")),
    }
}

/// Allocates a zeroed array of `length` elements of `array_class`, without collecting.
pub fn new_array(
    thread: &mut JavaThread,
    array_class: &'static Class,
    length: i32,
) -> JResult<Ref> {
    array(thread, array_class, length, false)
}

/// As [`new_array`], at an interpreter allocation instruction, where a collection may run.
pub fn new_array_at_safepoint(
    thread: &mut JavaThread,
    array_class: &'static Class,
    length: i32,
) -> JResult<Ref> {
    array(thread, array_class, length, true)
}

/// The bytes an array of `length` elements of `array_class` takes.
pub fn array_size(array_class: &'static Class, length: i32) -> usize {
    let (element, _) = array_class.array_element().expect("an array class");
    align_object_size(ARRAY_BASE_OFFSET + length.max(0) as usize * element.size())
}

fn array(
    thread: &mut JavaThread,
    array_class: &'static Class,
    length: i32,
    safepoint: bool,
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
    match allocate(thread, array_size(array_class, length), safepoint) {
        Some(memory) => {
            // SAFETY: fresh, zeroed memory large enough for the header, length and elements.
            let array = unsafe { Ref::initialize(memory, array_class) };
            array.set::<i32>(ARRAY_LENGTH_OFFSET, length);
            Ok(array)
        }
        None => Err(out_of_memory(thread, "Java heap space")),
    }
}

/// Makes sure a following allocation of `bytes` in total (a multi-dimensional array's parts)
/// will not need to collect, collecting now if it would.
pub fn reserve_at_safepoint(thread: &mut JavaThread, bytes: usize) {
    let heap = &thread.vm.heap;
    if gc::may_collect(thread) && !heap.is_large(bytes) && !heap.eden_has_room(bytes) {
        collect(thread, GcCause::AllocationFailure, false, false, |_| false);
    }
}

/// `size` zeroed bytes: from the TLAB, a new TLAB, or Old; at a safepoint collecting when
/// Eden is full (young, then full, then full clearing soft references) before giving up.
#[inline]
fn allocate(thread: &mut JavaThread, size: usize, safepoint: bool) -> Option<NonNull<u8>> {
    if safepoint {
        if let Some(every) = thread.vm.options.gc_stress {
            if gc::may_collect(thread) {
                stress(thread, every);
            }
        }
    }
    let heap = &thread.vm.heap;
    if thread.tlab_epoch != heap.collection_count() {
        // A collection since this TLAB was carved emptied Eden under it.
        thread.tlab_top = 0;
        thread.tlab_end = 0;
        thread.tlab_epoch = heap.collection_count();
    }
    if size <= thread.tlab_end - thread.tlab_top {
        let at = thread.tlab_top;
        thread.tlab_top += size;
        // SAFETY: `[at, at + size)` was the free start of this thread's TLAB.
        unsafe { rjava_heap::zero_object(at, size) };
        return NonNull::new(at as *mut u8);
    }
    allocate_slow(thread, size, safepoint)
}

#[inline(never)]
fn allocate_slow(thread: &mut JavaThread, size: usize, safepoint: bool) -> Option<NonNull<u8>> {
    let vm = thread.vm;
    let large = vm.heap.is_large(size);
    let new_tlab = |thread: &mut JavaThread| -> Option<usize> {
        let (start, end) = vm.heap.allocate_tlab(size)?;
        thread.tlab_top = start + size;
        thread.tlab_end = end;
        thread.tlab_epoch = vm.heap.collection_count();
        // SAFETY: the start of the TLAB the heap just handed out.
        unsafe { rjava_heap::zero_object(start, size) };
        Some(start)
    };
    let may_collect = safepoint && gc::may_collect(thread);
    // Before collecting, a small object goes to Old only if no collection may run now.
    let first = if large {
        vm.heap.allocate_old(size)
    } else {
        new_tlab(thread).or_else(|| (!may_collect).then(|| vm.heap.allocate_old(size))?)
    };
    if first.is_some() || !may_collect {
        return first.and_then(|at| NonNull::new(at as *mut u8));
    }
    for (full, clear_soft) in [(false, false), (true, false), (true, true)] {
        let room = |thread: &mut JavaThread| {
            let at = if large { None } else { new_tlab(thread) };
            at.or_else(|| vm.heap.allocate_old(size))
        };
        let mut found = None;
        collect(thread, GcCause::AllocationFailure, full, clear_soft, |t| {
            found = room(t);
            found.is_some()
        });
        if let Some(at) = found.or_else(|| room(thread)) {
            return NonNull::new(at as *mut u8);
        }
    }
    None
}

/// The stress mode: a young collection at every safe allocation, a full one every `every`th.
#[inline(never)]
fn stress(thread: &mut JavaThread, every: u32) {
    let count = thread.vm.heap.collection_count();
    let full = every > 0 && count % every as u64 == every as u64 - 1;
    gc::collect(thread, GcCause::Stress, full, false);
}

/// Collects (the caller may), waiting while another thread holds references outside the roots
/// and `room` finds no memory meanwhile; gives up after a few seconds of that. The Reference
/// Handler thread then enqueues the references the collection cleared.
pub fn collect(
    thread: &mut JavaThread,
    cause: GcCause,
    full: bool,
    clear_soft: bool,
    mut room: impl FnMut(&mut JavaThread) -> bool,
) {
    for _ in 0..5000 {
        if gc::collect(thread, cause, full, clear_soft) || room(thread) {
            return;
        }
        crate::safepoint::blocking(thread, || {
            std::thread::sleep(std::time::Duration::from_millis(1))
        });
    }
}

fn out_of_memory(thread: &mut JavaThread, message: &str) -> crate::thread::Throw {
    throw_new(thread, "java/lang/OutOfMemoryError", Some(message))
}
