//! Generation sizes from the command-line flags, as HotSpot's Serial collector computes them:
//! the young generation is a third of the heap (`-XX:NewRatio=2`) unless `-Xmn` says otherwise,
//! split into Eden and two Survivor spaces of a tenth each (`-XX:SurvivorRatio=8`).

/// Generation boundaries are multiples of this (HotSpot's space alignment).
pub const SPACE_ALIGNMENT: usize = 64 << 10;

/// The heap flags (`-Xmx`, `-Xms`, `-Xmn`, `-XX:...`).
#[derive(Debug, Clone)]
pub struct HeapConfig {
    /// `-Xmx`.
    pub max_heap: usize,
    /// `-Xms`; `None` for HotSpot's default (a 64th of physical memory, at most `max_heap`).
    pub initial_heap: Option<usize>,
    /// `-Xmn`.
    pub young_size: Option<usize>,
    /// `-XX:NewRatio`: Old is this many times the young generation.
    pub new_ratio: usize,
    /// `-XX:SurvivorRatio`: Eden is this many times one Survivor space.
    pub survivor_ratio: usize,
    /// `-XX:MaxTenuringThreshold`.
    pub max_tenuring_threshold: u32,
    /// Physical memory, for the default initial size.
    pub physical_memory: usize,
}

impl HeapConfig {
    /// HotSpot's defaults for a heap of at most `max_heap` bytes.
    pub fn new(max_heap: usize) -> HeapConfig {
        HeapConfig {
            max_heap,
            initial_heap: None,
            young_size: None,
            new_ratio: 2,
            survivor_ratio: 8,
            max_tenuring_threshold: 15,
            physical_memory: max_heap.saturating_mul(4),
        }
    }
}

/// The sizes the heap is laid out with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// The whole reservation (`-Xmx`, aligned).
    pub max_heap: usize,
    /// Address space kept for the young generation; Old starts after it.
    pub young_reserved: usize,
    pub eden: usize,
    /// One Survivor space.
    pub survivor: usize,
    /// Old's committed size at start-up; it grows up to `max_heap - young_reserved`.
    pub old_initial: usize,
}

fn align_down(n: usize) -> usize {
    n / SPACE_ALIGNMENT * SPACE_ALIGNMENT
}

pub(crate) fn align_up(n: usize) -> usize {
    n.div_ceil(SPACE_ALIGNMENT) * SPACE_ALIGNMENT
}

impl Sizes {
    pub fn compute(config: &HeapConfig) -> Sizes {
        let ratio_sum = config.survivor_ratio.max(1) + 2;
        // The smallest young generation that still has a usable Eden and Survivors.
        let min_young = SPACE_ALIGNMENT * ratio_sum;
        let max_heap = align_up(config.max_heap).max(2 * min_young);
        let initial = config
            .initial_heap
            .unwrap_or(config.physical_memory / 64)
            .clamp(2 * min_young, max_heap);
        let new_ratio = config.new_ratio.max(1) + 1;
        let (young_reserved, young) = match config.young_size {
            Some(n) => {
                let n = align_down(n).clamp(min_young, max_heap - SPACE_ALIGNMENT);
                (n, n)
            }
            None => (
                align_down(max_heap / new_ratio).max(min_young),
                align_down(initial / new_ratio).max(min_young),
            ),
        };
        let survivor = align_down(young / ratio_sum).max(SPACE_ALIGNMENT);
        let eden = young - 2 * survivor;
        let old_initial = align_up(initial.saturating_sub(young))
            .clamp(SPACE_ALIGNMENT, max_heap - young_reserved);
        Sizes {
            max_heap,
            young_reserved,
            eden,
            survivor,
            old_initial,
        }
    }

    /// Old's largest size.
    pub fn old_reserved(&self) -> usize {
        self.max_heap - self.young_reserved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_hotspot_serial_for_xmx64m() {
        let mut c = HeapConfig::new(64 << 20);
        c.physical_memory = 24 << 30;
        let s = Sizes::compute(&c);
        // java -XX:+UseSerialGC -Xmx64m -Xlog:gc*: Eden 17472K, From 2176K, Tenured 43712K.
        assert_eq!(s.eden, 17472 << 10);
        assert_eq!(s.survivor, 2176 << 10);
        assert_eq!(s.old_initial, 43712 << 10);
        assert_eq!(s.young_reserved + s.old_reserved(), 64 << 20);
    }

    #[test]
    fn xmn_fixes_the_young_generation() {
        let mut c = HeapConfig::new(512 << 20);
        c.young_size = Some(100 << 20);
        let s = Sizes::compute(&c);
        assert_eq!(s.young_reserved, 100 << 20);
        assert_eq!(s.eden + 2 * s.survivor, 100 << 20);
    }

    #[test]
    fn tiny_heaps_still_have_every_space() {
        let s = Sizes::compute(&HeapConfig::new(1 << 20));
        assert!(s.eden >= SPACE_ALIGNMENT && s.survivor >= SPACE_ALIGNMENT);
        assert!(s.old_initial >= SPACE_ALIGNMENT);
    }
}
