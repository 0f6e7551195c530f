//! invokedynamic (JVMS 5.4.3.6, 6.5). Each call site is linked once, on first execution, and
//! the link is cached in the runtime constant pool. Two bootstraps javac emits constantly are
//! linked by the VM itself, without running them (start-up of small programs is dominated by
//! bootstrap cost otherwise):
//! - `StringConcatFactory.makeConcat[WithConstants]`: the recipe's `\u{1}` takes the next
//!   argument, converted as `String.valueOf` would, and `\u{2}` the next constant;
//! - `LambdaMetafactory.metafactory`/`altMetafactory`: see [`crate::lambda`].
//!
//! Every other bootstrap runs as Java through `MethodHandleNatives.linkCallSite`
//! ([`crate::method_handles`]).

use crate::class::{Class, DefiningLoader};
use crate::exceptions::throw_new;
use crate::interp::{invoke, invoke_linked, Invoked};
use crate::method_handles::LinkedSite;
use crate::object::Ref;
use crate::rcp::Resolved;
use crate::rcp::RuntimeConstantPool;
use crate::thread::{JResult, JavaThread};
use crate::types::{BasicType, Signature};
use rjava_classfile::Constant;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// What one invokedynamic instruction is linked to.
#[derive(Debug, Clone, Copy)]
enum IndyLink {
    Concat(&'static ConcatSite),
    /// A lambda capturing values: a new proxy object per execution.
    Lambda(&'static Class),
    /// A non-capturing lambda: the one object the site always produces.
    Constant(&'static AtomicU64),
    /// Linked through the class library's `linkCallSite`.
    Linked(&'static LinkedSite),
    /// Linking failed: every later execution throws a new error of this class with this
    /// message (JVMS 5.4.3), without the cause, as HotSpot does.
    Failed(&'static Class, Option<&'static str>),
}

/// The links of the invokedynamic instructions that use one constant-pool entry. Each
/// instruction is a call site of its own (javac shares identical entries between sites); the
/// first one linked is checked with two comparisons, the others are searched.
#[derive(Debug)]
pub struct IndySites {
    method: u32,
    pc: u32,
    link: IndyLink,
    others: Mutex<Vec<(u32, u32, IndyLink)>>,
}

fn cached_link(rcp: &RuntimeConstantPool, index: u16, method: u32, pc: u32) -> Option<IndyLink> {
    let Some(Resolved::Indy(sites)) = rcp.get(index) else {
        return None;
    };
    if sites.method == method && sites.pc == pc {
        return Some(sites.link);
    }
    let others = sites.others.lock().expect("indy sites");
    others
        .iter()
        .find(|(m, p, _)| *m == method && *p == pc)
        .map(|&(_, _, link)| link)
}

fn record_link(rcp: &RuntimeConstantPool, index: u16, method: u32, pc: u32, link: IndyLink) {
    if rcp.get(index).is_none() {
        let sites: &'static IndySites = Box::leak(Box::new(IndySites {
            method,
            pc,
            link,
            others: Mutex::new(Vec::new()),
        }));
        rcp.set(index, Resolved::Indy(sites));
    }
    if let Some(Resolved::Indy(sites)) = rcp.get(index) {
        if !(sites.method == method && sites.pc == pc) {
            let mut others = sites.others.lock().expect("indy sites");
            if !others.iter().any(|(m, p, _)| *m == method && *p == pc) {
                others.push((method, pc, link));
            }
        }
    }
}

/// Executes the invokedynamic at constant-pool `index` with its arguments on the stack below
/// `sp`.
#[inline(never)]
pub fn invokedynamic(
    thread: &mut JavaThread,
    class: &'static Class,
    index: u16,
    sp: usize,
) -> JResult<Invoked> {
    let rcp = class.constant_pool.as_ref().expect("rcp");
    let frame = thread.frames.last().expect("frame");
    let (method, pc) = (frame.method.id, frame.pc);
    let link = match cached_link(rcp, index, method, pc) {
        Some(link) => link,
        // Linking holds references in Rust across its upcalls and class initializations.
        None => match thread.without_collections(|thread| link_site(thread, class, index, sp)) {
            Ok(link) => {
                record_link(rcp, index, method, pc, link);
                cached_link(rcp, index, method, pc).unwrap_or(link)
            }
            Err(t) => {
                if let Some(failed) = sticky_failure(thread) {
                    record_link(rcp, index, method, pc, failed);
                }
                return Err(t);
            }
        },
    };
    match link {
        IndyLink::Concat(site) => concatenate(thread, site, sp).map(Invoked::Returned),
        IndyLink::Lambda(proxy) => crate::lambda::create(thread, proxy, sp).map(Invoked::Returned),
        IndyLink::Constant(object) => {
            thread.slots.set(sp, object.load(Ordering::Relaxed));
            Ok(Invoked::Returned(sp + 1))
        }
        IndyLink::Linked(site) => invoke_linked(thread, site, sp),
        IndyLink::Failed(error, message) => {
            let name = error.name.to_string();
            Err(throw_new(thread, &name, message))
        }
    }
}

/// Links one invokedynamic instruction: by the VM for the bootstraps it knows, else through
/// the library.
fn link_site(
    thread: &mut JavaThread,
    class: &'static Class,
    index: u16,
    sp: usize,
) -> JResult<IndyLink> {
    let cf = class.class_file.as_ref().expect("class file");
    let cp = &cf.constant_pool;
    let Ok(&Constant::InvokeDynamic {
        bootstrap_method_attr_index,
        name_and_type_index,
    }) = cp.get(index)
    else {
        return Err(throw_new(
            thread,
            "java/lang/IncompatibleClassChangeError",
            None,
        ));
    };
    let (name, descriptor) = cp.name_and_type(name_and_type_index).unwrap_or(("", "()V"));
    let bsm = cf
        .bootstrap_methods()
        .get(bootstrap_method_attr_index as usize);
    let bsm_name = bsm.and_then(|b| match cp.get(b.bootstrap_method_ref) {
        Ok(Constant::MethodHandle {
            reference_index, ..
        }) => cp.member_ref(*reference_index).ok(),
        _ => None,
    });
    // Keep the arguments below the frames linking runs.
    thread.frames.last_mut().expect("frame").sp = sp as u32;
    if let (Some(m), Some(b), false) = (bsm_name, bsm, crate::lambda::general_path_forced()) {
        if m.class_name == "java/lang/invoke/LambdaMetafactory" {
            let site = crate::lambda::MetafactorySite {
                name,
                descriptor,
                args: &b.bootstrap_arguments,
                alt: m.name == "altMetafactory",
            };
            if let Some(proxy) = crate::lambda::link(thread, class, site)? {
                if proxy.fields.iter().any(|f| !f.is_static()) {
                    return Ok(IndyLink::Lambda(proxy));
                }
                let object = crate::alloc::new_object(thread, proxy)?;
                return Ok(IndyLink::Constant(thread.vm.new_root(object.to_bits())));
            }
        }
        if m.class_name == "java/lang/invoke/StringConcatFactory" {
            let site: &'static ConcatSite = Box::leak(Box::new(ConcatSite::parse(
                cp,
                descriptor,
                m.name,
                &b.bootstrap_arguments,
            )));
            return Ok(IndyLink::Concat(site));
        }
    }
    crate::method_handles::link_call_site(
        thread,
        class,
        index,
        bootstrap_method_attr_index,
        name,
        descriptor,
    )
    .map(IndyLink::Linked)
}

