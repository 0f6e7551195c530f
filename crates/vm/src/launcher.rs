//! What the `java` launcher's `JavaMain` does once the VM is up: load the main class through
//! `sun.launcher.LauncherHelper` (so every launcher error reads as `java` prints it), call
//! `main(String[])`, hand an uncaught exception to the thread's handler, run the shutdown
//! sequence, and give the exit status.

use crate::alloc::new_array;
use crate::class::DefiningLoader;
// The launcher keeps no references across its calls into Java: collections may run in them.
use crate::interp::invoke_gc_safe as invoke;
use crate::mirror::class_of_mirror;
use crate::object::Ref;
use crate::strings::new_string;
use crate::thread::{JResult, JavaThread};

/// How the main class is named, as LauncherHelper's `mode` argument spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchMode {
    Class = 1,
    Jar = 2,
}

/// Runs the program; returns the process exit status.
pub fn run_main(thread: &mut JavaThread, mode: LaunchMode, what: &str, args: &[String]) -> i32 {
    let status = match call_main(thread, mode, what, args) {
        Ok(()) => 0,
        Err(_) => {
            dispatch_uncaught(thread);
            1
        }
    };
    // HotSpot's DestroyJavaVM: the VM ends when the last non-daemon thread does (daemon
    // threads are abandoned), after the shutdown hooks.
    let vm = thread.vm;
    crate::safepoint::blocking(thread, || vm.threads.wait_for_non_daemon_threads());
    shutdown(thread);
    status
}

fn call_main(
    thread: &mut JavaThread,
    mode: LaunchMode,
    what: &str,
    args: &[String],
) -> JResult<()> {
    let vm = thread.vm;
    let helper = vm.load_class(
        thread,
        "sun/launcher/LauncherHelper",
        DefiningLoader::Bootstrap,
    )?;
    crate::init::initialize(thread, helper)?;
    let check = helper
        .declared_method(
            "checkAndLoadMain",
            "(ZILjava/lang/String;)Ljava/lang/Class;",
        )
        .expect("LauncherHelper.checkAndLoadMain");
    let name = new_string(thread, what)?;
    let main_mirror = invoke(thread, check, &[1, mode as u64, name.to_bits()])?;
    let main_class = Ref::from_bits(main_mirror)
        .and_then(class_of_mirror)
        .expect("a main class");
    crate::init::initialize(thread, main_class)?;
    let main = main_class
        .declared_method("main", "([Ljava/lang/String;)V")
        .expect("validated by LauncherHelper");
    let string_array = vm.load_class(thread, "[Ljava/lang/String;", DefiningLoader::Bootstrap)?;
    let array = new_array(thread, string_array, args.len() as i32)?;
    for (i, a) in args.iter().enumerate() {
        let s = new_string(thread, a)?;
        array.set::<u64>(Ref::element_offset(i, 8), s.to_bits());
    }
    invoke(thread, main, &[array.to_bits()])?;
    Ok(())
}

/// `Thread.dispatchUncaughtException(e)`: the default handler prints
/// `Exception in thread "main" ...` and the trace. An exception the handler itself throws is
/// reported as HotSpot reports it, by class and thread name.
pub(crate) fn dispatch_uncaught(thread: &mut JavaThread) {
    let Some(exception) = thread.take_exception() else {
        return;
    };
    let Some(thread_object) = thread.thread_object else {
        return;
    };
    let dispatch = crate::threads::thread_method(
        thread_object,
        "dispatchUncaughtException",
        "(Ljava/lang/Throwable;)V",
    );
    let Some(m) = dispatch else { return };
    if invoke(thread, m, &[thread_object.to_bits(), exception.to_bits()]).is_ok() {
        return;
    }
    let Some(thrown) = thread.take_exception() else {
        return;
    };
    let name = thread
        .thread_object
        .and_then(|t| {
            let offset = t
                .class()
                .instance_field_offset("name", "Ljava/lang/String;")?;
            t.get_ref(offset)
        })
        .map(crate::strings::string_to_rust)
        .unwrap_or_default();
    let line = format!(
        "\nException: {} thrown from the UncaughtExceptionHandler in thread \"{name}\"\n",
        thrown.class().external_name()
    );
    let _ = std::io::Write::write_all(&mut std::io::stderr(), line.as_bytes());
}

/// `java.lang.Shutdown.shutdown()`: runs the shutdown hooks (`System.exit` runs them itself).
fn shutdown(thread: &mut JavaThread) {
    let vm = thread.vm;
    let Ok(class) = vm.load_class(thread, "java/lang/Shutdown", DefiningLoader::Bootstrap) else {
        return;
    };
    if crate::init::initialize(thread, class).is_err() {
        return;
    }
    if let Some(m) = class.declared_method("shutdown", "()V") {
        if invoke(thread, m, &[]).is_err() {
            thread.take_exception();
        }
    }
}

/// `java -version` / `-showversion`: the class library's `VersionProps.print(err)`, to stderr.
pub fn print_version(thread: &mut JavaThread) -> bool {
    let vm = thread.vm;
    let result = (|| -> JResult<()> {
        let props = vm.load_class(thread, "java/lang/VersionProps", DefiningLoader::Bootstrap)?;
        crate::init::initialize(thread, props)?;
        let print = props
            .declared_method("print", "(Z)V")
            .expect("VersionProps.print");
        invoke(thread, print, &[1])?;
        Ok(())
    })();
    result.is_ok()
}
