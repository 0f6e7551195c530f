//! The young collection: Cheney-style breadth-first copying of Eden and the from-Survivor into
//! the to-Survivor, promoting into Old objects that reached the tenuring threshold or do not fit.
//! Roots are the VM's roots plus the reference fields on Old's dirty cards; promoted objects are
//! scanned in Old with a second scan pointer. Old fields still pointing into the young
//! generation afterwards have their cards dirtied again.
//!
//! If Old runs out of room (a promotion failure), an object that cannot be promoted stays where
//! it is, forwarded to itself and scanned in place, as in HotSpot; the collection completes
//! with Eden and both Survivors holding live objects, and a full collection follows at once.

use crate::cards::BlockOffsetTable;
use crate::cards::CARD_SIZE;
use crate::memory::{copy, load, store};
use crate::model::{self, ObjectModel, ReferenceKind, Roots, MAX_AGE};
use crate::{Generations, Heap, Space};

struct Evacuation<'a> {
    heap: &'a Heap,
    model: &'a dyn ObjectModel,
    eden: Space,
    from: Space,
    to: Space,
    old: Space,
    threshold: u32,
    /// Bytes copied into the to-Survivor per age.
    ages: [usize; MAX_AGE as usize + 2],
    promoted: usize,
    bot: &'a mut BlockOffsetTable,
    /// References (object, referent field) whose young referents may die.
    discovered: Vec<(usize, usize)>,
    /// Whether an object was left in place for want of room in Old.
    promotion_failed: bool,
    /// Objects left in place that have a hash, with their VM bits (to put back).
    failed: Vec<(usize, u64)>,
    /// Objects left in place still to scan.
    failed_scan: Vec<usize>,
}

impl Evacuation<'_> {
    #[inline]
    fn in_collected(&self, address: usize) -> bool {
        self.eden.contains(address) || self.from.contains(address)
    }

    /// The new address of the young object at `object`, copying it on first sight.
    fn evacuate(&mut self, object: usize) -> usize {
        let mark = load(object + model::MARK_OFFSET);
        if model::is_forwarded(mark) {
            return model::forwardee(mark);
        }
        let size = self.model.size_of(object);
        let age = model::age(mark);
        let (to, new_mark) = match (age < self.threshold).then(|| self.to.bump(size)).flatten() {
            Some(to) => {
                let new_age = (age + 1).min(MAX_AGE);
                self.ages[new_age as usize] += size;
                (to, model::with_age(mark, new_age))
            }
            None => {
                let Some(to) = self.old.bump(size) else {
                    // Promotion failed: the object stays, forwarded to itself.
                    store(object + model::MARK_OFFSET, model::forwarding_mark(object));
                    // Only a hash needs keeping: the full collection that follows treats a
                    // self-forwarded mark as one without VM bits.
                    if model::vm_bits(mark) != 0 {
                        self.failed.push((object, model::vm_bits(mark)));
                    }
                    self.failed_scan.push(object);
                    self.promotion_failed = true;
                    return object;
                };
                self.promoted += size;
                self.bot.record(to, size);
                (to, model::vm_bits(mark))
            }
        };
        copy(object, to, size);
        store(to + model::MARK_OFFSET, new_mark);
        store(object + model::MARK_OFFSET, model::forwarding_mark(to));
        to
    }

    /// Updates the reference field at `field` of an object at its final place.
    #[inline]
    fn process_field(&mut self, field: usize) {
        let value = load(field) as usize;
        if value != 0 && self.in_collected(value) {
            let new = self.evacuate(value);
            store(field, new as u64);
            if self.heap.is_old(field) && self.heap.is_young(new) {
                self.heap.cards.mark(field);
            }
        }
    }

    /// Scans the fields of the object at `object` (at its final place) within `[lo, hi)`.
    fn scan(&mut self, object: usize, lo: usize, hi: usize) {
        let model = self.model;
        model.for_each_reference(object, lo, hi, &mut |field| self.process_field(field));
        if let Some((kind, referent)) = model.reference(object) {
            if !(lo..hi).contains(&referent) {
                return;
            }
            match kind {
                ReferenceKind::Soft | ReferenceKind::Final => self.process_field(referent),
                ReferenceKind::Weak | ReferenceKind::Phantom => {
                    let value = load(referent) as usize;
                    if value != 0 && self.in_collected(value) {
                        self.discovered.push((object, referent));
                    }
                }
            }
        }
    }
}

