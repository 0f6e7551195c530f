//! Reflection: `Class.getDeclared{Fields,Methods,Constructors}0`, `getInterfaces0`, and calling
//! through `Method.invoke` / `Constructor.newInstance` (unboxing arguments, boxing results).
//! (Annotation bytes are not handed to reflection yet: the parser keeps annotations parsed.)

use super::Registry;
use crate::alloc::{new_array, new_object};
use crate::class::{Class, DefiningLoader, Method};
use crate::exceptions::throw_new;
use crate::interp::invoke;
use crate::mirror::{class_of_mirror, mirror};
use crate::object::Ref;
use crate::strings::new_string;
use crate::thread::{JResult, JavaThread};
use crate::types::BasicType;
use rjava_classfile::access::*;

pub(crate) fn register(r: &mut Registry) {
    let c = "java/lang/Class";
    r.add(
        c,
        "getDeclaredMethods0",
        "(Z)[Ljava/lang/reflect/Method;",
        declared_methods,
    );
    r.add(
        c,
        "getDeclaredFields0",
        "(Z)[Ljava/lang/reflect/Field;",
        declared_fields,
    );
    r.add(
        c,
        "getDeclaredConstructors0",
        "(Z)[Ljava/lang/reflect/Constructor;",
        declared_constructors,
    );
    r.add(c, "getInterfaces0", "()[Ljava/lang/Class;", interfaces);
    r.add_gc_safe(
        "jdk/internal/reflect/NativeMethodAccessorImpl",
        "invoke0",
        "(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;",
        method_invoke,
    );
    r.add_gc_safe(
        "jdk/internal/reflect/NativeConstructorAccessorImpl",
        "newInstance0",
        "(Ljava/lang/reflect/Constructor;[Ljava/lang/Object;)Ljava/lang/Object;",
        constructor_new_instance,
    );
}

fn this_class(a: &[u64]) -> &'static Class {
    Ref::from_bits(a[0])
        .and_then(class_of_mirror)
        .expect("a Class receiver")
}

fn boot_class(thread: &mut JavaThread, name: &str) -> JResult<&'static Class> {
    let vm = thread.vm;
    let c = vm.load_class(thread, name, DefiningLoader::Bootstrap)?;
    crate::init::initialize(thread, c)?;
    Ok(c)
}

/// The mirror of a field type named by a descriptor, loaded by `loader`.
pub(crate) fn type_mirror(
    thread: &mut JavaThread,
    descriptor: &str,
    loader: DefiningLoader,
) -> JResult<Ref> {
    let vm = thread.vm;
    let class = match BasicType::from_descriptor_char(descriptor.as_bytes()[0]) {
        Some(BasicType::Reference) if descriptor.starts_with('L') => {
            vm.load_class(thread, &descriptor[1..descriptor.len() - 1], loader)?
        }
        Some(BasicType::Reference) => vm.load_class(thread, descriptor, loader)?,
        Some(t) => vm.primitive_class(t),
        None => vm.primitive_class(BasicType::Void),
    };
    mirror(thread, class)
}

pub(crate) fn class_array(thread: &mut JavaThread, mirrors: &[Ref]) -> JResult<Ref> {
    let vm = thread.vm;
    let array_class = vm.load_class(thread, "[Ljava/lang/Class;", DefiningLoader::Bootstrap)?;
    let array = new_array(thread, array_class, mirrors.len() as i32)?;
    for (i, m) in mirrors.iter().enumerate() {
        array.set::<u64>(Ref::element_offset(i, 8), m.to_bits());
    }
    Ok(array)
}

fn object_array(thread: &mut JavaThread, element: &str, items: &[Ref]) -> JResult<u64> {
    let vm = thread.vm;
    let array_class = vm.load_class(thread, &format!("[L{element};"), DefiningLoader::Bootstrap)?;
    let array = new_array(thread, array_class, items.len() as i32)?;
    for (i, m) in items.iter().enumerate() {
        array.set::<u64>(Ref::element_offset(i, 8), m.to_bits());
    }
    Ok(array.to_bits())
}

