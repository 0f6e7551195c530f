//! The JDK's built-in class loaders, backed by the VM: `ClassLoader.findLoadedClass0` and
//! `findBootstrapClass`, and two `BuiltinClassLoader` methods the VM takes over (their bytecode is
//! replaced, see [`INTRINSICS`]) so the platform and application loaders get class bytes from the
//! VM's O(1) image and class-path lookups rather than from the Java-level jrt and URL readers.
//! `loadClass`, `Class.forName` and delegation still run the library's own Java code.

use super::Registry;
use crate::class::DefiningLoader;
use crate::mirror::{app_loader, builtin_loader, mirror};
use crate::object::Ref;
use crate::strings::string_to_rust;
use crate::thread::{JResult, JavaThread};

/// Java methods whose bytecode the VM replaces with a native implementation.
pub(crate) const INTRINSICS: &[(&str, &str, &str)] = &[
    (
        "jdk/internal/loader/BuiltinClassLoader",
        "findClassInModuleOrNull",
        "(Ljdk/internal/loader/BuiltinClassLoader$LoadedModule;Ljava/lang/String;)Ljava/lang/Class;",
    ),
    ("jdk/internal/loader/BuiltinClassLoader", "findClassOnClassPathOrNull", "(Ljava/lang/String;)Ljava/lang/Class;"),
];

pub(crate) fn register(r: &mut Registry) {
    let cl = "java/lang/ClassLoader";
    r.add(
        cl,
        "findLoadedClass0",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        find_loaded_class,
    );
    r.add(
        cl,
        "findBootstrapClass",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        find_bootstrap_class,
    );
    let (c, n, d) = INTRINSICS[0];
    r.add(c, n, d, |t, a| find_in_image_or_path(t, a[0], a[2]));
    let (c, n, d) = INTRINSICS[1];
    r.add(c, n, d, |t, a| find_in_image_or_path(t, a[0], a[1]));
}

/// Which VM loader a `ClassLoader` object is. Loaders the program defines itself are not
/// supported yet; their classes are treated as the application loader's.
pub(crate) fn defining_loader_of(
    thread: &mut JavaThread,
    loader: Option<Ref>,
) -> JResult<DefiningLoader> {
    let Some(loader) = loader else {
        return Ok(DefiningLoader::Bootstrap);
    };
    if builtin_loader(thread, "PLATFORM_LOADER")? == Some(loader) {
        return Ok(DefiningLoader::Platform);
    }
    let _ = app_loader(thread)?;
    Ok(DefiningLoader::App)
}

/// Binary name (`a.b.C`) → internal name; `None` for names no class can have.
fn internal_name(name: u64) -> Option<String> {
    let name = Ref::from_bits(name).map(string_to_rust)?;
    (!name.contains('/') && !name.is_empty()).then(|| name.replace('.', "/"))
}

fn find_loaded_class(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(name) = internal_name(a[1]) else {
        return Ok(0);
    };
    let loader = defining_loader_of(thread, Ref::from_bits(a[0]))?;
    let vm = thread.vm;
    let found = vm.classes.lock().ok().and_then(|c| c.get(loader, &name));
    match found {
        Some(c) => Ok(mirror(thread, c)?.to_bits()),
        None => Ok(0),
    }
}

fn find_bootstrap_class(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(name) = internal_name(a[0]) else {
        return Ok(0);
    };
    let vm = thread.vm;
    let found = match vm.find_loaded_class(&name, DefiningLoader::Bootstrap) {
        Some(c) => Some(c),
        None => vm.load_from(thread, &name, DefiningLoader::Bootstrap)?,
    };
    match found {
        Some(c) => Ok(mirror(thread, c)?.to_bits()),
        None => Ok(0),
    }
}

/// Defines `name` with the receiver's loader from the image (its modules) or the class path.
fn find_in_image_or_path(thread: &mut JavaThread, loader: u64, name: u64) -> JResult<u64> {
    let Some(name) = internal_name(name) else {
        return Ok(0);
    };
    let loader = defining_loader_of(thread, Ref::from_bits(loader))?;
    let vm = thread.vm;
    let found = match vm.classes.lock().ok().and_then(|c| c.get(loader, &name)) {
        Some(c) => Some(c),
        None => vm.load_from(thread, &name, loader)?,
    };
    match found {
        Some(c) => Ok(mirror(thread, c)?.to_bits()),
        None => Ok(0),
    }
}