/// What a failed linking leaves at its call site: a linkage error sticks to it (JVMS 5.4.3);
/// others are only thrown, and the next execution tries again.
fn sticky_failure(thread: &JavaThread) -> Option<IndyLink> {
    let error = thread
        .pending_exception
        .filter(|&e| crate::method_handles::is_instance_of(thread, e, "java/lang/LinkageError"))?;
    let message =
        crate::exceptions::message_of(thread, error).map(|m| &*Box::leak(m.into_boxed_str()));
    Some(IndyLink::Failed(error.class(), message))
}

/// One piece of a concatenation: literal text (recipe text and constants, merged), or an argument.
#[derive(Debug)]
enum Piece {
    Text(Box<[u16]>),
    Arg(usize),
}

/// A `StringConcatFactory` call site, parsed once: the argument types and where each sits on the
/// operand stack, and the recipe as pieces.
#[derive(Debug)]
pub struct ConcatSite {
    parameters: Vec<(BasicType, usize)>,
    parameter_slots: usize,
    pieces: Vec<Piece>,
}

impl ConcatSite {
    fn parse(
        cp: &rjava_classfile::ConstantPool,
        descriptor: &str,
        bootstrap: &str,
        args: &[u16],
    ) -> ConcatSite {
        let signature = Signature::parse(descriptor);
        let mut offset = 0;
        let parameters = signature
            .parameters
            .iter()
            .map(|&t| {
                let at = offset;
                offset += t.slots();
                (t, at)
            })
            .collect();
        let recipe: Vec<u16> = if bootstrap == "makeConcatWithConstants" {
            args.first()
                .and_then(|&i| match cp.get(i) {
                    Ok(Constant::String { string_index }) => {
                        cp.java_str(*string_index).ok().map(|s| s.to_utf16())
                    }
                    _ => None,
                })
                .unwrap_or_default()
        } else {
            // makeConcat: every argument, in order.
            vec![1; signature.parameters.len()]
        };
        let mut constants = args.iter().skip(1);
        let mut pieces = Vec::new();
        let mut text: Vec<u16> = Vec::new();
        let mut next_arg = 0;
        for &unit in &recipe {
            match unit {
                1 => {
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text).into()));
                    }
                    pieces.push(Piece::Arg(next_arg));
                    next_arg += 1;
                }
                2 => {
                    if let Some(&c) = constants.next() {
                        append_constant(&mut text, cp, c);
                    }
                }
                u => text.push(u),
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text.into()));
        }
        ConcatSite {
            parameters,
            parameter_slots: signature.parameter_slots,
            pieces,
        }
    }
}

