//! Loading and linking (JVMS 5.3, 5.4.2): finding class bytes, parsing them, and turning a class
//! file into a runtime `Class` with its field layout, vtable and itable — all at definition time,
//! so a defined class is complete and immutable apart from its atomics.

use crate::class::*;
use crate::exceptions::throw_new;
use crate::object::HEADER_SIZE;
use crate::rcp::RuntimeConstantPool;
use crate::thread::{JResult, JavaThread};
use crate::types::BasicType;
use crate::vm::Vm;
use rjava_classfile::access::*;
use rjava_classfile::{ClassFile, ErrorKind, ParseOptions};
use std::sync::atomic::AtomicU64;

impl Vm {
    /// A class already defined by `loader` or a loader it delegates to.
    pub fn find_loaded_class(&self, name: &str, loader: DefiningLoader) -> Option<&'static Class> {
        let classes = self.classes.lock().ok()?;
        loader
            .delegation_chain()
            .iter()
            .find_map(|&l| classes.get(l, name))
    }

    /// Loads a class, interface or array class by internal name, as `loader` sees it: the app
    /// loader delegates to the bootstrap loader first. A missing class is a `NoClassDefFoundError`.
    pub fn load_class(
        &'static self,
        thread: &mut JavaThread,
        name: &str,
        loader: DefiningLoader,
    ) -> JResult<&'static Class> {
        match self.try_load_class(thread, name, loader)? {
            Some(c) => Ok(c),
            None => Err(self.class_not_found(thread, name, loader)),
        }
    }

    /// The `NoClassDefFoundError` for a class no loader has. For a class the application loader
    /// was asked for, HotSpot's cause is the `ClassNotFoundException` that loader's `loadClass`
    /// throws; it is made the same way, by that Java method, so its stack trace matches too.
    #[cold]
    fn class_not_found(
        &'static self,
        thread: &mut JavaThread,
        name: &str,
        loader: DefiningLoader,
    ) -> crate::thread::Throw {
        let cause = match loader {
            DefiningLoader::App if !name.starts_with('[') => {
                self.loader_exception(thread, name).ok().flatten()
            }
            _ => None,
        };
        let throw = throw_new(thread, "java/lang/NoClassDefFoundError", Some(name));
        let (Some(cause), Some(error)) = (cause, thread.pending_exception) else {
            return throw;
        };
        thread.take_exception();
        let init_cause = self
            .find_loaded_class("java/lang/Throwable", DefiningLoader::Bootstrap)
            .and_then(|t| {
                t.declared_method("initCause", "(Ljava/lang/Throwable;)Ljava/lang/Throwable;")
            });
        if let Some(m) = init_cause {
            if let Err(t) = crate::interp::invoke(thread, m, &[error.to_bits(), cause.to_bits()]) {
                return t;
            }
        }
        thread.throw(error)
    }

    /// What the application loader's `loadClass(name)` throws (`None` before it exists).
    fn loader_exception(
        &'static self,
        thread: &mut JavaThread,
        name: &str,
    ) -> JResult<Option<crate::object::Ref>> {
        let Some(app) = crate::mirror::app_loader(thread)? else {
            return Ok(None);
        };
        let class_loader =
            self.load_class(thread, "java/lang/ClassLoader", DefiningLoader::Bootstrap)?;
        let Some(load) =
            class_loader.declared_method("loadClass", "(Ljava/lang/String;)Ljava/lang/Class;")
        else {
            return Ok(None);
        };
        let Some(slot) = load.vtable_index() else {
            return Ok(None);
        };
        let target = app
            .class()
            .vtable
            .get(slot as usize)
            .copied()
            .unwrap_or(load);
        let binary = crate::strings::new_string(thread, &name.replace('/', "."))?;
        match crate::interp::invoke(thread, target, &[app.to_bits(), binary.to_bits()]) {
            Ok(_) => Ok(None),
            Err(_) => Ok(thread.take_exception()),
        }
    }

    /// Like [`Vm::load_class`], but `Ok(None)` when no loader in the delegation chain has the
    /// class (what `Class.forName` reports as `ClassNotFoundException`); linkage errors of a class
    /// that exists still propagate.
    pub fn try_load_class(
        &'static self,
        thread: &mut JavaThread,
        name: &str,
        loader: DefiningLoader,
    ) -> JResult<Option<&'static Class>> {
        if let Some(c) = self.find_loaded_class(name, loader) {
            return Ok(Some(c));
        }
        if let Some(component) = name.strip_prefix('[') {
            return self.load_array_class(thread, component, loader);
        }
        for &l in loader.delegation_chain() {
            if let Some(c) = self.load_from(thread, name, l)? {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }

    /// Looks for the bytes with one loader only; `Ok(None)` if it has none.
    pub fn load_from(
        &'static self,
        thread: &mut JavaThread,
        name: &str,
        loader: DefiningLoader,
    ) -> JResult<Option<&'static Class>> {
        let bytes = match loader {
            DefiningLoader::Bootstrap => match self.boot_path.find_class(name) {
                Some(found) => Some(found.bytes),
                None => self.image_bytes(name, loader),
            },
            DefiningLoader::Platform => self.image_bytes(name, loader),
            DefiningLoader::App => self.app_path.find_class(name).map(|found| found.bytes),
        };
        let Some(bytes) = bytes else { return Ok(None) };
        self.define_class(thread, name, &bytes, loader).map(Some)
    }

    /// A class's bytes from the runtime image, if its module belongs to `loader`.
    fn image_bytes(
        &self,
        name: &str,
        loader: DefiningLoader,
    ) -> Option<std::borrow::Cow<'static, [u8]>> {
        if self.image_loader_of(name)? != loader {
            return None;
        }
        self.image.find_class(name).map(std::borrow::Cow::Borrowed)
    }

    /// Parses and defines a class from its bytes (JVMS 5.3.5).
    pub fn define_class(
        &'static self,
        thread: &mut JavaThread,
        name: &str,
        bytes: &[u8],
        loader: DefiningLoader,
    ) -> JResult<&'static Class> {
        let mut options = ParseOptions::java17_runtime();
        if loader == DefiningLoader::Bootstrap {
            options.checks = rjava_classfile::FormatChecks::Minimal;
        }
        let class_file = parse_class(thread, bytes, options, name)?;
        let module_flagged_inner = class_file.major_version >= 53
            && class_file.attributes.iter().any(|a| match a {
                rjava_classfile::Attribute::InnerClasses(entries) => entries
                    .iter()
                    .any(|e| e.inner_class_access_flags & ACC_MODULE != 0),
                _ => false,
            });
        if class_file.is_module_info() || module_flagged_inner {
            let msg = format!("{name} is not a class because access_flag ACC_MODULE is set");
            return Err(throw_new(
                thread,
                "java/lang/NoClassDefFoundError",
                Some(&msg),
            ));
        }
        let this_name = class_file.this_class_name().to_owned();
        if this_name != name {
            // HotSpot names the requested class first, then the one the file holds.
            let msg = format!("{name} (wrong name: {this_name})");
            return Err(throw_new(
                thread,
                "java/lang/NoClassDefFoundError",
                Some(&msg),
            ));
        }
        let key = (loader, Box::<str>::from(name));
        let me = thread.shared().index;
        let lock = || self.loading.lock().unwrap_or_else(|e| e.into_inner());
        let mut loading = lock();
        loop {
            // Another thread may have defined it meanwhile.
            if let Some(c) = self.find_loaded_class(name, loader) {
                return Ok(c);
            }
            match loading.iter().find(|(k, _)| k == &key).map(|&(_, t)| t) {
                None => break,
                Some(t) if t == me => {
                    drop(loading);
                    return Err(throw_new(
                        thread,
                        "java/lang/ClassCircularityError",
                        Some(name),
                    ));
                }
                Some(_) => {
                    // Another thread is defining it: wait for that (safely), then look again.
                    drop(loading);
                    crate::safepoint::blocking(thread, || {
                        drop(
                            self.loading_done
                                .wait_while(lock(), |l| l.iter().any(|(k, _)| k == &key))
                                .unwrap_or_else(|e| e.into_inner()),
                        );
                    });
                    loading = lock();
                }
            }
        }
        loading.push((key.clone(), me));
        drop(loading);
        let result = crate::verify::verify(thread, &class_file, loader)
            .and_then(|()| self.link_class_file(thread, class_file, loader, None));
        if let Ok(class) = result {
            self.classes
                .lock()
                .expect("class table")
                .insert(key.0, key.1.clone(), class);
        }
        let mut loading = lock();
        loading.retain(|(k, _)| k != &key);
        self.loading_done.notify_all();
        drop(loading);
        let class = result?;
        if self.options.verbose_class {
            let source = match loader {
                DefiningLoader::Bootstrap => {
                    "jrt:/".to_owned() + class.module.as_deref().unwrap_or("")
                }
                DefiningLoader::Platform => {
                    "jrt:/".to_owned() + class.module.as_deref().unwrap_or("")
                }
                DefiningLoader::App => "file".to_owned(),
            };
            // Like HotSpot's logging, a closed stdout does not stop the program.
            let line = format!("[class,load] {} source: {source}\n", class.java_name());
            let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), line.as_bytes());
        }
        Ok(class)
    }

    /// Defines a hidden class (`Lookup.defineHiddenClass`, JVMS 5.3 with JDK 15's hidden
    /// classes): named `N/0x…` after the name `N` its bytes give, not entered in the class table,
    /// and for a nestmate, in `host`'s nest.
    pub fn define_hidden_class(
        &'static self,
        thread: &mut JavaThread,
        bytes: &[u8],
        loader: DefiningLoader,
        nest_host: Option<&'static Class>,
    ) -> JResult<&'static Class> {
        static HIDDEN_COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let class_file = parse_class(thread, bytes, ParseOptions::java17_runtime(), "")?;
        // HotSpot appends the class's address; a counter gives the same shape.
        let n = HIDDEN_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!(
            "{}/0x{:016x}",
            class_file.this_class_name(),
            0x0000_0008_0100_0000u64 + n * 0x400
        );
        crate::verify::verify(thread, &class_file, loader)?;
        let hidden = HiddenSpec { name, nest_host };
        let class = self.link_class_file(thread, class_file, loader, Some(hidden))?;
        if self.options.verbose_class {
            let line = format!(
                "[class,load] {} source: __JVM_LookupDefineClass__\n",
                class.java_name()
            );
            let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), line.as_bytes());
        }
        Ok(class)
    }

    /// Resolves the superclass and superinterfaces, lays out fields and builds the dispatch tables.
    fn link_class_file(
        &'static self,
        thread: &mut JavaThread,
        cf: ClassFile,
        loader: DefiningLoader,
        hidden: Option<HiddenSpec>,
    ) -> JResult<&'static Class> {
        let name = match &hidden {
            Some(h) => h.name.clone(),
            None => cf.this_class_name().to_owned(),
        };
        let external = name.replace('/', ".");
        let super_class = match cf.super_class_name() {
            None => None,
            Some(super_name) => {
                let sup = self.load_class(thread, super_name, loader)?;
                if sup.is_interface() {
                    let msg = format!(
                        "class {external} has interface {} as super class",
                        sup.java_name()
                    );
                    return Err(throw_new(
                        thread,
                        "java/lang/IncompatibleClassChangeError",
                        Some(&msg),
                    ));
                }
                if sup.access_flags & ACC_FINAL != 0 {
                    let msg = format!(
                        "class {external} cannot inherit from final class {}",
                        sup.java_name()
                    );
                    return Err(throw_new(
                        thread,
                        "java/lang/IncompatibleClassChangeError",
                        Some(&msg),
                    ));
                }
                Some(sup)
            }
        };
        let mut interfaces = Vec::with_capacity(cf.interfaces.len());
        for iname in cf.interface_names() {
            let i = self.load_class(thread, iname, loader)?;
            if !i.is_interface() {
                let msg = format!(
                    "class {external} can not implement {}, because it is not an interface ({})",
                    i.java_name(),
                    self.module_description(i)
                );
                return Err(throw_new(
                    thread,
                    "java/lang/IncompatibleClassChangeError",
                    Some(&msg),
                ));
            }
            interfaces.push(i);
        }

        // The class file lives as long as the class: methods and fields borrow their names,
        // descriptors and code from it.
        let cf: &'static ClassFile = Box::leak(Box::new(cf));
        let cp = &cf.constant_pool;
        let (fields, instance_size, reference_offsets, static_count) =
            layout_fields(cf, super_class);
        let methods = self.make_methods(cf, hidden.is_some());
        if methods.iter().any(|m| m.has_subroutines) {
            self.subroutines_loaded
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
        let module = match loader {
            DefiningLoader::Bootstrap | DefiningLoader::Platform => {
                let package = name.rsplit_once('/').map_or("", |(p, _)| p);
                self.image.module_of_package(package).map(Box::from)
            }
            DefiningLoader::App => None,
        };
        let mut class = Class::new(
            &name,
            ClassKind::Instance,
            cf.access_flags,
            loader,
            module,
            super_class,
            interfaces.into(),
            fields,
            methods,
        );
        class.instance_size = crate::injected::inject_fields(&name, instance_size);
        if let Some(h) = &hidden {
            class.hidden = true;
            class.dynamic_nest_host = h.nest_host;
        }
        class.java_reference = crate::gc::java_reference(&name, super_class, &class.fields);
        class.reference_offsets = match (&*name, class.java_reference) {
            // The referent is traced by the reference's strength, never as a strong field.
            ("java/lang/ref/Reference", Some((_, referent))) => reference_offsets
                .iter()
                .copied()
                .filter(|&o| o != referent)
                .collect(),
            _ => reference_offsets,
        };
        class.statics = (0..static_count).map(|_| AtomicU64::new(0)).collect();
        class.static_references = class
            .fields
            .iter()
            .filter(|f| f.is_static() && f.basic_type.is_reference())
            .map(|f| f.offset)
            .collect();
        class.source_file = cf.source_file().map(Box::from);
        class.constant_pool = Some(RuntimeConstantPool::new(cp.len()));
        class.vtable = build_vtable(&class, methods).into();
        class.itable = build_itable(&class).into();
        class.class_file = Some(cf);
        let class: &'static Class = Box::leak(Box::new(class));
        self.register_class(class);
        for m in class.methods {
            m.set_class(class);
        }
        Ok(class)
    }

    fn make_methods(&self, cf: &'static ClassFile, hidden_class: bool) -> &'static [Method] {
        let cp = &cf.constant_pool;
        let mut table = self.methods.lock().expect("method table");
        let first_id = table.len() as u32;
        let methods: Vec<Method> = cf
            .methods
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let code = m.code().map(MethodCode::new);
                let (name, descriptor) = (m.name(cp), m.descriptor(cp));
                let mut method =
                    if crate::natives::is_intrinsic(cf.this_class_name(), name, descriptor) {
                        let flags = m.access_flags | ACC_NATIVE;
                        Method::new(name, descriptor, flags, None, first_id + i as u32)
                    } else {
                        Method::new(name, descriptor, m.access_flags, code, first_id + i as u32)
                    };
                let annotated = |wanted: &[&str]| {
                    m.attributes.iter().any(|a| match a {
                        rjava_classfile::Attribute::RuntimeVisibleAnnotations(list) => list
                            .iter()
                            .any(|an| cp.utf8(an.type_index).is_ok_and(|t| wanted.contains(&t))),
                        _ => false,
                    })
                };
                method.hidden = hidden_class
                    || annotated(&[
                        "Ljdk/internal/vm/annotation/Hidden;",
                        "Ljava/lang/invoke/LambdaForm$Hidden;",
                    ]);
                method.caller_sensitive = annotated(&["Ljdk/internal/reflect/CallerSensitive;"]);
                method.has_subroutines =
                    cf.major_version < 51 && method.code.as_ref().is_some_and(uses_subroutines);
                method
            })
            .collect();
        let methods: &'static [Method] = Box::leak(methods.into_boxed_slice());
        table.extend(methods.iter());
        methods
    }

    /// `X is in unnamed module of loader 'app'` / `X is in module java.base of loader 'bootstrap'`,
    /// the tail HotSpot adds to linkage and cast messages.
    pub fn module_description(&self, class: &Class) -> String {
        format!(
            "{} is in {}",
            class.java_name(),
            self.module_and_loader(class)
        )
    }

    /// `unnamed module of loader 'app'` / `module java.base of loader 'bootstrap'`.
    pub fn module_and_loader(&self, class: &Class) -> String {
        let class = element_class(class);
        let loader = class.loader.quoted_name();
        match &class.module {
            Some(m) => format!("module {m} of loader {loader}"),
            None => format!("unnamed module of loader {loader}"),
        }
    }

    /// The class of `int`, `void`, ... (for `int.class` and array elements).
    pub fn primitive_class(&'static self, t: BasicType) -> &'static Class {
        let mut table = self.primitive_classes.lock().expect("primitive classes");
        table.entry(t.descriptor_char()).or_insert_with(|| {
            let c = Class::new(
                t.java_name(),
                ClassKind::Primitive(t),
                ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT,
                DefiningLoader::Bootstrap,
                Some("java.base".into()),
                None,
                Box::new([]),
                Box::new([]),
                &[],
            );
            c.set_init_state(InitState::Initialized);
            let c: &'static Class = Box::leak(Box::new(c));
            self.register_class(c);
            c
        })
    }

    /// `[` + `component` names an array class; its loader is its element class's.
    fn load_array_class(
        &'static self,
        thread: &mut JavaThread,
        component: &str,
        loader: DefiningLoader,
    ) -> JResult<Option<&'static Class>> {
        let (component_class, element) =
            match BasicType::from_descriptor_char(component.as_bytes()[0]) {
                Some(BasicType::Reference) if component.starts_with('L') => {
                    let inner = component
                        .strip_prefix('L')
                        .and_then(|c| c.strip_suffix(';'));
                    let Some(inner) = inner else {
                        return Ok(None);
                    };
                    (
                        self.load_class(thread, inner, loader)?,
                        BasicType::Reference,
                    )
                }
                Some(BasicType::Reference) => (
                    self.load_class(thread, component, loader)?,
                    BasicType::Reference,
                ),
                Some(t) if t != BasicType::Void && component.len() == 1 => {
                    (self.primitive_class(t), t)
                }
                _ => return Ok(None),
            };
        self.array_class_of(thread, component_class, element)
            .map(Some)
    }

    /// The class of arrays whose elements are `component`.
    pub fn array_class_of(
        &'static self,
        thread: &mut JavaThread,
        component: &'static Class,
        element: BasicType,
    ) -> JResult<&'static Class> {
        if let Some(c) = component.array_class.get() {
            return Ok(c);
        }
        let name = if component.is_primitive() {
            format!("[{}", element.descriptor_char())
        } else if component.is_array() {
            format!("[{}", component.name)
        } else {
            format!("[L{};", component.name)
        };
        if name.bytes().take_while(|&b| b == b'[').count() > 255 {
            return Err(throw_new(
                thread,
                "java/lang/IllegalArgumentException",
                None,
            ));
        }
        let object = self.load_class(thread, "java/lang/Object", DefiningLoader::Bootstrap)?;
        let cloneable =
            self.load_class(thread, "java/lang/Cloneable", DefiningLoader::Bootstrap)?;
        let serializable =
            self.load_class(thread, "java/io/Serializable", DefiningLoader::Bootstrap)?;
        let element_loader = element_class(component).loader;
        let flags = (element_class(component).access_flags
            & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED))
            | ACC_FINAL
            | ACC_ABSTRACT;
        let mut class = Class::new(
            &name,
            ClassKind::Array { component, element },
            flags,
            element_loader,
            element_class(component).module.clone(),
            Some(object),
            vec![cloneable, serializable].into(),
            Box::new([]),
            &[],
        );
        class.vtable = object.vtable.clone();
        class.instance_size = HEADER_SIZE as u32;
        class.set_init_state(InitState::Initialized);
        class.itable = build_itable(&class).into();
        let made: &'static Class = Box::leak(Box::new(class));
        let class = *component.array_class.get_or_init(|| made);
        // Another thread may have made it first: only the class that won is registered.
        if std::ptr::eq(class, made) {
            self.register_class(class);
        }
        Ok(class)
    }
}

