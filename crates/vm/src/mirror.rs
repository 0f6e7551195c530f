//! `java.lang.Class` objects ("mirrors"): one per runtime class, created on first use. Each
//! mirror carries a field injected by the VM — invisible to reflection — that points back to its
//! runtime class, as HotSpot's mirrors do.

use crate::alloc::new_object;
use crate::class::{Class, DefiningLoader};
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use std::sync::atomic::Ordering;
use std::sync::OnceLock;

/// Byte offset of the injected back pointer in every `java.lang.Class` object.
static VM_CLASS_OFFSET: OnceLock<u32> = OnceLock::new();

/// Called when `java/lang/Class` is laid out: reserves the injected field after the declared ones.
pub(crate) fn inject_vm_class_field(instance_size: u32) -> u32 {
    let offset = instance_size.next_multiple_of(8);
    let _ = VM_CLASS_OFFSET.set(offset);
    offset + 8
}

/// The mirror of `class`, creating it if needed.
pub fn mirror(thread: &mut JavaThread, class: &'static Class) -> JResult<Ref> {
    if let Some(m) = Ref::from_bits(class.mirror.load(Ordering::Acquire)) {
        return Ok(m);
    }
    let vm = thread.vm;
    let class_class = vm.load_class(thread, "java/lang/Class", DefiningLoader::Bootstrap)?;
    let mirror = new_object(thread, class_class)?;
    let offset = *VM_CLASS_OFFSET.get().expect("java/lang/Class was laid out");
    mirror.set::<u64>(offset as usize, class as *const Class as usize as u64);
    set_module_and_loader(thread, class, mirror)?;
    if let Some((_, component)) = class.array_element() {
        let component_mirror = crate::mirror::mirror(thread, component)?;
        if let Some(f) = class_class.declared_field("componentType", "Ljava/lang/Class;") {
            mirror.set_ref(f.offset as usize, Some(component_mirror));
        }
    }
    // Another path may have made one meanwhile: the first one stored wins.
    match class
        .mirror
        .compare_exchange(0, mirror.to_bits(), Ordering::AcqRel, Ordering::Acquire)
    {
        Ok(_) => Ok(mirror),
        Err(existing) => Ok(Ref::from_bits(existing).unwrap_or(mirror)),
    }
}

/// The runtime class a mirror stands for.
pub fn class_of_mirror(mirror: Ref) -> Option<&'static Class> {
    let offset = *VM_CLASS_OFFSET.get()?;
    let address = mirror.get::<u64>(offset as usize) as usize;
    // SAFETY: the injected field holds a leaked, immortal `Class`, written in `mirror` above; a
    // Class object not made by `mirror` (impossible from Java, which cannot allocate Class
    // instances) would hold 0.
    (address != 0).then(|| unsafe { &*(address as *const Class) })
}

/// The `module` and `classLoader` fields of a mirror: the class's named module (once defined) or
/// its loader's unnamed module, and the application loader object for application classes.
pub(crate) fn set_module_and_loader(
    thread: &mut JavaThread,
    class: &'static Class,
    mirror: Ref,
) -> JResult<()> {
    let vm = thread.vm;
    let mirror_class = mirror.class();
    let element = crate::loader::element_class(class);
    let module = match (&element.module, element.loader) {
        (Some(name), _) => vm.module_object(name),
        (None, DefiningLoader::App) => app_loader(thread)?.and_then(unnamed_module),
        (None, DefiningLoader::Platform) => {
            builtin_loader(thread, "PLATFORM_LOADER")?.and_then(unnamed_module)
        }
        (None, DefiningLoader::Bootstrap) => vm.module_object("java.base"),
    };
    if let (Some(m), Some(f)) = (
        module,
        mirror_class.declared_field("module", "Ljava/lang/Module;"),
    ) {
        mirror.set_ref(f.offset as usize, Some(m));
    }
    let loader = match element.loader {
        DefiningLoader::Bootstrap => None,
        DefiningLoader::Platform => builtin_loader(thread, "PLATFORM_LOADER")?,
        DefiningLoader::App => app_loader(thread)?,
    };
    let field = mirror_class.declared_field("classLoader", "Ljava/lang/ClassLoader;");
    if let (Some(loader), Some(f)) = (loader, field) {
        mirror.set_ref(f.offset as usize, Some(loader));
    }
    Ok(())
}

/// `ClassLoaders.appClassLoader()`, once the class library has made it.
pub fn app_loader(thread: &mut JavaThread) -> JResult<Option<Ref>> {
    builtin_loader(thread, "APP_LOADER")
}

/// `ClassLoaders.APP_LOADER` or `PLATFORM_LOADER`, once the class library has made them.
pub fn builtin_loader(thread: &mut JavaThread, field: &str) -> JResult<Option<Ref>> {
    let vm = thread.vm;
    let Some(loaders) = vm.find_loaded_class(
        "jdk/internal/loader/ClassLoaders",
        DefiningLoader::Bootstrap,
    ) else {
        return Ok(None);
    };
    if !loaders.is_initialized() {
        return Ok(None);
    }
    let field = loaders
        .fields
        .iter()
        .find(|f| f.name == field && f.is_static());
    Ok(field.and_then(|f| Ref::from_bits(loaders.static_value(f.offset))))
}

/// `ClassLoader.unnamedModule` of a loader object.
fn unnamed_module(loader: Ref) -> Option<Ref> {
    let offset = loader
        .class()
        .instance_field_offset("unnamedModule", "Ljava/lang/Module;")?;
    loader.get_ref(offset)
}