/// The generic `Signature` attribute of a member, if any.
fn generic_signature(class: &Class, attributes: &[rjava_classfile::Attribute]) -> Option<String> {
    let cp = &class.class_file.as_ref()?.constant_pool;
    attributes.iter().find_map(|a| match a {
        rjava_classfile::Attribute::Signature { signature_index } => {
            cp.utf8(*signature_index).ok().map(str::to_owned)
        }
        _ => None,
    })
}

fn declared_exceptions(
    thread: &mut JavaThread,
    class: &'static Class,
    index: usize,
) -> JResult<Ref> {
    let names: Vec<String> = class
        .class_file
        .as_ref()
        .and_then(|cf| {
            let m = cf.methods.get(index)?;
            m.attributes.iter().find_map(|a| match a {
                rjava_classfile::Attribute::Exceptions(list) => Some(
                    list.iter()
                        .filter_map(|&i| cf.constant_pool.class_name(i).ok().map(str::to_owned))
                        .collect(),
                ),
                _ => None,
            })
        })
        .unwrap_or_default();
    let mut mirrors = Vec::with_capacity(names.len());
    for n in names {
        let vm = thread.vm;
        let c = vm.load_class(thread, &n, class.loader)?;
        mirrors.push(mirror(thread, c)?);
    }
    class_array(thread, &mirrors)
}

fn string_or_null(thread: &mut JavaThread, s: Option<String>) -> JResult<u64> {
    match s {
        Some(s) => Ok(new_string(thread, &s)?.to_bits()),
        None => Ok(0),
    }
}

/// What `Method` and `Constructor` objects share: parameter types, declared exceptions, the
/// declaring class's mirror and the generic signature (or null).
struct Executable {
    params: Ref,
    exceptions: Ref,
    holder: Ref,
    signature: u64,
}

fn executable_parts(
    thread: &mut JavaThread,
    class: &'static Class,
    slot: usize,
) -> JResult<Executable> {
    let method = &class.methods[slot];
    let (params, _) = crate::types::split_method_descriptor(method.descriptor);
    let mut mirrors = Vec::with_capacity(params.len());
    for p in params {
        mirrors.push(type_mirror(thread, p, class.loader)?);
    }
    let params = class_array(thread, &mirrors)?;
    let exceptions = declared_exceptions(thread, class, slot)?;
    let holder = mirror(thread, class)?;
    let attributes = class
        .class_file
        .as_ref()
        .map_or(&[][..], |cf| cf.methods[slot].attributes.as_slice());
    let signature = generic_signature(class, attributes);
    let signature = string_or_null(thread, signature)?;
    Ok(Executable {
        params,
        exceptions,
        holder,
        signature,
    })
}

/// The `java.lang.reflect.Method` constructor the VM calls.
fn method_constructor(thread: &mut JavaThread) -> JResult<(&'static Class, &'static Method)> {
    let method_class = boot_class(thread, "java/lang/reflect/Method")?;
    let ctor = method_class
        .declared_method(
            "<init>",
            "(Ljava/lang/Class;Ljava/lang/String;[Ljava/lang/Class;Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B[B)V",
        )
        .expect("Method constructor");
    Ok((method_class, ctor))
}

/// A `java.lang.reflect.Method` for `class.methods[slot]`.
fn method_object(thread: &mut JavaThread, class: &'static Class, slot: usize) -> JResult<Ref> {
    let (method_class, ctor) = method_constructor(thread)?;
    let m = &class.methods[slot];
    let ret = crate::types::split_method_descriptor(m.descriptor).1;
    let ret = type_mirror(thread, ret, class.loader)?;
    // Member names are interned, as HotSpot makes them from symbols (the library compares some
    // with `==`).
    let name = crate::strings::intern_str(thread, m.name)?;
    let Executable {
        params,
        exceptions,
        holder,
        signature,
    } = executable_parts(thread, class, slot)?;
    let object = new_object(thread, method_class)?;
    let modifiers = m.access_flags as u64;
    invoke(
        thread,
        ctor,
        &[
            object.to_bits(),
            holder.to_bits(),
            name.to_bits(),
            params.to_bits(),
            ret.to_bits(),
            exceptions.to_bits(),
            modifiers,
            slot as u64,
            signature,
            0,
            0,
            0,
        ],
    )?;
    Ok(object)
}

