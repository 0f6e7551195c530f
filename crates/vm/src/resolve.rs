//! Resolution of symbolic references (JVMS 5.4.3), cached in the runtime constant pool, with
//! HotSpot's texts for `NoSuchFieldError`, `NoSuchMethodError`, `IncompatibleClassChangeError`
//! and `IllegalAccessError`.

use crate::class::{Class, Method};
use crate::exceptions::throw_new;
use crate::rcp::{Resolved, ResolvedField};
use crate::thread::{JResult, JavaThread};
use rjava_classfile::access::*;
use rjava_classfile::Constant;

/// How a method reference is used, which decides selection and the checks made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvokeKind {
    Static,
    Special,
    Virtual,
    Interface,
}

fn constant_pool(class: &'static Class) -> &'static rjava_classfile::ConstantPool {
    &class
        .class_file
        .as_ref()
        .expect("instance classes keep their class file")
        .constant_pool
}

/// Resolves a `CONSTANT_Class` entry of `class`'s pool.
#[inline(never)]
pub fn resolve_class(
    thread: &mut JavaThread,
    class: &'static Class,
    index: u16,
) -> JResult<&'static Class> {
    let rcp = class.constant_pool.as_ref().expect("instance class");
    if let Some(Resolved::Class(c)) = rcp.get(index) {
        return Ok(c);
    }
    let cp = constant_pool(class);
    let name = cp.class_name(index).unwrap_or("");
    // A hidden class cannot be found by name: its references to itself resolve to itself.
    if class.hidden && cp.class_name(class.class_file.expect("cf").this_class) == Ok(name) {
        rcp.set(index, Resolved::Class(class));
        return Ok(class);
    }
    let resolved = thread.vm.load_class(thread, name, class.loader)?;
    check_class_access(thread, class, resolved)?;
    rcp.set(index, Resolved::Class(resolved));
    Ok(resolved)
}

/// Whether `class` extends `jdk.internal.reflect.MagicAccessorImpl`: reflection's generated
/// accessors, which HotSpot exempts from access checks.
fn is_magic_accessor(class: &Class) -> bool {
    class
        .supers
        .iter()
        .any(|s| &*s.name == "jdk/internal/reflect/MagicAccessorImpl")
}

/// JVMS 5.4.4: a class is accessible if public, or in the same runtime package.
fn check_class_access(
    thread: &mut JavaThread,
    from: &'static Class,
    to: &'static Class,
) -> JResult<()> {
    let element = crate::loader::element_class(to);
    if element.is_primitive()
        || element.access_flags & ACC_PUBLIC != 0
        || is_magic_accessor(from)
        || (element.loader == from.loader && element.package_name() == from.package_name())
    {
        return Ok(());
    }
    let msg = format!(
        "failed to access class {} from class {} ({}; {})",
        element.java_name(),
        from.java_name(),
        thread.vm.module_description(element),
        thread.vm.module_description(from)
    );
    Err(throw_new(
        thread,
        "java/lang/IllegalAccessError",
        Some(&msg),
    ))
}

/// Field lookup (JVMS 5.4.3.2): the class, its superinterfaces, then its superclasses.
pub(crate) fn find_field(
    class: &'static Class,
    name: &str,
    descriptor: &str,
) -> Option<(&'static Class, u16)> {
    if let Some(i) = class
        .fields
        .iter()
        .position(|f| f.name == name && f.descriptor == descriptor)
    {
        return Some((class, i as u16));
    }
    for &i in class.interfaces.iter() {
        if let Some(found) = find_field(i, name, descriptor) {
            return Some(found);
        }
    }
    class
        .super_class
        .and_then(|s| find_field(s, name, descriptor))
}

