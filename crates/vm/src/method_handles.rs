//! `java.lang.invoke` on the real class library: the VM's half of the contract HotSpot has with
//! `MethodHandleNatives`. The library builds method handles out of lambda forms and asks the VM
//! to resolve `MemberName`s, to run the intrinsics lambda forms bottom out in (`invokeBasic`,
//! `linkToStatic/Special/Virtual/Interface`), and to link call sites through its upcalls
//! (`linkMethod` for `invokeExact`/`invoke`/VarHandle calls, `linkCallSite` for
//! invokedynamic, `linkDynamicConstant` and `linkMethodHandleConstant` for `ldc`).
//!
//! A linked call site is an invoker method plus one extra trailing argument, the appendix (the
//! call site's target handle or a `MethodType`), kept in a root slot.

use crate::class::{Class, DefiningLoader, Method};
use crate::exceptions::throw_new;
use crate::interp::invoke;
use crate::mirror::{class_of_mirror, mirror};
use crate::object::Ref;
use crate::rcp::Resolved;
use crate::resolve::InvokeKind;
use crate::thread::{JResult, JavaThread, SlotStack};
use crate::types::BasicType;
use rjava_classfile::access::*;
use rjava_classfile::Constant;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

// MemberName flags (java.lang.invoke.MethodHandleNatives.Constants).
pub(crate) const IS_METHOD: i32 = 0x0001_0000;
pub(crate) const IS_CONSTRUCTOR: i32 = 0x0002_0000;
pub(crate) const IS_FIELD: i32 = 0x0004_0000;
const CALLER_SENSITIVE: i32 = 0x0010_0000;
const TRUSTED_FINAL: i32 = 0x0020_0000;
const REFERENCE_KIND_SHIFT: i32 = 24;
const RECOGNIZED_METHOD_MODIFIERS: i32 = 0x1DFF;
const RECOGNIZED_FIELD_MODIFIERS: i32 = 0x50DF;

pub(crate) const REF_GET_FIELD: i32 = 1;
pub(crate) const REF_GET_STATIC: i32 = 2;
pub(crate) const REF_PUT_FIELD: i32 = 3;
pub(crate) const REF_PUT_STATIC: i32 = 4;
pub(crate) const REF_INVOKE_VIRTUAL: i32 = 5;
pub(crate) const REF_INVOKE_STATIC: i32 = 6;
pub(crate) const REF_INVOKE_SPECIAL: i32 = 7;
pub(crate) const REF_NEW_INVOKE_SPECIAL: i32 = 8;
pub(crate) const REF_INVOKE_INTERFACE: i32 = 9;

const MHN: &str = "java/lang/invoke/MethodHandleNatives";

/// The method-handle intrinsics, which the interpreter runs without a frame of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `mh.invokeBasic(args…)`: calls `mh.form.vmentry` with `mh` and the arguments.
    InvokeBasic,
    /// `linkToX(args…, memberName)`: calls the member, dispatching as X does.
    LinkToStatic,
    LinkToSpecial,
    LinkToVirtual,
    LinkToInterface,
}

impl Intrinsic {
    fn of_name(name: &str) -> Option<Intrinsic> {
        Some(match name {
            "invokeBasic" => Intrinsic::InvokeBasic,
            "linkToStatic" => Intrinsic::LinkToStatic,
            "linkToSpecial" => Intrinsic::LinkToSpecial,
            "linkToVirtual" => Intrinsic::LinkToVirtual,
            "linkToInterface" => Intrinsic::LinkToInterface,
            _ => return None,
        })
    }
}

/// A call site linked through the library: call `invoker` with the site's arguments and the
/// appendix after them.
#[derive(Debug)]
pub struct LinkedSite {
    pub invoker: &'static Method,
    /// The appendix (a root slot), or 0 when the invoker takes none.
    pub appendix: &'static AtomicU64,
    pub has_appendix: bool,
    /// Slots of the site's own arguments (receiver included).
    pub arg_slots: u16,
}

/// Field offsets in the `java.lang.invoke` classes the VM reads and writes.
pub(crate) struct Layout {
    mh_form: usize,
    lf_vmentry: usize,
    mn_clazz: usize,
    mn_name: usize,
    mn_type: usize,
    mn_flags: usize,
    mn_method: usize,
    mn_vmindex: usize,
    rmn_vmtarget: usize,
    call_site_target: usize,
    mt_rtype: usize,
    mt_ptypes: usize,
    class_data: usize,
    resolved_method_name: &'static Class,
}

static LAYOUT: OnceLock<Layout> = OnceLock::new();

/// The layout, loading the classes it describes on first use.
pub(crate) fn layout(thread: &mut JavaThread) -> JResult<&'static Layout> {
    if let Some(l) = LAYOUT.get() {
        return Ok(l);
    }
    let vm = thread.vm;
    let mut load = |name: &str| vm.load_class(thread, name, DefiningLoader::Bootstrap);
    let mh = load("java/lang/invoke/MethodHandle")?;
    let lf = load("java/lang/invoke/LambdaForm")?;
    let mn = load("java/lang/invoke/MemberName")?;
    let rmn = load("java/lang/invoke/ResolvedMethodName")?;
    let cs = load("java/lang/invoke/CallSite")?;
    let mt = load("java/lang/invoke/MethodType")?;
    let class = load("java/lang/Class")?;
    let field = |c: &Class, name: &str, d: &str| {
        c.instance_field_offset(name, d)
            .unwrap_or_else(|| panic!("{}.{name} is missing", c.name))
    };
    let layout = Layout {
        mh_form: field(mh, "form", "Ljava/lang/invoke/LambdaForm;"),
        lf_vmentry: field(lf, "vmentry", "Ljava/lang/invoke/MemberName;"),
        mn_clazz: field(mn, "clazz", "Ljava/lang/Class;"),
        mn_name: field(mn, "name", "Ljava/lang/String;"),
        mn_type: field(mn, "type", "Ljava/lang/Object;"),
        mn_flags: field(mn, "flags", "I"),
        mn_method: field(mn, "method", "Ljava/lang/invoke/ResolvedMethodName;"),
        mn_vmindex: crate::injected::member_name_vmindex().expect("MemberName laid out"),
        rmn_vmtarget: crate::injected::resolved_method_vmtarget().expect("laid out"),
        call_site_target: field(cs, "target", "Ljava/lang/invoke/MethodHandle;"),
        mt_rtype: field(mt, "rtype", "Ljava/lang/Class;"),
        mt_ptypes: field(mt, "ptypes", "[Ljava/lang/Class;"),
        class_data: field(class, "classData", "Ljava/lang/Object;"),
        resolved_method_name: rmn,
    };
    Ok(LAYOUT.get_or_init(|| layout))
}

