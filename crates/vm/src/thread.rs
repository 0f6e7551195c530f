//! A Java thread's runtime state (JVMS 2.5.2): its JVM stack of frames, and its pending exception.
//!
//! The stack is one contiguous array of 64-bit slots. Each frame owns `max_locals` slots for its
//! local variables followed by at most `max_stack` operand slots; a call's arguments, pushed on the
//! caller's operand stack, become the callee's first locals in place. The array's length is fixed
//! by `-Xss`, so running out of it is a Java `StackOverflowError`, never a Rust stack overflow.
//!
//! ```text
//! slots: [ caller locals | caller operands | args = callee locals[0..n] | callee locals | callee operands ]
//!                                           ^ callee.locals              ^ callee.stack_base
//! ```

use crate::class::Method;
use crate::object::Ref;
use crate::threads::ThreadShared;
use crate::vm::Vm;
use std::cell::Cell;

/// An activation record. Slot positions are indices into `JavaThread::slots`.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub method: &'static Method,
    /// The bytecode index of the current instruction (of the call, while a callee runs).
    pub pc: u32,
    /// First local variable slot.
    pub locals: u32,
    /// First operand-stack slot (`locals + max_locals`).
    pub stack_base: u32,
    /// Operand-stack top: the next free slot.
    pub sp: u32,
}

/// A Java exception is pending in the thread (`JavaThread::pending_exception`). Functions that can
/// throw return `Result<T, Throw>`; the exception object itself stays in the thread, where the
/// collector can see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throw;

pub type JResult<T> = Result<T, Throw>;

/// Slots every thread's stack array has: a power of two, so the interpreter can index with
/// `i & SLOT_MASK` and the compiler proves every access in bounds. Most of it is never touched
/// (the allocation is zeroed lazily by the OS); `-Xss` decides how much frames may use.
pub const SLOT_CAPACITY: usize = 1 << 24;
pub const SLOT_MASK: usize = SLOT_CAPACITY - 1;

