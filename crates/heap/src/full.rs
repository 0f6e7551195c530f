//! The full collection: a four-phase sliding mark-compact of the whole heap (HotSpot Serial's
//! shape). 1: mark everything reachable in a side bitmap (a bit per heap word, so the mark word
//! keeps its hash). 2: give each live object its new address, Old first, then Eden, then the
//! Survivors (both hold live objects after a failed promotion), packed from Old's bottom and
//! overflowing into Eden and then the Survivors, and store it in the object's mark word (hashes
//! are set aside and put back). 3: update every root and field. 4: slide the objects, in the
//! same order: no destination lies after its source in that order, so moving in order never
//! overwrites an object not yet moved.

use crate::log::GcLog;
use crate::memory::{copy, load, store};
use crate::model::{self, ObjectModel, ReferenceKind, Roots};
use crate::{Generations, Heap, Space};
use std::time::Instant;

/// An object's word in the mark bitmap and its bit.
#[inline]
fn mark_bit(heap_start: usize, object: usize) -> (usize, u64) {
    let word = (object - heap_start) / 8;
    (word / 64, 1 << (word % 64))
}

struct Marking<'a> {
    heap_start: usize,
    bits: &'a mut [u64],
    stack: Vec<usize>,
}

impl Marking<'_> {
    #[inline]
    fn mark(&mut self, object: usize) {
        if object == 0 {
            return;
        }
        let (index, bit) = mark_bit(self.heap_start, object);
        if self.bits[index] & bit == 0 {
            self.bits[index] |= bit;
            self.stack.push(object);
        }
    }
}

fn is_marked(bits: &[u64], heap_start: usize, object: usize) -> bool {
    let (index, bit) = mark_bit(heap_start, object);
    bits[index] & bit != 0
}

/// Calls `f` for every marked object in `[start, end)`, in address order.
fn for_each_marked(
    bits: &[u64],
    heap_start: usize,
    start: usize,
    end: usize,
    mut f: impl FnMut(usize),
) {
    if end <= start {
        return;
    }
    let first = (start - heap_start) / 8;
    let last = (end - heap_start) / 8;
    let mut index = first / 64;
    while index * 64 < last {
        let mut word = bits[index];
        if index == first / 64 {
            word &= !0u64 << (first % 64);
        }
        while word != 0 {
            let bit = word.trailing_zeros() as usize;
            let position = index * 64 + bit;
            if position >= last {
                return;
            }
            f(heap_start + position * 8);
            word &= word - 1;
        }
        index += 1;
    }
}

fn clear_bits(bits: &mut [u64], heap_start: usize, start: usize, end: usize) {
    if end <= start {
        return;
    }
    let first = (start - heap_start) / 8 / 64;
    let last = ((end - heap_start) / 8).div_ceil(64);
    let last = last.min(bits.len());
    bits[first..last].fill(0);
}

/// Where phase 2 packs objects: Old, then Eden, then the Survivors.
struct Destination {
    spaces: [Space; 4],
    current: usize,
}

impl Destination {
    fn place(&mut self, size: usize) -> usize {
        loop {
            if let Some(at) = self.spaces[self.current].bump(size) {
                return at;
            }
            if self.current == self.spaces.len() - 1 {
                // The live objects came from these same spaces, so they always fit.
                crate::fatal("live objects do not fit in the heap during compaction");
            }
            self.current += 1;
        }
    }
}