fn declared_methods(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let class = this_class(a);
    let public_only = a[1] != 0;
    let mut out = Vec::new();
    for (slot, m) in class.methods.iter().enumerate() {
        if m.name.starts_with('<') || (public_only && !m.is_public()) {
            continue;
        }
        out.push(method_object(thread, class, slot)?);
    }
    object_array(thread, "java/lang/reflect/Method", &out)
}

/// `Class.getRecordComponents0`: a `RecordComponent` per entry of the Record attribute, with
/// its accessor method; null for a class that is not a record.
fn record_components(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let class = this_class(a);
    let Some(cf) = class.class_file else {
        return Ok(0);
    };
    let Some(components) = cf.attributes.iter().find_map(|at| match at {
        rjava_classfile::Attribute::Record(list) => Some(list),
        _ => None,
    }) else {
        return Ok(0);
    };
    let rc_class = boot_class(thread, "java/lang/reflect/RecordComponent")?;
    let offset = |name: &str, d: &str| {
        rc_class
            .instance_field_offset(name, d)
            .expect("RecordComponent field")
    };
    let clazz_at = offset("clazz", "Ljava/lang/Class;");
    let name_at = offset("name", "Ljava/lang/String;");
    let type_at = offset("type", "Ljava/lang/Class;");
    let accessor_at = offset("accessor", "Ljava/lang/reflect/Method;");
    let signature_at = offset("signature", "Ljava/lang/String;");
    let cp = &cf.constant_pool;
    let mut out = Vec::new();
    for c in components {
        let name = cp.utf8(c.name_index).unwrap_or("");
        let descriptor = cp.utf8(c.descriptor_index).unwrap_or("");
        let name_string = crate::strings::intern_str(thread, name)?;
        let ty = type_mirror(thread, descriptor, class.loader)?;
        let accessor_descriptor = format!("(){descriptor}");
        let accessor = match class
            .methods
            .iter()
            .position(|m| m.name == name && m.descriptor == accessor_descriptor)
        {
            Some(slot) => Some(method_object(thread, class, slot)?),
            None => None,
        };
        let signature = string_or_null(thread, generic_signature(class, &c.attributes))?;
        let holder = mirror(thread, class)?;
        let object = new_object(thread, rc_class)?;
        object.set_ref(clazz_at, Some(holder));
        object.set_ref(name_at, Some(name_string));
        object.set_ref(type_at, Some(ty));
        object.set_ref(accessor_at, accessor);
        object.set::<u64>(signature_at, signature);
        out.push(object);
    }
    object_array(thread, "java/lang/reflect/RecordComponent", &out)
}

fn declared_constructors(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let class = this_class(a);
    let public_only = a[1] != 0;
    let ctor_class = boot_class(thread, "java/lang/reflect/Constructor")?;
    let ctor = ctor_class
        .declared_method(
            "<init>",
            "(Ljava/lang/Class;[Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B)V",
        )
        .expect("Constructor constructor");
    let mut out = Vec::new();
    for (slot, m) in class.methods.iter().enumerate() {
        if m.name != "<init>" || (public_only && !m.is_public()) {
            continue;
        }
        let Executable {
            params,
            exceptions,
            holder,
            signature,
        } = executable_parts(thread, class, slot)?;
        let object = new_object(thread, ctor_class)?;
        invoke(
            thread,
            ctor,
            &[
                object.to_bits(),
                holder.to_bits(),
                params.to_bits(),
                exceptions.to_bits(),
                m.access_flags as u64,
                slot as u64,
                signature,
                0,
                0,
            ],
        )?;
        out.push(object);
    }
    object_array(thread, "java/lang/reflect/Constructor", &out)
}

