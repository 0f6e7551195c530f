//! Throwing Java exceptions from the VM, and recording backtraces for `fillInStackTrace`.

use crate::alloc::new_object;
use crate::class::{Class, DefiningLoader};
use crate::object::Ref;
use crate::strings::new_string;
use crate::thread::{JavaThread, Throw};

/// Creates and makes pending a new exception of class `class_name` (internal form), constructed
/// with `message` (or no message). If that itself fails, the failure is what is pending.
#[inline(never)]
pub fn throw_new(thread: &mut JavaThread, class_name: &str, message: Option<&str>) -> Throw {
    match create(thread, class_name, message) {
        Ok(exception) => thread.throw(exception),
        Err(throw) => throw,
    }
}

fn create(thread: &mut JavaThread, class_name: &str, message: Option<&str>) -> Result<Ref, Throw> {
    let vm = thread.vm;
    // An exception class that cannot load at all means the class library is unusable.
    let class = match vm.load_class(thread, class_name, DefiningLoader::Bootstrap) {
        Ok(c) => c,
        Err(t) => {
            if thread.native_depth > 64 || class_name == "java/lang/NoClassDefFoundError" {
                fatal(&format!("cannot load {class_name} while throwing it"));
            }
            return Err(t);
        }
    };
    crate::init::initialize(thread, class)?;
    let exception = new_object(thread, class)?;
    let (descriptor, args) = match message {
        Some(m) => {
            let s = new_string(thread, m)?;
            (
                "(Ljava/lang/String;)V",
                vec![exception.to_bits(), s.to_bits()],
            )
        }
        None => ("()V", vec![exception.to_bits()]),
    };
    let Some(init) = class.declared_method("<init>", descriptor) else {
        fatal(&format!("{class_name} has no constructor {descriptor}"));
    };
    let mark = thread.handles.len();
    let handle = thread.handle(exception);
    let result = crate::interp::invoke_gc_safe(thread, init, &args);
    let exception = thread.get(handle);
    thread.release_handles(mark);
    result.map(|_| exception)
}

/// An unrecoverable VM failure, reported as HotSpot reports them during start-up.
pub fn fatal(message: &str) -> ! {
    eprintln!("Error occurred during initialization of VM\n{message}");
    std::process::exit(1)
}

/// The backtrace of the current thread for a throwable being filled in: `(method id, pc)` pairs,
/// innermost first, without the frames of `fillInStackTrace` and of the throwable's constructors.
pub fn backtrace(thread: &JavaThread, throwable_class: &'static Class) -> Vec<(u32, u32)> {
    let mut frames = thread.frames.iter().rev().peekable();
    while let Some(f) = frames.peek() {
        if f.method.name == "fillInStackTrace" {
            frames.next();
        } else {
            break;
        }
    }
    while let Some(f) = frames.peek() {
        if f.method.is_initializer() && throwable_class.is_subclass_of(f.method.class()) {
            frames.next();
        } else {
            break;
        }
    }
    frames
        .filter(|f| !f.method.hidden)
        .take(MAX_JAVA_STACK_TRACE_DEPTH)
        .map(|f| (f.method.id, f.pc))
        .collect()
}

/// HotSpot's `-XX:MaxJavaStackTraceDepth` default: backtraces keep the innermost 1024 frames.
pub const MAX_JAVA_STACK_TRACE_DEPTH: usize = 1024;

/// A throwable's detail message, read from its field.
pub fn message_of(thread: &JavaThread, throwable: Ref) -> Option<String> {
    let t = thread
        .vm
        .find_loaded_class("java/lang/Throwable", DefiningLoader::Bootstrap)?;
    let field = t.declared_field("detailMessage", "Ljava/lang/String;")?;
    throwable
        .get_ref(field.offset as usize)
        .map(crate::strings::string_to_rust)
}

/// `Class: message` of a throwable and its causes, read straight from the fields (for VM
/// diagnostics, where running Java `toString` may be impossible).
pub fn describe(thread: &JavaThread, throwable: Ref) -> String {
    let vm = thread.vm;
    let Some(t) = vm.find_loaded_class("java/lang/Throwable", DefiningLoader::Bootstrap) else {
        return throwable.class().java_name();
    };
    let message = t
        .declared_field("detailMessage", "Ljava/lang/String;")
        .map(|f| f.offset as usize);
    let cause = t
        .declared_field("cause", "Ljava/lang/Throwable;")
        .map(|f| f.offset as usize);
    let mut out = String::new();
    let mut current = Some(throwable);
    let mut depth = 0;
    while let Some(e) = current {
        if depth > 0 {
            out.push_str("\nCaused by: ");
        }
        out.push_str(&e.class().java_name());
        if let Some(m) = message.and_then(|o| e.get_ref(o)) {
            out.push_str(": ");
            out.push_str(&crate::strings::string_to_rust(m));
        }
        let trace = backtrace_of(thread, e);
        for (method, pc) in trace.iter().take(8) {
            let line = method
                .code
                .as_ref()
                .map_or(-1, |c| c.line_number(*pc as usize));
            out.push_str(&format!(
                "\n\tat {}.{}({line})",
                method.class().java_name(),
                method.name
            ));
        }
        let next = cause.and_then(|o| e.get_ref(o));
        current = if next == Some(e) { None } else { next };
        depth += 1;
        if depth > 10 {
            break;
        }
    }
    out
}

/// The frames recorded by `fillInStackTrace` in a throwable's `backtrace` field.
pub fn backtrace_of(
    thread: &JavaThread,
    throwable: Ref,
) -> Vec<(&'static crate::class::Method, u32)> {
    let vm = thread.vm;
    let Some(t) = vm.find_loaded_class("java/lang/Throwable", DefiningLoader::Bootstrap) else {
        return Vec::new();
    };
    let Some(f) = t.declared_field("backtrace", "Ljava/lang/Object;") else {
        return Vec::new();
    };
    let Some(array) = throwable.get_ref(f.offset as usize) else {
        return Vec::new();
    };
    if array.class().name.as_ref() != "[J" {
        return Vec::new();
    }
    (0..array.array_length().max(0) as usize)
        .filter_map(|i| {
            let v = array.get::<u64>(Ref::element_offset(i, 8));
            vm.method_by_id((v >> 32) as u32).map(|m| (m, v as u32))
        })
        .collect()
}
