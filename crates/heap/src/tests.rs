//! The collectors on a toy object model: class word = `weak << 63 | refs << 32 | size`, with the
//! `refs` reference fields first (for a weak reference, field 0 is the referent).

use super::*;
use crate::memory::{load, store};

struct Toy;

const WEAK: u64 = 1 << 63;

// SAFETY: toy objects carry their size and reference count in their first word, as `new` writes.
unsafe impl ObjectModel for Toy {
    fn size_of(&self, object: usize) -> usize {
        (load(object) & 0xFFFF_FFFF) as usize
    }
    fn for_each_reference(
        &self,
        object: usize,
        lo: usize,
        hi: usize,
        visit: &mut dyn FnMut(usize),
    ) {
        let class = load(object);
        let refs = ((class >> 32) & 0x7FFF_FFFF) as usize;
        let first = if class & WEAK != 0 { 1 } else { 0 };
        for i in first..refs {
            let field = object + 16 + 8 * i;
            if (lo..hi).contains(&field) {
                visit(field);
            }
        }
    }
    fn reference(&self, object: usize) -> Option<(ReferenceKind, usize)> {
        (load(object) & WEAK != 0).then_some((ReferenceKind::Weak, object + 16))
    }
}

struct VecRoots(Vec<u64>);

// SAFETY: the tests put only toy object addresses (or 0) in their roots.
unsafe impl Roots for VecRoots {
    fn for_each_root(&mut self, visit: &mut dyn FnMut(u64) -> u64) {
        for r in &mut self.0 {
            *r = visit(*r);
        }
    }
}

fn heap(max: usize) -> Heap {
    let mut config = HeapConfig::new(max);
    config.physical_memory = 1 << 34;
    Heap::new(&config, GcLogConfig::default(), Instant::now()).unwrap()
}

/// Allocates a toy object in Eden (or Old) with `refs` reference fields and `data` words.
fn new(heap: &Heap, refs: usize, data: usize, weak: bool, old: bool) -> usize {
    let size = 16 + 8 * (refs + data);
    let at = if old {
        heap.allocate_old(size)
    } else {
        heap.allocate_eden(size)
    }
    .unwrap();
    store(
        at,
        (if weak { WEAK } else { 0 }) | (refs as u64) << 32 | size as u64,
    );
    at
}

fn field(object: usize, i: usize) -> usize {
    object + 16 + 8 * i
}

fn young(heap: &Heap, roots: &mut VecRoots) -> Vec<u64> {
    heap.collect(GcCause::AllocationFailure, false, false, &Toy, roots)
}

fn full(heap: &Heap, roots: &mut VecRoots) -> Vec<u64> {
    heap.collect(GcCause::SystemGc, true, false, &Toy, roots)
}

#[test]
fn young_collection_moves_live_objects_and_updates_references() {
    let h = heap(64 << 20);
    let a = new(&h, 1, 1, false, false);
    let b = new(&h, 0, 1, false, false);
    let _garbage = new(&h, 0, 100, false, false);
    store(field(a, 0), b as u64);
    store(field(a, 1), 1234);
    store(field(b, 0), 5678);
    store(a + 8, 0x4200); // an identity hash in the VM's bits
    let mut roots = VecRoots(vec![a as u64, 0]);
    young(&h, &mut roots);
    let a2 = roots.0[0] as usize;
    assert_ne!(a2, a, "moved");
    assert!(h.is_young(a2));
    let b2 = load(field(a2, 0)) as usize;
    assert_ne!(b2, b);
    assert_eq!(load(field(a2, 1)), 1234);
    assert_eq!(load(field(b2, 0)), 5678);
    assert_eq!(load(a2 + 8) & !0xFF, 0x4200, "hash kept");
    assert_eq!(model::age(load(a2 + 8)), 1);
    assert_eq!(roots.0[1], 0);
    assert_eq!(h.used(), 32 + 24);
}

#[test]
fn objects_are_promoted_at_the_tenuring_threshold() {
    let h = heap(64 << 20);
    let a = new(&h, 0, 1, false, false);
    let mut roots = VecRoots(vec![a as u64]);
    // As HotSpot: copied while its age is below the threshold, so the 16th collection promotes.
    for _ in 0..=h.max_tenuring_threshold() {
        assert!(h.is_young(roots.0[0] as usize));
        young(&h, &mut roots);
    }
    assert!(h.is_old(roots.0[0] as usize), "promoted at age 15");
    assert_eq!(h.stats().promoted_bytes, 24);
}

#[test]
fn a_threshold_of_16_never_promotes_by_age() {
    let mut config = HeapConfig::new(64 << 20);
    config.physical_memory = 1 << 34;
    config.max_tenuring_threshold = 16;
    let h = Heap::new(&config, GcLogConfig::default(), Instant::now()).unwrap();
    let a = new(&h, 0, 1, false, false);
    let mut roots = VecRoots(vec![a as u64]);
    for _ in 0..20 {
        young(&h, &mut roots);
        assert!(h.is_young(roots.0[0] as usize));
    }
}