fn declared_fields(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let class = this_class(a);
    let public_only = a[1] != 0;
    let field_class = boot_class(thread, "java/lang/reflect/Field")?;
    let ctor = field_class
        .declared_method(
            "<init>",
            "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;IZILjava/lang/String;[B)V",
        )
        .expect("Field constructor");
    let mut out = Vec::new();
    for (slot, f) in class.fields.iter().enumerate() {
        if public_only && f.access_flags & ACC_PUBLIC == 0 {
            continue;
        }
        let holder = mirror(thread, class)?;
        // Member names are interned, as HotSpot makes them from symbols (the library
        // compares some with `==`).
        let name = crate::strings::intern_str(thread, f.name)?;
        let ty = type_mirror(thread, f.descriptor, class.loader)?;
        // Static finals, and finals of records and hidden classes, cannot be changed reflectively.
        let trusted_final = f.access_flags & ACC_FINAL != 0 && f.is_static();
        let signature = generic_signature(
            class,
            &class.class_file.as_ref().expect("cf").fields[slot].attributes,
        );
        let signature = string_or_null(thread, signature)?;
        let object = new_object(thread, field_class)?;
        invoke(
            thread,
            ctor,
            &[
                object.to_bits(),
                holder.to_bits(),
                name.to_bits(),
                ty.to_bits(),
                f.access_flags as u64,
                trusted_final as u64,
                slot as u64,
                signature,
                0,
            ],
        )?;
        out.push(object);
    }
    object_array(thread, "java/lang/reflect/Field", &out)
}

fn interfaces(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let class = this_class(a);
    let mut mirrors = Vec::with_capacity(class.interfaces.len());
    for &i in class.interfaces.iter() {
        mirrors.push(mirror(thread, i)?);
    }
    Ok(class_array(thread, &mirrors)?.to_bits())
}

/// The runtime method behind a reflective `Method`/`Constructor` (`clazz` and `slot` fields).
pub(crate) fn reflected_method(object: Ref) -> Option<&'static Method> {
    let c = object.class();
    let clazz = c.fields.iter().find(|f| f.name == "clazz")?;
    let slot = c.fields.iter().find(|f| f.name == "slot")?;
    let class = object
        .get_ref(clazz.offset as usize)
        .and_then(class_of_mirror)?;
    class
        .methods
        .get(object.get::<i32>(slot.offset as usize) as usize)
}

/// Unboxes reflective arguments into slots, per the parameter types.
fn unbox_arguments(
    thread: &mut JavaThread,
    method: &'static Method,
    args: u64,
    out: &mut Vec<u64>,
) -> JResult<()> {
    let given = Ref::from_bits(args).map_or(0, |a| a.array_length() as usize);
    if given != method.signature.parameters.len() {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("wrong number of arguments"),
        ));
    }
    for (i, t) in method.signature.parameters.iter().enumerate() {
        let value = Ref::from_bits(args).map_or(0, |a| a.get::<u64>(Ref::element_offset(i, 8)));
        if *t == BasicType::Reference {
            out.push(value);
            continue;
        }
        let Some(boxed) = Ref::from_bits(value) else {
            return Err(throw_new(
                thread,
                "java/lang/IllegalArgumentException",
                None,
            ));
        };
        let field = boxed
            .class()
            .fields
            .iter()
            .find(|f| f.name == "value" && !f.is_static());
        let Some(field) = field else {
            return Err(throw_new(
                thread,
                "java/lang/IllegalArgumentException",
                Some("argument type mismatch"),
            ));
        };
        let o = field.offset as usize;
        let raw = match field.basic_type {
            BasicType::Int => boxed.get::<i32>(o) as u32 as u64,
            BasicType::Long => boxed.get::<i64>(o) as u64,
            BasicType::Float => boxed.get::<f32>(o).to_bits() as u64,
            BasicType::Double => boxed.get::<f64>(o).to_bits(),
            BasicType::Boolean | BasicType::Byte => boxed.get::<i8>(o) as i32 as u32 as u64,
            BasicType::Char => boxed.get::<u16>(o) as u64,
            BasicType::Short => boxed.get::<i16>(o) as i32 as u32 as u64,
            _ => 0,
        };
        out.push(raw);
        if t.slots() == 2 {
            out.push(0);
        }
    }
    Ok(())
}

/// Boxes a primitive (`Integer.valueOf` and friends), as reflection returns it.
pub(crate) fn box_value(thread: &mut JavaThread, t: BasicType, value: u64) -> JResult<u64> {
    box_result(thread, t, value)
}

