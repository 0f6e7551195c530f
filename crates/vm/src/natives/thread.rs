//! `java.lang.Thread`, `Object.wait/notify` and `Unsafe.park/unpark` natives.
//!
//! The blocking ones (`sleep`, `wait`, `park`) are registered gc-safe: they read their
//! arguments before blocking and hold no reference while blocked, so collections run while
//! threads wait.

use super::{nothing, Registry};
use crate::exceptions::throw_new;
use crate::monitor::{self, set_status, take_interrupt};
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use crate::threads::{deadline_after, shared_of};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const THREAD: &str = "java/lang/Thread";

pub(crate) fn register(r: &mut Registry) {
    r.add(THREAD, "registerNatives", "()V", nothing);
    r.add(
        THREAD,
        "currentThread",
        "()Ljava/lang/Thread;",
        current_thread,
    );
    r.add(THREAD, "setPriority0", "(I)V", nothing);
    r.add(THREAD, "isAlive", "()Z", |_, a| {
        Ok(Ref::from_bits(a[0]).and_then(shared_of).is_some() as u64)
    });
    r.add(THREAD, "holdsLock", "(Ljava/lang/Object;)Z", |t, a| {
        let Some(object) = Ref::from_bits(a[0]) else {
            return Err(throw_new(t, "java/lang/NullPointerException", None));
        };
        Ok(monitor::holds_lock(t, object) as u64)
    });
    r.add(THREAD, "setNativeName", "(Ljava/lang/String;)V", nothing);
    r.add(THREAD, "yield", "()V", |_, _| {
        std::thread::yield_now();
        Ok(0)
    });
    r.add(THREAD, "start0", "()V", |t, a| {
        let object = Ref::from_bits(a[0]).expect("receiver");
        crate::threads::start(t, object).map(|()| 0)
    });
    r.add(THREAD, "interrupt0", "()V", |_, a| {
        if let Some(shared) = Ref::from_bits(a[0]).and_then(shared_of) {
            shared.interrupt();
        }
        Ok(0)
    });
    r.add(THREAD, "clearInterruptEvent", "()V", nothing);
    r.add(THREAD, "getThreads", "()[Ljava/lang/Thread;", get_threads);
    r.add(
        THREAD,
        "dumpThreads",
        "([Ljava/lang/Thread;)[[Ljava/lang/StackTraceElement;",
        dump_threads,
    );
    r.add_gc_safe(THREAD, "sleep", "(J)V", sleep);
    r.add_gc_safe("java/lang/Object", "wait", "(J)V", |t, a| {
        let object = Ref::from_bits(a[0]).expect("receiver");
        monitor::wait(t, object, a[1] as i64).map(|()| 0)
    });
    r.add("java/lang/Object", "notify", "()V", |t, a| {
        let object = Ref::from_bits(a[0]).expect("receiver");
        monitor::notify(t, object, false).map(|()| 0)
    });
    r.add("java/lang/Object", "notifyAll", "()V", |t, a| {
        let object = Ref::from_bits(a[0]).expect("receiver");
        monitor::notify(t, object, true).map(|()| 0)
    });
    let unsafe_ = "jdk/internal/misc/Unsafe";
    r.add_gc_safe(unsafe_, "park", "(ZJ)V", park);
    r.add(unsafe_, "unpark", "(Ljava/lang/Object;)V", |_, a| {
        if let Some(shared) = Ref::from_bits(a[1]).and_then(shared_of) {
            shared.unpark();
        }
        Ok(0)
    });
}

fn current_thread(thread: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    Ok(thread.thread_object.map_or(0, Ref::to_bits))
}

/// `Thread.sleep(millis)`: interruptible, as HotSpot's (`sleep interrupted`).
fn sleep(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let millis = args[0] as i64;
    if millis < 0 {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("timeout value is negative"),
        ));
    }
    let interrupted = |thread: &mut JavaThread| {
        throw_new(
            thread,
            "java/lang/InterruptedException",
            Some("sleep interrupted"),
        )
    };
    if take_interrupt(thread) {
        return Err(interrupted(thread));
    }
    if millis == 0 {
        std::thread::yield_now();
        return Ok(0);
    }
    let deadline = deadline_after(millis, 0);
    let shared = thread.shared();
    set_status(thread, monitor::STATUS_SLEEPING);
    loop {
        crate::safepoint::blocking(thread, || shared.sleep_until(deadline));
        // Woken by an interrupt, or a stale signal of one already cleared by `interrupted()`.
        if take_interrupt(thread) {
            set_status(thread, monitor::STATUS_RUNNABLE);
            return Err(interrupted(thread));
        }
        if deadline.is_none_or(|d| Instant::now() >= d) {
            break;
        }
    }
    set_status(thread, monitor::STATUS_RUNNABLE);
    Ok(0)
}

