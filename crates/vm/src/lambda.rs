//! `LambdaMetafactory.metafactory` / `altMetafactory` call sites, linked by the VM (the fast
//! path the design asks for: no method handles are created). On first execution the VM writes a
//! small proxy class — HotSpot's `Outer$$Lambda$N` — that implements the functional interface,
//! keeps the captured values in `arg$1..` fields, and forwards to the implementation method with
//! LambdaMetafactory's adaptations (casts, boxing, unboxing, primitive widening). The proxy is a
//! hidden nestmate of the caller; `indy.rs` keeps it per call site, and later executions only
//! allocate the object (or, capturing nothing, reuse the site's one object).

use crate::class::{Class, Method};
use crate::class_writer::ClassWriter;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use crate::types::BasicType;
use rjava_classfile::{constant_pool::ref_kind, Constant, ConstantPool};
use std::sync::atomic::{AtomicU32, Ordering};

const FLAG_SERIALIZABLE: i32 = 1;
const FLAG_MARKERS: i32 = 2;
const FLAG_BRIDGES: i32 = 4;

static LAMBDA_COUNTER: AtomicU32 = AtomicU32::new(1);

/// A method descriptor's parameter and return descriptors, owned.
pub fn split(descriptor: &str) -> (Vec<String>, String) {
    let (params, ret) = crate::types::split_method_descriptor(descriptor);
    (
        params.into_iter().map(str::to_owned).collect(),
        ret.to_owned(),
    )
}

fn basic(d: &str) -> BasicType {
    BasicType::of_descriptor(d)
}

fn wrapper(t: BasicType) -> Option<(&'static str, &'static str)> {
    Some(match t {
        BasicType::Int => ("java/lang/Integer", "intValue"),
        BasicType::Long => ("java/lang/Long", "longValue"),
        BasicType::Float => ("java/lang/Float", "floatValue"),
        BasicType::Double => ("java/lang/Double", "doubleValue"),
        BasicType::Boolean => ("java/lang/Boolean", "booleanValue"),
        BasicType::Byte => ("java/lang/Byte", "byteValue"),
        BasicType::Char => ("java/lang/Character", "charValue"),
        BasicType::Short => ("java/lang/Short", "shortValue"),
        _ => return None,
    })
}

fn wrapper_primitive(class: &str) -> Option<BasicType> {
    Some(match class {
        "Ljava/lang/Integer;" => BasicType::Int,
        "Ljava/lang/Long;" => BasicType::Long,
        "Ljava/lang/Float;" => BasicType::Float,
        "Ljava/lang/Double;" => BasicType::Double,
        "Ljava/lang/Boolean;" => BasicType::Boolean,
        "Ljava/lang/Byte;" => BasicType::Byte,
        "Ljava/lang/Character;" => BasicType::Char,
        "Ljava/lang/Short;" => BasicType::Short,
        _ => return None,
    })
}

/// The class name a `checkcast` takes for a reference descriptor.
fn cast_name(d: &str) -> &str {
    if d.starts_with('L') {
        &d[1..d.len() - 1]
    } else {
        d
    }
}

/// Bytecode being written for one proxy method.
struct Code<'w> {
    w: &'w mut ClassWriter,
    bytes: Vec<u8>,
}