/// Resolves a `CONSTANT_Fieldref` for a get/put of the given staticness.
#[inline(never)]
pub fn resolve_field(
    thread: &mut JavaThread,
    class: &'static Class,
    index: u16,
    want_static: bool,
) -> JResult<ResolvedField> {
    let rcp = class.constant_pool.as_ref().expect("instance class");
    if let Some(Resolved::Field(f)) = rcp.get(index) {
        return Ok(f);
    }
    let cp = constant_pool(class);
    let Ok(member) = cp.member_ref(index) else {
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            None,
        ));
    };
    let Constant::Fieldref { class_index, .. } = *cp.get(index).unwrap_or(&Constant::Unusable)
    else {
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            None,
        ));
    };
    let owner = resolve_class(thread, class, class_index)?;
    let Some((declaring, field_index)) = find_field(owner, member.name, member.descriptor) else {
        let msg = format!(
            "Class {} does not have member field '{} {}'",
            owner.java_name(),
            descriptor_java(member.descriptor),
            member.name
        );
        return Err(throw_new(thread, "java/lang/NoSuchFieldError", Some(&msg)));
    };
    let field = &declaring.fields[field_index as usize];
    if field.is_static() != want_static {
        let msg = format!(
            "Expected {} field {}.{}",
            if want_static { "static" } else { "non-static" },
            declaring.java_name(),
            field.name
        );
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            Some(&msg),
        ));
    }
    check_member_access(
        thread,
        class,
        declaring,
        field.access_flags,
        field.name,
        None,
    )?;
    let resolved = ResolvedField {
        class: declaring,
        offset: field.offset,
        basic_type: field.basic_type,
        is_static: field.is_static(),
        is_volatile: field.is_volatile(),
        index: field_index,
    };
    rcp.set(index, Resolved::Field(resolved));
    Ok(resolved)
}

/// `Ljava/lang/String;` → `java.lang.String`, `I` → `int`, as NoSuchFieldError prints types.
fn descriptor_java(descriptor: &str) -> String {
    rjava_classfile::descriptor::parse_field_descriptor(descriptor)
        .map_or_else(|| descriptor.to_owned(), |t| t.java_name())
}

/// JVMS 5.4.4 member access, with nestmates (JVMS 5.4.4 as of Java 11).
pub(crate) fn check_member_access(
    thread: &mut JavaThread,
    from: &'static Class,
    declaring: &'static Class,
    flags: u16,
    name: &str,
    descriptor: Option<&str>,
) -> JResult<()> {
    let same_package =
        declaring.loader == from.loader && declaring.package_name() == from.package_name();
    let ok = if flags & ACC_PUBLIC != 0 || is_magic_accessor(from) {
        true
    } else if flags & ACC_PRIVATE != 0 {
        std::ptr::eq(from, declaring) || from.nest_host_name() == declaring.nest_host_name()
    } else if flags & ACC_PROTECTED != 0 {
        same_package || from.is_subclass_of(declaring)
    } else {
        same_package
    };
    if ok {
        return Ok(());
    }
    let modifiers = format!(
        "{}{}{}",
        if flags & ACC_ABSTRACT != 0 {
            "abstract "
        } else {
            ""
        },
        if flags & ACC_PROTECTED != 0 {
            "protected "
        } else {
            ""
        },
        if flags & ACC_PRIVATE != 0 {
            "private "
        } else {
            ""
        },
    );
    let what = match descriptor {
        Some(d) => format!("method '{}'", method_description(declaring, name, d, false)),
        None => format!("field {}.{}", declaring.java_name(), name),
    };
    let vm = thread.vm;
    let same_module = from.loader == declaring.loader && from.module == declaring.module;
    let modules = if same_module {
        format!(
            "{} and {} are in {}",
            from.java_name(),
            declaring.java_name(),
            vm.module_and_loader(from)
        )
    } else {
        format!(
            "{}; {}",
            vm.module_description(from),
            vm.module_description(declaring)
        )
    };
    let msg = format!(
        "class {} tried to access {modifiers}{what} ({modules})",
        from.java_name()
    );
    Err(throw_new(
        thread,
        "java/lang/IllegalAccessError",
        Some(&msg),
    ))
}

/// Method lookup in a class and its superclasses (JVMS 5.4.3.3 step 2).
fn find_in_superclasses(
    class: &'static Class,
    name: &str,
    descriptor: &str,
) -> Option<&'static Method> {
    let mut c = Some(class);
    while let Some(k) = c {
        if let Some(m) = k.declared_method(name, descriptor) {
            return Some(m);
        }
        c = k.super_class;
    }
    None
}