/// The primitive type and slot value inside a wrapper object (`Integer` → `(Int, value)`).
pub(crate) fn unbox_value(boxed: Ref) -> Option<(BasicType, u64)> {
    let field = boxed
        .class()
        .fields
        .iter()
        .find(|f| f.name == "value" && !f.is_static())?;
    if !boxed.class().name.starts_with("java/lang/") || field.basic_type == BasicType::Reference {
        return None;
    }
    let o = field.offset as usize;
    Some((
        field.basic_type,
        match field.basic_type {
            BasicType::Int => boxed.get::<i32>(o) as u32 as u64,
            BasicType::Long => boxed.get::<i64>(o) as u64,
            BasicType::Float => boxed.get::<f32>(o).to_bits() as u64,
            BasicType::Double => boxed.get::<f64>(o).to_bits(),
            BasicType::Boolean | BasicType::Byte => boxed.get::<i8>(o) as i32 as u32 as u64,
            BasicType::Char => boxed.get::<u16>(o) as u64,
            BasicType::Short => boxed.get::<i16>(o) as i32 as u32 as u64,
            _ => return None,
        },
    ))
}

/// Boxes a primitive result (`Integer.valueOf` and friends), as reflection returns it.
fn box_result(thread: &mut JavaThread, t: BasicType, value: u64) -> JResult<u64> {
    let (class, descriptor) = match t {
        BasicType::Void => return Ok(0),
        BasicType::Reference => return Ok(value),
        BasicType::Int => ("java/lang/Integer", "(I)Ljava/lang/Integer;"),
        BasicType::Long => ("java/lang/Long", "(J)Ljava/lang/Long;"),
        BasicType::Float => ("java/lang/Float", "(F)Ljava/lang/Float;"),
        BasicType::Double => ("java/lang/Double", "(D)Ljava/lang/Double;"),
        BasicType::Boolean => ("java/lang/Boolean", "(Z)Ljava/lang/Boolean;"),
        BasicType::Byte => ("java/lang/Byte", "(B)Ljava/lang/Byte;"),
        BasicType::Char => ("java/lang/Character", "(C)Ljava/lang/Character;"),
        BasicType::Short => ("java/lang/Short", "(S)Ljava/lang/Short;"),
    };
    let c = boot_class(thread, class)?;
    let value_of = c.declared_method("valueOf", descriptor).expect("valueOf");
    invoke(thread, value_of, &[value, 0])
}

/// Wraps what the invoked method threw in `InvocationTargetException`.
fn wrap_target_exception(thread: &mut JavaThread) -> crate::thread::Throw {
    let Some(cause) = thread.take_exception() else {
        return crate::thread::Throw;
    };
    let result = (|| -> JResult<Ref> {
        let c = boot_class(thread, "java/lang/reflect/InvocationTargetException")?;
        let e = new_object(thread, c)?;
        let ctor = c
            .declared_method("<init>", "(Ljava/lang/Throwable;)V")
            .expect("ITE(Throwable)");
        invoke(thread, ctor, &[e.to_bits(), cause.to_bits()])?;
        Ok(e)
    })();
    match result {
        Ok(e) => thread.throw(e),
        Err(t) => t,
    }
}

// `Method.invoke0` and `Constructor.newInstance0` may run any amount of Java code (frameworks
// call whole programs this way), so they are gc-safe natives: they read their arguments from
// their frame after anything that may collect, and keep the new object in a handle.

fn method_invoke(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(method) = Ref::from_bits(a[0]).and_then(reflected_method) else {
        return Err(throw_new(thread, "java/lang/InternalError", None));
    };
    if method.is_static() {
        crate::init::initialize(thread, method.class())?;
    }
    // Initialization may have moved the receiver and the arguments.
    let (receiver, arguments) = (thread.native_arg(1), thread.native_arg(2));
    let mut slots = Vec::new();
    let mut target = method;
    if !method.is_static() {
        let Some(receiver) = Ref::from_bits(receiver) else {
            return Err(throw_new(thread, "java/lang/NullPointerException", None));
        };
        if !crate::interp::is_assignable(receiver.class(), method.class()) {
            return Err(throw_new(
                thread,
                "java/lang/IllegalArgumentException",
                Some("object is not an instance of declaring class"),
            ));
        }
        if !method.is_private() {
            target = receiver
                .class()
                .vtable
                .iter()
                .copied()
                .find(|m| m.name == method.name && m.descriptor == method.descriptor)
                .unwrap_or(method);
        }
        slots.push(receiver.to_bits());
    }
    unbox_arguments(thread, method, arguments, &mut slots)?;
    let result = crate::interp::invoke_gc_safe(thread, target, &slots)
        .map_err(|_| wrap_target_exception(thread))?;
    box_result(thread, method.signature.return_type, result)
}