/// Runs a concatenation whose arguments sit below `sp`; leaves the string in their place.
fn concatenate(thread: &mut JavaThread, site: &ConcatSite, sp: usize) -> JResult<usize> {
    let base = sp - site.parameter_slots;
    // Keep the arguments below the working area so nested calls do not overwrite them.
    thread.frames.last_mut().expect("frame").sp = sp as u32;
    let mut out: Vec<u16> = Vec::new();
    for piece in &site.pieces {
        match piece {
            Piece::Text(t) => out.extend_from_slice(t),
            Piece::Arg(i) => {
                if let Some(&(t, at)) = site.parameters.get(*i) {
                    let v = thread.slots.get(base + at);
                    append_value(thread, &mut out, t, v)?;
                }
            }
        }
    }
    let string = crate::strings::new_string_utf16(thread, &out)?;
    thread.slots.set(base, string.to_bits());
    Ok(base + 1)
}

fn append_constant(out: &mut Vec<u16>, cp: &rjava_classfile::ConstantPool, index: u16) {
    let text = match cp.get(index) {
        Ok(Constant::String { string_index }) => cp
            .java_str(*string_index)
            .map(|s| s.to_utf16())
            .unwrap_or_default(),
        Ok(Constant::Integer(v)) => v.to_string().encode_utf16().collect(),
        Ok(Constant::Long(v)) => v.to_string().encode_utf16().collect(),
        _ => Vec::new(),
    };
    out.extend(text);
}

/// Appends one argument as `String.valueOf` converts it.
fn append_value(thread: &mut JavaThread, out: &mut Vec<u16>, t: BasicType, v: u64) -> JResult<()> {
    let simple = match t {
        BasicType::Int | BasicType::Short | BasicType::Byte => Some((v as u32 as i32).to_string()),
        BasicType::Long => Some((v as i64).to_string()),
        BasicType::Boolean => Some(if v as u32 != 0 { "true" } else { "false" }.to_owned()),
        BasicType::Char => {
            out.push(v as u16);
            return Ok(());
        }
        _ => None,
    };
    if let Some(s) = simple {
        out.extend(s.encode_utf16());
        return Ok(());
    }
    // Floats, doubles and objects convert exactly as the class library does.
    let vm = thread.vm;
    let string_class = vm.load_class(thread, "java/lang/String", DefiningLoader::Bootstrap)?;
    let descriptor = match t {
        BasicType::Float => "(F)Ljava/lang/String;",
        BasicType::Double => "(D)Ljava/lang/String;",
        _ => "(Ljava/lang/Object;)Ljava/lang/String;",
    };
    let value_of = string_class
        .declared_method("valueOf", descriptor)
        .expect("String.valueOf");
    crate::init::initialize(thread, string_class)?;
    let s = invoke(thread, value_of, &[v, 0])?;
    match Ref::from_bits(s) {
        Some(s) => out.extend(crate::strings::string_units(s)),
        None => out.extend("null".encode_utf16()),
    }
    Ok(())
}
