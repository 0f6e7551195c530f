//! The object model: what a Java object looks like in the heap, and the only code that reads and
//! writes heap memory.
//!
//! ```text
//! instance:  [ class: *const Class | mark: u64 | fields...                 ]
//! array:     [ class: *const Class | mark: u64 | length: i32 | pad | elems ]
//!             0                      8           16                   24
//! ```
//! The mark word holds the identity hash (and later lock and GC bits). Field offsets come from
//! the class's layout (`Class::instance_size`, `Field::offset`), element offsets from
//! [`ARRAY_BASE_OFFSET`]. Every access is a relaxed atomic: Java threads may race on a field,
//! which must not be undefined behaviour in Rust; on x86-64 and aarch64 these are plain moves.

use crate::class::Class;
use rjava_heap::CardTable;
use std::cell::Cell;
use std::ptr::NonNull;
use std::sync::atomic::{
    AtomicI16, AtomicI32, AtomicI64, AtomicI8, AtomicU16, AtomicU64, Ordering::Relaxed,
};

pub const HEADER_SIZE: usize = 16;
pub const ARRAY_LENGTH_OFFSET: usize = 16;
/// Elements start 8-aligned after the length, whatever their size.
pub const ARRAY_BASE_OFFSET: usize = 24;

thread_local! {
    /// The card table of the heap this thread's Java code runs in, for the write barrier.
    static CARDS: Cell<Option<&'static CardTable>> = const { Cell::new(None) };
}

/// Makes the current OS thread's reference stores mark `cards` (done when a Java thread is
/// created on it).
pub fn attach_card_table(cards: &'static CardTable) {
    CARDS.with(|c| c.set(Some(cards)));
}

/// The write barrier: a reference (or a word that may be one) was stored at `address`.
#[inline(always)]
pub fn card_mark(address: usize) {
    CARDS.with(|c| {
        if let Some(cards) = c.get() {
            cards.mark(address)
        }
    })
}

/// The write barrier for a range of stored references.
pub fn card_mark_range(start: usize, end: usize) {
    CARDS.with(|c| {
        if let Some(cards) = c.get() {
            cards.mark_range(start, end)
        }
    })
}

/// A non-null reference to a heap object: its address. A `Ref` is only ever made from an address
/// the heap handed out, or read back from a slot or field that holds one.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Ref(NonNull<u8>);

// SAFETY: a Ref is an address into the Java heap, which every Java thread may use; all memory
// accesses through it are atomic.
unsafe impl Send for Ref {}
unsafe impl Sync for Ref {}

impl std::fmt::Debug for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ref({:#x} {})", self.address(), self.class().name)
    }
}

/// A field or element type readable from the heap.
pub trait HeapValue: Copy {
    /// # Safety
    /// `ptr` is aligned for `Self` and points into a live object.
    unsafe fn load(ptr: *mut u8) -> Self;
    /// # Safety
    /// As for `load`.
    unsafe fn store(ptr: *mut u8, value: Self);
}

macro_rules! heap_value {
    ($t:ty, $atomic:ty, $to:expr, $from:expr) => {
        impl HeapValue for $t {
            #[inline(always)]
            unsafe fn load(ptr: *mut u8) -> Self {
                // SAFETY: the caller guarantees alignment and liveness.
                let raw = unsafe { <$atomic>::from_ptr(ptr.cast()) }.load(Relaxed);
                $from(raw)
            }
            #[inline(always)]
            unsafe fn store(ptr: *mut u8, value: Self) {
                // SAFETY: as for load.
                unsafe { <$atomic>::from_ptr(ptr.cast()) }.store($to(value), Relaxed)
            }
        }
    };
}

heap_value!(i8, AtomicI8, |v| v, |v| v);
heap_value!(u8, AtomicI8, |v: u8| v as i8, |v: i8| v as u8);
heap_value!(i16, AtomicI16, |v| v, |v| v);
heap_value!(u16, AtomicU16, |v| v, |v| v);
heap_value!(i32, AtomicI32, |v| v, |v| v);
heap_value!(i64, AtomicI64, |v| v, |v| v);
heap_value!(f32, AtomicI32, |v: f32| v.to_bits() as i32, |v: i32| {
    f32::from_bits(v as u32)
});
heap_value!(f64, AtomicI64, |v: f64| v.to_bits() as i64, |v: i64| {
    f64::from_bits(v as u64)
});
heap_value!(u64, AtomicU64, |v| v, |v| v);

impl Ref {
    /// A reference from a slot or field value; 0 is null.
    #[inline(always)]
    pub fn from_bits(bits: u64) -> Option<Ref> {
        NonNull::new(bits as usize as *mut u8).map(Ref)
    }

    #[inline(always)]
    pub fn to_bits(self) -> u64 {
        self.0.as_ptr() as usize as u64
    }

    pub fn address(self) -> usize {
        self.0.as_ptr() as usize
    }

    /// Formats fresh, zeroed heap memory as an object of `class`.
    ///
    /// # Safety
    /// `memory` came from `Heap::allocate` with room for the object.
    pub(crate) unsafe fn initialize(memory: NonNull<u8>, class: &'static Class) -> Ref {
        // SAFETY: the memory is ours, aligned and large enough for the header.
        unsafe { (memory.as_ptr() as *mut *const Class).write(class) };
        Ref(memory)
    }

