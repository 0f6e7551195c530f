//! The card table (which 512-byte cards of Old may hold references into the young generation)
//! and the block offset table (where the object covering each card of Old starts), so a young
//! collection scans only the dirty cards of Old, not all of it.

use std::sync::atomic::{AtomicU8, Ordering::Relaxed};

pub const CARD_SHIFT: u32 = 9;
pub const CARD_SIZE: usize = 1 << CARD_SHIFT;

const CLEAN: u8 = 0;
const DIRTY: u8 = 1;

/// One byte per card of the whole heap (Young's cards are marked too, harmlessly: the barrier
/// then needs no test of which generation an object is in).
pub struct CardTable {
    heap_start: usize,
    /// Anonymous memory, zeroed (clean) and committed by the OS only as cards are dirtied.
    _map: memmap2::MmapMut,
    bytes: &'static [AtomicU8],
}

impl CardTable {
    pub(crate) fn new(heap_start: usize, heap_size: usize) -> std::io::Result<CardTable> {
        let count = heap_size.div_ceil(CARD_SIZE).max(1);
        let mut map = memmap2::MmapOptions::new().len(count).map_anon()?;
        let bytes = crate::memory::atomic_bytes(&mut map);
        Ok(CardTable {
            heap_start,
            _map: map,
            bytes,
        })
    }

    /// The write barrier: a reference was stored at `address`. Addresses outside the heap
    /// (off-heap memory through `Unsafe`) have no card.
    #[inline(always)]
    pub fn mark(&self, address: usize) {
        let index = address.wrapping_sub(self.heap_start) >> CARD_SHIFT;
        if let Some(card) = self.bytes.get(index) {
            card.store(DIRTY, Relaxed);
        }
    }

    /// Marks every card of `[start, end)`.
    pub fn mark_range(&self, start: usize, end: usize) {
        if end <= start {
            return;
        }
        let first = start.wrapping_sub(self.heap_start) >> CARD_SHIFT;
        let last = (end - 1).wrapping_sub(self.heap_start) >> CARD_SHIFT;
        for index in first..=last {
            if let Some(card) = self.bytes.get(index) {
                card.store(DIRTY, Relaxed);
            }
        }
    }

    pub(crate) fn card_start(&self, index: usize) -> usize {
        self.heap_start + (index << CARD_SHIFT)
    }

    pub(crate) fn index_of(&self, address: usize) -> usize {
        (address - self.heap_start) >> CARD_SHIFT
    }

    /// Takes the dirty cards of `[start, end)`, cleaning them, as runs `(first, last)` of card
    /// indices.
    pub(crate) fn take_dirty_runs(&self, start: usize, end: usize) -> Vec<(usize, usize)> {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        if end <= start {
            return runs;
        }
        let first = self.index_of(start);
        let last = self.index_of(end - 1);
        let mut index = first;
        while index <= last {
            // Skip clean cards eight at a time.
            if index.is_multiple_of(8) && index + 8 <= last + 1 {
                let any = self.bytes[index..index + 8]
                    .iter()
                    .any(|c| c.load(Relaxed) != CLEAN);
                if !any {
                    index += 8;
                    continue;
                }
            }
            if self.bytes[index].swap(CLEAN, Relaxed) != CLEAN {
                match runs.last_mut() {
                    Some((_, l)) if *l + 1 == index => *l = index,
                    _ => runs.push((index, index)),
                }
            }
            index += 1;
        }
        runs
    }

    /// Cleans every card of `[start, end)`.
    pub(crate) fn clear(&self, start: usize, end: usize) {
        if end <= start {
            return;
        }
        for index in self.index_of(start)..=self.index_of(end - 1) {
            self.bytes[index].store(CLEAN, Relaxed);
        }
    }
}

/// For each card of Old, the start of the object covering the card's first byte, in words from
/// Old's start. Old is always a contiguous run of objects from its bottom to its top, filled in
/// address order, so this is written once per card as objects are placed.
pub(crate) struct BlockOffsetTable {
    old_start: usize,
    /// Zeroed by the allocator (calloc), so untouched cards cost no memory.
    starts: Vec<u32>,
}

impl BlockOffsetTable {
    pub(crate) fn new(old_start: usize, old_size: usize) -> BlockOffsetTable {
        BlockOffsetTable {
            old_start,
            starts: vec![0; old_size.div_ceil(CARD_SIZE)],
        }
    }

    /// Records an object placed at `[object, object + size)`.
    #[inline]
    pub(crate) fn record(&mut self, object: usize, size: usize) {
        let offset = object - self.old_start;
        // The cards whose first byte the object covers.
        let first = offset.div_ceil(CARD_SIZE);
        let last = (offset + size - 1) >> CARD_SHIFT;
        let word = (offset / 8) as u32;
        for card in first..=last {
            if let Some(s) = self.starts.get_mut(card) {
                *s = word;
            }
        }
    }

    /// The start of the object covering the first byte of `address`'s card in Old (the card
    /// must lie below Old's top).
    pub(crate) fn object_covering_card_of(&self, address: usize) -> usize {
        let card = (address - self.old_start) >> CARD_SHIFT;
        self.old_start + self.starts[card] as usize * 8
    }
}
