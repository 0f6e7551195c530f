//! Object monitors (JVMS 2.11.10, 17.1): `synchronized`, `monitorenter`/`monitorexit`,
//! `Object.wait/notify/notifyAll`.
//!
//! The lock lives in the top 24 bits of the mark word, beside the identity hash and the
//! collector's bits, so objects can move while locked (the collector keeps those bits):
//!
//! ```text
//! thin:     | 63: 0 | 62 … 56: recursions | 55 … 40: owner thread index |  (0 = unlocked)
//! inflated: | 63: 1 | 62 … 40: monitor index                            |
//! ```
//! An uncontended lock is one compare-and-swap on the mark word: no allocation, no OS call.
//! A thread that finds the lock thin-held by another, that waits, or that nests more than 127
//! times inflates it: the mark word then names a [`Monitor`] (a mutex and condition variable,
//! kept for the life of the VM) that records the owner, the recursions and the wait set.

use crate::exceptions::throw_new;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread, Throw};
use crate::threads::{thread_fields, ThreadShared};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU32, Ordering::Acquire, Ordering::Relaxed, Ordering::Release};
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};

const LOCK_SHIFT: u32 = 40;
const LOCK_BITS: u64 = 0xFF_FFFF << LOCK_SHIFT;
const INFLATED: u64 = 1 << 63;
const OWNER_MASK: u64 = 0xFFFF;
const RECURSION_SHIFT: u32 = 56;
const RECURSION_ONE: u64 = 1 << RECURSION_SHIFT;
const MAX_THIN_RECURSIONS: u64 = 0x7F;
const MONITOR_INDEX_MASK: u64 = 0x7F_FFFF;

/// An inflated lock.
pub struct Monitor {
    state: Mutex<MonitorState>,
    /// Signalled when the owner leaves.
    released: Condvar,
}

#[derive(Default)]
struct MonitorState {
    /// The owner's thread index, 0 when free.
    owner: u16,
    /// Entries beyond the first.
    recursions: u32,
    /// Threads blocked entering.
    entering: u32,
    /// `Object.wait`ers, in arrival order (`notify` wakes the first, as HotSpot's default policy).
    waiters: VecDeque<&'static ThreadShared>,
}

impl Monitor {
    fn state(&self) -> MutexGuard<'_, MonitorState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

const CHUNK: usize = 1024;
const CHUNKS: usize = (MONITOR_INDEX_MASK as usize + 1) / CHUNK;

/// Every inflated monitor, by index; chunks are made on demand and never freed.
struct MonitorTable {
    chunks: Box<[OnceLock<Box<[Monitor]>>]>,
    next: AtomicU32,
    /// Monitors made for an inflation that lost its race, for reuse.
    spare: Mutex<Vec<u32>>,
}

fn table() -> &'static MonitorTable {
    static TABLE: OnceLock<MonitorTable> = OnceLock::new();
    TABLE.get_or_init(|| MonitorTable {
        chunks: (0..CHUNKS).map(|_| OnceLock::new()).collect(),
        next: AtomicU32::new(0),
        spare: Mutex::new(Vec::new()),
    })
}

fn monitor(index: u32) -> &'static Monitor {
    let chunk = table().chunks[index as usize / CHUNK].get_or_init(|| {
        (0..CHUNK)
            .map(|_| Monitor {
                state: Mutex::new(MonitorState::default()),
                released: Condvar::new(),
            })
            .collect()
    });
    &chunk[index as usize % CHUNK]
}

/// The monitor an inflated lock's mark word names.
fn inflated(mark: u64) -> Option<&'static Monitor> {
    (mark & INFLATED != 0).then(|| monitor(((mark >> LOCK_SHIFT) & MONITOR_INDEX_MASK) as u32))
}

fn new_monitor_index() -> Option<u32> {
    let t = table();
    if let Some(i) = t.spare.lock().unwrap_or_else(|e| e.into_inner()).pop() {
        return Some(i);
    }
    let i = t.next.fetch_add(1, Relaxed);
    (i as u64 <= MONITOR_INDEX_MASK).then_some(i)
}

/// The monitor of `object`, inflating its lock if it is thin (keeping a thin owner's entries).
fn inflate(thread: &mut JavaThread, object: Ref) -> JResult<&'static Monitor> {
    let mark = object.mark();
    loop {
        let m = mark.load(Acquire);
        if let Some(monitor) = inflated(m) {
            return Ok(monitor);
        }
        let Some(index) = new_monitor_index() else {
            return Err(throw_new(
                thread,
                "java/lang/OutOfMemoryError",
                Some("too many inflated monitors"),
            ));
        };
        let monitor = monitor(index);
        {
            let mut s = monitor.state();
            *s = MonitorState::default();
            if m & LOCK_BITS != 0 {
                s.owner = ((m >> LOCK_SHIFT) & OWNER_MASK) as u16;
                s.recursions = ((m >> RECURSION_SHIFT) & MAX_THIN_RECURSIONS) as u32;
            }
        }
        let inflated = (m & !LOCK_BITS) | INFLATED | ((index as u64) << LOCK_SHIFT);
        if mark.compare_exchange(m, inflated, Acquire, Relaxed).is_ok() {
            return Ok(monitor);
        }
        table()
            .spare
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(index);
    }
}