/// `Unsafe.park(absolute, time)`: `time` is nanoseconds from now, or with `absolute` the
/// deadline in milliseconds since the epoch; 0 (not absolute) waits for `unpark`.
fn park(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let absolute = args[1] != 0;
    let time = args[2] as i64;
    let shared = thread.shared();
    if shared.try_take_permit() || monitor::is_interrupted(thread) {
        return Ok(0);
    }
    if time < 0 || (absolute && time == 0) {
        return Ok(0);
    }
    let deadline = if absolute {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        if time <= now {
            return Ok(0);
        }
        Some(Instant::now() + Duration::from_millis((time - now) as u64))
    } else if time == 0 {
        None
    } else {
        deadline_after(0, time)
    };
    set_status(
        thread,
        if deadline.is_some() {
            monitor::STATUS_PARKED_TIMED
        } else {
            monitor::STATUS_PARKED
        },
    );
    crate::safepoint::blocking(thread, || shared.park(deadline));
    set_status(thread, monitor::STATUS_RUNNABLE);
    Ok(0)
}

/// `Thread.getThreads`: the thread objects of every live thread.
fn get_threads(thread: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    let vm = thread.vm;
    let mut objects: Vec<Ref> = Vec::new();
    crate::safepoint::with_threads_stopped(thread, |me, others| {
        objects.extend(me.thread_object);
        for &other in others {
            // SAFETY: the other threads are stopped or safe and registered until this returns.
            objects.extend(unsafe { &*other }.thread_object);
        }
    });
    // Started and not yet ended only (a thread being set up has no `eetop` yet).
    objects.retain(|&t| shared_of(t).is_some());
    let array_class = vm.load_class(
        thread,
        "[Ljava/lang/Thread;",
        crate::class::DefiningLoader::Bootstrap,
    )?;
    // No collection runs in this native (it is not gc-safe): the references stay valid.
    let array = crate::alloc::new_array(thread, array_class, objects.len() as i32)?;
    for (i, t) in objects.iter().enumerate() {
        array.set_ref(Ref::element_offset(i, 8), Some(*t));
    }
    Ok(array.to_bits())
}

/// `Thread.dumpThreads(threads)`: each thread's stack as `StackTraceElement`s (null for one
/// that is not alive), taken with every thread stopped.
fn dump_threads(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let vm = thread.vm;
    let Some(threads) = Ref::from_bits(args[0]) else {
        return Err(throw_new(thread, "java/lang/NullPointerException", None));
    };
    let count = threads.array_length().max(0) as usize;
    let wanted: Vec<Option<&'static crate::threads::ThreadShared>> = (0..count)
        .map(|i| {
            threads
                .get_ref(Ref::element_offset(i, 8))
                .and_then(shared_of)
        })
        .collect();
    type Stack = Vec<(&'static crate::class::Method, u32)>;
    let mut stacks: Vec<Option<Stack>> = vec![None; count];
    crate::safepoint::with_threads_stopped(thread, |me, others| {
        let all = std::iter::once(me as *mut JavaThread).chain(others.iter().copied());
        for java in all {
            // SAFETY: as in `get_threads`; the caller's own state is read through its pointer.
            let java = unsafe { &*java };
            for (i, w) in wanted.iter().enumerate() {
                if w.is_some_and(|s| std::ptr::eq(s, java.shared())) {
                    // Hidden frames too: HotSpot's thread dumps show them.
                    stacks[i] = Some(
                        java.frames
                            .iter()
                            .rev()
                            .take(crate::exceptions::MAX_JAVA_STACK_TRACE_DEPTH)
                            .map(|f| (f.method, f.pc))
                            .collect(),
                    );
                }
            }
        }
    });
    let boot = crate::class::DefiningLoader::Bootstrap;
    let result_class = vm.load_class(thread, "[[Ljava/lang/StackTraceElement;", boot)?;
    let elements_class = vm.load_class(thread, "[Ljava/lang/StackTraceElement;", boot)?;
    let ste = vm.load_class(thread, "java/lang/StackTraceElement", boot)?;
    crate::init::initialize(thread, ste)?;
    // No collection runs in this native: the references stay valid. As HotSpot's, these
    // elements carry their class loader's name and module version (no format is computed).
    let result = crate::alloc::new_array(thread, result_class, count as i32)?;
    for (i, stack) in stacks.iter().enumerate() {
        let Some(stack) = stack else { continue };
        let elements = crate::alloc::new_array(thread, elements_class, stack.len() as i32)?;
        for j in 0..stack.len() {
            let element = crate::alloc::new_object(thread, ste)?;
            elements.set_ref(Ref::element_offset(j, 8), Some(element));
        }
        super::stack_trace::fill_in(thread, elements, stack)?;
        result.set_ref(Ref::element_offset(i, 8), Some(elements));
    }
    Ok(result.to_bits())
}