/// Whether bytecode has `jsr`/`ret` (which only class files before version 51 may use).
fn uses_subroutines(code: &MethodCode) -> bool {
    rjava_classfile::bytecode::Instructions::new(code.bytecode)
        .any(|i| i.is_ok_and(|i| matches!(i.opcode, 0xa8 | 0xc9 | 0xa9)))
}

/// The innermost element class of an array class (the class itself otherwise).
pub fn element_class(mut class: &Class) -> &Class {
    while let ClassKind::Array { component, .. } = class.kind {
        class = component;
    }
    class
}

/// Instance fields go after the superclass's, largest first so nothing needs padding but the end;
/// statics get consecutive slots.
fn layout_fields(
    cf: &'static ClassFile,
    super_class: Option<&'static Class>,
) -> (Box<[Field]>, u32, Box<[u32]>, usize) {
    let cp = &cf.constant_pool;
    let mut offset = super_class.map_or(HEADER_SIZE as u32, |s| s.instance_size);
    let mut reference_offsets: Vec<u32> = super_class
        .map(|s| s.reference_offsets.to_vec())
        .unwrap_or_default();
    let mut fields: Vec<Field> = cf
        .fields
        .iter()
        .map(|f| {
            let descriptor = f.descriptor(cp);
            Field {
                name: f.name(cp),
                descriptor,
                access_flags: f.access_flags,
                basic_type: BasicType::of_descriptor(descriptor),
                offset: 0,
                constant_value: f.constant_value_index(),
            }
        })
        .collect();
    let mut statics = 0;
    for f in fields.iter_mut().filter(|f| f.is_static()) {
        f.offset = statics;
        statics += 1;
    }
    for size in [8usize, 4, 2, 1] {
        for f in fields
            .iter_mut()
            .filter(|f| !f.is_static() && f.basic_type.size() == size)
        {
            offset = offset.next_multiple_of(size as u32);
            f.offset = offset;
            if f.basic_type.is_reference() {
                reference_offsets.push(offset);
            }
            offset += size as u32;
        }
    }
    let instance_size = offset.next_multiple_of(8);
    (
        fields.into(),
        instance_size,
        reference_offsets.into(),
        statics as usize,
    )
}