/// The runtime method a `ResolvedMethodName` stands for.
fn vmtarget(l: &Layout, resolved: Ref) -> Option<&'static Method> {
    let address = resolved.get::<u64>(l.rmn_vmtarget) as usize;
    // SAFETY: `vmtarget` is a field the VM injects (invisible to Java) and only
    // `new_resolved_method` writes it, with a leaked, immortal `Method`; objects it did not
    // make hold 0.
    (address != 0).then(|| unsafe { &*(address as *const Method) })
}

fn new_resolved_method(thread: &mut JavaThread, l: &Layout, m: &'static Method) -> JResult<Ref> {
    let object = crate::alloc::new_object(thread, l.resolved_method_name)?;
    object.set::<u64>(l.rmn_vmtarget, m as *const Method as usize as u64);
    Ok(object)
}

/// The method a resolved `MemberName` names.
fn member_method(l: &Layout, member: Ref) -> Option<&'static Method> {
    member.get_ref(l.mn_method).and_then(|rmn| vmtarget(l, rmn))
}

/// Whether `name` in `owner` is a signature-polymorphic method (JVMS 2.9.3): declared native
/// and varargs with one `Object[]` parameter in `MethodHandle` or `VarHandle`.
pub(crate) fn signature_polymorphic(owner: &'static Class, name: &str) -> Option<&'static Method> {
    if !matches!(
        &*owner.name,
        "java/lang/invoke/MethodHandle" | "java/lang/invoke/VarHandle"
    ) {
        return None;
    }
    let mut found = owner.methods.iter().filter(|m| m.name == name);
    let m = found.next()?;
    (found.next().is_none()
        && m.is_native()
        && m.access_flags & ACC_VARARGS != 0
        && m.descriptor.starts_with("([Ljava/lang/Object;)"))
    .then_some(m)
}

/// Links a call of signature-polymorphic `poly` with the call site's `descriptor`.
pub(crate) fn link_polymorphic(
    thread: &mut JavaThread,
    caller: &'static Class,
    poly: &'static Method,
    descriptor: &str,
) -> JResult<Resolved> {
    layout(thread)?;
    let parameter_slots = crate::types::Signature::parse(descriptor).parameter_slots as u16;
    if poly.class().name.as_ref() == "java/lang/invoke/MethodHandle" {
        if let Some(intrinsic) = Intrinsic::of_name(poly.name) {
            let receiver = u16::from(intrinsic == Intrinsic::InvokeBasic);
            return Ok(Resolved::Intrinsic(intrinsic, parameter_slots + receiver));
        }
    }
    // invokeExact, invoke and the VarHandle access modes: the library picks an invoker.
    let caller_mirror = mirror(thread, caller)?;
    let defc = mirror(thread, poly.class())?;
    let name = crate::strings::intern_str(thread, poly.name)?;
    let mt = method_type(thread, caller, descriptor)?;
    let appendix = new_object_array(thread, 1)?;
    let member = call_mhn(
        thread,
        "linkMethod",
        "(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;",
        &[
            caller_mirror.to_bits(),
            REF_INVOKE_VIRTUAL as u64,
            defc.to_bits(),
            name.to_bits(),
            mt.to_bits(),
            appendix.to_bits(),
        ],
    )?;
    linked_site(thread, member, appendix, parameter_slots + 1).map(Resolved::Linked)
}

/// Makes a `LinkedSite` from an upcall's `MemberName` and appendix array.
fn linked_site(
    thread: &mut JavaThread,
    member: u64,
    appendix: Ref,
    arg_slots: u16,
) -> JResult<&'static LinkedSite> {
    let l = layout(thread)?;
    let Some(invoker) = Ref::from_bits(member).and_then(|m| member_method(l, m)) else {
        return Err(throw_new(
            thread,
            "java/lang/InternalError",
            Some("call site linked to an unresolved member"),
        ));
    };
    let value = appendix.get::<u64>(Ref::element_offset(0, 8));
    let has_appendix = invoker.arg_slots > arg_slots;
    let site = LinkedSite {
        invoker,
        appendix: thread.vm.new_root(value),
        has_appendix,
        arg_slots,
    };
    Ok(Box::leak(Box::new(site)))
}

/// Calls a static method of `MethodHandleNatives` (initializing it first).
fn call_mhn(thread: &mut JavaThread, name: &str, descriptor: &str, args: &[u64]) -> JResult<u64> {
    let vm = thread.vm;
    let class = vm.load_class(thread, MHN, DefiningLoader::Bootstrap)?;
    crate::init::initialize(thread, class)?;
    let m = class
        .declared_method(name, descriptor)
        .unwrap_or_else(|| panic!("MethodHandleNatives.{name}{descriptor} is missing"));
    invoke(thread, m, args)
}

fn new_object_array(thread: &mut JavaThread, length: usize) -> JResult<Ref> {
    let vm = thread.vm;
    let class = vm.load_class(thread, "[Ljava/lang/Object;", DefiningLoader::Bootstrap)?;
    crate::alloc::new_array(thread, class, length as i32)
}

/// The mirror of the type a field descriptor names, loaded by `caller`'s loader.
fn type_mirror(thread: &mut JavaThread, caller: &'static Class, descriptor: &str) -> JResult<Ref> {
    crate::natives::class_reflect::type_mirror(thread, descriptor, caller.loader)
}

