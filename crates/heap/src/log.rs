//! `-Xlog:gc` / `-verbose:gc` (one line per collection) and `-Xlog:gc*` (per-space detail), in
//! HotSpot's unified-logging shape: `[0.123s][info][gc] GC(3) Pause Young (Allocation Failure)
//! 24M->3M(64M) 1.234ms`.

use std::io::Write;
use std::time::Instant;

/// Which `gc` log lines are on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GcLogConfig {
    /// `-Xlog:gc`, `-verbose:gc`.
    pub gc: bool,
    /// `-Xlog:gc*`: also the `gc,start`, `gc,heap`, `gc,phases`, `gc,promotion` lines.
    pub details: bool,
}

pub(crate) struct GcLog {
    config: GcLogConfig,
    started: Instant,
}

impl GcLog {
    pub(crate) fn new(config: GcLogConfig, started: Instant) -> GcLog {
        GcLog { config, started }
    }

    pub(crate) fn on(&self) -> bool {
        self.config.gc || self.config.details
    }

    pub(crate) fn details(&self) -> bool {
        self.config.details
    }

    /// One line with the uptime and the tag set (padded as HotSpot pads the longest one seen).
    pub(crate) fn line(&self, tags: &str, text: &str) {
        let uptime = self.started.elapsed().as_secs_f64();
        let padded = if self.config.details {
            format!("{tags:<14}")
        } else {
            tags.to_owned()
        };
        let mut out = std::io::stdout().lock();
        // A closed stdout must not stop the collector; HotSpot also drops the line.
        let _ = writeln!(out, "[{uptime:.3}s][info][{padded}] {text}");
        let _ = out.flush();
    }
}

/// Bytes as HotSpot's `K` figures.
pub(crate) fn k(bytes: usize) -> String {
    format!("{}K", bytes >> 10)
}

/// Bytes as whole megabytes, as the one-line summary prints them.
pub(crate) fn m(bytes: usize) -> String {
    format!("{}M", bytes >> 20)
}
