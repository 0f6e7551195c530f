//! The VM's threads: a registry of every live `JavaThread`, each one's shared state (what other
//! threads may read or signal: its safepoint state, its park/wait event, its interrupt), and the
//! count of non-daemon threads the VM waits for before it exits.
//!
//! A thread's [`ThreadShared`] is never freed: when the thread ends it goes back to a pool and
//! the next thread reuses it, with the same small index (the owner field of thin locks). So a
//! `Thread` object's `eetop` field can hold its address, and `unpark` of a thread that has just
//! ended signals a live, harmless event (spurious wake-ups are allowed).

use crate::exceptions::throw_new;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU8, Ordering::SeqCst};
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

/// What other threads may see of a thread, and signal it with.
pub struct ThreadShared {
    /// 1-based: 0 means "no thread" in a thin lock's owner field.
    pub index: u16,
    /// `RUNNING`, `SAFE` or `STOPPED` (see `safepoint.rs`).
    pub(crate) state: AtomicU8,
    /// Whether a collection may run while this thread is safe or stopped (nothing of its Rust
    /// code below holds references outside the roots).
    pub(crate) collectable: AtomicBool,
    /// The thread's runtime state, read by the collector while the thread is stopped or safe.
    pub(crate) java: AtomicPtr<JavaThread>,
    /// Set by `Thread.interrupt`; wakes `sleep` and `wait` (the `Thread.interrupted` field is the
    /// truth, this only makes a blocked thread look at it).
    pub(crate) interrupt_signal: AtomicBool,
    /// The JVM stack's slot array, kept for the next thread that gets this state.
    pub(crate) slots: AtomicPtr<u64>,
    event: Mutex<Event>,
    wake: Condvar,
}

#[derive(Default)]
struct Event {
    /// `notify` chose this thread while it waited on a monitor.
    notified: bool,
    /// `LockSupport.unpark`'s permit.
    permit: bool,
}

impl ThreadShared {
    fn new(index: u16) -> ThreadShared {
        ThreadShared {
            index,
            state: AtomicU8::new(crate::safepoint::SAFE),
            collectable: AtomicBool::new(true),
            java: AtomicPtr::new(std::ptr::null_mut()),
            interrupt_signal: AtomicBool::new(false),
            slots: AtomicPtr::new(std::ptr::null_mut()),
            event: Mutex::new(Event::default()),
            wake: Condvar::new(),
        }
    }

    fn event(&self) -> MutexGuard<'_, Event> {
        self.event.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Wakes the thread from `sleep`, `wait` and `park` because it was interrupted.
    pub fn interrupt(&self) {
        self.interrupt_signal.store(true, SeqCst);
        let mut e = self.event();
        e.permit = true;
        self.wake.notify_all();
    }

    /// `LockSupport.unpark`: makes the permit available.
    pub fn unpark(&self) {
        let mut e = self.event();
        e.permit = true;
        self.wake.notify_all();
    }

    /// `notify` picked this waiter.
    pub(crate) fn notify(&self) {
        let mut e = self.event();
        e.notified = true;
        self.wake.notify_all();
    }

    pub(crate) fn clear_notified(&self) {
        self.event().notified = false;
    }

    /// Blocks (the caller is in a safe region) until `notify`, an interrupt or `deadline`;
    /// answers whether it was notified.
    pub(crate) fn wait_for_notify(&self, deadline: Option<Instant>) -> bool {
        let mut e = self.event();
        loop {
            if e.notified {
                e.notified = false;
                return true;
            }
            if self.interrupt_signal.load(SeqCst) {
                return false;
            }
            match wait(&self.wake, e, deadline) {
                Some(g) => e = g,
                None => return false,
            }
        }
    }

    /// Blocks (in a safe region) until an interrupt or `deadline`.
    pub(crate) fn sleep_until(&self, deadline: Option<Instant>) {
        let mut e = self.event();
        while !self.interrupt_signal.load(SeqCst) {
            match wait(&self.wake, e, deadline) {
                Some(g) => e = g,
                None => return,
            }
        }
    }

    /// `Unsafe.park`: consumes the permit, else blocks (in a safe region) until it is given,
    /// the thread is interrupted (which gives it) or `deadline`.
    pub(crate) fn park(&self, deadline: Option<Instant>) {
        let mut e = self.event();
        loop {
            if e.permit {
                e.permit = false;
                return;
            }
            match wait(&self.wake, e, deadline) {
                Some(g) => e = g,
                None => return,
            }
        }
    }

    /// Takes the permit if it is available, without blocking.
    pub(crate) fn try_take_permit(&self) -> bool {
        std::mem::take(&mut self.event().permit)
    }
}

/// One wait on `cv` until `deadline` (or forever); `None` once the deadline has passed.
fn wait<'a>(
    cv: &Condvar,
    guard: MutexGuard<'a, Event>,
    deadline: Option<Instant>,
) -> Option<MutexGuard<'a, Event>> {
    match deadline {
        None => Some(cv.wait(guard).unwrap_or_else(|e| e.into_inner())),
        Some(d) => {
            let now = Instant::now();
            if now >= d {
                return None;
            }
            let (g, _) = cv
                .wait_timeout(guard, d - now)
                .unwrap_or_else(|e| e.into_inner());
            Some(g)
        }
    }
}

