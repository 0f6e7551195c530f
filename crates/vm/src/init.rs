//! Class initialization (JVMS 5.5): superclass first, superinterfaces that declare default
//! methods, static final constants, then `<clinit>` exactly once; failures leave the class
//! erroneous and later uses get `NoClassDefFoundError: Could not initialize class X`.

use crate::class::{Class, InitState};
use crate::exceptions::throw_new;
use crate::interp::invoke;
use crate::thread::{JResult, JavaThread};
use rjava_classfile::Constant;

/// Initializes `class` if it is not yet (the caller checked `is_initialized` on its fast path).
pub fn initialize(thread: &mut JavaThread, class: &'static Class) -> JResult<()> {
    match class.init_state() {
        InitState::Initialized => return Ok(()),
        // Only one thread exists for now, so "being initialized" means by this thread: a
        // recursive request, which JVMS 5.5 step 3 answers with success.
        InitState::BeingInitialized => return Ok(()),
        InitState::Erroneous => {
            let msg = format!("Could not initialize class {}", class.java_name());
            return Err(throw_new(
                thread,
                "java/lang/NoClassDefFoundError",
                Some(&msg),
            ));
        }
        InitState::Linked => {}
    }
    class.set_init_state(InitState::BeingInitialized);
    let result = run_initializers(thread, class);
    match result {
        Ok(()) => {
            class.set_init_state(InitState::Initialized);
            Ok(())
        }
        Err(throw) => {
            class.set_init_state(InitState::Erroneous);
            wrap_in_initializer_error(thread, throw)
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
        invoke(thread, clinit, &[])?;
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
