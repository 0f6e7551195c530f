//! Class initialization (JVMS 5.5): superclass first, superinterfaces that declare default
//! methods, static final constants, then `<clinit>` exactly once; failures leave the class
//! erroneous and later uses get `NoClassDefFoundError: Could not initialize class X`.

use crate::class::{Class, InitState};
use crate::exceptions::throw_new;
use crate::interp::invoke;
use crate::thread::{JResult, JavaThread};
use rjava_classfile::Constant;

/// Initializes `class` if it is not yet (the caller checked `is_initialized` on its fast path),
/// with JVMS 5.5's locking: one thread runs the initializers, others wait for it to finish, and
/// a recursive request from the initializing thread itself succeeds at once.
#[inline(never)]
pub fn initialize(thread: &mut JavaThread, class: &'static Class) -> JResult<()> {
    // Some callers (natives, the launcher) come here without checking first: no lock then.
    if class.is_initialized() {
        return Ok(());
    }
    let vm = thread.vm;
    let me = thread.shared().index;
    let lock = || vm.initializing.lock().unwrap_or_else(|e| e.into_inner());
    let mut initializing = lock();
    loop {
        match class.init_state() {
            InitState::Initialized => return Ok(()),
            InitState::Erroneous => {
                drop(initializing);
                return Err(could_not_initialize(thread, class));
            }
            InitState::Linked => break,
            InitState::BeingInitialized => {
                let by = initializing
                    .iter()
                    .find(|(c, _)| std::ptr::eq(*c, class))
                    .map(|&(_, t)| t);
                if by == Some(me) {
                    return Ok(());
                }
                // Another thread runs the initializers: wait for it (safely).
                drop(initializing);
                crate::safepoint::blocking(thread, || {
                    drop(
                        vm.init_done
                            .wait_while(lock(), |_| {
                                class.init_state() == InitState::BeingInitialized
                            })
                            .unwrap_or_else(|e| e.into_inner()),
                    );
                });
                initializing = lock();
            }
        }
    }
    class.set_init_state(InitState::BeingInitialized);
    initializing.push((class, me));
    drop(initializing);
    let result = run_initializers(thread, class);
    let finish = |state: InitState| {
        let mut initializing = lock();
        initializing.retain(|(c, _)| !std::ptr::eq(*c, class));
        class.set_init_state(state);
        vm.init_done.notify_all();
    };
    match result {
        Ok(()) => {
            finish(InitState::Initialized);
            Ok(())
        }
        Err(throw) => {
            // The error handling holds the exception in Rust across its allocations and calls:
            // no collection until it is done (a rare path).
            thread.without_collections(|thread| {
                if let Some(exception) = thread.pending_exception.take() {
                    record_initialization_error(thread, class, exception);
                    thread.pending_exception = Some(exception);
                }
                finish(InitState::Erroneous);
                wrap_in_initializer_error(thread, throw)
            })
        }
    }
}

fn run_initializers(thread: &mut JavaThread, class: &'static Class) -> JResult<()> {
    if !class.is_interface() {
        if let Some(sup) = class.super_class {
            initialize(thread, sup)?;
        }
        for &i in class.all_interfaces.iter() {
            if i.methods.iter().any(|m| !m.is_abstract() && !m.is_static()) {
                initialize(thread, i)?;
            }
        }
    }
    set_constant_values(thread, class)?;
    if let Some(clinit) = class.declared_method("<clinit>", "()V") {
        // Initialization holds no references: collections may run in `<clinit>`.
        crate::interp::invoke_gc_safe(thread, clinit, &[])?;
    }
    Ok(())
}

/// Static fields with a `ConstantValue` get it before `<clinit>` runs.
fn set_constant_values(thread: &mut JavaThread, class: &'static Class) -> JResult<()> {
    let Some(cf) = class.class_file.as_ref() else {
        return Ok(());
    };
    let cp = &cf.constant_pool;
    for field in class.fields.iter().filter(|f| f.is_static()) {
        let Some(index) = field.constant_value else {
            continue;
        };
        let value = match cp.get(index) {
            Ok(Constant::Integer(v)) => *v as u32 as u64,
            Ok(Constant::Float(v)) => v.to_bits() as u64,
            Ok(Constant::Long(v)) => *v as u64,
            Ok(Constant::Double(v)) => v.to_bits(),
            Ok(Constant::String { string_index }) => {
                let units = cp
                    .java_str(*string_index)
                    .map(|s| s.to_utf16())
                    .unwrap_or_default();
                crate::strings::intern(thread, &units)?.to_bits()
            }
            _ => continue,
        };
        class.set_static_value(field.offset, value);
    }
    Ok(())
}