#[test]
fn old_to_young_references_on_dirty_cards_survive() {
    let h = heap(64 << 20);
    let holder = new(&h, 2, 0, false, true);
    let y = new(&h, 0, 1, false, false);
    store(field(y, 0), 99);
    store(field(holder, 1), y as u64);
    h.cards.mark(field(holder, 1));
    let mut roots = VecRoots(vec![holder as u64]);
    young(&h, &mut roots);
    assert_eq!(roots.0[0] as usize, holder, "old objects stay put");
    let y2 = load(field(holder, 1)) as usize;
    assert_ne!(y2, y);
    assert_eq!(load(field(y2, 0)), 99);
    // Still young, so the card stays dirty for the next collection.
    young(&h, &mut roots);
    let y3 = load(field(holder, 1)) as usize;
    assert_ne!(y3, y2);
    assert_eq!(load(field(y3, 0)), 99);
}

#[test]
fn full_collection_compacts_and_keeps_cycles_and_hashes() {
    let h = heap(64 << 20);
    let _g1 = new(&h, 0, 50, false, true);
    let a = new(&h, 1, 0, false, true);
    let _g2 = new(&h, 0, 50, false, false);
    let b = new(&h, 1, 1, false, false);
    store(field(a, 0), b as u64);
    store(field(b, 0), a as u64);
    store(field(b, 1), 7);
    store(b + 8, 0x7700);
    let mut roots = VecRoots(vec![b as u64]);
    full(&h, &mut roots);
    let b2 = roots.0[0] as usize;
    let a2 = load(field(b2, 0)) as usize;
    assert!(h.is_old(a2) && h.is_old(b2));
    assert_eq!(load(field(a2, 0)) as usize, b2);
    assert_eq!(load(field(b2, 1)), 7);
    assert_eq!(load(b2 + 8), 0x7700);
    assert_eq!(h.used(), 24 + 32);
}

#[test]
fn weak_referents_are_cleared_when_they_die() {
    let h = heap(64 << 20);
    let weak_dead = new(&h, 1, 0, true, false);
    let weak_live = new(&h, 1, 0, true, false);
    let dead = new(&h, 0, 1, false, false);
    let live = new(&h, 0, 1, false, false);
    store(field(weak_dead, 0), dead as u64);
    store(field(weak_live, 0), live as u64);
    let mut roots = VecRoots(vec![weak_dead as u64, weak_live as u64, live as u64]);
    let pending = young(&h, &mut roots);
    assert_eq!(pending, vec![roots.0[0]]);
    assert_eq!(load(field(roots.0[0] as usize, 0)), 0);
    assert_eq!(load(field(roots.0[1] as usize, 0)), roots.0[2]);
    // And in a full collection.
    roots.0[2] = 0;
    let pending = full(&h, &mut roots);
    assert_eq!(pending, vec![roots.0[1]]);
    assert_eq!(load(field(roots.0[1] as usize, 0)), 0);
}

#[test]
fn tlabs_are_bounded_by_eden() {
    let h = heap(8 << 20);
    let eden = h.sizes().eden;
    let mut total = 0;
    while let Some((start, end)) = h.allocate_tlab(16) {
        assert!(start < end);
        total += end - start;
    }
    assert_eq!(total, eden);
    let mut roots = VecRoots(vec![]);
    young(&h, &mut roots);
    assert!(h.allocate_tlab(16).is_some(), "Eden is empty again");
}

#[test]
fn a_failed_promotion_is_repaired_by_a_full_collection() {
    let mut config = HeapConfig::new(8 << 20);
    config.physical_memory = 1 << 34;
    config.max_tenuring_threshold = 0; // every survivor is promoted
    let h = Heap::new(&config, GcLogConfig::default(), Instant::now()).unwrap();
    let old_free = h.sizes().old_reserved();
    // Old nearly full of live data: one big object leaving 64K.
    let filler_words = (old_free - (64 << 10) - 16) / 8;
    let filler = new(&h, 0, filler_words, false, true);
    store(field(filler, filler_words - 1), 0xF1);
    // Young: a linked list of 1K objects with 1K of data each, far more than Old can take.
    let mut roots = VecRoots(vec![filler as u64]);
    let mut head = 0u64;
    for i in 0..1000u64 {
        let node = new(&h, 1, 127, false, false);
        store(field(node, 0), head);
        store(field(node, 1), i);
        head = node as u64;
    }
    store(head as usize + 8, 0x5500); // the head has an identity hash
    let weak = new(&h, 1, 0, true, false);
    store(field(weak, 0), head);
    roots.0.push(head);
    roots.0.push(weak as u64);
    let pending = young(&h, &mut roots);
    assert!(pending.is_empty());
    let stats = h.stats();
    assert_eq!((stats.young_collections, stats.full_collections), (1, 1));
    // Everything is intact and reachable at its new place.
    assert_eq!(load(field(roots.0[0] as usize, filler_words - 1)), 0xF1);
    let mut node = roots.0[1] as usize;
    assert_eq!(
        load(field(roots.0[2] as usize, 0)) as usize,
        node,
        "weak referent kept"
    );
    assert_eq!(load(node + 8), 0x5500, "hash kept");
    for i in (0..1000u64).rev() {
        assert_eq!(load(field(node, 1)), i);
        node = load(field(node, 0)) as usize;
    }
    assert_eq!(node, 0);
    assert_eq!(h.used(), filler_words * 8 + 16 + 1000 * 1040 + 24);
    // And the heap goes on working: a young collection that fits.
    roots.0.truncate(1);
    roots.0.push(new(&h, 0, 1, false, false) as u64);
    young(&h, &mut roots);
    assert_eq!(h.used(), filler_words * 8 + 16 + 24);
}