impl Code<'_> {
    fn op(&mut self, op: u8) {
        self.bytes.push(op);
    }
    fn op_u2(&mut self, op: u8, index: u16) {
        self.bytes.push(op);
        self.bytes.extend_from_slice(&index.to_be_bytes());
    }
    fn load(&mut self, t: BasicType, slot: u16) {
        let op = match t {
            BasicType::Long => 0x16,
            BasicType::Float => 0x17,
            BasicType::Double => 0x18,
            BasicType::Reference => 0x19,
            _ => 0x15,
        };
        if slot > 255 {
            self.bytes.extend_from_slice(&[0xc4, op]);
            self.bytes.extend_from_slice(&slot.to_be_bytes());
        } else {
            self.bytes.extend_from_slice(&[op, slot as u8]);
        }
    }
    fn ret(&mut self, d: &str) {
        self.op(match basic(d) {
            BasicType::Void => 0xb1,
            BasicType::Long => 0xad,
            BasicType::Float => 0xae,
            BasicType::Double => 0xaf,
            BasicType::Reference => 0xb0,
            _ => 0xac,
        });
    }
    fn checkcast(&mut self, d: &str) {
        if d != "Ljava/lang/Object;" {
            let c = self.w.class(cast_name(d));
            self.op_u2(0xc0, c);
        }
    }
    fn invoke(&mut self, op: u8, class: &str, name: &str, descriptor: &str, interface: bool) {
        let m = self.w.method_ref(class, name, descriptor, interface);
        self.op_u2(op, m);
        if op == 0xb9 {
            let (params, _) = split(descriptor);
            let slots: usize = 1 + params.iter().map(|p| basic(p).slots()).sum::<usize>();
            self.bytes.extend_from_slice(&[slots as u8, 0]);
        }
    }
    fn widen(&mut self, from: BasicType, to: BasicType) {
        use BasicType::*;
        let op = match (from, to) {
            (Int | Short | Byte | Char, Long) => 0x85,
            (Int | Short | Byte | Char, Float) => 0x86,
            (Int | Short | Byte | Char, Double) => 0x87,
            (Long, Float) => 0x89,
            (Long, Double) => 0x8a,
            (Float, Double) => 0x8d,
            _ => return,
        };
        self.op(op);
    }
    fn box_value(&mut self, t: BasicType) {
        if let Some((class, _)) = wrapper(t) {
            let desc = format!("({})L{class};", t.descriptor_char());
            self.invoke(0xb8, class, "valueOf", &desc, false);
        }
    }
    /// Converts the value on the stack from type `from` to type `to` (descriptors).
    fn adapt(&mut self, from: &str, to: &str) {
        if from == to {
            return;
        }
        let (bf, bt) = (basic(from), basic(to));
        match (bf.is_reference(), bt.is_reference()) {
            (true, true) => self.checkcast(to),
            (true, false) => {
                // Unbox: from a specific wrapper if known, else cast to the target's wrapper.
                let source = wrapper_primitive(from).unwrap_or(bt);
                let (class, method) = wrapper(source).expect("primitive");
                if wrapper_primitive(from).is_none() {
                    let c = self.w.class(class);
                    self.op_u2(0xc0, c);
                }
                self.invoke(
                    0xb6,
                    class,
                    method,
                    &format!("(){}", source.descriptor_char()),
                    false,
                );
                self.widen(source, bt);
            }
            (false, true) => {
                // Box to the target's wrapper when it names one, else to the source's own.
                match wrapper_primitive(to) {
                    Some(target) => {
                        self.widen(bf, target);
                        self.box_value(target);
                    }
                    None => {
                        self.box_value(bf);
                        self.checkcast(to);
                    }
                }
            }
            (false, false) => self.widen(bf, bt),
        }
    }
}

/// What the bootstrap arguments say.
struct Spec {
    sam_name: String,
    interface: String,
    captured: Vec<String>,
    sam_descriptor: String,
    instantiated: String,
    impl_kind: u8,
    impl_class: String,
    impl_name: String,
    impl_descriptor: String,
    impl_is_interface: bool,
    markers: Vec<String>,
    bridges: Vec<String>,
    serializable: bool,
}

fn method_type(cp: &ConstantPool, index: u16) -> Option<String> {
    match cp.get(index) {
        Ok(Constant::MethodType { descriptor_index }) => {
            cp.utf8(*descriptor_index).ok().map(str::to_owned)
        }
        _ => None,
    }
}

fn int_constant(cp: &ConstantPool, index: u16) -> Option<i32> {
    match cp.get(index) {
        Ok(Constant::Integer(v)) => Some(*v),
        _ => None,
    }
}

fn spec(cp: &ConstantPool, name: &str, descriptor: &str, args: &[u16], alt: bool) -> Option<Spec> {
    let (captured, interface) = split(descriptor);
    let sam_descriptor = method_type(cp, *args.first()?)?;
    let (impl_kind, impl_ref) = match cp.get(*args.get(1)?) {
        Ok(Constant::MethodHandle {
            reference_kind,
            reference_index,
        }) => (*reference_kind, *reference_index),
        _ => return None,
    };
    let member = cp.member_ref(impl_ref).ok()?;
    let impl_is_interface = matches!(cp.get(impl_ref), Ok(Constant::InterfaceMethodref { .. }));
    let instantiated = method_type(cp, *args.get(2)?)?;
    let mut spec = Spec {
        sam_name: name.to_owned(),
        interface: cast_name(&interface).to_owned(),
        captured,
        sam_descriptor,
        instantiated,
        impl_kind,
        impl_class: member.class_name.to_owned(),
        impl_name: member.name.to_owned(),
        impl_descriptor: member.descriptor.to_owned(),
        impl_is_interface,
        markers: Vec::new(),
        bridges: Vec::new(),
        serializable: false,
    };
    if alt {
        let mut i = 3;
        let flags = int_constant(cp, *args.get(i)?)?;
        i += 1;
        spec.serializable = flags & FLAG_SERIALIZABLE != 0;
        if flags & FLAG_MARKERS != 0 {
            let count = int_constant(cp, *args.get(i)?)? as usize;
            i += 1;
            for _ in 0..count {
                spec.markers
                    .push(cp.class_name(*args.get(i)?).ok()?.to_owned());
                i += 1;
            }
        }
        if flags & FLAG_BRIDGES != 0 {
            let count = int_constant(cp, *args.get(i)?)? as usize;
            i += 1;
            for _ in 0..count {
                spec.bridges.push(method_type(cp, *args.get(i)?)?);
                i += 1;
            }
        }
    }
    Some(spec)
}

