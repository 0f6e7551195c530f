//! `java.lang.Module`: the module system tells the VM which modules exist; the VM gives each
//! class's mirror its module, as HotSpot's module table does.

use super::{nothing, Registry};
use crate::class::DefiningLoader;
use crate::object::Ref;
use crate::strings::string_to_rust;
use crate::thread::{JResult, JavaThread};

pub(crate) fn register(r: &mut Registry) {
    let m = "java/lang/Module";
    r.add(
        m,
        "defineModule0",
        "(Ljava/lang/Module;ZLjava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V",
        define_module,
    );
    r.add(
        m,
        "addReads0",
        "(Ljava/lang/Module;Ljava/lang/Module;)V",
        nothing,
    );
    r.add(
        m,
        "addExports0",
        "(Ljava/lang/Module;Ljava/lang/String;Ljava/lang/Module;)V",
        nothing,
    );
    r.add(
        m,
        "addExportsToAll0",
        "(Ljava/lang/Module;Ljava/lang/String;)V",
        nothing,
    );
    r.add(
        m,
        "addExportsToAllUnnamed0",
        "(Ljava/lang/Module;Ljava/lang/String;)V",
        nothing,
    );
}

fn define_module(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(module) = Ref::from_bits(a[0]) else {
        return Ok(0);
    };
    let name_field = module
        .class()
        .declared_field("name", "Ljava/lang/String;")
        .map(|f| f.offset as usize);
    let Some(name) = name_field
        .and_then(|o| module.get_ref(o))
        .map(string_to_rust)
    else {
        return Ok(0);
    };
    let version = Ref::from_bits(a[2]).map(string_to_rust);
    let vm = thread.vm;
    let loader_field = module
        .class()
        .declared_field("loader", "Ljava/lang/ClassLoader;")
        .map(|f| f.offset as usize);
    let loader = loader_field.and_then(|o| module.get_ref(o));
    let loader = crate::natives::loaders::defining_loader_of(thread, loader)?;
    vm.modules.lock().expect("module table").insert(
        name.clone().into(),
        (module.to_bits(), version.map(Into::into), loader),
    );
    // Mirrors made before their module existed get it now.
    for class in vm.loaded_classes() {
        let element = crate::loader::element_class(class);
        let belongs = element.module.as_deref() == Some(name.as_str())
            || (name == "java.base"
                && element.module.is_none()
                && element.loader == DefiningLoader::Bootstrap);
        if belongs {
            if let Some(mirror) =
                Ref::from_bits(class.mirror.load(std::sync::atomic::Ordering::Acquire))
            {
                crate::mirror::set_module_and_loader(thread, class, mirror)?;
            }
        }
    }
    Ok(0)
}
