//! Safepoints: bringing every Java thread to a stop so that one thread can collect.
//!
//! Each thread is in one of three states:
//! - `RUNNING`: running Java or VM code; it may touch the heap at any moment, so a safepoint
//!   waits until it polls (the interpreter polls on backward branches and between the
//!   instructions it cannot run in its fast loop, which include every call and allocation);
//! - `STOPPED`: it polled during a safepoint and waits for it to end;
//! - `SAFE`: it is blocked (in `sleep`, `wait`, `park`, monitor entry, class initialization of
//!   another thread, ...) and touches no heap memory until it returns to `RUNNING`, which waits
//!   while a safepoint is in progress.
//!
//! A collection also needs every stopped or safe thread to hold all its references in roots:
//! that is `ThreadShared::collectable`, recorded as the thread stops (no Rust code below it
//! holds references, `gc::may_collect`). If some thread is not collectable the safepoint ends
//! without collecting, and the allocation that wanted it takes room in Old instead.
//!
//! The flag [`PENDING`] is the only thing the polls read; the rest happens under the registry's
//! lock (`threads.rs`). Becoming `RUNNING` and requesting a safepoint are a store followed by a
//! load of the other side's variable, both sequentially consistent, so one of the two always
//! sees the other.

use crate::thread::JavaThread;
use crate::threads::{Registry, ThreadShared, Threads};
use std::sync::atomic::{AtomicBool, Ordering::Relaxed, Ordering::SeqCst};
use std::sync::MutexGuard;
use std::time::Duration;

pub(crate) const RUNNING: u8 = 0;
pub(crate) const STOPPED: u8 = 1;
pub(crate) const SAFE: u8 = 2;

/// A safepoint is requested or in progress: running threads must stop at their next poll.
/// (One VM per process, so one flag; a static keeps the poll a single load.)
pub static PENDING: AtomicBool = AtomicBool::new(false);

/// The poll: stops here if a safepoint is pending. The caller's frame state is saved, so every
/// reference the interpreter holds is in a frame slot.
#[inline(always)]
pub fn poll(thread: &mut JavaThread) {
    if PENDING.load(Relaxed) {
        stop(thread);
    }
}

#[cold]
#[inline(never)]
fn stop(thread: &mut JavaThread) {
    let r = thread.vm.threads.lock();
    drop(stopped_until_resumed(thread, r));
    roots_may_have_moved(thread);
}

/// With the registry locked: the thread is stopped (saying whether it may be collected) until
/// the safepoint in progress ends, then running again.
fn stopped_until_resumed<'a>(
    thread: &JavaThread,
    r: MutexGuard<'a, Registry>,
) -> MutexGuard<'a, Registry> {
    let shared = thread.shared();
    let threads = &thread.vm.threads;
    shared
        .collectable
        .store(crate::gc::may_collect(thread), SeqCst);
    shared.state.store(STOPPED, SeqCst);
    threads.stopped.notify_all();
    let r = wait_for_resume(threads, r);
    shared.state.store(RUNNING, SeqCst);
    r
}

/// Waits, with the registry locked, until no safepoint is pending.
fn wait_for_resume<'a>(threads: &Threads, r: MutexGuard<'a, Registry>) -> MutexGuard<'a, Registry> {
    threads
        .resumed
        .wait_while(r, |_| PENDING.load(SeqCst))
        .unwrap_or_else(|e| e.into_inner())
}

/// The collector, on another thread, may have rewritten this thread's roots (its thread
/// object, pending exception, handles) while it was stopped or safe: nothing the compiler
/// loaded from them before may be reused. Rust sees no write to `thread` here, so the
/// reference is passed through an opaque barrier that may have written anything behind it.
#[inline(always)]
fn roots_may_have_moved(thread: &mut JavaThread) {
    let _ = std::hint::black_box(thread);
}

