//! `java.lang.Thread` natives for the main thread (more threads arrive with the threads issue).

use super::{nothing, Registry};
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};

pub(crate) fn register(r: &mut Registry) {
    r.add("java/lang/Thread", "registerNatives", "()V", nothing);
    r.add(
        "java/lang/Thread",
        "currentThread",
        "()Ljava/lang/Thread;",
        current_thread,
    );
    r.add("java/lang/Thread", "setPriority0", "(I)V", nothing);
    r.add("java/lang/Thread", "isAlive", "()Z", is_alive);
    r.add(
        "java/lang/Thread",
        "holdsLock",
        "(Ljava/lang/Object;)Z",
        |_, _| Ok(1),
    );
    r.add(
        "java/lang/Thread",
        "setNativeName",
        "(Ljava/lang/String;)V",
        nothing,
    );
    r.add("java/lang/Thread", "yield", "()V", nothing);
    r.add("java/lang/Thread", "start0", "()V", start0);
    r.add("java/lang/Thread", "sleep", "(J)V", sleep);
}

/// `Thread.sleep(millis)`: with one thread nothing can interrupt it (the threads issue brings
/// interruption).
fn sleep(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let millis = args[0] as i64;
    if millis < 0 {
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("timeout value is negative"),
        ));
    }
    std::thread::sleep(std::time::Duration::from_millis(millis as u64));
    Ok(0)
}

fn current_thread(thread: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    Ok(thread.thread_object.map_or(0, Ref::to_bits))
}

fn is_alive(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    Ok((thread.thread_object.map(Ref::to_bits) == Some(args[0])) as u64)
}

/// Until the VM runs Java threads on OS threads (the threads issue), only the class library's
/// own daemon service threads (Reference Handler, Finalizer, Signal Dispatcher...) may be started:
/// they are marked started and never scheduled, which only matters once the collector processes
/// references. Starting any other thread is an error the program can see.
fn start0(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let t = Ref::from_bits(args[0]).expect("receiver");
    let class = t.class();
    let daemon = class
        .instance_field_offset("daemon", "Z")
        .is_some_and(|o| t.get::<i8>(o) != 0);
    if daemon && class.loader == crate::class::DefiningLoader::Bootstrap {
        return Ok(0);
    }
    Err(crate::exceptions::throw_new(
        thread,
        "java/lang/UnsupportedOperationException",
        Some("rjava cannot start threads yet"),
    ))
}