/// Writes the proxy class for a call site.
fn write_proxy(caller: &Class, spec: &Spec, name: &str) -> Vec<u8> {
    let mut w = ClassWriter::new();
    for (i, d) in spec.captured.iter().enumerate() {
        w.add_field(0x12, &format!("arg${}", i + 1), d);
    }
    let (sam_params, sam_ret) = split(&spec.sam_descriptor);
    let (inst_params, _) = split(&spec.instantiated);
    let (impl_params, impl_ret) = split(&spec.impl_descriptor);
    // What the implementation takes: the receiver first for instance methods.
    let mut targets: Vec<String> = Vec::new();
    if matches!(
        spec.impl_kind,
        ref_kind::INVOKE_VIRTUAL | ref_kind::INVOKE_INTERFACE | ref_kind::INVOKE_SPECIAL
    ) {
        targets.push(format!("L{};", spec.impl_class));
    }
    targets.extend(impl_params.iter().cloned());

    let mut code = Code {
        w: &mut w,
        bytes: Vec::new(),
    };
    if spec.impl_kind == ref_kind::NEW_INVOKE_SPECIAL {
        let c = code.w.class(&spec.impl_class);
        code.op_u2(0xbb, c);
        code.op(0x59);
    }
    let mut arg = 0;
    for (i, d) in spec.captured.iter().enumerate() {
        code.op(0x2a);
        let f = code.w.field_ref(name, &format!("arg${}", i + 1), d);
        code.op_u2(0xb4, f);
        if let Some(t) = targets.get(arg) {
            code.adapt(d, t);
        }
        arg += 1;
    }
    let mut slot: u16 = 1;
    for (j, d) in sam_params.iter().enumerate() {
        code.load(basic(d), slot);
        slot += basic(d).slots() as u16;
        let inst = inst_params.get(j).map_or(d.as_str(), String::as_str);
        code.adapt(d, inst);
        if let Some(t) = targets.get(arg) {
            code.adapt(inst, t);
        }
        arg += 1;
    }
    let (op, iface) = match spec.impl_kind {
        ref_kind::INVOKE_STATIC => (0xb8, spec.impl_is_interface),
        ref_kind::INVOKE_INTERFACE => (0xb9, true),
        ref_kind::INVOKE_VIRTUAL if spec.impl_is_interface => (0xb9, true),
        ref_kind::INVOKE_VIRTUAL => (0xb6, false),
        _ => (0xb7, spec.impl_is_interface),
    };
    code.invoke(
        op,
        &spec.impl_class,
        &spec.impl_name,
        &spec.impl_descriptor,
        iface,
    );
    let produced = if spec.impl_kind == ref_kind::NEW_INVOKE_SPECIAL {
        format!("L{};", spec.impl_class)
    } else {
        impl_ret
    };
    if sam_ret == "V" {
        match basic(&produced).slots() {
            0 => {}
            1 => code.op(0x57),
            _ => code.op(0x58),
        }
    } else {
        code.adapt(&produced, &sam_ret);
    }
    code.ret(&sam_ret);
    let bytes = code.bytes;
    let max_stack = 8 + 2 * (spec.captured.len() + sam_params.len()) as u16;
    w.add_method(
        0x0001,
        &spec.sam_name,
        &spec.sam_descriptor,
        &bytes,
        max_stack,
        slot,
    );

    for bridge in &spec.bridges {
        if bridge == &spec.sam_descriptor {
            continue;
        }
        let (bridge_params, bridge_ret) = split(bridge);
        let mut code = Code {
            w: &mut w,
            bytes: Vec::new(),
        };
        code.op(0x2a);
        let mut slot: u16 = 1;
        for (j, d) in bridge_params.iter().enumerate() {
            code.load(basic(d), slot);
            slot += basic(d).slots() as u16;
            if let Some(t) = sam_params.get(j) {
                code.adapt(d, t);
            }
        }
        code.invoke(0xb6, name, &spec.sam_name, &spec.sam_descriptor, false);
        if bridge_ret == "V" {
            match basic(&sam_ret).slots() {
                0 => {}
                1 => code.op(0x57),
                _ => code.op(0x58),
            }
        } else {
            code.adapt(&sam_ret, &bridge_ret);
        }
        code.ret(&bridge_ret);
        let bytes = code.bytes;
        w.add_method(
            0x1041,
            &spec.sam_name,
            bridge,
            &bytes,
            8 + 2 * bridge_params.len() as u16,
            slot,
        );
    }
    let mut interfaces: Vec<&str> = vec![spec.interface.as_str()];
    interfaces.extend(spec.markers.iter().map(String::as_str));
    if spec.serializable {
        interfaces.push("java/io/Serializable");
    }
    // The proxy joins its caller's nest, so it may call the caller's private lambda bodies.
    w.finish(
        0x1030,
        name,
        "java/lang/Object",
        &interfaces,
        &caller.nest_host_name(),
    )
}

