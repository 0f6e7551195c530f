//! The VM's side of garbage collection: object layouts for the collector, the precise root set,
//! when collections may run, and handing cleared `java.lang.ref` references to the library.
//!
//! **When a collection may run.** Objects move, so a collection may only happen where every
//! reference the VM holds is in a root. That is true at the interpreter's allocation
//! instructions (`new`, `newarray`, `anewarray`, `multianewarray`): the interpreter keeps its
//! references in frame slots, and the Rust code below it on the stack holds its own in handles.
//! Allocations by natives and other VM code never collect (if Eden is full they take space in
//! Old), and while a native runs (`JavaThread::gc_blocked`) Java code it calls does not collect
//! either, unless the native is registered as keeping no references across its Java calls. This
//! is HotSpot's GC locker, applied by default: only the code that opts in needs auditing.
//!
//! **Roots** (all precise): interpreter frames (the slots that hold references at the frame's
//! pc, from the bytecode: `rjava_classfile::ref_map`), native frames' reference arguments,
//! handles, the pending exception and thread object, every class's reference statics, mirror and
//! initialization error, the intern table, the module table, the VM's root slots and the pending
//! reference list.

use crate::class::{Class, ClassKind};
use crate::object::{Ref, ARRAY_BASE_OFFSET, ARRAY_LENGTH_OFFSET};
use crate::thread::JavaThread;
use crate::types::BasicType;
use rjava_classfile::ref_map::RefMap;
use rjava_heap::{align_object_size, GcCause, ObjectModel, ReferenceKind, Roots};
use std::sync::atomic::Ordering::Relaxed;

/// `java.lang.ref` classes: the strength of a `Reference` subclass and where its referent is.
pub(crate) fn java_reference(
    name: &str,
    super_class: Option<&'static Class>,
    fields: &[crate::class::Field],
) -> Option<(ReferenceKind, u32)> {
    if name == "java/lang/ref/Reference" {
        // Reference itself is abstract; its subclasses say the strength.
        let referent = fields
            .iter()
            .find(|f| !f.is_static() && f.name == "referent")?;
        return Some((ReferenceKind::Final, referent.offset));
    }
    let (inherited, referent) = super_class?.java_reference?;
    let kind = match name {
        "java/lang/ref/SoftReference" => ReferenceKind::Soft,
        "java/lang/ref/WeakReference" => ReferenceKind::Weak,
        "java/lang/ref/PhantomReference" => ReferenceKind::Phantom,
        "java/lang/ref/FinalReference" => ReferenceKind::Final,
        _ => inherited,
    };
    Some((kind, referent))
}

/// Object layouts as the collector reads them.
pub(crate) struct VmObjectModel;

fn object_at(address: usize) -> Ref {
    Ref::from_bits(address as u64).expect("the collector passes object addresses")
}

// SAFETY: sizes and reference slots come from the class layouts every object was created with
// (`Class::instance_size`, `reference_offsets`, the array header and element type).
unsafe impl ObjectModel for VmObjectModel {
    #[inline]
    fn size_of(&self, object: usize) -> usize {
        let object = object_at(object);
        let class = object.class();
        match class.kind {
            ClassKind::Array { element, .. } => align_object_size(
                ARRAY_BASE_OFFSET
                    + object.get::<i32>(ARRAY_LENGTH_OFFSET) as usize * element.size(),
            ),
            _ => class.instance_size as usize,
        }
    }

    #[inline]
    fn for_each_reference(
        &self,
        object: usize,
        lo: usize,
        hi: usize,
        visit: &mut dyn FnMut(usize),
    ) {
        let class = object_at(object).class();
        match class.kind {
            ClassKind::Array {
                element: BasicType::Reference,
                ..
            } => {
                let length = object_at(object).get::<i32>(ARRAY_LENGTH_OFFSET) as usize;
                let base = object + ARRAY_BASE_OFFSET;
                let first = lo.saturating_sub(base).div_ceil(8);
                let end = (hi.saturating_sub(base).div_ceil(8)).min(length);
                for i in first..end {
                    visit(base + 8 * i);
                }
            }
            ClassKind::Array { .. } => {}
            _ => {
                for &offset in class.reference_offsets.iter() {
                    let field = object + offset as usize;
                    if (lo..hi).contains(&field) {
                        visit(field);
                    }
                }
            }
        }
    }