/// A thread's slot array. Copies of this handle all name the same slots, so the interpreter can
/// keep one in a register while natives it calls read and write through the thread's own.
/// Indices wrap at the capacity (they are masked), which keeps every access in bounds.
#[derive(Clone, Copy)]
pub struct SlotStack(&'static [Cell<u64>; SLOT_CAPACITY]);

impl SlotStack {
    /// The slot array of a thread with this shared state: made zeroed for its first thread and
    /// reused by the threads that get the state after it (stacks are never freed).
    fn for_thread(shared: &ThreadShared) -> SlotStack {
        let mut base = shared.slots.load(std::sync::atomic::Ordering::Acquire);
        if base.is_null() {
            // Zeroed by the allocator (calloc), so the pages are only touched as frames reach them.
            let zeroed: &'static mut [u64] =
                Box::leak(vec![0u64; SLOT_CAPACITY].into_boxed_slice());
            base = zeroed.as_mut_ptr();
            shared
                .slots
                .store(base, std::sync::atomic::Ordering::Release);
        }
        // SAFETY: `base` is a leaked allocation of `SLOT_CAPACITY` u64s that is never freed, and
        // only the one thread that holds `shared` at a time uses it (the collector only while
        // that thread is stopped or safe).
        let cells = unsafe { &*(base as *const [Cell<u64>; SLOT_CAPACITY]) };
        SlotStack(cells)
    }

    #[inline(always)]
    pub fn get(self, index: usize) -> u64 {
        self.0[index & SLOT_MASK].get()
    }

    #[inline(always)]
    pub fn set(self, index: usize, value: u64) {
        self.0[index & SLOT_MASK].set(value)
    }

    /// The values of slots `start..end`.
    pub fn range(self, start: usize, end: usize) -> Vec<u64> {
        (start..end).map(|i| self.get(i)).collect()
    }
}

pub struct JavaThread {
    pub vm: &'static Vm,
    pub slots: SlotStack,
    /// How many slots frames may use: `-Xss` / 8, at most the capacity.
    pub stack_limit: usize,
    pub frames: Vec<Frame>,
    pub pending_exception: Option<Ref>,
    /// The `java.lang.Thread` object, once created.
    pub thread_object: Option<Ref>,
    /// Nested entries from Rust into the interpreter (natives calling Java, class initializers).
    pub native_depth: u32,
    /// Set while a `StackOverflowError` is being constructed: only then may frames use the
    /// reserved top of the stack.
    pub in_stack_overflow: bool,
    /// References Rust code holds across calls into Java (collector roots): see [`Handle`].
    pub handles: Vec<u64>,
    /// While non-zero, no collection may run on this thread: Rust code below holds references
    /// outside the roots (every native, unless it is known to keep none across Java calls).
    pub gc_blocked: u32,
    /// The thread-local allocation buffer `[top, end)` in Eden, valid while the heap's
    /// collection count is `tlab_epoch`.
    pub tlab_top: usize,
    pub tlab_end: usize,
    pub tlab_epoch: u64,
    /// What other threads see of this one: its index, safepoint state, events and interrupt.
    shared: &'static ThreadShared,
}

// SAFETY: a `JavaThread` is used by the OS thread that runs it (it is created on another one
// for `Thread.start`, then moved there before it runs). The only other access is the
// collector's, to frames, slots and handles, while this thread is stopped or safe (see
// `safepoint.rs`), with the registry's lock ordering those accesses.
unsafe impl Send for JavaThread {}

/// A reference Rust code keeps across a call into Java, where a collection may move objects:
/// an index into the thread's handle stack, a collector root.
#[derive(Debug, Clone, Copy)]
pub struct Handle(usize);

impl JavaThread {
    /// The Java thread the current OS thread runs, whose JVM stack holds `stack_bytes` worth of
    /// slots. It is registered with the VM and running.
    pub fn new(vm: &'static Vm, stack_bytes: usize) -> Box<JavaThread> {
        let thread = JavaThread::unstarted(vm, stack_bytes)
            .unwrap_or_else(|| crate::exceptions::fatal("too many threads"));
        thread.attach();
        thread
    }

    /// A registered thread that runs no Java code yet: `Thread.start` makes it on the starting
    /// thread, and the new OS thread calls [`JavaThread::attach`]. `None` if too many threads live.
    pub(crate) fn unstarted(vm: &'static Vm, stack_bytes: usize) -> Option<Box<JavaThread>> {
        let shared = vm.threads.register()?;
        let stack_limit = (stack_bytes / 8).clamp(1 << 14, SLOT_CAPACITY);
        let mut thread = Box::new(JavaThread {
            vm,
            slots: SlotStack::for_thread(shared),
            stack_limit,
            frames: Vec::with_capacity(1024),
            pending_exception: None,
            thread_object: None,
            native_depth: 0,
            in_stack_overflow: false,
            handles: Vec::with_capacity(64),
            gc_blocked: 0,
            tlab_top: 0,
            tlab_end: 0,
            tlab_epoch: 0,
            shared,
        });
        let pointer: *mut JavaThread = &mut *thread;
        shared
            .java
            .store(pointer, std::sync::atomic::Ordering::SeqCst);
        Some(thread)
    }

    /// Makes the current OS thread run this Java thread: its stores get the write barrier, and
    /// it is running (not safe) from now on.
    pub(crate) fn attach(&self) {
        crate::object::attach_card_table(&self.vm.heap.cards);
        crate::safepoint::start_running(self);
    }

    /// What other threads see of this one.
    #[inline(always)]
    pub fn shared(&self) -> &'static ThreadShared {
        self.shared
    }

    /// Runs `f` with collections blocked on this thread: for Rust code that holds references
    /// in locals across something that may run Java code (see `gc.rs`).
    pub fn without_collections<T>(&mut self, f: impl FnOnce(&mut JavaThread) -> T) -> T {
        self.gc_blocked += 1;
        let result = f(self);
        self.gc_blocked -= 1;
        result
    }

    /// Argument slot `index` of the running native, read from its frame (a root), so it is
    /// current after a collection the native let run.
    pub fn native_arg(&self, index: usize) -> u64 {
        let frame = self.frames.last().expect("a native's frame");
        self.slots.get(frame.locals as usize + index)
    }

    /// Keeps `object` in a handle until [`JavaThread::release_handles`] drops it.
    pub fn handle(&mut self, object: Ref) -> Handle {
        self.handles.push(object.to_bits());
        Handle(self.handles.len() - 1)
    }

    /// The object a handle holds now (wherever the collector moved it).
    pub fn get(&self, handle: Handle) -> Ref {
        Ref::from_bits(self.handles[handle.0]).expect("handles hold objects")
    }

    /// Drops the handles made since `mark` (`thread.handles.len()` taken earlier).
    pub fn release_handles(&mut self, mark: usize) {
        self.handles.truncate(mark);
    }

    /// The first free slot above the top frame.
    pub fn stack_top(&self) -> u32 {
        self.frames.last().map_or(0, |f| f.sp)
    }

    /// Makes `exception` pending and returns the marker to propagate.
    pub fn throw(&mut self, exception: Ref) -> Throw {
        self.pending_exception = Some(exception);
        Throw
    }

    /// Takes the pending exception (after a `Throw` was caught).
    pub fn take_exception(&mut self) -> Option<Ref> {
        self.pending_exception.take()
    }
}

impl Drop for JavaThread {
    /// A thread that ends leaves the registry safe: the collector no longer looks at it.
    fn drop(&mut self) {
        crate::safepoint::stop_running(self);
        self.vm.threads.unregister(self.shared);
    }
}