    #[inline(always)]
    pub fn class(self) -> &'static Class {
        // SAFETY: every object's first word was written by `initialize` with a leaked, immortal Class.
        unsafe { &**(self.0.as_ptr() as *const *const Class) }
    }

    /// The mark word: identity hash, and later lock and GC state.
    pub fn mark(self) -> &'static AtomicU64 {
        // SAFETY: offset 8 of every object is its 8-aligned mark word.
        unsafe { AtomicU64::from_ptr(self.0.as_ptr().add(8).cast()) }
    }

    #[inline(always)]
    fn field_ptr(self, offset: usize) -> *mut u8 {
        // Offsets come from the class layout and lie within the object.
        self.0.as_ptr().wrapping_add(offset)
    }

    /// Reads a primitive field at a layout offset.
    #[inline(always)]
    pub fn get<T: HeapValue>(self, offset: usize) -> T {
        // SAFETY: layout offsets are aligned for the field's type and inside the object.
        unsafe { T::load(self.field_ptr(offset)) }
    }

    /// Writes a field. Word-sized stores get the write barrier (a reference is a word; marking
    /// a card for a `long` store costs only a scan of that card).
    #[inline(always)]
    pub fn set<T: HeapValue>(self, offset: usize, value: T) {
        let ptr = self.field_ptr(offset);
        // SAFETY: as for `get`.
        unsafe { T::store(ptr, value) }
        if std::mem::size_of::<T>() == 8 {
            card_mark(ptr as usize);
        }
    }

    /// Atomically replaces a byte field (sequentially consistent), answering the old value.
    pub fn swap_byte(self, offset: usize, value: i8) -> i8 {
        // SAFETY: layout offsets lie inside the object; a byte is always aligned.
        let cell = unsafe { AtomicI8::from_ptr(self.field_ptr(offset) as *mut i8) };
        cell.swap(value, std::sync::atomic::Ordering::SeqCst)
    }

    #[inline(always)]
    pub fn get_ref(self, offset: usize) -> Option<Ref> {
        Ref::from_bits(self.get::<u64>(offset))
    }

    /// Stores a reference field (with the write barrier, in `set`).
    #[inline(always)]
    pub fn set_ref(self, offset: usize, value: Option<Ref>) {
        self.set::<u64>(offset, value.map_or(0, Ref::to_bits))
    }

    #[inline(always)]
    pub fn array_length(self) -> i32 {
        self.get::<i32>(ARRAY_LENGTH_OFFSET)
    }

    /// The offset of element `index` of `element_size` bytes; the caller has bounds-checked it.
    #[inline(always)]
    pub fn element_offset(index: usize, element_size: usize) -> usize {
        ARRAY_BASE_OFFSET + index * element_size
    }

    /// Copies `count` bytes between (possibly the same) arrays' element storage.
    ///
    /// The caller has checked both ranges against the arrays' lengths.
    pub fn copy_elements(src: Ref, src_offset: usize, dst: Ref, dst_offset: usize, count: usize) {
        // SAFETY: both ranges were bounds-checked against the arrays by the caller; `copy`
        // handles overlap within one array.
        unsafe { std::ptr::copy(src.field_ptr(src_offset), dst.field_ptr(dst_offset), count) }
        let start = dst.field_ptr(dst_offset) as usize;
        card_mark_range(start, start + count);
    }
}

/// Memory addressed the way `jdk.internal.misc.Unsafe` addresses it: an object base plus a byte
/// offset, or (with no base) an absolute address from `allocateMemory`. Unsafe's contract puts
/// validity on the Java caller, exactly as in HotSpot.
pub mod raw {
    use super::HeapValue;
    use std::sync::atomic::{AtomicI32, AtomicI64, Ordering::SeqCst};

    /// # Safety
    /// `address` is valid and aligned for `T` (Unsafe's caller guarantees it).
    pub unsafe fn load<T: HeapValue>(address: usize) -> T {
        // SAFETY: per this function's contract.
        unsafe { T::load(address as *mut u8) }
    }

    /// # Safety
    /// As for `load`.
    pub unsafe fn store<T: HeapValue>(address: usize, value: T) {
        // SAFETY: per this function's contract.
        unsafe { T::store(address as *mut u8, value) }
        if std::mem::size_of::<T>() == 8 {
            super::card_mark(address);
        }
    }

    /// Compare-and-exchange of an `int`; returns the witness value.
    ///
    /// # Safety
    /// As for `load`.
    pub unsafe fn cas_i32(address: usize, expected: i32, new: i32) -> i32 {
        // SAFETY: per this function's contract.
        let cell = unsafe { AtomicI32::from_ptr(address as *mut i32) };
        match cell.compare_exchange(expected, new, SeqCst, SeqCst) {
            Ok(v) | Err(v) => v,
        }
    }

    /// Compare-and-exchange of a `long` or reference; returns the witness value.
    ///
    /// # Safety
    /// As for `load`.
    pub unsafe fn cas_i64(address: usize, expected: i64, new: i64) -> i64 {
        // SAFETY: per this function's contract.
        let cell = unsafe { AtomicI64::from_ptr(address as *mut i64) };
        super::card_mark(address);
        match cell.compare_exchange(expected, new, SeqCst, SeqCst) {
            Ok(v) | Err(v) => v,
        }
    }

    /// `Unsafe.setMemory` / `copyMemory` on raw ranges.
    ///
    /// # Safety
    /// Both ranges are valid for `len` bytes.
    pub unsafe fn copy(src: usize, dst: usize, len: usize) {
        // SAFETY: per this function's contract; `copy` allows overlap.
        unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, len) }
        super::card_mark_range(dst, dst + len);
    }

    /// # Safety
    /// The range is valid for `len` bytes.
    pub unsafe fn fill(dst: usize, len: usize, value: u8) {
        // SAFETY: per this function's contract.
        unsafe { std::ptr::write_bytes(dst as *mut u8, value, len) }
    }
}
