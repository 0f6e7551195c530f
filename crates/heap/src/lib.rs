//! The Java heap: one contiguous reservation of `-Xmx` bytes of address space (the OS commits
//! pages only as they are touched), so a reference is a plain address, laid out as HotSpot's
//! Serial collector lays it out:
//!
//! ```text
//! [ Eden | Survivor 0 | Survivor 1 | (young reserve) | Old ........................ ]
//!   ^ TLABs are carved from Eden     from/to swap      ^ bump allocation, compacted
//! ```
//! A **young collection** copies live objects out of Eden and the from-Survivor, breadth first,
//! into the to-Survivor, ageing them, and promotes those at the tenuring threshold (or that do
//! not fit) into Old. Its roots are the VM's roots plus the dirty cards of Old (the card table,
//! kept by the VM's write barrier). A **full collection** marks everything reachable, then slides
//! live objects of Old, Eden and the from-Survivor, in that order, to the bottom of Old
//! (overflowing into Eden), a four-phase mark-compact. Both clear `java.lang.ref` referents that
//! died and hand the references back for enqueueing.
//!
//! The heap knows objects only through the VM's [`ObjectModel`] and roots through [`Roots`];
//! it owns the GC bits of the mark word (see `model.rs`). Collections happen only when the VM
//! asks, at points where it has every reference in a root.

mod cards;
mod full;
mod log;
mod memory;
mod model;
mod sizing;
mod young;

pub use cards::{CardTable, CARD_SIZE};
pub use log::GcLogConfig;
pub use model::{ObjectModel, ReferenceKind, Roots, MAX_AGE};
pub use sizing::{HeapConfig, Sizes, SPACE_ALIGNMENT};

use cards::BlockOffsetTable;
use std::sync::Mutex;
use std::time::{Duration, Instant};

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

/// Why a collection runs (the text `-Xlog:gc` prints).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GcCause {
    AllocationFailure,
    SystemGc,
    /// The stress mode's collection at an allocation.
    Stress,
}

impl GcCause {
    fn text(self) -> &'static str {
        match self {
            GcCause::AllocationFailure => "Allocation Failure",
            GcCause::SystemGc => "System.gc()",
            GcCause::Stress => "GC Stress",
        }
    }
}

/// A contiguous space filled by bumping `top` from `start` towards `end`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Space {
    pub(crate) start: usize,
    pub(crate) top: usize,
    pub(crate) end: usize,
}

impl Space {
    fn new(start: usize, size: usize) -> Space {
        Space {
            start,
            top: start,
            end: start + size,
        }
    }

    pub(crate) fn used(&self) -> usize {
        self.top - self.start
    }

    pub(crate) fn capacity(&self) -> usize {
        self.end - self.start
    }

    pub(crate) fn free(&self) -> usize {
        self.end - self.top
    }

    pub(crate) fn contains(&self, address: usize) -> bool {
        (self.start..self.top).contains(&address)
    }

    /// Bumps `top` by `size` if it fits.
    pub(crate) fn bump(&mut self, size: usize) -> Option<usize> {
        if size > self.free() {
            return None;
        }
        let at = self.top;
        self.top += size;
        Some(at)
    }
}

/// The heap's mutable state, behind one lock: the allocation slow paths and collections.
pub(crate) struct Generations {
    pub(crate) eden: Space,
    pub(crate) survivors: [Space; 2],
    /// Which survivor is "from" (holds the survivors of the last young collection).
    pub(crate) from: usize,
    /// Old: `end` is the reservation's end; `capacity` is what `totalMemory` reports as
    /// committed, grown as Old fills.
    pub(crate) old: Space,
    pub(crate) old_capacity: usize,
    pub(crate) bot: BlockOffsetTable,
    pub(crate) tenuring_threshold: u32,
    /// The full collector's mark bitmap (a bit per heap word), allocated at the first one.
    pub(crate) mark_bits: Vec<u64>,
    /// Bytes young collections promote: a decaying average and deviation.
    pub(crate) promoted_average: f64,
    pub(crate) promoted_deviation: f64,
    pub(crate) stats: GcStats,
}

impl Generations {
    pub(crate) fn survivor_from(&self) -> Space {
        self.survivors[self.from]
    }

    /// Eden and the Survivors (the to-Survivor is empty except after a failed promotion).
    pub(crate) fn young_used(&self) -> usize {
        self.eden.used() + self.survivors[0].used() + self.survivors[1].used()
    }