/// Maximally specific superinterface method lookup (JVMS 5.4.3.3 step 3), any method of that name.
fn find_in_superinterfaces(
    class: &'static Class,
    name: &str,
    descriptor: &str,
) -> Option<&'static Method> {
    let candidates: Vec<&'static Method> = class
        .all_interfaces
        .iter()
        .filter_map(|i| i.declared_method(name, descriptor))
        .filter(|m| !m.is_static() && !m.is_private())
        .collect();
    candidates
        .iter()
        .copied()
        .find(|m| !m.is_abstract())
        .or_else(|| candidates.first().copied())
}

/// Resolves a Methodref or InterfaceMethodref of `class`'s pool for one kind of invoke, and
/// decides how it will be dispatched.
#[inline(never)]
pub fn resolve_method(
    thread: &mut JavaThread,
    class: &'static Class,
    index: u16,
    kind: InvokeKind,
) -> JResult<Resolved> {
    let rcp = class.constant_pool.as_ref().expect("instance class");
    if let Some(
        r @ (Resolved::Method(_)
        | Resolved::Virtual(..)
        | Resolved::Interface(..)
        | Resolved::Intrinsic(..)
        | Resolved::Linked(_)),
    ) = rcp.get(index)
    {
        return Ok(r);
    }
    let cp = constant_pool(class);
    let (class_index, is_interface_ref) = match cp.get(index) {
        Ok(Constant::Methodref { class_index, .. }) => (*class_index, false),
        Ok(Constant::InterfaceMethodref { class_index, .. }) => (*class_index, true),
        _ => {
            return Err(throw_new(
                thread,
                "java/lang/IncompatibleClassChangeError",
                None,
            ))
        }
    };
    let member = cp.member_ref(index).expect("checked above");
    let owner = resolve_class(thread, class, class_index)?;
    if owner.is_interface() != is_interface_ref {
        let msg = if is_interface_ref {
            format!(
                "Found class {}, but interface was expected",
                owner.java_name()
            )
        } else {
            format!(
                "Found interface {}, but class was expected",
                owner.java_name()
            )
        };
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            Some(&msg),
        ));
    }
    if let Some(poly) = crate::method_handles::signature_polymorphic(owner, member.name) {
        // Linking holds references in Rust across its upcalls and class initializations.
        let resolved = thread.without_collections(|thread| {
            crate::method_handles::link_polymorphic(thread, class, poly, member.descriptor)
        })?;
        rcp.set(index, resolved);
        return Ok(resolved);
    }
    let method = find_method(
        thread,
        owner,
        is_interface_ref,
        member.name,
        member.descriptor,
        kind,
        true,
    )?;
    let object = thread.vm.load_class(
        thread,
        "java/lang/Object",
        crate::class::DefiningLoader::Bootstrap,
    )?;
    check_member_access(
        thread,
        class,
        method.class(),
        method.access_flags,
        method.name,
        Some(method.descriptor),
    )?;
    let resolved = match kind {
        InvokeKind::Static | InvokeKind::Special => Resolved::Method(method),
        _ if method.is_private()
            || (method.access_flags & ACC_FINAL != 0 && !method.class().is_interface()) =>
        {
            Resolved::Method(method)
        }
        InvokeKind::Virtual => match method.vtable_index() {
            Some(i) if !method.class().is_interface() => Resolved::Virtual(method, i),
            _ => match method.class().is_interface() {
                true => interface_slot(method),
                false => Resolved::Method(method),
            },
        },
        InvokeKind::Interface => {
            if std::ptr::eq(method.class(), object) {
                match method.vtable_index() {
                    Some(i) => Resolved::Virtual(method, i),
                    None => Resolved::Method(method),
                }
            } else {
                interface_slot(method)
            }
        }
    };
    rcp.set(index, resolved);
    Ok(resolved)
}

