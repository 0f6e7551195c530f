//! What the collector needs to know about objects and roots, supplied by the VM, and the GC's
//! share of the object header.
//!
//! Every object starts with two words: the class pointer (the VM's) and the mark word, of which
//! the collector owns the low byte:
//!
//! ```text
//! mark: | 63 … 40: free (locks) | 38 … 8: identity hash (VM) | 6 … 3: age | 1 … 0: 11 = forwarded |
//! ```
//! A forwarded object's mark word is its new address with the low two bits set (addresses are
//! 8-aligned); the class word is never overwritten, so a forwarded object's size stays readable.

/// Byte offset of the mark word.
pub const MARK_OFFSET: usize = 8;
const FORWARDED: u64 = 0b11;
const AGE_SHIFT: u32 = 3;
const AGE_MASK: u64 = 0xF << AGE_SHIFT;
/// The oldest age the mark word can count.
pub const MAX_AGE: u32 = 15;
/// The bits a collection resets when it moves an object into Old or compacts it: everything the
/// collector owns.
const GC_BITS: u64 = 0xFF;

pub(crate) fn is_forwarded(mark: u64) -> bool {
    mark & FORWARDED == FORWARDED
}

pub(crate) fn forwardee(mark: u64) -> usize {
    (mark & !FORWARDED) as usize
}

pub(crate) fn forwarding_mark(to: usize) -> u64 {
    to as u64 | FORWARDED
}

pub(crate) fn age(mark: u64) -> u32 {
    ((mark & AGE_MASK) >> AGE_SHIFT) as u32
}

pub(crate) fn with_age(mark: u64, age: u32) -> u64 {
    (mark & !AGE_MASK) | ((age.min(MAX_AGE) as u64) << AGE_SHIFT)
}

/// The mark word an object keeps when it leaves the young generation: the VM's bits only.
pub(crate) fn vm_bits(mark: u64) -> u64 {
    mark & !GC_BITS
}

/// The strength of a `java.lang.ref.Reference`, by its class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceKind {
    /// Cleared only when the heap is otherwise exhausted.
    Soft,
    Weak,
    /// Cleared (since JDK 9) and enqueued once the referent is unreachable.
    Phantom,
    /// `FinalReference`: its referent is kept alive (finalization is not run).
    Final,
}

/// The VM's object layouts, read by the collector.
///
/// # Safety
/// The collector reads and writes memory by what these methods answer: for every object in the
/// heap, `size_of` is its exact size, and `for_each_reference` and `reference` name only
/// reference slots inside it.
pub unsafe trait ObjectModel {
    /// The size in bytes (a multiple of 8) of the object at `object`.
    fn size_of(&self, object: usize) -> usize;
    /// Calls `visit` with the address of every reference field or element of the object that
    /// lies in `[lo, hi)` (a card range, or the whole object), except a `Reference`'s referent
    /// (see [`ObjectModel::reference`]).
    fn for_each_reference(&self, object: usize, lo: usize, hi: usize, visit: &mut dyn FnMut(usize));
    /// If the object is a `java.lang.ref.Reference`: its kind and the address of its referent
    /// field.
    fn reference(&self, object: usize) -> Option<(ReferenceKind, usize)>;
}

/// Every reference the VM holds outside the heap.
///
/// # Safety
/// Every non-zero value passed to `visit` is the address of an object in the heap (the
/// collector reads its header and may move it).
pub unsafe trait Roots {
    /// Calls `visit` with every root's value (non-null ones need visiting) and stores back the
    /// value it returns: the object's address after the collection.
    fn for_each_root(&mut self, visit: &mut dyn FnMut(u64) -> u64);
}