fn constructor_new_instance(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(ctor) = Ref::from_bits(a[0]).and_then(reflected_method) else {
        return Err(throw_new(thread, "java/lang/InternalError", None));
    };
    let class = ctor.class();
    if class.is_abstract() {
        return Err(throw_new(thread, "java/lang/InstantiationException", None));
    }
    crate::init::initialize(thread, class)?;
    let object = new_object(thread, class)?;
    let mut slots = vec![object.to_bits()];
    unbox_arguments(thread, ctor, thread.native_arg(1), &mut slots)?;
    let mark = thread.handles.len();
    let handle = thread.handle(object);
    let result = crate::interp::invoke_gc_safe(thread, ctor, &slots);
    let object = thread.get(handle);
    thread.release_handles(mark);
    result.map_err(|_| wrap_target_exception(thread))?;
    Ok(object.to_bits())
}

/// Class-structure queries answered from the class file's attributes.
pub(crate) fn register_structure(r: &mut Registry) {
    let c = "java/lang/Class";
    r.add(c, "isHidden", "()Z", |_, a| {
        Ok(Ref::from_bits(a[0])
            .and_then(class_of_mirror)
            .is_some_and(|c| c.hidden) as u64)
    });
    r.add(c, "getDeclaringClass0", "()Ljava/lang/Class;", |t, a| {
        let class = this_class(a);
        match inner_entry(class)
            .filter(|e| e.1.is_some())
            .and_then(|e| e.1)
        {
            Some(outer) => {
                let vm = t.vm;
                let c = vm.load_class(t, &outer, class.loader)?;
                Ok(mirror(t, c)?.to_bits())
            }
            None => Ok(0),
        }
    });
    r.add(c, "getSimpleBinaryName0", "()Ljava/lang/String;", |t, a| {
        let name = inner_entry(this_class(a)).and_then(|e| e.2);
        string_or_null(t, name)
    });
    r.add(c, "getGenericSignature0", "()Ljava/lang/String;", |t, a| {
        let class = this_class(a);
        let sig = class
            .class_file
            .as_ref()
            .and_then(|cf| generic_signature(class, &cf.attributes));
        string_or_null(t, sig)
    });
    r.add(
        c,
        "getEnclosingMethod0",
        "()[Ljava/lang/Object;",
        enclosing_method,
    );
    r.add(
        c,
        "getRecordComponents0",
        "()[Ljava/lang/reflect/RecordComponent;",
        record_components,
    );
    r.add(c, "getNestHost0", "()Ljava/lang/Class;", |t, a| {
        let mut class = this_class(a);
        // A hidden nestmate belongs to its lookup class's nest.
        while let Some(host) = class.dynamic_nest_host {
            class = host;
        }
        let host = class.class_file.as_ref().and_then(|cf| {
            cf.attributes.iter().find_map(|at| match at {
                rjava_classfile::Attribute::NestHost { host_class_index } => cf
                    .constant_pool
                    .class_name(*host_class_index)
                    .ok()
                    .map(str::to_owned),
                _ => None,
            })
        });
        let host = match host {
            Some(h) => {
                let vm = t.vm;
                vm.load_class(t, &h, class.loader)?
            }
            None => class,
        };
        Ok(mirror(t, host)?.to_bits())
    });
    r.add(c, "isRecord0", "()Z", |_, a| {
        let class = this_class(a);
        let has_record = class.class_file.as_ref().is_some_and(|cf| {
            cf.attributes
                .iter()
                .any(|at| matches!(at, rjava_classfile::Attribute::Record(_)))
        });
        Ok((has_record
            && class
                .super_class
                .is_some_and(|s| &*s.name == "java/lang/Record")) as u64)
    });
    r.add(
        c,
        "getPermittedSubclasses0",
        "()[Ljava/lang/Class;",
        |t, a| {
            let class = this_class(a);
            let names: Option<Vec<String>> = class.class_file.as_ref().and_then(|cf| {
                cf.attributes.iter().find_map(|at| match at {
                    rjava_classfile::Attribute::PermittedSubclasses(list) => Some(
                        list.iter()
                            .filter_map(|&i| cf.constant_pool.class_name(i).ok().map(str::to_owned))
                            .collect(),
                    ),
                    _ => None,
                })
            });
            let Some(names) = names else { return Ok(0) };
            let mut mirrors = Vec::new();
            for n in names {
                let vm = t.vm;
                if let Ok(k) = vm.load_class(t, &n, class.loader) {
                    mirrors.push(mirror(t, k)?);
                } else {
                    t.take_exception();
                }
            }
            Ok(class_array(t, &mirrors)?.to_bits())
        },
    );
    r.add(
        c,
        "getProtectionDomain0",
        "()Ljava/security/ProtectionDomain;",
        |_, _| Ok(0),
    );
    r.add(c, "getRawAnnotations", "()[B", |_, _| Ok(0));
    r.add(c, "getRawTypeAnnotations", "()[B", |_, _| Ok(0));
    r.add(
        c,
        "getConstantPool",
        "()Ljdk/internal/reflect/ConstantPool;",
        |_, _| Ok(0),
    );
    r.add(c, "getSigners", "()[Ljava/lang/Object;", |_, _| Ok(0));
    r.add(c, "setSigners", "([Ljava/lang/Object;)V", super::nothing);
}