/// Parses class bytes; a malformed class is a `ClassFormatError` (or
/// `UnsupportedClassVersionError`) with HotSpot's message about `name`.
fn parse_class(
    thread: &mut JavaThread,
    bytes: &[u8],
    options: ParseOptions,
    name: &str,
) -> JResult<ClassFile> {
    ClassFile::parse_with(bytes, options).map_err(|e| {
        let exception = match e.kind() {
            ErrorKind::ClassFormat => "java/lang/ClassFormatError",
            ErrorKind::UnsupportedClassVersion => "java/lang/UnsupportedClassVersionError",
        };
        throw_new(thread, exception, Some(&e.message(name)))
    })
}

/// What makes a class hidden: its name with the `/0x…` suffix, and a nestmate's host.
struct HiddenSpec {
    name: String,
    nest_host: Option<&'static Class>,
}

/// Whether `m` (declared in `class`) overrides `sup` (JVMS 5.4.5): same name and descriptor, and
/// `sup` is public or protected, or package-private in the same runtime package.
fn overrides(class: &Class, sup: &Method) -> bool {
    if sup.is_private() || sup.is_static() || sup.is_initializer() {
        return false;
    }
    if sup.is_public() || sup.is_protected() {
        return true;
    }
    let sup_class = sup.class();
    sup_class.loader == class.loader && sup_class.package_name() == class.package_name()
}

