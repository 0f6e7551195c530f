//! `java.lang.ref.Reference`: referent queries and the pending list the collector fills with
//! references whose referents it cleared (`gc.rs`).

use super::Registry;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};

pub(crate) fn register(r: &mut Registry) {
    let reference = "java/lang/ref/Reference";
    r.add(reference, "refersTo0", "(Ljava/lang/Object;)Z", refers_to);
    r.add(
        "java/lang/ref/PhantomReference",
        "refersTo0",
        "(Ljava/lang/Object;)Z",
        refers_to,
    );
    r.add(reference, "clear0", "()V", clear);
    r.add(
        reference,
        "getAndClearReferencePendingList",
        "()Ljava/lang/ref/Reference;",
        |t, _| Ok(crate::gc::take_pending_list(t)),
    );
    r.add(reference, "hasReferencePendingList", "()Z", |t, _| {
        Ok((t
            .vm
            .reference_pending_list
            .load(std::sync::atomic::Ordering::Relaxed)
            != 0) as u64)
    });
    r.add_gc_safe(reference, "waitForReferencePendingList", "()V", |t, _| {
        crate::gc::wait_for_pending_list(t);
        Ok(0)
    });
}

fn referent_offset(reference: Ref) -> Option<usize> {
    reference
        .class()
        .instance_field_offset("referent", "Ljava/lang/Object;")
}

fn refers_to(_: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(reference) = Ref::from_bits(a[0]) else {
        return Ok(0);
    };
    Ok(referent_offset(reference).is_some_and(|o| reference.get::<u64>(o) == a[1]) as u64)
}

fn clear(_: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    if let Some(reference) = Ref::from_bits(a[0]) {
        if let Some(o) = referent_offset(reference) {
            reference.set_ref(o, None);
        }
    }
    Ok(0)
}