/// A deadline `millis` (plus `nanos`) from now; `None` (forever) when both are 0.
pub fn deadline_after(millis: i64, nanos: i64) -> Option<Instant> {
    if millis <= 0 && nanos <= 0 {
        return None;
    }
    let d = Duration::from_millis(millis.max(0) as u64) + Duration::from_nanos(nanos.max(0) as u64);
    Some(Instant::now().checked_add(d).unwrap_or_else(far_future))
}

fn far_future() -> Instant {
    Instant::now() + Duration::from_secs(100 * 365 * 24 * 3600)
}

/// The registry (`Vm::threads`).
pub struct Threads {
    pub(crate) registry: Mutex<Registry>,
    /// Signalled when a thread stops for a safepoint, becomes safe or leaves.
    pub(crate) stopped: Condvar,
    /// Signalled when a safepoint ends.
    pub(crate) resumed: Condvar,
    /// Signalled when a non-daemon thread ends.
    non_daemon_ended: Condvar,
}

#[derive(Default)]
pub(crate) struct Registry {
    /// Every live thread.
    pub(crate) live: Vec<&'static ThreadShared>,
    /// Shared states of ended threads, for reuse.
    free: Vec<&'static ThreadShared>,
    /// How many states exist (the next index).
    created: u16,
    /// Live non-daemon threads other than the main thread.
    non_daemon: u32,
}

impl Default for Threads {
    fn default() -> Self {
        Threads {
            registry: Mutex::new(Registry::default()),
            stopped: Condvar::new(),
            resumed: Condvar::new(),
            non_daemon_ended: Condvar::new(),
        }
    }
}

impl Threads {
    pub(crate) fn lock(&self) -> MutexGuard<'_, Registry> {
        self.registry.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Registers a thread (safe: it runs no Java code until it says so) and answers its shared
    /// state, or `None` when 65,535 threads are alive. Its runtime state is attached after.
    pub(crate) fn register(&self) -> Option<&'static ThreadShared> {
        let mut r = self.lock();
        let shared = match r.free.pop() {
            Some(s) => s,
            None => {
                let index = r.created.checked_add(1)?;
                r.created = index;
                &*Box::leak(Box::new(ThreadShared::new(index)))
            }
        };
        shared.state.store(crate::safepoint::SAFE, SeqCst);
        shared.collectable.store(true, SeqCst);
        shared.interrupt_signal.store(false, SeqCst);
        *shared.event() = Event::default();
        shared.java.store(std::ptr::null_mut(), SeqCst);
        r.live.push(shared);
        Some(shared)
    }

    /// Removes a thread that has ended; its state goes back to the pool.
    pub(crate) fn unregister(&self, shared: &'static ThreadShared) {
        let mut r = self.lock();
        r.live.retain(|s| !std::ptr::eq(*s, shared));
        shared.java.store(std::ptr::null_mut(), SeqCst);
        r.free.push(shared);
        self.stopped.notify_all();
    }

    pub(crate) fn add_non_daemon(&self) {
        self.lock().non_daemon += 1;
    }

    pub(crate) fn end_non_daemon(&self) {
        let mut r = self.lock();
        r.non_daemon -= 1;
        self.non_daemon_ended.notify_all();
    }

    /// Blocks until no non-daemon thread but the caller is alive (the caller is in a safe region).
    pub(crate) fn wait_for_non_daemon_threads(&self) {
        let r = self.lock();
        drop(
            self.non_daemon_ended
                .wait_while(r, |r| r.non_daemon > 0)
                .unwrap_or_else(|e| e.into_inner()),
        );
    }
}

/// Offsets of the `java.lang.Thread` fields the VM reads and writes.
pub(crate) struct ThreadFields {
    /// HotSpot's `eetop`: here the address of the thread's [`ThreadShared`], 0 when not alive.
    pub eetop: usize,
    pub daemon: usize,
    pub interrupted: usize,
    pub thread_status: usize,
}

/// The offsets, from any `Thread` (the class is laid out before a thread object exists).
pub(crate) fn thread_fields(thread_object: Ref) -> &'static ThreadFields {
    static FIELDS: OnceLock<ThreadFields> = OnceLock::new();
    FIELDS.get_or_init(|| {
        let offset = |name, descriptor| {
            thread_object
                .class()
                .instance_field_offset(name, descriptor)
                .unwrap_or_else(|| crate::exceptions::fatal(&format!("Thread.{name} is missing")))
        };
        ThreadFields {
            eetop: offset("eetop", "J"),
            daemon: offset("daemon", "Z"),
            interrupted: offset("interrupted", "Z"),
            thread_status: offset("threadStatus", "I"),
        }
    })
}