    #[inline]
    fn reference(&self, object: usize) -> Option<(ReferenceKind, usize)> {
        let (kind, referent) = object_at(object).class().java_reference?;
        Some((kind, object + referent as usize))
    }
}

/// The roots of the VM: the collecting thread's, every other (stopped or safe) thread's, and
/// the VM's own.
struct VmRoots<'a> {
    thread: &'a mut JavaThread,
    others: &'a [*mut JavaThread],
}

/// Updates one root word.
#[inline]
fn update(value: u64, visit: &mut dyn FnMut(u64) -> u64) -> u64 {
    if value == 0 {
        0
    } else {
        visit(value)
    }
}

// SAFETY: frame slots are visited only where the bytecode's reference map (or the native's
// descriptor) says they hold references; every other root holds only references or 0.
unsafe impl Roots for VmRoots<'_> {
    fn for_each_root(&mut self, visit: &mut dyn FnMut(u64) -> u64) {
        thread_roots(self.thread, visit);
        for &other in self.others {
            // SAFETY: the registry's threads are alive while registered, and each is stopped or
            // safe until the safepoint ends (`safepoint::with_world_stopped`): it touches none
            // of this until then.
            thread_roots(unsafe { &mut *other }, visit);
        }
        let thread = &mut *self.thread;
        let vm = thread.vm;
        let slot = |s: &std::sync::atomic::AtomicU64, visit: &mut dyn FnMut(u64) -> u64| {
            s.store(update(s.load(Relaxed), visit), Relaxed)
        };
        for class in vm.all_classes.lock().expect("classes").iter() {
            for &i in class.static_references.iter() {
                slot(&class.statics[i as usize], visit);
            }
            slot(&class.mirror, visit);
            slot(&class.init_error, visit);
        }
        for s in vm.string_refs.lock().expect("strings").iter() {
            slot(s, visit);
        }
        for (module, _, _) in vm.modules.lock().expect("modules").values_mut() {
            *module = update(*module, visit);
        }
        for s in vm.vm_roots.lock().expect("roots").iter() {
            slot(s, visit);
        }
        slot(&vm.reference_pending_list, visit);
    }
}

/// One thread's roots: its frames, handles, pending exception and thread object.
fn thread_roots(thread: &mut JavaThread, visit: &mut dyn FnMut(u64) -> u64) {
    visit_frames(thread, visit);
    for h in thread.handles.iter_mut() {
        *h = update(*h, visit);
    }
    for r in [&mut thread.pending_exception, &mut thread.thread_object] {
        if let Some(o) = *r {
            *r = Ref::from_bits(visit(o.to_bits()));
        }
    }
}

/// The reference slots of every frame: by the bytecode's reference map at the frame's pc, or
/// by the descriptor for a native's arguments.
fn visit_frames(thread: &JavaThread, visit: &mut dyn FnMut(u64) -> u64) {
    let slots = thread.slots;
    let mut each = |index: usize| slots.set(index, update(slots.get(index), visit));
    for (i, frame) in thread.frames.iter().enumerate() {
        let method = frame.method;
        let locals = frame.locals as usize;
        let Some(code) = method.code.as_ref() else {
            let mut at = locals;
            if !method.is_static() {
                each(at);
                at += 1;
            }
            for p in &method.signature.parameters {
                if p.is_reference() {
                    each(at);
                }
                at += p.slots();
            }
            continue;
        };
        let map = method.ref_map.get_or_init(|| {
            let class_file = method.class().class_file?;
            RefMap::compute(
                code.attribute,
                &class_file.constant_pool,
                method.descriptor,
                method.is_static(),
            )
            .ok()
        });
        let Some(state) = map.as_ref().and_then(|m| m.at(frame.pc as usize)) else {
            // Only bytecode a verifier would reject cannot be analysed; until rjava verifies,
            // such a method on the stack makes collecting unsafe.
            rjava_heap::fatal(&format!(
                "no reference map for {}.{}{} at pc {}",
                method.class().name,
                method.name,
                method.descriptor,
                frame.pc
            ));
        };
        for local in 0..code.max_locals as usize {
            if state.local_is_ref(local) {
                each(locals + local);
            }
        }
        if method.is_synchronized() {
            each(crate::interp::lock_slot(frame));
        }
        let stack_base = frame.stack_base as usize;
        // The operand stack below the callee's arguments (which are the callee's locals).
        let mut top = frame.sp as usize;
        if let Some(next) = thread.frames.get(i + 1) {
            top = top.min(next.locals as usize);
        }
        let depth = top.saturating_sub(stack_base).min(state.stack_depth());
        for entry in 0..depth {
            if state.stack_is_ref(entry) {
                each(stack_base + entry);
            }
        }
    }
}