/// This class's InnerClasses entry: (inner name, outer class name, simple name).
fn inner_entry(class: &Class) -> Option<(String, Option<String>, Option<String>)> {
    let cf = class.class_file.as_ref()?;
    let cp = &cf.constant_pool;
    cf.attributes.iter().find_map(|a| match a {
        rjava_classfile::Attribute::InnerClasses(entries) => entries.iter().find_map(|e| {
            let inner = cp.class_name(e.inner_class_info_index).ok()?;
            (inner == &*class.name).then(|| {
                (
                    inner.to_owned(),
                    (e.outer_class_info_index != 0)
                        .then(|| {
                            cp.class_name(e.outer_class_info_index)
                                .ok()
                                .map(str::to_owned)
                        })
                        .flatten(),
                    (e.inner_name_index != 0)
                        .then(|| cp.utf8(e.inner_name_index).ok().map(str::to_owned))
                        .flatten(),
                )
            })
        }),
        _ => None,
    })
}

/// `[enclosing class, method name, method descriptor]`, or null when not a local/anonymous class.
fn enclosing_method(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let class = this_class(a);
    let Some(cf) = class.class_file.as_ref() else {
        return Ok(0);
    };
    let cp = &cf.constant_pool;
    let Some((outer, method)) = cf.attributes.iter().find_map(|at| match at {
        rjava_classfile::Attribute::EnclosingMethod {
            class_index,
            method_index,
        } => Some((
            cp.class_name(*class_index).ok()?.to_owned(),
            cp.name_and_type(*method_index).ok(),
        )),
        _ => None,
    }) else {
        return Ok(0);
    };
    let vm = thread.vm;
    let outer = vm.load_class(thread, &outer, class.loader)?;
    let outer = mirror(thread, outer)?;
    let (name, descriptor) = match method {
        Some((n, d)) => (Some(new_string(thread, n)?), Some(new_string(thread, d)?)),
        None => (None, None),
    };
    let object_array = vm.load_class(thread, "[Ljava/lang/Object;", DefiningLoader::Bootstrap)?;
    let array = new_array(thread, object_array, 3)?;
    array.set::<u64>(Ref::element_offset(0, 8), outer.to_bits());
    array.set::<u64>(Ref::element_offset(1, 8), name.map_or(0, Ref::to_bits));
    array.set::<u64>(
        Ref::element_offset(2, 8),
        descriptor.map_or(0, Ref::to_bits),
    );
    Ok(array.to_bits())
}
