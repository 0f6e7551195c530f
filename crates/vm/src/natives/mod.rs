//! Native methods as Rust functions, found by class, name and descriptor. A native with no Rust
//! implementation throws `UnsatisfiedLinkError` naming it, as HotSpot does — never a silent stub.

pub(crate) mod class_reflect;
mod environ;
mod fs;
mod io;
mod jimage_buffer;
mod lang;
pub(crate) mod loaders;
mod misc;
mod module;
mod native_io;
mod nio_ch;
mod nio_fs;
mod npe;
mod perf;
mod props;
mod raf;
mod reference;
mod reflect_array;
mod reflection;
mod stack_trace;
mod string_intrinsics;
mod system;
mod thread;
pub(crate) mod unsafe_;
mod zip;

use crate::class::Method;
use crate::exceptions::throw_new;
use crate::thread::{JResult, JavaThread};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A native method: the thread, and the arguments as slots (receiver first for instance
/// methods; longs and doubles in their first slot, the second unused). Returns the result slot.
pub type NativeFn = fn(&mut JavaThread, &[u64]) -> JResult<u64>;

type Key = (&'static str, &'static str, &'static str);

/// A native bound to a method.
#[derive(Clone, Copy)]
pub struct Bound {
    pub f: NativeFn,
    /// The native keeps no references outside roots (handles, its frame) across the Java code
    /// it calls, so collections may run under it (see `gc.rs`).
    pub gc_safe: bool,
}

/// Registration of one class's natives.
pub(crate) struct Registry {
    table: HashMap<Key, Bound>,
}

impl Registry {
    pub(crate) fn add(
        &mut self,
        class: &'static str,
        name: &'static str,
        descriptor: &'static str,
        f: NativeFn,
    ) {
        self.table
            .insert((class, name, descriptor), Bound { f, gc_safe: false });
    }

    /// Registers a native that keeps no references outside roots across anything that may
    /// collect (its calls into Java, its own allocations at a safepoint).
    pub(crate) fn add_gc_safe(
        &mut self,
        class: &'static str,
        name: &'static str,
        descriptor: &'static str,
        f: NativeFn,
    ) {
        self.table
            .insert((class, name, descriptor), Bound { f, gc_safe: true });
    }
}

fn registry() -> &'static HashMap<Key, Bound> {
    static TABLE: OnceLock<HashMap<Key, Bound>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut r = Registry {
            table: HashMap::new(),
        };
        lang::register(&mut r);
        system::register(&mut r);
        thread::register(&mut r);
        io::register(&mut r);
        fs::register(&mut r);
        class_reflect::register(&mut r);
        class_reflect::register_structure(&mut r);
        loaders::register(&mut r);
        module::register(&mut r);
        npe::register(&mut r);
        reference::register(&mut r);
        reflect_array::register(&mut r);
        stack_trace::register(&mut r);
        misc::register(&mut r);
        props::register(&mut r);
        reflection::register(&mut r);
        unsafe_::register(&mut r);
        nio_fs::register(&mut r);
        nio_ch::register(&mut r);
        raf::register(&mut r);
        zip::register(&mut r);
        jimage_buffer::register(&mut r);
        environ::register(&mut r);
        perf::register(&mut r);
        string_intrinsics::register(&mut r);
        crate::method_handles::register(&mut r);
        r.table
    })
}

/// The Rust function of a native method, bound on first call.
pub fn bind(thread: &mut JavaThread, method: &'static Method) -> JResult<Bound> {
    if let Some(f) = method.native.get() {
        return Ok(*f);
    }
    let table: &HashMap<(&str, &str, &str), Bound> = registry();
    let found = table
        .get(&(&*method.class().name, method.name, method.descriptor))
        .copied();
    match found {
        Some(f) => Ok(*method.native.get_or_init(|| f)),
        None => {
            let msg = format!(
                "'{}'",
                crate::resolve::method_description(
                    method.class(),
                    method.name,
                    method.descriptor,
                    method.is_static()
                )
            );
            Err(throw_new(
                thread,
                "java/lang/UnsatisfiedLinkError",
                Some(&msg),
            ))
        }
    }
}

/// A native that does nothing (`registerNatives` and similar).
pub(crate) fn nothing(_: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    Ok(0)
}

/// Whether the VM replaces this Java method's bytecode with a native implementation.
pub(crate) fn is_intrinsic(class: &str, name: &str, descriptor: &str) -> bool {
    loaders::INTRINSICS
        .iter()
        .chain(string_intrinsics::INTRINSICS)
        .any(|&(c, n, d)| c == class && n == name && d == descriptor)
}