/// A metafactory invokedynamic site: the NameAndType and the bootstrap
/// arguments.
pub struct MetafactorySite<'a> {
    pub name: &'a str,
    pub descriptor: &'a str,
    pub args: &'a [u16],
    pub alt: bool,
}

/// Whether `RJAVA_GENERAL_INDY` is set: every invokedynamic then runs its bootstrap through the
/// class library, without the VM's fast paths (for testing the general path).
pub fn general_path_forced() -> bool {
    static FORCED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *FORCED.get_or_init(|| std::env::var_os("RJAVA_GENERAL_INDY").is_some())
}

/// Links a metafactory call site: writes, defines and initializes its proxy class. `None` when
/// the site asks for something the fast path does not do (serializable lambdas, whose
/// `writeReplace` the library's metafactory writes): the general path links it then.
pub fn link(
    thread: &mut JavaThread,
    caller: &'static Class,
    site: MetafactorySite<'_>,
) -> JResult<Option<&'static Class>> {
    let MetafactorySite {
        name,
        descriptor,
        args,
        alt,
    } = site;
    let cp = &caller
        .class_file
        .as_ref()
        .expect("class file")
        .constant_pool;
    let Some(spec) = spec(cp, name, descriptor, args, alt).filter(|s| !s.serializable) else {
        return Ok(None);
    };
    let n = LAMBDA_COUNTER.fetch_add(1, Ordering::Relaxed);
    let proxy_name = format!("{}$$Lambda${n}", caller.name);
    let bytes = write_proxy(caller, &spec, &proxy_name);
    let vm = thread.vm;
    let class = vm.define_hidden_class(thread, &bytes, caller.loader, Some(caller))?;
    crate::init::initialize(thread, class)?;
    if let Some(target) = forwarding_target(caller, &spec) {
        if let Some(sam) = class
            .methods
            .iter()
            .find(|m| m.name == spec.sam_name && m.descriptor == spec.sam_descriptor)
        {
            let _ = sam.forward_to.set(target);
        }
    }
    Ok(Some(class))
}

/// The caller's static method a non-capturing lambda's interface method merely forwards to
/// (same parameters, no conversion of arguments or result), which its calls can run directly:
/// a lambda call then costs what an ordinary interface call does.
fn forwarding_target(caller: &'static Class, spec: &Spec) -> Option<&'static Method> {
    if !spec.captured.is_empty()
        || spec.impl_kind != ref_kind::INVOKE_STATIC
        || spec.impl_class != *caller.name
    {
        return None;
    }
    let (sam_params, sam_ret) = split(&spec.sam_descriptor);
    let (inst_params, _) = split(&spec.instantiated);
    let (impl_params, impl_ret) = split(&spec.impl_descriptor);
    let reference = |d: &str| d.starts_with('L') || d.starts_with('[');
    let same_result =
        sam_ret == impl_ret || (sam_ret == "Ljava/lang/Object;" && reference(&impl_ret));
    (sam_params == impl_params && inst_params == impl_params && same_result)
        .then(|| caller.declared_method(&spec.impl_name, &spec.impl_descriptor))
        .flatten()
        .filter(|m| m.is_static())
}

/// A new lambda object of `proxy` capturing the values below `sp` (one per instance field, in
/// order); leaves it in their place and returns the new stack top.
pub fn create(thread: &mut JavaThread, proxy: &'static Class, sp: usize) -> JResult<usize> {
    let slots: usize = proxy
        .fields
        .iter()
        .filter(|f| !f.is_static())
        .map(|f| f.basic_type.slots())
        .sum();
    let base = sp - slots;
    thread.frames.last_mut().expect("frame").sp = sp as u32;
    let object = crate::alloc::new_object(thread, proxy)?;
    let mut at = base;
    for field in proxy.fields.iter().filter(|f| !f.is_static()) {
        let v = thread.slots.get(at);
        let o = field.offset as usize;
        match field.basic_type {
            BasicType::Reference => object.set_ref(o, Ref::from_bits(v)),
            BasicType::Long | BasicType::Double => object.set::<u64>(o, v),
            BasicType::Int | BasicType::Float => object.set::<i32>(o, v as u32 as i32),
            BasicType::Boolean | BasicType::Byte => object.set::<i8>(o, v as i8),
            BasicType::Char | BasicType::Short => object.set::<u16>(o, v as u16),
            BasicType::Void => {}
        }
        at += field.basic_type.slots();
    }
    thread.slots.set(base, object.to_bits());
    Ok(base + 1)
}
