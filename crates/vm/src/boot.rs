//! Start-up, as HotSpot's `create_vm` does it: the core classes, the `system` and `main` thread
//! groups and the main `Thread` object, then the class library's own three-phase initialization
//! (`System.initPhase1/2/3`), after which `System.out` and friends are the library's streams.

use crate::alloc::new_object;
use crate::class::{Class, DefiningLoader};
use crate::exceptions::describe;
use crate::init::initialize;
use crate::interp::invoke;
use crate::object::Ref;
use crate::strings::new_string;
use crate::thread::{JResult, JavaThread};

fn class(thread: &mut JavaThread, name: &str) -> JResult<&'static Class> {
    let vm = thread.vm;
    let c = vm.load_class(thread, name, DefiningLoader::Bootstrap)?;
    initialize(thread, c)?;
    Ok(c)
}

fn call_static(
    thread: &mut JavaThread,
    class_name: &str,
    name: &str,
    descriptor: &str,
    args: &[u64],
) -> JResult<u64> {
    let c = class(thread, class_name)?;
    let m = c.declared_method(name, descriptor).unwrap_or_else(|| {
        crate::exceptions::fatal(&format!("{class_name}.{name}{descriptor} is missing"))
    });
    invoke(thread, m, args)
}

/// Brings the class library up; on failure the VM cannot run anything and says why.
pub fn boot(thread: &mut JavaThread) {
    // Start-up code here holds references in Rust across its Java calls: no collection runs
    // until the library is up (the heap is sized for far more than start-up allocates).
    let booted = thread.without_collections(boot_phases);
    if booted.is_err() {
        let what = thread
            .pending_exception
            .map_or_else(|| "unknown error".to_owned(), |e| describe(thread, e));
        crate::exceptions::fatal(&what);
    }
}

fn boot_phases(thread: &mut JavaThread) -> JResult<()> {
    for name in [
        "java/lang/Object",
        "java/lang/String",
        "java/lang/System",
        "java/lang/Class",
    ] {
        class(thread, name)?;
    }
    create_main_thread(thread)?;
    let unsafe_constants = class(thread, "jdk/internal/misc/UnsafeConstants")?;
    set_unsafe_constants(unsafe_constants);
    for name in ["java/lang/reflect/Method", "java/lang/ref/Finalizer"] {
        class(thread, name)?;
    }
    call_static(thread, "java/lang/System", "initPhase1", "()V", &[])?;
    let status = call_static(thread, "java/lang/System", "initPhase2", "(ZZ)I", &[1, 1])?;
    if status as u32 as i32 != 0 {
        crate::exceptions::fatal("java.lang.InternalError: the module system failed to initialize");
    }
    call_static(thread, "java/lang/System", "initPhase3", "()V", &[])?;
    Ok(())
}

/// `ThreadGroup system = new ThreadGroup()`, `main = new ThreadGroup(system, "main")`, and the
/// `Thread` object of the main thread, constructed while it is already the current thread.
fn create_main_thread(thread: &mut JavaThread) -> JResult<()> {
    let group_class = class(thread, "java/lang/ThreadGroup")?;
    let system_group = new_object(thread, group_class)?;
    let ctor = group_class
        .declared_method("<init>", "()V")
        .expect("ThreadGroup()");
    invoke(thread, ctor, &[system_group.to_bits()])?;
    let main_group = new_object(thread, group_class)?;
    let name = new_string(thread, "main")?;
    let ctor = group_class
        .declared_method("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V")
        .expect("ThreadGroup(ThreadGroup, String)");
    invoke(
        thread,
        ctor,
        &[main_group.to_bits(), system_group.to_bits(), name.to_bits()],
    )?;

    let thread_class = class(thread, "java/lang/Thread")?;
    let thread_object = new_object(thread, thread_class)?;
    set_int(thread_object, thread_class, "priority", 5);
    set_ref(
        thread_object,
        thread_class,
        "group",
        "Ljava/lang/ThreadGroup;",
        main_group,
    );
    thread.thread_object = Some(thread_object);
    let name = new_string(thread, "main")?;
    let ctor = thread_class
        .declared_method("<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V")
        .expect("Thread(ThreadGroup, String)");
    invoke(
        thread,
        ctor,
        &[
            thread_object.to_bits(),
            main_group.to_bits(),
            name.to_bits(),
        ],
    )?;
    // The thread is alive (`eetop`) and running: threadStatus RUNNABLE.
    crate::threads::attach_thread_object(thread_object, thread.shared());
    crate::monitor::set_status_of(thread_object, crate::monitor::STATUS_RUNNABLE);
    Ok(())
}

/// The values HotSpot injects into `jdk.internal.misc.UnsafeConstants` after initializing it.
fn set_unsafe_constants(c: &'static Class) {
    for f in c.fields.iter().filter(|f| f.is_static()) {
        let v: u64 = match f.name {
            "ADDRESS_SIZE0" => 8,
            "PAGE_SIZE" => 4096,
            "BIG_ENDIAN" => cfg!(target_endian = "big") as u64,
            "UNALIGNED_ACCESS" => 1,
            "DATA_CACHE_LINE_FLUSH_SIZE" => 0,
            _ => continue,
        };
        c.set_static_value(f.offset, v);
    }
}

fn field_offset(class: &'static Class, name: &str, descriptor: &str) -> usize {
    class
        .instance_field_offset(name, descriptor)
        .unwrap_or_else(|| {
            crate::exceptions::fatal(&format!("{}.{name} is missing", class.java_name()))
        })
}

fn set_int(object: Ref, class: &'static Class, name: &str, value: i32) {
    object.set::<i32>(field_offset(class, name, "I"), value);
}

fn set_ref(object: Ref, class: &'static Class, name: &str, descriptor: &str, value: Ref) {
    object.set_ref(field_offset(class, name, descriptor), Some(value));
}