/// Stops the other threads and runs a collection (the caller is at a point where collecting is
/// allowed), then hands the references whose referents died to the library's pending list and
/// wakes the Reference Handler thread. Answers false if some thread held references outside
/// the roots, so that nothing was collected.
pub(crate) fn collect(
    thread: &mut JavaThread,
    cause: GcCause,
    full: bool,
    clear_soft: bool,
) -> bool {
    crate::safepoint::with_world_stopped(thread, |thread, others| {
        let vm = thread.vm;
        let pending = vm.heap.collect(
            cause,
            full,
            clear_soft,
            &VmObjectModel,
            &mut VmRoots { thread, others },
        );
        // Every thread's TLAB is void now: `alloc` sees the collection count change.
        if !pending.is_empty() {
            link_pending(thread, &pending);
        }
    })
}

/// Prepends cleared references to the VM's pending list, linked through `Reference.discovered`
/// (a reference is pending at most once: its referent is null from then on).
fn link_pending(thread: &mut JavaThread, pending: &[u64]) {
    let vm = thread.vm;
    let Some(discovered) = discovered_offset(thread) else {
        return;
    };
    let mut head = vm.reference_pending_list.load(Relaxed);
    for &r in pending {
        let reference = Ref::from_bits(r).expect("references are objects");
        reference.set::<u64>(discovered, head);
        head = r;
    }
    let _guard = vm
        .reference_pending_lock
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    vm.reference_pending_list.store(head, Relaxed);
    vm.reference_pending_wake.notify_all();
}

fn reference_class(thread: &JavaThread) -> Option<&'static Class> {
    thread.vm.find_loaded_class(
        "java/lang/ref/Reference",
        crate::class::DefiningLoader::Bootstrap,
    )
}

fn discovered_offset(thread: &JavaThread) -> Option<usize> {
    reference_class(thread)?.instance_field_offset("discovered", "Ljava/lang/ref/Reference;")
}

/// `Reference.getAndClearReferencePendingList`.
pub(crate) fn take_pending_list(thread: &mut JavaThread) -> u64 {
    thread.vm.reference_pending_list.swap(0, Relaxed)
}

/// `Reference.waitForReferencePendingList`: the Reference Handler thread blocks (safely) until
/// a collection has cleared references.
pub(crate) fn wait_for_pending_list(thread: &mut JavaThread) {
    let vm = thread.vm;
    crate::safepoint::blocking(thread, || {
        let guard = vm
            .reference_pending_lock
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        drop(
            vm.reference_pending_wake
                .wait_while(guard, |_| vm.reference_pending_list.load(Relaxed) == 0)
                .unwrap_or_else(|e| e.into_inner()),
        );
    });
}

/// Whether the interpreter may collect on this thread now.
#[inline]
pub(crate) fn may_collect(thread: &JavaThread) -> bool {
    thread.gc_blocked == 0
        && (!thread.vm.subroutines_loaded.load(Relaxed) || !subroutine_on_stack(thread))
}

/// A frame of a method with subroutines: its reference map merges a local that callers of a
/// subroutine use differently into "not a reference" (HotSpot splits such locals by rewriting
/// the bytecode; rjava does not yet), so collections wait until no such frame is on the stack.
#[cold]
fn subroutine_on_stack(thread: &JavaThread) -> bool {
    thread.frames.iter().any(|f| f.method.has_subroutines)
}
