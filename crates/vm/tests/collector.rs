//! The collector on real objects made by Java code: objects move and references to them are
//! updated, survivors are promoted to Old at the tenuring threshold, old-to-young references
//! made only by aastore, putfield or arraycopy keep their targets alive through young
//! collections (the card table), weak referents are cleared when they die.

use rjava_vm::object::Ref;
use rjava_vm::thread::Handle;
use rjava_vm::vm::GcCause;
use rjava_vm::{DefiningLoader, JavaThread, Vm, VmOptions};
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

fn classes() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("vm-gc-test-classes");
        std::fs::create_dir_all(&out).unwrap();
        let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/gc/GcSubjects.java");
        let status = Command::new("javac")
            .arg("-d")
            .arg(&out)
            .arg(src)
            .status()
            .expect("javac");
        assert!(status.success());
        out
    })
}

/// One VM for all the checks: the class library keeps some process-wide state, so a process
/// boots one VM.
#[test]
fn collector_on_java_objects() {
    let mut t = thread();
    objects_move_and_references_follow(&mut t);
    survivors_are_promoted_at_the_tenuring_threshold(&mut t);
    old_to_young_references_by_aastore_putfield_and_arraycopy_survive(&mut t);
    weak_referents_are_cleared_when_they_die(&mut t);
}

fn thread() -> Box<JavaThread> {
    let options = VmOptions {
        class_path: classes().display().to_string(),
        ..VmOptions::default()
    };
    let vm = Vm::create(options).expect("vm");
    let mut thread = JavaThread::new(vm, 1 << 20);
    rjava_vm::boot::boot(&mut thread);
    thread
}

/// Calls a static method of `GcSubjects`.
fn call(thread: &mut JavaThread, name: &str, descriptor: &str, args: &[u64]) -> u64 {
    let vm = thread.vm;
    let class = vm
        .load_class(thread, "GcSubjects", DefiningLoader::App)
        .expect("GcSubjects loads");
    rjava_vm::init::initialize(thread, class).expect("initializes");
    let method = class.declared_method(name, descriptor).expect("method");
    rjava_vm::interp::invoke(thread, method, args).expect("no exception")
}

fn young(thread: &mut JavaThread) {
    rjava_vm::alloc::collect(thread, GcCause::AllocationFailure, false, false, |_| false);
}

fn full(thread: &mut JavaThread) {
    rjava_vm::alloc::collect(thread, GcCause::SystemGc, true, false, |_| false);
}

fn keep(thread: &mut JavaThread, bits: u64) -> Handle {
    let object = Ref::from_bits(bits).expect("an object");
    thread.handle(object)
}

/// Young collections until the object in `h` is in Old.
fn promote(thread: &mut JavaThread, h: Handle) -> usize {
    let mut collections = 0;
    while !thread.vm.heap.is_old(thread.get(h).address()) {
        young(thread);
        collections += 1;
        assert!(collections <= 16, "not promoted after 16 young collections");
    }
    collections
}

fn objects_move_and_references_follow(t: &mut JavaThread) {
    let a = call(t, "numbers", "(I)[I", &[100]);
    let h = keep(t, a);
    let before = t.get(h).address();
    assert!(t.vm.heap.is_young(before));
    young(t);
    let after = t.get(h).address();
    assert_ne!(before, after, "copied to a Survivor");
    assert!(t.vm.heap.is_young(after));
    let array = t.get(h);
    assert_eq!(array.array_length(), 100);
    assert_eq!(array.get::<i32>(Ref::element_offset(99, 4)), 99 * 7);
    full(t);
    let compacted = t.get(h);
    assert!(
        t.vm.heap.is_old(compacted.address()),
        "a full collection compacts into Old"
    );
    assert_eq!(compacted.get::<i32>(Ref::element_offset(50, 4)), 50 * 7);
}

fn survivors_are_promoted_at_the_tenuring_threshold(t: &mut JavaThread) {
    let a = call(t, "numbers", "(I)[I", &[10]);
    let h = keep(t, a);
    let collections = promote(t, h);
    // Small survivors age one year per collection and leave at the threshold (15 by default,
    // lower if the Survivors fill up).
    assert!((1..=16).contains(&collections), "{collections}");
    assert_eq!(t.get(h).get::<i32>(Ref::element_offset(9, 4)), 63);
}

fn old_to_young_references_by_aastore_putfield_and_arraycopy_survive(t: &mut JavaThread) {
    let holder = call(t, "holder", "(I)[Ljava/lang/Object;", &[8]);
    let holder = keep(t, holder);
    let node = call(t, "node", "(I)LGcSubjects$Node;", &[5]);
    let node = keep(t, node);
    promote(t, holder);
    promote(t, node);
    let (o, n) = (t.get(holder).to_bits(), t.get(node).to_bits());
    call(t, "storeByAastore", "([Ljava/lang/Object;I)V", &[o, 5]);
    call(t, "storeByArraycopy", "([Ljava/lang/Object;)V", &[o]);
    call(t, "storeByPutfield", "(LGcSubjects$Node;)V", &[n]);
    let young_target = Ref::from_bits(t.get(holder).get::<u64>(Ref::element_offset(5, 8)))
        .unwrap()
        .address();
    assert!(t.vm.heap.is_young(young_target));
    // Nothing but the old holders refers to the new objects.
    for _ in 0..3 {
        young(t);
        let (o, n) = (t.get(holder).to_bits(), t.get(node).to_bits());
        let d = "([Ljava/lang/Object;I)I";
        assert_eq!(call(t, "first", d, &[o, 5]), 42);
        assert_eq!(call(t, "second", d, &[o, 5]), 5);
        assert_eq!(call(t, "first", d, &[o, 0]), 1);
        assert_eq!(call(t, "second", d, &[o, 1]), 2);
        assert_eq!(call(t, "nextValue", "(LGcSubjects$Node;)I", &[n]), 6);
    }
    let moved = Ref::from_bits(t.get(holder).get::<u64>(Ref::element_offset(5, 8)))
        .unwrap()
        .address();
    assert_ne!(
        moved, young_target,
        "the young target moved, and the old array followed"
    );
}

fn weak_referents_are_cleared_when_they_die(t: &mut JavaThread) {
    let live = call(t, "numbers", "(I)[I", &[4]);
    let live = keep(t, live);
    let w = "Ljava/lang/ref/WeakReference;";
    let dead_ref = call(t, "weakToGarbage", &format!("(){w}"), &[]);
    let dead_ref = keep(t, dead_ref);
    let l = t.get(live).to_bits();
    let live_ref = call(t, "weakTo", &format!("(Ljava/lang/Object;){w}"), &[l]);
    let live_ref = keep(t, live_ref);
    young(t);
    let d = format!("({w})Z");
    let dr = t.get(dead_ref).to_bits();
    assert_eq!(call(t, "cleared", &d, &[dr]), 1);
    let lr = t.get(live_ref).to_bits();
    assert_eq!(call(t, "cleared", &d, &[lr]), 0);
    full(t);
    let lr = t.get(live_ref).to_bits();
    assert_eq!(call(t, "cleared", &d, &[lr]), 0, "still strongly held");
}