/// `monitorenter`: may block (safely) while another thread owns the lock.
pub fn enter(thread: &mut JavaThread, object: Ref) -> JResult<()> {
    let me = thread.shared().index as u64;
    let mark = object.mark();
    let m = mark.load(Relaxed);
    if m & LOCK_BITS == 0
        && mark
            .compare_exchange(m, m | (me << LOCK_SHIFT), Acquire, Relaxed)
            .is_ok()
    {
        return Ok(());
    }
    enter_slow(thread, object)
}

#[cold]
#[inline(never)]
fn enter_slow(thread: &mut JavaThread, object: Ref) -> JResult<()> {
    let me = thread.shared().index as u64;
    let mark = object.mark();
    loop {
        let m = mark.load(Relaxed);
        if m & LOCK_BITS == 0 {
            if mark
                .compare_exchange(m, m | (me << LOCK_SHIFT), Acquire, Relaxed)
                .is_ok()
            {
                return Ok(());
            }
            continue;
        }
        if m & INFLATED == 0
            && (m >> LOCK_SHIFT) & OWNER_MASK == me
            && (m >> RECURSION_SHIFT) & MAX_THIN_RECURSIONS < MAX_THIN_RECURSIONS
        {
            if mark
                .compare_exchange(m, m + RECURSION_ONE, Acquire, Relaxed)
                .is_ok()
            {
                return Ok(());
            }
            continue;
        }
        let monitor = inflate(thread, object)?;
        enter_inflated(thread, monitor);
        return Ok(());
    }
}

fn enter_inflated(thread: &mut JavaThread, monitor: &'static Monitor) {
    let me = thread.shared().index;
    {
        let mut s = monitor.state();
        if s.owner == 0 {
            s.owner = me;
            return;
        }
        if s.owner == me {
            s.recursions += 1;
            return;
        }
        s.entering += 1;
    }
    set_status(thread, STATUS_BLOCKED_ON_MONITOR);
    crate::safepoint::blocking(thread, || {
        let mut s = monitor.state();
        s = monitor
            .released
            .wait_while(s, |s| s.owner != 0)
            .unwrap_or_else(|e| e.into_inner());
        s.owner = me;
        s.entering -= 1;
    });
    set_status(thread, STATUS_RUNNABLE);
}

/// `monitorexit`: `IllegalMonitorStateException` if this thread does not own the lock.
pub fn exit(thread: &mut JavaThread, object: Ref) -> JResult<()> {
    let me = thread.shared().index as u64;
    let mark = object.mark();
    loop {
        let m = mark.load(Relaxed);
        if let Some(monitor) = inflated(m) {
            let mut s = monitor.state();
            if s.owner as u64 != me {
                drop(s);
                return Err(not_owner(thread, None));
            }
            if s.recursions > 0 {
                s.recursions -= 1;
            } else {
                s.owner = 0;
                if s.entering > 0 {
                    monitor.released.notify_one();
                }
            }
            return Ok(());
        }
        if m & LOCK_BITS == 0 || (m >> LOCK_SHIFT) & OWNER_MASK != me {
            return Err(not_owner(thread, None));
        }
        let new = if m & (MAX_THIN_RECURSIONS << RECURSION_SHIFT) != 0 {
            m - RECURSION_ONE
        } else {
            m & !LOCK_BITS
        };
        if mark.compare_exchange(m, new, Release, Relaxed).is_ok() {
            return Ok(());
        }
    }
}

/// Whether this thread owns `object`'s lock (`Thread.holdsLock`).
pub fn holds_lock(thread: &JavaThread, object: Ref) -> bool {
    let me = thread.shared().index as u64;
    let m = object.mark().load(Relaxed);
    if let Some(monitor) = inflated(m) {
        return monitor.state().owner as u64 == me;
    }
    m & LOCK_BITS != 0 && (m >> LOCK_SHIFT) & OWNER_MASK == me
}

/// The monitor of an object this thread owns, inflated; `IllegalMonitorStateException` else.
fn owned_monitor(thread: &mut JavaThread, object: Ref) -> JResult<&'static Monitor> {
    if !holds_lock(thread, object) {
        return Err(not_owner(thread, Some("current thread is not owner")));
    }
    inflate(thread, object)
}