/// Runs `f`, which blocks and touches no heap memory, with the thread safe: safepoints proceed
/// without it meanwhile. Returning waits for a safepoint in progress to end.
pub fn blocking<T>(thread: &mut JavaThread, f: impl FnOnce() -> T) -> T {
    let shared = thread.shared();
    shared
        .collectable
        .store(crate::gc::may_collect(thread), SeqCst);
    enter_safe(thread, shared);
    let result = f();
    leave_safe(thread, shared);
    roots_may_have_moved(thread);
    result
}

fn enter_safe(thread: &JavaThread, shared: &ThreadShared) {
    shared.state.store(SAFE, SeqCst);
    if PENDING.load(SeqCst) {
        // The thread requesting the safepoint may be waiting for this one.
        let threads = &thread.vm.threads;
        let _r = threads.lock();
        threads.stopped.notify_all();
    }
}

fn leave_safe(thread: &JavaThread, shared: &ThreadShared) {
    loop {
        shared.state.store(RUNNING, SeqCst);
        if !PENDING.load(SeqCst) {
            return;
        }
        shared.state.store(SAFE, SeqCst);
        let threads = &thread.vm.threads;
        let r = threads.lock();
        threads.stopped.notify_all();
        drop(wait_for_resume(threads, r));
    }
}

/// Marks the current thread as running (a new thread, before its first Java code).
pub(crate) fn start_running(thread: &JavaThread) {
    leave_safe(thread, thread.shared());
}

/// Marks the current thread as safe for good (it is ending and runs no more Java code).
pub(crate) fn stop_running(thread: &JavaThread) {
    enter_safe(thread, thread.shared());
}

/// Stops every other thread and, if each holds all its references in roots, runs `operation`
/// with the caller and the runtime states of the other threads; answers whether it ran. The
/// caller is at a point where it may collect.
pub(crate) fn with_world_stopped(
    thread: &mut JavaThread,
    operation: impl FnOnce(&mut JavaThread, &[*mut JavaThread]),
) -> bool {
    stop_the_world(thread, true, operation)
}

/// Stops every other thread and runs `operation`, which only reads their runtime states (their
/// stacks, for `Thread.getStackTrace`): no thread needs to be collectable.
pub(crate) fn with_threads_stopped(
    thread: &mut JavaThread,
    operation: impl FnOnce(&mut JavaThread, &[*mut JavaThread]),
) {
    stop_the_world(thread, false, operation);
}

fn stop_the_world(
    thread: &mut JavaThread,
    need_collectable: bool,
    operation: impl FnOnce(&mut JavaThread, &[*mut JavaThread]),
) -> bool {
    let me = thread.shared();
    let threads = &thread.vm.threads;
    let mut r = threads.lock();
    // One safepoint at a time: while another thread's runs, this one is stopped like the rest.
    while PENDING.load(SeqCst) {
        r = stopped_until_resumed(thread, r);
    }
    PENDING.store(true, SeqCst);
    loop {
        let running = r
            .live
            .iter()
            .any(|s| !std::ptr::eq(*s, me) && s.state.load(SeqCst) == RUNNING);
        if !running {
            break;
        }
        // Timed, as a guard: every transition notifies, but a lost wake-up must not hang the VM.
        r = threads
            .stopped
            .wait_timeout(r, Duration::from_millis(10))
            .unwrap_or_else(|e| e.into_inner())
            .0;
    }
    let collectable = !need_collectable
        || r.live
            .iter()
            .all(|s| std::ptr::eq(*s, me) || s.collectable.load(SeqCst));
    if collectable {
        let others: Vec<*mut JavaThread> = r
            .live
            .iter()
            .filter(|s| !std::ptr::eq(**s, me))
            .map(|s| s.java.load(SeqCst))
            .filter(|p| !p.is_null())
            .collect();
        operation(thread, &others);
    }
    PENDING.store(false, SeqCst);
    threads.resumed.notify_all();
    drop(r);
    roots_may_have_moved(thread);
    collectable
}