/// The shared state of the thread a `Thread` object runs as, if it is alive.
pub(crate) fn shared_of(thread_object: Ref) -> Option<&'static ThreadShared> {
    let eetop = thread_object.get::<i64>(thread_fields(thread_object).eetop) as usize;
    // SAFETY: only the VM writes `eetop` (a private field), with 0 or the address of a
    // `ThreadShared`, which are leaked and never freed (`register`).
    (eetop != 0).then(|| unsafe { &*(eetop as *const ThreadShared) })
}

/// Links a `Thread` object with the thread that runs it (`eetop`, making it alive).
pub(crate) fn attach_thread_object(thread_object: Ref, shared: &'static ThreadShared) {
    let address = shared as *const ThreadShared as usize;
    thread_object.set::<i64>(thread_fields(thread_object).eetop, address as i64);
}

/// The Rust stack of threads started from Java: Java calls do not recurse in Rust, but class
/// initializers and natives calling back into Java do.
const THREAD_RUST_STACK: usize = 64 << 20;

/// `Thread.start0`: runs the thread's `run()` on a new OS thread.
pub(crate) fn start(thread: &mut JavaThread, thread_object: Ref) -> JResult<()> {
    let vm = thread.vm;
    let fields = thread_fields(thread_object);
    if thread_object.get::<i64>(fields.eetop) != 0 {
        return Err(throw_new(
            thread,
            "java/lang/IllegalThreadStateException",
            None,
        ));
    }
    let daemon = thread_object.get::<i8>(fields.daemon) != 0;
    let Some(mut child) = JavaThread::unstarted(vm, vm.options.stack_size) else {
        return Err(cannot_create(thread));
    };
    child.thread_object = Some(thread_object);
    attach_thread_object(thread_object, child.shared());
    crate::monitor::set_status_of(thread_object, crate::monitor::STATUS_RUNNABLE);
    if !daemon {
        vm.threads.add_non_daemon();
    }
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_RUST_STACK)
        .spawn(move || run(child, daemon));
    if spawned.is_err() {
        // The closure, and the unstarted thread with it, is dropped: it leaves the registry.
        thread_object.set::<i64>(fields.eetop, 0);
        crate::monitor::set_status_of(thread_object, crate::monitor::STATUS_NEW);
        if !daemon {
            vm.threads.end_non_daemon();
        }
        return Err(cannot_create(thread));
    }
    Ok(())
}

fn cannot_create(thread: &mut JavaThread) -> crate::thread::Throw {
    throw_new(
        thread,
        "java/lang/OutOfMemoryError",
        Some("unable to create native thread: possibly out of memory or process/resource limits reached"),
    )
}

/// The body of a started thread's OS thread: `run()`, the uncaught-exception handler, then
/// HotSpot's `JavaThread::exit` (`Thread.exit()`, then waking `join`ers).
// The thread stays boxed: the registry holds its address.
#[allow(clippy::boxed_local)]
fn run(mut thread: Box<JavaThread>, daemon: bool) {
    let thread = &mut *thread;
    thread.attach();
    let vm = thread.vm;
    let t = thread
        .thread_object
        .expect("a started thread has its object");
    // `Thread.run()` as the receiver's class overrides it (its vtable slot).
    let run = thread_method(t, "run", "()V").map(|m| {
        m.vtable_index()
            .and_then(|i| t.class().vtable.get(i as usize).copied())
            .unwrap_or(m)
    });
    if let Some(run) = run {
        // The thread object stays in `thread_object`, a root: collections may run.
        if crate::interp::invoke_gc_safe(thread, run, &[t.to_bits()]).is_err() {
            crate::launcher::dispatch_uncaught(thread);
        }
    }
    let t = thread.thread_object.expect("thread object");
    if let Some(exit) = thread_method(t, "exit", "()V") {
        if crate::interp::invoke_gc_safe(thread, exit, &[t.to_bits()]).is_err() {
            thread.pending_exception = None;
        }
    }
    ensure_join(thread);
    if !daemon {
        vm.threads.end_non_daemon();
    }
}

/// A thread has ended: it is no longer alive, and threads in `join` (waiting on the thread
/// object) wake up.
pub(crate) fn ensure_join(thread: &mut JavaThread) {
    let Some(t) = thread.thread_object else {
        return;
    };
    if crate::monitor::enter(thread, t).is_err() {
        thread.pending_exception = None;
        return;
    }
    // Entering may have waited while a collection moved the object.
    let t = thread.thread_object.expect("thread object");
    crate::monitor::set_status_of(t, crate::monitor::STATUS_TERMINATED);
    t.set::<i64>(thread_fields(t).eetop, 0);
    let _ = crate::monitor::notify(thread, t, true);
    let _ = crate::monitor::exit(thread, t);
    thread.pending_exception = None;
}

/// A (private) method of `java.lang.Thread` itself, which a subclass cannot override.
pub(crate) fn thread_method(
    thread_object: Ref,
    name: &str,
    descriptor: &str,
) -> Option<&'static crate::class::Method> {
    let mut c = Some(thread_object.class());
    while let Some(k) = c {
        if &*k.name == "java/lang/Thread" {
            return k.declared_method(name, descriptor);
        }
        c = k.super_class;
    }
    None
}
