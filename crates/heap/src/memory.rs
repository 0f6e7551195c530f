//! Raw access to heap words. The collector only ever touches addresses inside the heap's own
//! reservation: objects it found through roots and reference fields (the VM guarantees those
//! are object addresses), and free space it is moving objects into.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Reads the 8-aligned word at `address`.
#[inline(always)]
pub(crate) fn load(address: usize) -> u64 {
    // SAFETY: the collector passes only 8-aligned addresses inside the mapped reservation
    // (object headers and reference fields); relaxed atomics make racing accesses defined.
    unsafe { AtomicU64::from_ptr(address as *mut u64) }.load(Relaxed)
}

/// Writes the 8-aligned word at `address`.
#[inline(always)]
pub(crate) fn store(address: usize, value: u64) {
    // SAFETY: as for `load`.
    unsafe { AtomicU64::from_ptr(address as *mut u64) }.store(value, Relaxed)
}

/// Copies `size` bytes of an object from `from` to `to`; the ranges may overlap (sliding
/// compaction moves objects down by less than their size).
pub(crate) fn copy(from: usize, to: usize, size: usize) {
    // SAFETY: both ranges lie inside the reservation: `from` is a live object of `size` bytes and
    // `to` free space the collector reserved for it; `ptr::copy` allows overlap.
    unsafe { std::ptr::copy(from as *const u8, to as *mut u8, size) }
}

/// Zeroes `size` bytes at `start`, which the heap is about to hand out.
pub(crate) fn zero(start: usize, size: usize) {
    // SAFETY: the range is free space inside the reservation that no object occupies.
    unsafe { std::ptr::write_bytes(start as *mut u8, 0, size) }
}

/// Views an anonymous mapping as atomic bytes for as long as the mapping lives.
pub(crate) fn atomic_bytes(map: &mut memmap2::MmapMut) -> &'static [std::sync::atomic::AtomicU8] {
    // SAFETY: the mapping is owned by the same struct as the returned slice (the card table),
    // which never hands the slice out beyond its own lifetime and never unmaps while it lives;
    // AtomicU8 has the layout of u8, and moving the MmapMut does not move the memory.
    unsafe { std::slice::from_raw_parts(map.as_mut_ptr() as *const _, map.len()) }
}