/// The `MethodType` of a method descriptor, its classes loaded by `caller`'s loader.
pub(crate) fn method_type(
    thread: &mut JavaThread,
    caller: &'static Class,
    descriptor: &str,
) -> JResult<Ref> {
    let (params, ret) = crate::types::split_method_descriptor(descriptor);
    let rtype = type_mirror(thread, caller, ret)?;
    let mut ptypes = Vec::with_capacity(params.len());
    for p in params {
        ptypes.push(type_mirror(thread, caller, p)?);
    }
    let ptypes = crate::natives::class_reflect::class_array(thread, &ptypes)?;
    let mt = call_mhn(
        thread,
        "findMethodHandleType",
        "(Ljava/lang/Class;[Ljava/lang/Class;)Ljava/lang/invoke/MethodType;",
        &[rtype.to_bits(), ptypes.to_bits()],
    )?;
    Ok(Ref::from_bits(mt).expect("a MethodType"))
}

/// The descriptor of a class: `I`, `[I`, `Ljava/lang/String;`.
pub(crate) fn class_descriptor(c: &Class) -> String {
    match c.kind {
        crate::class::ClassKind::Primitive(t) => t.descriptor_char().to_string(),
        crate::class::ClassKind::Array { .. } => c.name.to_string(),
        crate::class::ClassKind::Instance => format!("L{};", c.name),
    }
}

/// The descriptor a `MemberName.type` stands for: a `String` descriptor, a `Class` (fields), a
/// `MethodType`, or `{Class rtype, Class[] ptypes}`.
fn type_descriptor(l: &Layout, ty: Ref) -> Option<String> {
    let class = ty.class();
    let class_of = |v: Option<Ref>| v.and_then(class_of_mirror).map(class_descriptor);
    match &*class.name {
        "java/lang/String" => Some(crate::strings::string_to_rust(ty)),
        "java/lang/Class" => class_of(Some(ty)),
        "java/lang/invoke/MethodType" => {
            let rtype = class_of(ty.get_ref(l.mt_rtype))?;
            let ptypes = ty.get_ref(l.mt_ptypes)?;
            method_descriptor(rtype, ptypes)
        }
        "[Ljava/lang/Object;" => {
            let rtype = class_of(ty.get_ref(Ref::element_offset(0, 8)))?;
            let ptypes = ty.get_ref(Ref::element_offset(1, 8))?;
            method_descriptor(rtype, ptypes)
        }
        _ => None,
    }
}

fn method_descriptor(rtype: String, ptypes: Ref) -> Option<String> {
    let mut d = String::from("(");
    for i in 0..ptypes.array_length() as usize {
        let p = ptypes
            .get_ref(Ref::element_offset(i, 8))
            .and_then(class_of_mirror)?;
        d.push_str(&class_descriptor(p));
    }
    d.push(')');
    d.push_str(&rtype);
    Some(d)
}