/// Runs a young collection; returns the references to enqueue, the bytes promoted, and whether
/// promotion failed (a full collection must follow).
pub(crate) fn collect(
    g: &mut Generations,
    heap: &Heap,
    model: &dyn ObjectModel,
    roots: &mut dyn Roots,
) -> (Vec<u64>, usize, bool) {
    let to_index = 1 - g.from;
    let mut to = g.survivors[to_index];
    to.top = to.start;
    let old_top_before = g.old.top;
    let (old_start, eden, from, old, threshold) = (
        g.old.start,
        g.eden,
        g.survivor_from(),
        g.old,
        g.tenuring_threshold,
    );
    let mut e = Evacuation {
        heap,
        model,
        eden,
        from,
        to,
        old,
        threshold,
        ages: [0; MAX_AGE as usize + 2],
        promoted: 0,
        bot: &mut g.bot,
        discovered: Vec::new(),
        failed: Vec::new(),
        failed_scan: Vec::new(),
        promotion_failed: false,
    };
    roots.for_each_root(&mut |value| {
        let address = value as usize;
        if value != 0 && e.in_collected(address) {
            e.evacuate(address) as u64
        } else {
            value
        }
    });
    // Old's dirty cards: each run of dirty cards, the objects overlapping it, fields inside it.
    for (first, last) in heap.cards.take_dirty_runs(old_start, old_top_before) {
        let lo = heap.cards.card_start(first);
        let hi = (heap.cards.card_start(last) + CARD_SIZE).min(old_top_before);
        let mut object = e.bot.object_covering_card_of(lo);
        while object < hi {
            let size = model.size_of(object);
            e.scan(object, lo, hi);
            object += size;
        }
    }
    // Breadth first through what was copied and promoted until both scans catch up; objects
    // left in place first, depth first, so their stack stays short.
    let mut to_scan = e.to.start;
    let mut old_scan = old_top_before;
    loop {
        let (object, size) = if let Some(object) = e.failed_scan.pop() {
            (object, model.size_of(object))
        } else if to_scan < e.to.top {
            let size = model.size_of(to_scan);
            to_scan += size;
            (to_scan - size, size)
        } else if old_scan < e.old.top {
            let size = model.size_of(old_scan);
            old_scan += size;
            (old_scan - size, size)
        } else {
            break;
        };
        e.scan(object, object, object + size);
    }
    // Weak and phantom references: a referent that was not copied died.
    let mut pending = Vec::new();
    for &(object, referent) in &e.discovered {
        let value = load(referent) as usize;
        if value == 0 || !e.in_collected(value) {
            continue;
        }
        let mark = load(value + model::MARK_OFFSET);
        if model::is_forwarded(mark) {
            let new = model::forwardee(mark);
            store(referent, new as u64);
            if heap.is_old(referent) && heap.is_young(new) {
                heap.cards.mark(referent);
            }
        } else {
            store(referent, 0);
            pending.push(object as u64);
        }
    }
    let (to, old, ages, promoted) = (e.to, e.old, e.ages, e.promoted);
    let failed = std::mem::take(&mut e.failed);
    let promotion_failed = e.promotion_failed;
    g.survivors[to_index] = to;
    g.old = old;
    g.grow_old_to_fit();
    if promotion_failed {
        // Everything copied is already referred to at its copy; what stayed keeps its hash.
        // Eden and both Survivors keep their contents for the full collection.
        for &(object, mark) in &failed {
            store(object + model::MARK_OFFSET, mark);
        }
        return (pending, promoted, true);
    }
    g.eden.top = g.eden.start;
    let from = g.from;
    g.survivors[from].top = g.survivors[from].start;
    g.from = to_index;
    g.tenuring_threshold = tenuring_threshold(&ages, to.capacity(), heap.max_tenuring_threshold());
    (pending, promoted, false)
}

/// HotSpot's adaptive threshold: the youngest age at which the survivors of that age and younger
/// fill more than half of a Survivor space (`-XX:TargetSurvivorRatio=50`).
fn tenuring_threshold(ages: &[usize], survivor_capacity: usize, max: u32) -> u32 {
    let desired = survivor_capacity / 2;
    let mut total = 0;
    for (age, bytes) in ages.iter().enumerate().skip(1) {
        total += bytes;
        if total > desired {
            return (age as u32).min(max);
        }
    }
    max
}