    /// HotSpot's `promotion_attempt_is_safe`: Old can take what young collections have been
    /// promoting (a padded average) or everything young. A wrong guess is a promotion failure,
    /// which a full collection then repairs.
    pub(crate) fn young_collection_is_safe(&self) -> bool {
        let padded = self.promoted_average + 3.0 * self.promoted_deviation;
        self.survivors[1 - self.from].used() == 0
            && (self.old.free() >= self.young_used() || self.old.free() as f64 >= padded)
    }

    /// Folds one young collection's promoted bytes into the padded average.
    pub(crate) fn record_promotion(&mut self, bytes: usize) {
        const WEIGHT: f64 = 0.25;
        let sample = bytes as f64;
        let deviation = (sample - self.promoted_average).abs();
        self.promoted_average += WEIGHT * (sample - self.promoted_average);
        self.promoted_deviation += WEIGHT * (deviation - self.promoted_deviation);
    }

    pub(crate) fn used(&self) -> usize {
        self.young_used() + self.old.used()
    }

    /// Eden, one Survivor and Old's committed size: what HotSpot reports as the heap's capacity.
    pub(crate) fn capacity(&self) -> usize {
        self.eden.capacity() + self.survivor_from().capacity() + self.old_capacity
    }

    /// Old grows its committed size to hold what it holds.
    pub(crate) fn grow_old_to_fit(&mut self) {
        let needed = sizing::align_up(self.old.used());
        if needed > self.old_capacity {
            self.old_capacity = needed.min(self.old.capacity());
        }
    }
}

/// The VM's roots plus references already cleared by this collection's young part.
struct WithPending<'a> {
    roots: &'a mut dyn Roots,
    pending: &'a mut Vec<u64>,
}

// SAFETY: the VM's roots, and references the young collection found (objects in the heap).
unsafe impl Roots for WithPending<'_> {
    fn for_each_root(&mut self, visit: &mut dyn FnMut(u64) -> u64) {
        self.roots.for_each_root(visit);
        for r in self.pending.iter_mut() {
            *r = visit(*r);
        }
    }
}

/// Totals over the run, for the statistics printed at exit.
#[derive(Debug, Clone, Copy, Default)]
pub struct GcStats {
    pub young_collections: u64,
    pub full_collections: u64,
    pub young_pause: Duration,
    pub full_pause: Duration,
    pub promoted_bytes: u64,
}

pub struct Heap {
    /// The reservation (kept mapped for the life of the heap).
    _region: memmap2::MmapMut,
    start: usize,
    end: usize,
    sizes: Sizes,
    max_tenuring_threshold: u32,
    /// The write barrier's cards.
    pub cards: CardTable,
    state: Mutex<Generations>,
    log: log::GcLog,
    collections: std::sync::atomic::AtomicU64,
}

/// How much a TLAB refill asks for: small enough that Eden is shared fairly, large enough that
/// refills are rare.
fn tlab_size(eden: usize) -> usize {
    (eden / 64).clamp(4 << 10, 1 << 20) & !(OBJECT_ALIGNMENT - 1)
}

impl Heap {
    /// Reserves the heap and lays out its generations.
    pub fn new(config: &HeapConfig, log: GcLogConfig, started: Instant) -> std::io::Result<Heap> {
        let sizes = Sizes::compute(config);
        // 16, one more than any age, never tenures by age (HotSpot's range is 0..=16).
        let max_tenuring_threshold = config.max_tenuring_threshold.min(MAX_AGE + 1);
        let mut region = memmap2::MmapOptions::new().len(sizes.max_heap).map_anon()?;
        let start = region.as_mut_ptr() as usize;
        let end = start + sizes.max_heap;
        let eden = Space::new(start, sizes.eden);
        let s0 = Space::new(eden.end, sizes.survivor);
        let s1 = Space::new(s0.end, sizes.survivor);
        let old_start = start + sizes.young_reserved;
        let old = Space::new(old_start, sizes.old_reserved());
        let log = log::GcLog::new(log, started);
        if log.on() {
            log.line("gc", "Using Serial");
        }
        if log.details() {
            log.line(
                "gc,init",
                &format!(
                    "Heap Initial Capacity: {}",
                    log::m(sizes.eden + 2 * sizes.survivor + sizes.old_initial)
                ),
            );
            log.line(
                "gc,init",
                &format!("Heap Max Capacity: {}", log::m(sizes.max_heap)),
            );
        }
        Ok(Heap {
            _region: region,
            start,
            end,
            sizes,
            max_tenuring_threshold,
            cards: CardTable::new(start, sizes.max_heap)?,
            state: Mutex::new(Generations {
                eden,
                survivors: [s0, s1],
                from: 0,
                old,
                old_capacity: sizes.old_initial,
                bot: BlockOffsetTable::new(old_start, sizes.old_reserved()),
                tenuring_threshold: max_tenuring_threshold,
                mark_bits: Vec::new(),
                promoted_average: 0.0,
                promoted_deviation: 0.0,
                stats: GcStats::default(),
            }),
            log,
            collections: std::sync::atomic::AtomicU64::new(0),
        })
    }