/// Method resolution (JVMS 5.4.3.3 and 5.4.3.4) in `owner` for one kind of invoke, with
/// HotSpot's `NoSuchMethodError` and `IncompatibleClassChangeError` texts; no access check.
pub(crate) fn find_method(
    thread: &mut JavaThread,
    owner: &'static Class,
    is_interface_ref: bool,
    name: &str,
    descriptor: &str,
    kind: InvokeKind,
    static_in_message: bool,
) -> JResult<&'static Method> {
    let object = thread.vm.load_class(
        thread,
        "java/lang/Object",
        crate::class::DefiningLoader::Bootstrap,
    )?;
    let method = if is_interface_ref && name.starts_with('<') {
        // Interfaces have no instance initializers to resolve (Object's does not count).
        None
    } else if is_interface_ref {
        owner
            .declared_method(name, descriptor)
            .or_else(|| {
                object
                    .declared_method(name, descriptor)
                    .filter(|m| m.is_public() && !m.is_static())
            })
            .or_else(|| find_in_superinterfaces(owner, name, descriptor))
    } else {
        find_in_superclasses(owner, name, descriptor)
            .or_else(|| find_in_superinterfaces(owner, name, descriptor))
    };
    let Some(method) = method else {
        let msg = format!(
            "'{}'",
            method_description(
                owner,
                name,
                descriptor,
                kind == InvokeKind::Static && static_in_message
            )
        );
        return Err(throw_new(thread, "java/lang/NoSuchMethodError", Some(&msg)));
    };
    if (kind == InvokeKind::Static) != method.is_static() {
        let msg = format!(
            "Expecting {} method '{}'",
            if kind == InvokeKind::Static {
                "a static"
            } else {
                "a non-static"
            },
            method_description(
                method.class(),
                method.name,
                method.descriptor,
                method.is_static()
            )
        );
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            Some(&msg),
        ));
    }
    Ok(method)
}

fn interface_slot(method: &'static Method) -> Resolved {
    let i = method
        .class()
        .methods
        .iter()
        .position(|m| std::ptr::eq(m, method))
        .unwrap_or(0);
    Resolved::Interface(method, i as u32)
}

/// `void Foo.bar(int, java.lang.String)` / `static void Foo.bar()`, as HotSpot names methods in
/// NoSuchMethodError and similar messages.
pub fn method_description(class: &Class, name: &str, descriptor: &str, is_static: bool) -> String {
    let parsed = rjava_classfile::descriptor::parse_method_descriptor(descriptor);
    let (params, ret) = match parsed {
        Some(d) => (
            d.parameters
                .iter()
                .map(|p| p.java_name())
                .collect::<Vec<_>>()
                .join(", "),
            d.return_type
                .map_or_else(|| "void".to_owned(), |t| t.java_name()),
        ),
        None => (String::new(), "void".to_owned()),
    };
    format!(
        "{}{ret} {}.{name}({params})",
        if is_static { "static " } else { "" },
        class.java_name()
    )
}

/// Selects the method an invokeinterface runs for a receiver (JVMS 5.4.6), via the itable.
#[inline]
pub fn select_interface(
    receiver: &'static Class,
    interface_method: &'static Method,
    index: u32,
) -> Option<&'static Method> {
    let interface = interface_method.class();
    receiver
        .itable
        .iter()
        .find(|e| std::ptr::eq(e.interface, interface))
        .and_then(|e| e.methods.get(index as usize).copied().flatten())
}

/// The `AbstractMethodError` of a call that selected no implementation of `m` for `receiver`.
pub(crate) fn abstract_method_error(
    thread: &mut JavaThread,
    receiver: Option<&Class>,
    m: &Method,
) -> crate::thread::Throw {
    let msg = format!(
        "Receiver class {} does not define or inherit an implementation of the resolved method '{}' of {} {}.",
        receiver.map_or_else(String::new, |r| r.java_name()),
        method_description_short(m),
        if m.class().is_interface() { "interface" } else { "abstract class" },
        m.class().java_name()
    );
    throw_new(thread, "java/lang/AbstractMethodError", Some(&msg))
}

/// `abstract void run()` — a method without its class, as AbstractMethodError texts name it.
pub fn method_description_short(m: &Method) -> String {
    let full = method_description(m.class(), m.name, m.descriptor, m.is_static());
    let class_prefix = format!("{}.", m.class().java_name());
    let without_class = full.replacen(&class_prefix, "", 1);
    if m.is_abstract() {
        format!("abstract {without_class}")
    } else {
        without_class
    }
}