fn not_owner(thread: &mut JavaThread, message: Option<&str>) -> Throw {
    throw_new(thread, "java/lang/IllegalMonitorStateException", message)
}

/// `Object.wait(millis)`: releases the lock, waits for `notify`, an interrupt or the timeout
/// (0: none), and takes the lock back. The object is not needed after the lock is released.
pub fn wait(thread: &mut JavaThread, object: Ref, millis: i64) -> JResult<()> {
    if millis < 0 {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("timeout value is negative"),
        ));
    }
    let monitor = owned_monitor(thread, object)?;
    if take_interrupt(thread) {
        return Err(throw_new(thread, "java/lang/InterruptedException", None));
    }
    let me = thread.shared();
    let saved = {
        let mut s = monitor.state();
        me.clear_notified();
        s.waiters.push_back(me);
        let saved = s.recursions;
        s.owner = 0;
        s.recursions = 0;
        if s.entering > 0 {
            monitor.released.notify_one();
        }
        saved
    };
    let deadline = crate::threads::deadline_after(millis, 0);
    set_status(
        thread,
        if deadline.is_some() {
            STATUS_IN_OBJECT_WAIT_TIMED
        } else {
            STATUS_IN_OBJECT_WAIT
        },
    );
    crate::safepoint::blocking(thread, || {
        me.wait_for_notify(deadline);
        let mut s = monitor.state();
        // Timed out or interrupted: leave the wait set (a notify may have raced and taken it).
        s.waiters.retain(|w| !std::ptr::eq(*w, me));
        s.entering += 1;
        s = monitor
            .released
            .wait_while(s, |s| s.owner != 0)
            .unwrap_or_else(|e| e.into_inner());
        s.entering -= 1;
        s.owner = me.index;
        s.recursions = saved;
    });
    set_status(thread, STATUS_RUNNABLE);
    if take_interrupt(thread) {
        return Err(throw_new(thread, "java/lang/InterruptedException", None));
    }
    Ok(())
}

/// `Object.notify` (`all` false) or `notifyAll`.
pub fn notify(thread: &mut JavaThread, object: Ref, all: bool) -> JResult<()> {
    if !holds_lock(thread, object) {
        return Err(not_owner(thread, Some("current thread is not owner")));
    }
    // Nobody can be waiting on a lock that was never inflated.
    let Some(monitor) = inflated(object.mark().load(Relaxed)) else {
        return Ok(());
    };
    let mut s = monitor.state();
    while let Some(w) = s.waiters.pop_front() {
        w.notify();
        if !all {
            break;
        }
    }
    Ok(())
}

/// Consumes a pending interrupt of this thread: `Thread.interrupted` (the Java field, the
/// truth) is cleared and `true` answered if it was set.
pub(crate) fn take_interrupt(thread: &mut JavaThread) -> bool {
    // Cleared before the field is read: an interrupt arriving after sets it again.
    thread
        .shared()
        .interrupt_signal
        .store(false, std::sync::atomic::Ordering::SeqCst);
    let Some(t) = thread.thread_object else {
        return false;
    };
    t.swap_byte(thread_fields(t).interrupted, 0) != 0
}

/// Whether `Thread.interrupted` is set for this thread (without clearing it).
pub(crate) fn is_interrupted(thread: &JavaThread) -> bool {
    thread
        .thread_object
        .is_some_and(|t| t.get::<i8>(thread_fields(t).interrupted) != 0)
}

// `Thread.threadStatus` values (JVMTI thread state bits, as HotSpot's `java_lang_Thread`).
pub const STATUS_NEW: i32 = 0;
pub const STATUS_RUNNABLE: i32 = 0x0005;
pub const STATUS_SLEEPING: i32 = 0x00E1;
pub const STATUS_IN_OBJECT_WAIT: i32 = 0x0191;
pub const STATUS_IN_OBJECT_WAIT_TIMED: i32 = 0x01A1;
pub const STATUS_PARKED: i32 = 0x0291;
pub const STATUS_PARKED_TIMED: i32 = 0x02A1;
pub const STATUS_BLOCKED_ON_MONITOR: i32 = 0x0401;
pub const STATUS_TERMINATED: i32 = 0x0002;

/// Sets this thread's `Thread.threadStatus` (what `getState` reports).
pub fn set_status(thread: &JavaThread, status: i32) {
    if let Some(t) = thread.thread_object {
        set_status_of(t, status);
    }
}

/// Sets `Thread.threadStatus` of a thread object.
pub fn set_status_of(thread_object: Ref, status: i32) {
    thread_object.set::<i32>(thread_fields(thread_object).thread_status, status);
}