/// The vtable: the superclass's, with overridden slots replaced and new virtual methods appended;
/// then one slot per interface method the class hierarchy does not implement (default or abstract).
fn build_vtable(class: &Class, methods: &'static [Method]) -> Vec<&'static Method> {
    let mut vtable: Vec<&'static Method> = class
        .super_class
        .map(|s| s.vtable.to_vec())
        .unwrap_or_default();
    if class.is_interface() {
        // Interfaces dispatch through itables; their vtable is Object's, for invokevirtual on Object methods.
        return vtable;
    }
    for m in methods {
        if m.is_static() || m.is_private() || m.is_initializer() || m.name == "<clinit>" {
            continue;
        }
        let mut placed = false;
        for slot in vtable.iter_mut() {
            if slot.name == m.name && slot.descriptor == m.descriptor && overrides(class, slot) {
                *slot = m;
                placed = true;
            }
        }
        if !placed {
            vtable.push(m);
        }
    }
    for &interface in class.all_interfaces.iter() {
        for im in interface.methods {
            if im.is_static() || im.is_private() || im.name == "<clinit>" {
                continue;
            }
            let existing = vtable
                .iter()
                .position(|v| v.name == im.name && v.descriptor == im.descriptor);
            // The class's own methods have no class pointer yet: they are never interface methods here.
            let from_class = |m: &'static Method| {
                methods.iter().any(|own| std::ptr::eq(own, m)) || !m.class().is_interface()
            };
            match existing {
                Some(i) if from_class(vtable[i]) && !vtable[i].is_abstract() => {}
                Some(i) => {
                    // Only a default method improves on an abstract entry: an abstract interface
                    // method must not take the slot of an abstract class method, whose index is
                    // what call sites resolved against.
                    let selected = select_interface_method(class, im.name, im.descriptor);
                    if let Some(selected) = selected.filter(|m| !m.is_abstract()) {
                        vtable[i] = selected;
                    }
                }
                None => vtable
                    .push(select_interface_method(class, im.name, im.descriptor).unwrap_or(im)),
            }
        }
    }
    vtable
}