pub(crate) fn collect(
    g: &mut Generations,
    heap: &Heap,
    model: &dyn ObjectModel,
    roots: &mut dyn Roots,
    clear_soft: bool,
    log: &GcLog,
    id: u64,
) -> Vec<u64> {
    let heap_start = heap.start;
    let words = heap.sizes.max_heap / 8;
    if g.mark_bits.is_empty() {
        // Zeroed by the allocator (calloc): pages are committed only where marking reaches.
        g.mark_bits = vec![0; words.div_ceil(64)];
    }
    // Both Survivors: after a failed promotion both hold live objects.
    let sources = [g.old, g.eden, g.survivors[0], g.survivors[1]];
    let mut bits = std::mem::take(&mut g.mark_bits);

    // Phase 1: mark.
    let phase = Instant::now();
    let mut m = Marking {
        heap_start,
        bits: &mut bits,
        stack: Vec::with_capacity(1024),
    };
    roots.for_each_root(&mut |value| {
        m.mark(value as usize);
        value
    });
    let mut discovered: Vec<(usize, usize)> = Vec::new();
    while let Some(object) = m.stack.pop() {
        model.for_each_reference(object, 0, usize::MAX, &mut |field| {
            m.mark(load(field) as usize)
        });
        if let Some((kind, referent)) = model.reference(object) {
            let strong = match kind {
                ReferenceKind::Final => true,
                ReferenceKind::Soft => !clear_soft,
                ReferenceKind::Weak | ReferenceKind::Phantom => false,
            };
            if strong {
                m.mark(load(referent) as usize);
            } else if load(referent) != 0 {
                discovered.push((object, referent));
            }
        }
    }
    let mut pending: Vec<usize> = Vec::new();
    for (object, referent) in discovered {
        let value = load(referent) as usize;
        if value != 0 && !is_marked(&bits, heap_start, value) {
            store(referent, 0);
            pending.push(object);
        }
    }
    log_phase(log, id, "Phase 1: Mark live objects", phase);

    // Phase 2: new addresses, in the forwarding mark; hashes set aside.
    let phase = Instant::now();
    let mut destination = Destination {
        spaces: sources.map(|s| Space { top: s.start, ..s }),
        current: 0,
    };
    let mut preserved: Vec<(usize, u64)> = Vec::new();
    for source in sources {
        for_each_marked(&bits, heap_start, source.start, source.top, |object| {
            let size = model.size_of(object);
            let to = destination.place(size);
            let mark = load(object + model::MARK_OFFSET);
            // Forwarded to itself by a failed promotion just before: no hash to keep.
            let kept = if model::is_forwarded(mark) {
                0
            } else {
                model::vm_bits(mark)
            };
            if kept != 0 {
                preserved.push((to, kept));
            }
            store(object + model::MARK_OFFSET, model::forwarding_mark(to));
        });
    }
    log_phase(log, id, "Phase 2: Compute new object addresses", phase);

    // Phase 3: adjust every reference.
    let phase = Instant::now();
    let forward = |value: u64| -> u64 {
        if value == 0 {
            0
        } else {
            model::forwardee(load(value as usize + model::MARK_OFFSET)) as u64
        }
    };
    roots.for_each_root(&mut |value| forward(value));
    for source in sources {
        for_each_marked(&bits, heap_start, source.start, source.top, |object| {
            model.for_each_reference(object, 0, usize::MAX, &mut |field| {
                store(field, forward(load(field)))
            });
            if let Some((_, referent)) = model.reference(object) {
                store(referent, forward(load(referent)));
            }
        });
    }
    let pending: Vec<u64> = pending.into_iter().map(|r| forward(r as u64)).collect();
    log_phase(log, id, "Phase 3: Adjust pointers", phase);

    // Phase 4: move.
    let phase = Instant::now();
    let bot = &mut g.bot;
    for source in sources {
        for_each_marked(&bits, heap_start, source.start, source.top, |object| {
            let size = model.size_of(object);
            let to = model::forwardee(load(object + model::MARK_OFFSET));
            copy(object, to, size);
            store(to + model::MARK_OFFSET, 0);
            if heap.is_old(to) {
                bot.record(to, size);
            }
        });
    }
    for (at, mark) in preserved {
        store(at + model::MARK_OFFSET, mark);
    }
    log_phase(log, id, "Phase 4: Move objects", phase);

    for source in sources {
        clear_bits(&mut bits, heap_start, source.start, source.top);
    }
    g.mark_bits = bits;
    let [old, eden, s0, s1] = destination.spaces;
    let old_before = g.old.top;
    g.old.top = old.top;
    g.eden.top = eden.top;
    g.survivors = [s0, s1];
    if s1.used() > 0 {
        g.from = 1;
    } else if s0.used() > 0 {
        g.from = 0;
    }
    // Old's cards: none can point into the young generation unless objects stayed there.
    heap.cards.clear(g.old.start, old_before.max(g.old.top));
    if g.young_used() > 0 {
        heap.cards.mark_range(g.old.start, g.old.top);
    }
    // Keep 40% of Old free after a full collection (-XX:MinHeapFreeRatio=40), as HotSpot grows it.
    let wanted = (g.old.used() as f64 / 0.6) as usize;
    g.old_capacity = g
        .old_capacity
        .max(crate::sizing::align_up(wanted))
        .min(g.old.capacity());
    g.grow_old_to_fit();
    pending
}

fn log_phase(log: &GcLog, id: u64, name: &str, started: Instant) {
    if log.details() {
        log.line(
            "gc,phases",
            &format!(
                "GC({id}) {name} {:.3}ms",
                started.elapsed().as_secs_f64() * 1000.0
            ),
        );
    }
}