/// JVMS 5.5 step 11: an exception that is not an `Error` is wrapped in `ExceptionInInitializerError`.
fn wrap_in_initializer_error(thread: &mut JavaThread, throw: crate::thread::Throw) -> JResult<()> {
    let Some(exception) = thread.pending_exception else {
        return Err(throw);
    };
    let vm = thread.vm;
    let error = vm.load_class(
        thread,
        "java/lang/Error",
        crate::class::DefiningLoader::Bootstrap,
    )?;
    if exception.class().is_subclass_of(error) {
        return Err(throw);
    }
    thread.pending_exception = None;
    let eiie_class = vm.load_class(
        thread,
        "java/lang/ExceptionInInitializerError",
        crate::class::DefiningLoader::Bootstrap,
    )?;
    initialize(thread, eiie_class)?;
    let eiie = crate::alloc::new_object(thread, eiie_class)?;
    let ctor = eiie_class
        .declared_method("<init>", "(Ljava/lang/Throwable;)V")
        .expect("EIIE(Throwable)");
    invoke(thread, ctor, &[eiie.to_bits(), exception.to_bits()])?;
    Err(thread.throw(eiie))
}

/// `NoClassDefFoundError: Could not initialize class X`, caused by the recorded initialization
/// error when there is one (as HotSpot 17.0.15 reports it).
fn could_not_initialize(thread: &mut JavaThread, class: &'static Class) -> crate::thread::Throw {
    let msg = format!("Could not initialize class {}", class.java_name());
    let throw = throw_new(thread, "java/lang/NoClassDefFoundError", Some(&msg));
    let (Some(error), Some(cause)) = (
        thread.pending_exception,
        crate::object::Ref::from_bits(class.init_error.load(std::sync::atomic::Ordering::Acquire)),
    ) else {
        return throw;
    };
    thread.pending_exception = None;
    let init_cause = error
        .class()
        .vtable
        .iter()
        .find(|m| m.name == "initCause")
        .copied();
    if let Some(m) = init_cause {
        if invoke(thread, m, &[error.to_bits(), cause.to_bits()]).is_err() {
            return crate::thread::Throw;
        }
    }
    thread.throw(error)
}

/// HotSpot's `create_initialization_error`: an `ExceptionInInitializerError` whose message names
/// the original exception and thread, carrying the original's stack trace (not its objects).
fn record_initialization_error(
    thread: &mut JavaThread,
    class: &'static Class,
    exception: crate::object::Ref,
) {
    let saved = thread.pending_exception.take();
    let result = (|| -> JResult<crate::object::Ref> {
        let vm = thread.vm;
        let throwable = vm.load_class(
            thread,
            "java/lang/Throwable",
            crate::class::DefiningLoader::Bootstrap,
        )?;
        let message = throwable
            .declared_field("detailMessage", "Ljava/lang/String;")
            .and_then(|f| exception.get_ref(f.offset as usize))
            .map(crate::strings::string_to_rust);
        let thread_name = thread_name(thread);
        let text = match message {
            Some(m) => format!(
                "Exception {}: {m} [in thread \"{thread_name}\"]",
                exception.class().java_name()
            ),
            None => format!(
                "Exception {} [in thread \"{thread_name}\"]",
                exception.class().java_name()
            ),
        };
        let eiie = vm.load_class(
            thread,
            "java/lang/ExceptionInInitializerError",
            crate::class::DefiningLoader::Bootstrap,
        )?;
        initialize(thread, eiie)?;
        let error = crate::alloc::new_object(thread, eiie)?;
        let ctor = eiie
            .declared_method("<init>", "(Ljava/lang/String;)V")
            .expect("EIIE(String)");
        let text = crate::strings::new_string(thread, &text)?;
        invoke(thread, ctor, &[error.to_bits(), text.to_bits()])?;
        let get_stack_trace = throwable
            .declared_method("getStackTrace", "()[Ljava/lang/StackTraceElement;")
            .expect("Throwable.getStackTrace");
        let trace = invoke(thread, get_stack_trace, &[exception.to_bits()])?;
        if let Some(f) = throwable.declared_field("stackTrace", "[Ljava/lang/StackTraceElement;") {
            error.set_ref(f.offset as usize, crate::object::Ref::from_bits(trace));
        }
        if let Some(f) = throwable.declared_field("backtrace", "Ljava/lang/Object;") {
            error.set_ref(f.offset as usize, None);
        }
        Ok(error)
    })();
    if let Ok(error) = result {
        class
            .init_error
            .store(error.to_bits(), std::sync::atomic::Ordering::Release);
    }
    thread.pending_exception = saved;
}

/// The current Java thread's name, for messages.
fn thread_name(thread: &JavaThread) -> String {
    thread
        .thread_object
        .and_then(|t| {
            let offset = t
                .class()
                .instance_field_offset("name", "Ljava/lang/String;")?;
            t.get_ref(offset).map(crate::strings::string_to_rust)
        })
        .unwrap_or_else(|| "main".to_owned())
}
