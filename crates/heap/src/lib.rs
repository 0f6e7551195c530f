//! The Java heap. All Java objects live in one contiguous reservation of `-Xmx` bytes of address
//! space (the OS commits pages only as they are touched), so a reference is a plain address and
//! "is this a heap address" is a range check.
//!
//! Allocation is a bump of `top` within the reservation. The generational collector (Eden, two
//! Survivors, Old) will partition this same reservation; the VM allocates only through
//! [`Heap::allocate`], which is the one place that will trigger collections.

use std::cell::Cell;
use std::ptr::NonNull;

/// Objects are 8-byte aligned, and every size is a multiple of 8.
pub const OBJECT_ALIGNMENT: usize = 8;

/// Rounds `size` up to the object alignment.
pub const fn align_object_size(size: usize) -> usize {
    (size + OBJECT_ALIGNMENT - 1) & !(OBJECT_ALIGNMENT - 1)
}

/// Why an allocation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllocError {
    /// No room left, even after collecting: `OutOfMemoryError: Java heap space`.
    HeapExhausted,
}

pub struct Heap {
    region: memmap2::MmapMut,
    start: usize,
    top: Cell<usize>,
    end: usize,
}

impl Heap {
    /// Reserves `max_bytes` of zeroed address space.
    pub fn new(max_bytes: usize) -> std::io::Result<Heap> {
        let max_bytes = align_object_size(max_bytes.max(OBJECT_ALIGNMENT));
        let mut region = memmap2::MmapOptions::new().len(max_bytes).map_anon()?;
        let start = region.as_mut_ptr() as usize;
        Ok(Heap {
            region,
            start,
            top: Cell::new(start),
            end: start + max_bytes,
        })
    }

    /// Allocates `size` zeroed bytes (rounded up to the alignment).
    pub fn allocate(&self, size: usize) -> Result<NonNull<u8>, AllocError> {
        let size = align_object_size(size);
        let top = self.top.get();
        if size > self.end - top {
            return Err(AllocError::HeapExhausted);
        }
        self.top.set(top + size);
        NonNull::new(top as *mut u8).ok_or(AllocError::HeapExhausted)
    }

    /// Whether `address` lies in the allocated part of the heap.
    pub fn contains(&self, address: usize) -> bool {
        (self.start..self.top.get()).contains(&address)
    }

    /// Bytes handed out so far.
    pub fn used(&self) -> usize {
        self.top.get() - self.start
    }

    /// The reservation's size: `-Xmx`.
    pub fn capacity(&self) -> usize {
        self.region.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bump_allocation_is_aligned_zeroed_and_bounded() {
        let heap = Heap::new(64).unwrap();
        let a = heap.allocate(3).unwrap();
        let b = heap.allocate(16).unwrap();
        assert_eq!(b.as_ptr() as usize - a.as_ptr() as usize, 8);
        assert!(heap.contains(a.as_ptr() as usize));
        assert_eq!(heap.used(), 24);
        assert_eq!(heap.allocate(48), Err(AllocError::HeapExhausted));
        assert!(heap.allocate(40).is_ok());
        assert_eq!(heap.allocate(1), Err(AllocError::HeapExhausted));
    }
}
