//! `StackTraceElement.initStackTraceElements`: turns a throwable's recorded backtrace into
//! elements, as HotSpot's `java_lang_StackTraceElement::fill_in` does.

use super::Registry;
use crate::class::DefiningLoader;
use crate::object::Ref;
use crate::strings::new_string;
use crate::thread::{JResult, JavaThread};

pub(crate) fn register(r: &mut Registry) {
    r.add(
        "java/lang/StackTraceElement",
        "initStackTraceElements",
        "([Ljava/lang/StackTraceElement;Ljava/lang/Throwable;)V",
        init_stack_trace_elements,
    );
}

fn init_stack_trace_elements(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let (Some(elements), Some(throwable)) = (Ref::from_bits(a[0]), Ref::from_bits(a[1])) else {
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/NullPointerException",
            None,
        ));
    };
    let frames = crate::exceptions::backtrace_of(thread, throwable);
    fill_in(thread, elements, &frames)?;
    Ok(0)
}

/// Fills the `StackTraceElement`s of `elements` from `frames`, innermost first, as HotSpot's
/// `java_lang_StackTraceElement::fill_in` (no format computed: that is the library's part).
pub(crate) fn fill_in(
    thread: &mut JavaThread,
    elements: Ref,
    frames: &[(&'static crate::class::Method, u32)],
) -> JResult<()> {
    let vm = thread.vm;
    let ste = vm.load_class(
        thread,
        "java/lang/StackTraceElement",
        DefiningLoader::Bootstrap,
    )?;
    let offset = |name: &str| {
        ste.fields
            .iter()
            .find(|f| f.name == name && !f.is_static())
            .map(|f| f.offset as usize)
    };
    let count = (elements.array_length().max(0) as usize).min(frames.len());
    for (i, (method, pc)) in frames.iter().take(count).enumerate() {
        let Some(element) = elements.get_ref(Ref::element_offset(i, 8)) else {
            continue;
        };
        let class = method.class();
        let mirror = crate::mirror::mirror(thread, class)?;
        let set_string =
            |thread: &mut JavaThread, field: &str, value: Option<&str>| -> JResult<()> {
                if let (Some(o), Some(v)) = (offset(field), value) {
                    let s = new_string(thread, v)?;
                    element.set_ref(o, Some(s));
                }
                Ok(())
            };
        if let Some(o) = offset("declaringClassObject") {
            element.set_ref(o, Some(mirror));
        }
        set_string(thread, "declaringClass", Some(&class.java_name()))?;
        set_string(thread, "methodName", Some(method.name))?;
        set_string(thread, "fileName", class.source_file.as_deref())?;
        if let Some(module) = class.module.as_deref() {
            set_string(thread, "moduleName", Some(module))?;
            let version = vm.module_version(module);
            set_string(thread, "moduleVersion", version.as_deref())?;
        }
        match class.loader {
            DefiningLoader::App => set_string(thread, "classLoaderName", Some("app"))?,
            DefiningLoader::Platform => set_string(thread, "classLoaderName", Some("platform"))?,
            DefiningLoader::Bootstrap => {}
        }
        let line = if method.is_native() {
            -2
        } else {
            method
                .code
                .as_ref()
                .map_or(-1, |c| c.line_number(*pc as usize))
        };
        if let Some(o) = offset("lineNumber") {
            element.set::<i32>(o, line);
        }
    }
    Ok(())
}