/// Signature-polymorphic intrinsics as methods: what `MethodHandleNatives.resolve` gives a
/// `MemberName` of `MethodHandle.invokeBasic`/`linkTo*` with a particular type (HotSpot makes
/// such "method handle intrinsic" methods too). Compiled lambda forms call them from bytecode;
/// a direct call of one runs [`intrinsic_native`].
fn intrinsic_method(poly: &'static Method, descriptor: &str) -> &'static Method {
    static TABLE: OnceLock<Mutex<HashMap<(usize, String), &'static Method>>> = OnceLock::new();
    let mut table = TABLE
        .get_or_init(Default::default)
        .lock()
        .expect("intrinsics");
    let key = (poly as *const Method as usize, descriptor.to_owned());
    if let Some(m) = table.get(&key) {
        return m;
    }
    let descriptor: &'static str = Box::leak(descriptor.to_owned().into_boxed_str());
    let flags = (poly.access_flags & !ACC_VARARGS) | ACC_NATIVE | ACC_FINAL;
    let m = Method::new(poly.name, descriptor, flags, None, poly.id);
    let _ = m.native.set(crate::natives::Bound {
        f: intrinsic_native,
        gc_safe: false,
    });
    let mut m = m;
    m.hidden = true;
    let m: &'static Method = Box::leak(Box::new(m));
    m.set_class(poly.class());
    table.insert(key, m);
    m
}

/// A direct call of an intrinsic method (not through the interpreter's fast path).
fn intrinsic_native(thread: &mut JavaThread, args: &[u64]) -> JResult<u64> {
    let frame = thread.frames.last().expect("native frame");
    let method = frame.method;
    let Some(intrinsic) = Intrinsic::of_name(method.name) else {
        return Err(throw_new(
            thread,
            "java/lang/UnsupportedOperationException",
            None,
        ));
    };
    let slots = thread.slots;
    let base = frame.locals as usize;
    let (target, passed) = intrinsic_target(thread, intrinsic, slots, base, args.len())?;
    let passed_args = args[..passed].to_vec();
    invoke(thread, target, &passed_args)
}

/// The method an intrinsic call runs, its arguments at `base` (`arg_slots` of them), and how
/// many of them it passes on (`linkTo*` drop the trailing `MemberName`).
#[inline]
pub(crate) fn intrinsic_target(
    thread: &mut JavaThread,
    intrinsic: Intrinsic,
    slots: SlotStack,
    base: usize,
    arg_slots: usize,
) -> JResult<(&'static Method, usize)> {
    let l = LAYOUT.get().expect("linked intrinsics imply the layout");
    let npe = |thread: &mut JavaThread| throw_new(thread, "java/lang/NullPointerException", None);
    if intrinsic == Intrinsic::InvokeBasic {
        let Some(mh) = Ref::from_bits(slots.get(base)) else {
            return Err(npe(thread));
        };
        let target = mh
            .get_ref(l.mh_form)
            .and_then(|form| form.get_ref(l.lf_vmentry))
            .and_then(|member| member_method(l, member));
        return match target {
            Some(t) => Ok((t, arg_slots)),
            None => Err(throw_new(
                thread,
                "java/lang/InternalError",
                Some("invokeBasic of a handle without a compiled form"),
            )),
        };
    }
    // A `linkTo*` call ends with its MemberName; hand-written bytecode may pass none.
    let Some(member) = arg_slots
        .checked_sub(1)
        .and_then(|last| Ref::from_bits(slots.get(base + last)))
    else {
        return Err(npe(thread));
    };
    let Some(m) = member_method(l, member) else {
        return Err(throw_new(
            thread,
            "java/lang/InternalError",
            Some("linkTo of an unresolved member"),
        ));
    };
    let passed = arg_slots - 1;
    let target = match intrinsic {
        Intrinsic::LinkToStatic => m,
        Intrinsic::LinkToSpecial => {
            if slots.get(base) == 0 {
                return Err(npe(thread));
            }
            m
        }
        _ => {
            let Some(receiver) = Ref::from_bits(slots.get(base)) else {
                return Err(npe(thread));
            };
            select_virtual(thread, l, member, m, receiver)?
        }
    };
    Ok((target, passed))
}

/// Virtual or interface selection (JVMS 5.4.6) of a resolved member for a receiver.
fn select_virtual(
    thread: &mut JavaThread,
    l: &Layout,
    member: Ref,
    m: &'static Method,
    receiver: Ref,
) -> JResult<&'static Method> {
    let index = member.get::<i64>(l.mn_vmindex);
    if index < 0 || m.is_private() {
        return Ok(m);
    }
    let class = receiver.class();
    let selected = if m.class().is_interface() {
        crate::resolve::select_interface(class, m, index as u32)
    } else {
        class.vtable.get(index as usize).copied()
    };
    match selected {
        Some(t) if !t.is_abstract() => Ok(t),
        _ => Err(crate::resolve::abstract_method_error(
            thread,
            Some(class),
            m,
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// MemberName resolution (the MethodHandleNatives natives).

/// How a method reference kind invokes.
fn invoke_kind(ref_kind: i32) -> InvokeKind {
    match ref_kind {
        REF_INVOKE_STATIC => InvokeKind::Static,
        REF_INVOKE_SPECIAL | REF_NEW_INVOKE_SPECIAL => InvokeKind::Special,
        REF_INVOKE_INTERFACE => InvokeKind::Interface,
        _ => InvokeKind::Virtual,
    }
}

/// Fills a `MemberName` for a method, as HotSpot's `init_method_MemberName` does: the reference
/// kind says how the member is called (devirtualized to invokeSpecial when nothing can
/// override it), `vmindex` is the vtable or itable index, or -1.
fn fill_method(
    thread: &mut JavaThread,
    l: &Layout,
    member: Ref,
    m: &'static Method,
    requested: i32,
    resolved_class: &'static Class,
) -> JResult<()> {
    let holder = m.class();
    let statically_bound =
        m.is_private() || m.access_flags & ACC_FINAL != 0 || holder.access_flags & ACC_FINAL != 0;
    let (kind, vmindex, clazz) = if m.is_static() {
        (REF_INVOKE_STATIC, -1i64, holder)
    } else if m.is_initializer() || requested == REF_INVOKE_SPECIAL {
        (REF_INVOKE_SPECIAL, -1, holder)
    } else if holder.is_interface() {
        let itable = holder
            .methods
            .iter()
            .position(|x| std::ptr::eq(x, m))
            .unwrap_or(0) as i64;
        if m.is_private() {
            (REF_INVOKE_SPECIAL, -1, holder)
        } else if !resolved_class.is_interface() {
            (REF_INVOKE_VIRTUAL, itable, resolved_class)
        } else {
            (REF_INVOKE_INTERFACE, itable, holder)
        }
    } else if statically_bound {
        (REF_INVOKE_SPECIAL, -1, holder)
    } else {
        let index = m.vtable_index().map_or(-1, i64::from);
        (REF_INVOKE_VIRTUAL, index, holder)
    };
    let mut flags = (i32::from(m.access_flags) & RECOGNIZED_METHOD_MODIFIERS)
        | (kind << REFERENCE_KIND_SHIFT)
        | if m.is_initializer() {
            IS_CONSTRUCTOR
        } else {
            IS_METHOD
        };
    if m.caller_sensitive {
        flags |= CALLER_SENSITIVE;
    }
    let clazz_mirror = mirror(thread, clazz)?;
    let resolved = new_resolved_method(thread, l, m)?;
    member.set_ref(l.mn_clazz, Some(clazz_mirror));
    member.set::<i32>(l.mn_flags, flags);
    member.set_ref(l.mn_method, Some(resolved));
    member.set::<i64>(l.mn_vmindex, vmindex);
    Ok(())
}

/// Fills a `MemberName` for a field: `vmindex` is the offset Unsafe uses.
fn fill_field(
    thread: &mut JavaThread,
    l: &Layout,
    member: Ref,
    declaring: &'static Class,
    field: &'static crate::class::Field,
    kind: i32,
) -> JResult<()> {
    let is_final = field.access_flags & ACC_FINAL != 0;
    let is_record = declaring
        .super_class
        .is_some_and(|s| &*s.name == "java/lang/Record");
    let mut flags = (i32::from(field.access_flags) & RECOGNIZED_FIELD_MODIFIERS)
        | (kind << REFERENCE_KIND_SHIFT)
        | IS_FIELD;
    if is_final && (field.is_static() || declaring.hidden || is_record) {
        flags |= TRUSTED_FINAL;
    }
    let vmindex = if field.is_static() {
        crate::natives::unsafe_::STATIC_MARK | i64::from(field.offset)
    } else {
        i64::from(field.offset)
    };
    let clazz_mirror = mirror(thread, declaring)?;
    member.set_ref(l.mn_clazz, Some(clazz_mirror));
    member.set::<i32>(l.mn_flags, flags);
    member.set::<i64>(l.mn_vmindex, vmindex);
    Ok(())
}

/// `MethodHandleNatives.init(MemberName, Object)`: from a reflective Method, Constructor or Field.
fn mhn_init(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let l = layout(thread)?;
    let (Some(member), Some(target)) = (Ref::from_bits(a[0]), Ref::from_bits(a[1])) else {
        return Err(throw_new(thread, "java/lang/NullPointerException", None));
    };
    match &*target.class().name {
        "java/lang/reflect/Method" | "java/lang/reflect/Constructor" => {
            if let Some(m) = crate::natives::class_reflect::reflected_method(target) {
                let kind = if m.is_static() {
                    REF_INVOKE_STATIC
                } else {
                    REF_INVOKE_VIRTUAL
                };
                fill_method(thread, l, member, m, kind, m.class())?;
            }
        }
        "java/lang/reflect/Field" => {
            if let Some((c, f)) = crate::natives::unsafe_::reflected_field(target.to_bits()) {
                let kind = if f.is_static() {
                    REF_GET_STATIC
                } else {
                    REF_GET_FIELD
                };
                fill_field(thread, l, member, c, f, kind)?;
            }
        }
        _ => {
            return Err(throw_new(
                thread,
                "java/lang/InternalError",
                Some("unsupported member"),
            ))
        }
    }
    Ok(0)
}

/// `MethodHandleNatives.expand(MemberName)`: fills in the name and type of a resolved member.
fn mhn_expand(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let l = layout(thread)?;
    let Some(member) = Ref::from_bits(a[0]) else {
        return Err(throw_new(thread, "java/lang/NullPointerException", None));
    };
    let flags = member.get::<i32>(l.mn_flags);
    let (name, descriptor) = if flags & (IS_METHOD | IS_CONSTRUCTOR) != 0 {
        match member_method(l, member) {
            Some(m) => (m.name.to_owned(), m.descriptor.to_owned()),
            None => return Ok(0),
        }
    } else if flags & IS_FIELD != 0 {
        let Some(class) = member.get_ref(l.mn_clazz).and_then(class_of_mirror) else {
            return Ok(0);
        };
        let vmindex = member.get::<i64>(l.mn_vmindex);
        let is_static = flags & (ACC_STATIC as i32) != 0;
        let offset = (vmindex & (crate::natives::unsafe_::STATIC_MARK - 1)) as u32;
        match class
            .fields
            .iter()
            .find(|f| f.is_static() == is_static && f.offset == offset)
        {
            Some(f) => (f.name.to_owned(), f.descriptor.to_owned()),
            None => return Ok(0),
        }
    } else {
        return Ok(0);
    };
    if member.get_ref(l.mn_name).is_none() {
        let s = crate::strings::intern_str(thread, &name)?;
        member.set_ref(l.mn_name, Some(s));
    }
    if member.get_ref(l.mn_type).is_none() {
        let s = crate::strings::intern_str(thread, &descriptor)?;
        member.set_ref(l.mn_type, Some(s));
    }
    Ok(0)
}

/// `MethodHandleNatives.resolve(MemberName, Class caller, int lookupMode, boolean speculative)`.
fn mhn_resolve(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let speculative = a[3] as u32 != 0;
    match resolve_member(thread, a) {
        Ok(v) => Ok(v),
        Err(t) if speculative => {
            // A speculative resolution answers null instead of throwing a LinkageError.
            let is_linkage = thread
                .pending_exception
                .is_some_and(|e| is_instance_of(thread, e, "java/lang/LinkageError"));
            if is_linkage {
                thread.take_exception();
                Ok(0)
            } else {
                Err(t)
            }
        }
        Err(t) => Err(t),
    }
}

pub(crate) fn is_instance_of(thread: &JavaThread, object: Ref, class_name: &str) -> bool {
    thread
        .vm
        .find_loaded_class(class_name, DefiningLoader::Bootstrap)
        .is_some_and(|c| object.class().is_subclass_of(c))
}

fn resolve_member(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let l = layout(thread)?;
    let Some(member) = Ref::from_bits(a[0]) else {
        return Err(throw_new(
            thread,
            "java/lang/InternalError",
            Some("mname not resolved"),
        ));
    };
    // HotSpot checks a method's accessibility from the caller here, a field's not: the
    // library's `Lookup.checkAccess` does that, with its own messages.
    let caller = Ref::from_bits(a[1]).and_then(class_of_mirror);
    if member.get_ref(l.mn_method).is_some() {
        return Ok(member.to_bits());
    }
    let defc = member.get_ref(l.mn_clazz).and_then(class_of_mirror);
    let name = member
        .get_ref(l.mn_name)
        .map(crate::strings::string_to_rust);
    let descriptor = member
        .get_ref(l.mn_type)
        .and_then(|t| type_descriptor(l, t));
    let (Some(defc), Some(name), Some(descriptor)) = (defc, name, descriptor) else {
        return Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some("nothing to resolve"),
        ));
    };
    let flags = member.get::<i32>(l.mn_flags);
    let kind = (flags >> REFERENCE_KIND_SHIFT) & 0xf;
    if flags & IS_FIELD != 0 {
        let Some((declaring, index)) = crate::resolve::find_field(defc, &name, &descriptor) else {
            return Err(throw_new(thread, "java/lang/NoSuchFieldError", Some(&name)));
        };
        let field = &declaring.fields[index as usize];
        // As HotSpot resolves with no bytecode in mind, staticness is not checked: the kind
        // follows the field (a getter stays a getter).
        let setter = kind == REF_PUT_FIELD || kind == REF_PUT_STATIC;
        let kind = match (field.is_static(), setter) {
            (true, true) => REF_PUT_STATIC,
            (true, false) => REF_GET_STATIC,
            (false, true) => REF_PUT_FIELD,
            (false, false) => REF_GET_FIELD,
        };
        fill_field(thread, l, member, declaring, field, kind)?;
        return Ok(member.to_bits());
    }
    if let Some(poly) = signature_polymorphic(defc, &name) {
        if Intrinsic::of_name(&name).is_some() {
            let m = intrinsic_method(poly, &descriptor);
            let kind = if m.is_static() {
                REF_INVOKE_STATIC
            } else {
                REF_INVOKE_VIRTUAL
            };
            let flags = (i32::from(m.access_flags) & RECOGNIZED_METHOD_MODIFIERS)
                | (kind << REFERENCE_KIND_SHIFT)
                | IS_METHOD;
            let resolved = new_resolved_method(thread, l, m)?;
            member.set::<i32>(l.mn_flags, flags);
            member.set_ref(l.mn_method, Some(resolved));
            member.set::<i64>(l.mn_vmindex, -1);
            return Ok(member.to_bits());
        }
    }
    let invoke_kind = invoke_kind(kind);
    let m = crate::resolve::find_method(
        thread,
        defc,
        defc.is_interface(),
        &name,
        &descriptor,
        invoke_kind,
        false,
    )?;
    if let Some(caller) = caller {
        crate::resolve::check_member_access(
            thread,
            caller,
            m.class(),
            m.access_flags,
            m.name,
            Some(m.descriptor),
        )?;
    }
    fill_method(thread, l, member, m, kind, defc)?;
    Ok(member.to_bits())
}

/// `MethodHandleNatives.getMemberVMInfo`: `{vmindex, clazz or the member itself}`.
fn mhn_member_vm_info(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let l = layout(thread)?;
    let Some(member) = Ref::from_bits(a[0]) else {
        return Ok(0);
    };
    let vmindex = member.get::<i64>(l.mn_vmindex);
    let flags = member.get::<i32>(l.mn_flags);
    let index = crate::natives::class_reflect::box_value(thread, BasicType::Long, vmindex as u64)?;
    let target = if flags & IS_FIELD != 0 {
        member.get_ref(l.mn_clazz).map_or(0, Ref::to_bits)
    } else {
        member.to_bits()
    };
    let array = new_object_array(thread, 2)?;
    array.set::<u64>(Ref::element_offset(0, 8), index);
    array.set::<u64>(Ref::element_offset(1, 8), target);
    Ok(array.to_bits())
}

fn mhn_field_offset(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let l = layout(thread)?;
    Ok(Ref::from_bits(a[0]).map_or(0, |m| m.get::<i64>(l.mn_vmindex) as u64))
}

fn mhn_static_field_base(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let l = layout(thread)?;
    Ok(Ref::from_bits(a[0])
        .and_then(|m| m.get_ref(l.mn_clazz))
        .map_or(0, Ref::to_bits))
}

fn mhn_set_call_site_target(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let l = layout(thread)?;
    if let Some(site) = Ref::from_bits(a[0]) {
        site.set_ref(l.call_site_target, Ref::from_bits(a[1]));
        std::sync::atomic::fence(Ordering::SeqCst);
    }
    Ok(0)
}

/// `MethodHandle.invokeExact`/`invoke` called reflectively, as HotSpot answers it.
fn reflective_invoke(thread: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    let name = thread.frames.last().map_or("invoke", |f| f.method.name);
    let msg = format!("MethodHandle.{name} cannot be invoked reflectively");
    Err(throw_new(
        thread,
        "java/lang/UnsupportedOperationException",
        Some(&msg),
    ))
}

pub(crate) fn register(r: &mut crate::natives::Registry) {
    let mn = "Ljava/lang/invoke/MemberName;";
    r.add(MHN, "registerNatives", "()V", |t, _| {
        layout(t)?;
        Ok(0)
    });
    r.add(
        MHN,
        "init",
        "(Ljava/lang/invoke/MemberName;Ljava/lang/Object;)V",
        mhn_init,
    );
    r.add(
        MHN,
        "expand",
        "(Ljava/lang/invoke/MemberName;)V",
        mhn_expand,
    );
    r.add(
        MHN,
        "resolve",
        "(Ljava/lang/invoke/MemberName;Ljava/lang/Class;IZ)Ljava/lang/invoke/MemberName;",
        mhn_resolve,
    );
    let _ = mn;
    r.add(
        MHN,
        "objectFieldOffset",
        "(Ljava/lang/invoke/MemberName;)J",
        mhn_field_offset,
    );
    r.add(
        MHN,
        "staticFieldOffset",
        "(Ljava/lang/invoke/MemberName;)J",
        mhn_field_offset,
    );
    r.add(
        MHN,
        "staticFieldBase",
        "(Ljava/lang/invoke/MemberName;)Ljava/lang/Object;",
        mhn_static_field_base,
    );
    r.add(
        MHN,
        "getMemberVMInfo",
        "(Ljava/lang/invoke/MemberName;)Ljava/lang/Object;",
        mhn_member_vm_info,
    );
    for name in ["setCallSiteTargetNormal", "setCallSiteTargetVolatile"] {
        r.add(
            MHN,
            name,
            "(Ljava/lang/invoke/CallSite;Ljava/lang/invoke/MethodHandle;)V",
            mhn_set_call_site_target,
        );
    }
    r.add(
        MHN,
        "clearCallSiteContext",
        "(Ljava/lang/invoke/MethodHandleNatives$CallSiteContext;)V",
        crate::natives::nothing,
    );
    r.add(
        MHN,
        "getNamedCon",
        "(I[Ljava/lang/Object;)I",
        crate::natives::nothing,
    );
    r.add(
        MHN,
        "getMembers",
        "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;ILjava/lang/Class;I[Ljava/lang/invoke/MemberName;)I",
        crate::natives::nothing,
    );
    r.add(
        "java/lang/ClassLoader",
        "defineClass0",
        "(Ljava/lang/ClassLoader;Ljava/lang/Class;Ljava/lang/String;[BIILjava/security/ProtectionDomain;ZILjava/lang/Object;)Ljava/lang/Class;",
        define_class0,
    );
    r.add(
        "java/lang/ClassLoader",
        "defineClass1",
        "(Ljava/lang/ClassLoader;Ljava/lang/String;[BIILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;",
        define_class1,
    );
    for name in ["invokeExact", "invoke"] {
        r.add(
            "java/lang/invoke/MethodHandle",
            name,
            "([Ljava/lang/Object;)Ljava/lang/Object;",
            reflective_invoke,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Constants and call sites.

/// Resolves a loadable constant of `class`'s pool to an object (primitives boxed), as a
/// bootstrap method receives its static arguments.
pub(crate) fn resolve_constant(
    thread: &mut JavaThread,
    class: &'static Class,
    index: u16,
) -> JResult<u64> {
    let rcp = class.constant_pool.as_ref().expect("rcp");
    if let Some(Resolved::Object(slot)) = rcp.get(index) {
        return Ok(slot.load(Ordering::Relaxed));
    }
    let cp = &class.class_file.expect("class file").constant_pool;
    let boxed =
        |thread: &mut JavaThread, t, v| crate::natives::class_reflect::box_value(thread, t, v);
    let value = match cp.get(index) {
        Ok(Constant::Integer(v)) => return boxed(thread, BasicType::Int, *v as u32 as u64),
        Ok(Constant::Float(v)) => return boxed(thread, BasicType::Float, v.to_bits() as u64),
        Ok(Constant::Long(v)) => return boxed(thread, BasicType::Long, *v as u64),
        Ok(Constant::Double(v)) => return boxed(thread, BasicType::Double, v.to_bits()),
        Ok(Constant::String { string_index }) => {
            let units = cp
                .java_str(*string_index)
                .map(|s| s.to_utf16())
                .unwrap_or_default();
            return Ok(crate::strings::intern(thread, &units)?.to_bits());
        }
        Ok(Constant::Class { .. }) => {
            let c = crate::resolve::resolve_class(thread, class, index)?;
            return Ok(mirror(thread, c)?.to_bits());
        }
        Ok(Constant::MethodType { descriptor_index }) => {
            let d = cp.utf8(*descriptor_index).unwrap_or("()V");
            method_type(thread, class, d)?.to_bits()
        }
        Ok(&Constant::MethodHandle {
            reference_kind,
            reference_index,
        }) => method_handle_constant(thread, class, reference_kind, reference_index)?,
        Ok(&Constant::Dynamic {
            bootstrap_method_attr_index,
            name_and_type_index,
        }) => dynamic_constant(
            thread,
            class,
            index,
            bootstrap_method_attr_index,
            name_and_type_index,
        )?,
        _ => {
            return Err(throw_new(
                thread,
                "java/lang/InternalError",
                Some("not a loadable constant"),
            ))
        }
    };
    let slot = thread.vm.new_root(value);
    rcp.set(index, Resolved::Object(slot));
    // A racing resolution may have won: answer what the pool holds.
    match rcp.get(index) {
        Some(Resolved::Object(s)) => Ok(s.load(Ordering::Relaxed)),
        _ => Ok(value),
    }
}

/// `ldc` of a MethodHandle, MethodType or dynamic constant: the value and its slot count
/// (a dynamic constant of a primitive type is unboxed).
pub(crate) fn ldc(
    thread: &mut JavaThread,
    class: &'static Class,
    index: u16,
) -> JResult<(u64, usize)> {
    let value = resolve_constant(thread, class, index)?;
    let cp = &class.class_file.expect("class file").constant_pool;
    if let Ok(&Constant::Dynamic {
        name_and_type_index,
        ..
    }) = cp.get(index)
    {
        let (_, d) = cp.name_and_type(name_and_type_index).unwrap_or(("", "L;"));
        let t = BasicType::of_descriptor(d);
        if t != BasicType::Reference {
            let unboxed = Ref::from_bits(value)
                .and_then(crate::natives::class_reflect::unbox_value)
                .map_or(0, |(_, v)| v);
            return Ok((unboxed, t.slots()));
        }
    }
    Ok((value, 1))
}

fn method_handle_constant(
    thread: &mut JavaThread,
    class: &'static Class,
    kind: u8,
    reference_index: u16,
) -> JResult<u64> {
    let cp = &class.class_file.expect("class file").constant_pool;
    let class_index = match cp.get(reference_index) {
        Ok(
            Constant::Fieldref { class_index, .. }
            | Constant::Methodref { class_index, .. }
            | Constant::InterfaceMethodref { class_index, .. },
        ) => *class_index,
        _ => {
            return Err(throw_new(
                thread,
                "java/lang/IncompatibleClassChangeError",
                None,
            ))
        }
    };
    let member = cp.member_ref(reference_index).expect("checked above");
    let defc = crate::resolve::resolve_class(thread, class, class_index)?;
    let kind = i32::from(kind);
    check_constant_member(thread, class, defc, kind, member.name, member.descriptor)?;
    let ty = if kind <= REF_PUT_STATIC {
        type_mirror(thread, class, member.descriptor)?
    } else {
        method_type(thread, class, member.descriptor)?
    };
    let caller = mirror(thread, class)?;
    let defc = mirror(thread, defc)?;
    let name = crate::strings::intern_str(thread, member.name)?;
    call_mhn(
        thread,
        "linkMethodHandleConstant",
        "(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;)Ljava/lang/invoke/MethodHandle;",
        &[
            caller.to_bits(),
            kind as u64,
            defc.to_bits(),
            name.to_bits(),
            ty.to_bits(),
        ],
    )
}

/// Resolves the member a `CONSTANT_MethodHandle` names with `class`'s access, as HotSpot does
/// before asking the library for the handle (so linkage errors carry the VM's texts).
fn check_constant_member(
    thread: &mut JavaThread,
    class: &'static Class,
    defc: &'static Class,
    kind: i32,
    name: &str,
    descriptor: &str,
) -> JResult<()> {
    if kind <= REF_PUT_STATIC {
        let Some((declaring, index)) = crate::resolve::find_field(defc, name, descriptor) else {
            return Err(throw_new(thread, "java/lang/NoSuchFieldError", Some(name)));
        };
        let field = &declaring.fields[index as usize];
        return crate::resolve::check_member_access(
            thread,
            class,
            declaring,
            field.access_flags,
            field.name,
            None,
        );
    }
    if kind == REF_INVOKE_VIRTUAL && signature_polymorphic(defc, name).is_some() {
        return Ok(());
    }
    let invoke_kind = invoke_kind(kind);
    let m = crate::resolve::find_method(
        thread,
        defc,
        defc.is_interface(),
        name,
        descriptor,
        invoke_kind,
        false,
    )?;
    crate::resolve::check_member_access(
        thread,
        class,
        m.class(),
        m.access_flags,
        m.name,
        Some(m.descriptor),
    )
}

/// The bootstrap method handle and static arguments (an `Object[]`) of a BootstrapMethods entry.
fn bootstrap(
    thread: &mut JavaThread,
    class: &'static Class,
    attr_index: u16,
) -> JResult<(u64, Ref)> {
    let cf = class.class_file.expect("class file");
    let Some(entry) = cf.bootstrap_methods().get(attr_index as usize) else {
        return Err(throw_new(
            thread,
            "java/lang/BootstrapMethodError",
            Some("no BootstrapMethods entry"),
        ));
    };
    let bsm = resolve_constant(thread, class, entry.bootstrap_method_ref)?;
    let mut values = Vec::with_capacity(entry.bootstrap_arguments.len());
    for &arg in &entry.bootstrap_arguments {
        values.push(resolve_constant(thread, class, arg)?);
    }
    let args = new_object_array(thread, values.len())?;
    for (i, v) in values.into_iter().enumerate() {
        args.set::<u64>(Ref::element_offset(i, 8), v);
    }
    Ok((bsm, args))
}

/// Wraps a pending exception that is not an `Error` in a `BootstrapMethodError`, as HotSpot's
/// `wrap_dynamic_exception` does (JVMS 6.5 invokedynamic, "Linking Exceptions").
fn wrap_bootstrap_failure(
    thread: &mut JavaThread,
    throw: crate::thread::Throw,
) -> crate::thread::Throw {
    let Some(cause) = thread.pending_exception else {
        return throw;
    };
    if is_instance_of(thread, cause, "java/lang/Error") {
        return throw;
    }
    thread.take_exception();
    let vm = thread.vm;
    let result = (|| -> JResult<Ref> {
        let bme = vm.load_class(
            thread,
            "java/lang/BootstrapMethodError",
            DefiningLoader::Bootstrap,
        )?;
        crate::init::initialize(thread, bme)?;
        let ctor = bme
            .declared_method("<init>", "(Ljava/lang/Throwable;)V")
            .expect("BootstrapMethodError(Throwable)");
        let error = crate::alloc::new_object(thread, bme)?;
        invoke(thread, ctor, &[error.to_bits(), cause.to_bits()])?;
        Ok(error)
    })();
    match result {
        Ok(error) => thread.throw(error),
        Err(t) => t,
    }
}

fn dynamic_constant(
    thread: &mut JavaThread,
    class: &'static Class,
    index: u16,
    attr_index: u16,
    name_and_type_index: u16,
) -> JResult<u64> {
    let cp = &class.class_file.expect("class file").constant_pool;
    let (name, descriptor) = cp.name_and_type(name_and_type_index).unwrap_or(("", "L;"));
    let result = (|| {
        let (bsm, args) = bootstrap(thread, class, attr_index)?;
        let caller = mirror(thread, class)?;
        let name = crate::strings::intern_str(thread, name)?;
        let ty = type_mirror(thread, class, descriptor)?;
        call_mhn(
            thread,
            "linkDynamicConstant",
            "(Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
            &[
                caller.to_bits(),
                u64::from(index),
                bsm,
                name.to_bits(),
                ty.to_bits(),
                args.to_bits(),
            ],
        )
    })();
    result.map_err(|t| wrap_bootstrap_failure(thread, t))
}

/// Links an invokedynamic call site through its bootstrap method (JVMS 5.4.3.6).
pub(crate) fn link_call_site(
    thread: &mut JavaThread,
    class: &'static Class,
    index: u16,
    attr_index: u16,
    name: &str,
    descriptor: &str,
) -> JResult<&'static LinkedSite> {
    let result = (|| {
        let (bsm, args) = bootstrap(thread, class, attr_index)?;
        let caller = mirror(thread, class)?;
        let name = crate::strings::intern_str(thread, name)?;
        let mt = method_type(thread, class, descriptor)?;
        let appendix = new_object_array(thread, 1)?;
        let member = call_mhn(
            thread,
            "linkCallSite",
            "(Ljava/lang/Object;ILjava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;",
            &[
                caller.to_bits(),
                u64::from(index),
                bsm,
                name.to_bits(),
                mt.to_bits(),
                args.to_bits(),
                appendix.to_bits(),
            ],
        )?;
        let slots = crate::types::Signature::parse(descriptor).parameter_slots as u16;
        linked_site(thread, member, appendix, slots)
    })();
    result.map_err(|t| wrap_bootstrap_failure(thread, t))
}

/// The bytes `b[off..off + len]` of a `byte[]` argument.
fn byte_range(thread: &mut JavaThread, b: u64, off: u64, len: u64) -> JResult<Vec<u8>> {
    let Some(bytes) = Ref::from_bits(b) else {
        return Err(throw_new(thread, "java/lang/NullPointerException", None));
    };
    let (offset, length) = (off as u32 as i32, len as u32 as i32);
    if offset < 0 || length < 0 || offset as i64 + length as i64 > bytes.array_length() as i64 {
        return Err(throw_new(
            thread,
            "java/lang/ArrayIndexOutOfBoundsException",
            None,
        ));
    }
    Ok((0..length as usize)
        .map(|i| bytes.get::<u8>(Ref::element_offset(offset as usize + i, 1)))
        .collect())
}

/// `ClassLoader.defineClass1(loader, name, b, off, len, pd, source)` for the built-in loaders
/// (the class library defines its own generated classes this way).
fn define_class1(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let loader = crate::natives::loaders::defining_loader_of(thread, Ref::from_bits(a[0]))?;
    let data = byte_range(thread, a[2], a[3], a[4])?;
    let name = Ref::from_bits(a[1])
        .map(crate::strings::string_to_rust)
        .unwrap_or_default()
        .replace('.', "/");
    let vm = thread.vm;
    let class = vm.define_class(thread, &name, &data, loader)?;
    Ok(mirror(thread, class)?.to_bits())
}

const NESTMATE_CLASS: i32 = 1;
const HIDDEN_CLASS: i32 = 2;

/// `ClassLoader.defineClass0`: `Lookup.defineClass` and `defineHiddenClass`, in the lookup
/// class's loader; a hidden class gets its class data (what `MethodHandles.classData` reads).
fn define_class0(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let l = layout(thread)?;
    let Some(lookup) = Ref::from_bits(a[1]).and_then(class_of_mirror) else {
        return Err(throw_new(thread, "java/lang/NullPointerException", None));
    };
    let data = byte_range(thread, a[3], a[4], a[5])?;
    let initialize = a[7] as u32 != 0;
    let flags = a[8] as u32 as i32;
    let vm = thread.vm;
    let class = if flags & HIDDEN_CLASS != 0 {
        let host = (flags & NESTMATE_CLASS != 0).then_some(lookup);
        let class = vm.define_hidden_class(thread, &data, lookup.loader, host)?;
        let m = mirror(thread, class)?;
        m.set::<u64>(l.class_data, a[9]);
        class
    } else {
        let name = Ref::from_bits(a[2])
            .map(crate::strings::string_to_rust)
            .unwrap_or_default()
            .replace('.', "/");
        vm.define_class(thread, &name, &data, lookup.loader)?
    };
    if initialize {
        crate::init::initialize(thread, class)?;
    }
    Ok(mirror(thread, class)?.to_bits())
}