/// The maximally specific non-abstract superinterface method (JVMS 5.4.3.3), if exactly one.
fn select_interface_method(class: &Class, name: &str, descriptor: &str) -> Option<&'static Method> {
    let candidates: Vec<&'static Method> = class
        .all_interfaces
        .iter()
        .filter_map(|i| i.declared_method(name, descriptor))
        .filter(|m| !m.is_static() && !m.is_private())
        .collect();
    let maximal: Vec<&'static Method> = candidates
        .iter()
        .copied()
        .filter(|m| {
            !candidates.iter().any(|other| {
                !std::ptr::eq(*other, *m)
                    && other
                        .class()
                        .all_interfaces
                        .iter()
                        .any(|i| std::ptr::eq(*i, m.class()))
            })
        })
        .collect();
    let concrete: Vec<_> = maximal
        .iter()
        .copied()
        .filter(|m| !m.is_abstract())
        .collect();
    match concrete.as_slice() {
        [one] => Some(one),
        _ => maximal.first().copied(),
    }
}

/// The itable: for each superinterface, the method each of its methods selects (JVMS 5.4.6),
/// found through the vtable, which already holds the class's implementations and the defaults.
fn build_itable(class: &Class) -> Vec<ItableEntry> {
    class
        .all_interfaces
        .iter()
        .map(|&interface| {
            let methods = interface
                .methods
                .iter()
                .map(|im| {
                    if im.is_static() || im.name == "<clinit>" {
                        None
                    } else if im.is_private() {
                        Some(im)
                    } else {
                        class
                            .vtable
                            .iter()
                            .copied()
                            .find(|v| v.name == im.name && v.descriptor == im.descriptor)
                    }
                })
                .collect();
            ItableEntry { interface, methods }
        })
        .collect()
}