    fn state(&self) -> std::sync::MutexGuard<'_, Generations> {
        // A panic while holding the lock would already have ended the VM; keep going if not.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether `address` lies in the young generation (Eden or a Survivor).
    pub fn is_young(&self, address: usize) -> bool {
        (self.start..self.start + self.sizes.young_reserved).contains(&address)
    }

    /// Whether `address` lies in Old.
    pub fn is_old(&self, address: usize) -> bool {
        (self.start + self.sizes.young_reserved..self.end).contains(&address)
    }

    pub fn sizes(&self) -> Sizes {
        self.sizes
    }

    /// Collections so far (young and full): a thread's TLAB from before the last one is void.
    pub fn collection_count(&self) -> u64 {
        self.collections.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Carves a TLAB out of Eden for an object of `size` bytes: `(start, end)`. Its memory is
    /// not zeroed: each object is, as it is allocated ([`zero_object`]), which touches the
    /// memory once and only where objects go.
    pub fn allocate_tlab(&self, size: usize) -> Option<(usize, usize)> {
        let mut g = self.state();
        let want = tlab_size(g.eden.capacity()).max(size);
        let take = if g.eden.free() >= want {
            want
        } else if g.eden.free() >= size {
            g.eden.free()
        } else {
            return None;
        };
        let start = g.eden.bump(take)?;
        Some((start, start + take))
    }

    /// Whether an object of `size` bytes is too big for a TLAB and should go straight to Old, as
    /// HotSpot places objects larger than half of Eden.
    pub fn is_large(&self, size: usize) -> bool {
        size > self.sizes.eden / 2
    }

    /// Whether Eden can still give a TLAB for an object of `size` bytes.
    pub fn eden_has_room(&self, size: usize) -> bool {
        self.state().eden.free() >= size
    }

    /// Allocates `size` zeroed bytes in Old, without collecting.
    pub fn allocate_old(&self, size: usize) -> Option<usize> {
        let mut g = self.state();
        let at = g.old.bump(size)?;
        g.bot.record(at, size);
        g.grow_old_to_fit();
        drop(g);
        memory::zero(at, size);
        Some(at)
    }

    /// Allocates `size` zeroed bytes in Eden (outside any TLAB), without collecting.
    #[cfg(test)]
    pub(crate) fn allocate_eden(&self, size: usize) -> Option<usize> {
        let at = self.state().eden.bump(size)?;
        memory::zero(at, size);
        Some(at)
    }

    /// Runs a collection: a young one if `cause` is an allocation failure and promotion is
    /// expected to succeed (followed by a full one if it did not), else a full one. `clear_soft`
    /// clears soft references too (the last attempt before `OutOfMemoryError`). Returns the
    /// references whose referents were cleared, to be enqueued.
    pub fn collect(
        &self,
        cause: GcCause,
        full: bool,
        clear_soft: bool,
        model: &dyn ObjectModel,
        roots: &mut dyn Roots,
    ) -> Vec<u64> {
        let mut g = self.state();
        let young = !full && cause != GcCause::SystemGc && g.young_collection_is_safe();
        let (mut pending, promotion_failed) =
            self.collect_once(&mut g, cause, young, clear_soft, model, roots);
        if promotion_failed {
            // The full collection repairs the heap; the references the young one cleared are
            // roots of it, so they stay alive and their addresses are updated.
            let mut roots = WithPending {
                roots,
                pending: &mut pending,
            };
            let (more, _) = self.collect_once(&mut g, cause, false, clear_soft, model, &mut roots);
            pending.extend(more);
        }
        pending
    }

    fn collect_once(
        &self,
        g: &mut Generations,
        cause: GcCause,
        young: bool,
        clear_soft: bool,
        model: &dyn ObjectModel,
        roots: &mut dyn Roots,
    ) -> (Vec<u64>, bool) {
        let id = self
            .collections
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let started = Instant::now();
        let before = g.used();
        let young_before = (g.eden.used(), g.survivor_from().used(), g.old.used());
        let capacity_before = g.capacity();
        let kind = if young { "Pause Young" } else { "Pause Full" };
        if self.log.details() {
            self.log
                .line("gc,start", &format!("GC({id}) {kind} ({})", cause.text()));
        }
        let (pending, promoted, failed) = if young {
            young::collect(g, self, model, roots)
        } else {
            let pending = full::collect(g, self, model, roots, clear_soft, &self.log, id);
            (pending, 0, false)
        };
        let pause = started.elapsed();
        if young {
            g.stats.young_collections += 1;
            g.stats.young_pause += pause;
            g.stats.promoted_bytes += promoted as u64;
            g.record_promotion(promoted);
        } else {
            g.stats.full_collections += 1;
            g.stats.full_pause += pause;
        }
        if self.log.details() {
            let (eden_b, from_b, old_b) = young_before;
            let survivor = g.survivor_from().capacity();
            let young_cap = g.eden.capacity() + survivor;
            self.log.line(
                "gc,heap",
                &format!(
                    "GC({id}) DefNew: {}({})->{}({}) Eden: {}({})->{}({}) From: {}({})->{}({})",
                    log::k(eden_b + from_b),
                    log::k(young_cap),
                    log::k(g.young_used()),
                    log::k(young_cap),
                    log::k(eden_b),
                    log::k(g.eden.capacity()),
                    log::k(g.eden.used()),
                    log::k(g.eden.capacity()),
                    log::k(from_b),
                    log::k(survivor),
                    log::k(g.survivor_from().used()),
                    log::k(survivor),
                ),
            );
            self.log.line(
                "gc,heap",
                &format!(
                    "GC({id}) Tenured: {}({})->{}({})",
                    log::k(old_b),
                    log::k(capacity_before - young_cap),
                    log::k(g.old.used()),
                    log::k(g.old_capacity),
                ),
            );
            if young {
                self.log.line(
                    "gc,promotion",
                    &format!(
                        "GC({id}) Promoted: {} Tenuring threshold: {} (max {}){}",
                        log::k(promoted),
                        g.tenuring_threshold,
                        self.max_tenuring_threshold,
                        if failed { " Promotion failed" } else { "" }
                    ),
                );
            }
        }
        if self.log.on() {
            self.log.line(
                "gc",
                &format!(
                    "GC({id}) {kind} ({}) {}->{}({}) {:.3}ms",
                    cause.text(),
                    log::m(before),
                    log::m(g.used()),
                    log::m(g.capacity()),
                    pause.as_secs_f64() * 1000.0
                ),
            );
        }
        (pending, failed)
    }

    /// Bytes in use (TLABs count whole, as in HotSpot).
    pub fn used(&self) -> usize {
        self.state().used()
    }

    /// `Runtime.totalMemory`: Eden, one Survivor and Old's committed size.
    pub fn capacity(&self) -> usize {
        self.state().capacity()
    }

    /// `Runtime.maxMemory`: the heap less one Survivor, which is always empty.
    pub fn max_capacity(&self) -> usize {
        self.sizes.max_heap - self.sizes.survivor
    }

    pub fn stats(&self) -> GcStats {
        self.state().stats
    }

    pub(crate) fn max_tenuring_threshold(&self) -> u32 {
        self.max_tenuring_threshold
    }
}

#[cfg(test)]
mod tests;

/// Zeroes the memory of an object just allocated from a TLAB.
///
/// # Safety
/// `[at, at + size)` lies in a TLAB [`Heap::allocate_tlab`] handed out, and no object occupies it.
#[inline(always)]
pub unsafe fn zero_object(at: usize, size: usize) {
    memory::zero(at, size)
}

/// Ends the process on a broken collector invariant (a VM bug, never a Java program's fault).
pub fn fatal(message: &str) -> ! {
    eprintln!("#\n# rjava: fatal error in the garbage collector: {message}\n#");
    std::process::exit(134)
}
