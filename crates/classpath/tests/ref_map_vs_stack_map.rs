//! Cross-checks `rjava_classfile::ref_map` against javac's own type information: at every
//! `StackMapTable` frame of every method of the JDK 17 runtime image (only `java.base` in debug
//! builds), each slot the frame types as a reference must be a reference in the ref map, and each
//! slot it types as a primitive must not be. `Top` slots may be anything.

use rjava_classfile::access::ACC_STATIC;
use rjava_classfile::descriptor::{parse_method_descriptor, FieldType};
use rjava_classfile::ref_map::{RefMap, SlotRefs};
use rjava_classfile::stack_map::{StackMapFrame, VerificationType};
use rjava_classfile::{ClassFile, Code};
use rjava_classpath::java_home::modules_image;
use rjava_classpath::{find_java_home, JImage};
use std::time::Instant;

/// The module checked in debug builds, where the whole image would take most of a minute; release
/// builds check every module (about five seconds).
const DEBUG_MODULE: &str = "java.base";

/// What a frame's type says about one slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Ref,
    NonRef,
    Any,
}

/// Slot-by-slot expectations for a list of verification types: long and double are listed once
/// but occupy two slots.
fn expand(types: &[VerificationType]) -> Vec<Expect> {
    let mut out = Vec::with_capacity(types.len() + 2);
    for t in types {
        match t {
            VerificationType::Top => out.push(Expect::Any),
            VerificationType::Integer | VerificationType::Float => out.push(Expect::NonRef),
            VerificationType::Long | VerificationType::Double => {
                out.extend([Expect::NonRef, Expect::NonRef])
            }
            VerificationType::Null
            | VerificationType::UninitializedThis
            | VerificationType::Object(_)
            | VerificationType::Uninitialized(_) => out.push(Expect::Ref),
        }
    }
    out
}

/// The implicit frame before the first instruction (JVMS 4.7.4), in verification types.
fn initial_locals(name: &str, descriptor: &str, is_static: bool) -> Vec<VerificationType> {
    let mut locals = Vec::new();
    if !is_static {
        locals.push(if name == "<init>" {
            VerificationType::UninitializedThis
        } else {
            VerificationType::Object(0)
        });
    }
    let md = parse_method_descriptor(descriptor).expect("JDK descriptors parse");
    for p in &md.parameters {
        locals.push(match p {
            FieldType::Long => VerificationType::Long,
            FieldType::Double => VerificationType::Double,
            FieldType::Float => VerificationType::Float,
            t if t.is_reference() => VerificationType::Object(0),
            _ => VerificationType::Integer,
        });
    }
    locals
}

/// Why a frame disagrees with the ref map, if it does.
fn compare(slots: &SlotRefs<'_>, locals: &[Expect], stack: &[Expect]) -> Option<String> {
    if slots.stack_depth() != stack.len() {
        return Some(format!(
            "stack depth {} but the frame has {}",
            slots.stack_depth(),
            stack.len()
        ));
    }
    if locals.len() > slots.max_locals() {
        return Some(format!(
            "{} local slots but max_locals {}",
            locals.len(),
            slots.max_locals()
        ));
    }
    let wrong =
        |is_ref: bool, e: Expect| (e == Expect::Ref && !is_ref) || (e == Expect::NonRef && is_ref);
    for (l, &e) in locals.iter().enumerate() {
        if wrong(slots.local_is_ref(l), e) {
            return Some(format!(
                "local {l}: frame says {e:?}, ref map says ref={}",
                slots.local_is_ref(l)
            ));
        }
    }
    for (s, &e) in stack.iter().enumerate() {
        if wrong(slots.stack_is_ref(s), e) {
            return Some(format!(
                "stack {s}: frame says {e:?}, ref map says ref={}",
                slots.stack_is_ref(s)
            ));
        }
    }
    None
}

#[derive(Default)]
struct Totals {
    classes: usize,
    methods: usize,
    frames: usize,
    instructions: usize,
    /// Frames at offsets the ref map finds unreachable (dead code some generators leave).
    unreachable_frames: usize,
    errors: Vec<String>,
    mismatches: Vec<String>,
    mismatch_count: usize,
}

fn check_method(
    totals: &mut Totals,
    where_: impl Fn() -> String,
    code: &Code,
    class: &ClassFile,
    name: &str,
    descriptor: &str,
    is_static: bool,
) {
    totals.methods += 1;
    let map = match RefMap::compute(code, &class.constant_pool, descriptor, is_static) {
        Ok(map) => map,
        Err(e) => {
            totals.errors.push(format!("{}: {e}", where_()));
            return;
        }
    };
    totals.instructions += map.pcs().count();
    let Some(table) = code.stack_map_table() else {
        return;
    };
    let mut locals = initial_locals(name, descriptor, is_static);
    let mut offset: usize = 0;
    for (k, frame) in table.iter().enumerate() {
        offset = if k == 0 {
            frame.offset_delta() as usize
        } else {
            offset + frame.offset_delta() as usize + 1
        };
        let stack: Vec<VerificationType> = match frame {
            StackMapFrame::Same { .. } | StackMapFrame::SameExtended { .. } => Vec::new(),
            StackMapFrame::SameLocals1StackItem { stack, .. }
            | StackMapFrame::SameLocals1StackItemExtended { stack, .. } => vec![*stack],
            StackMapFrame::Chop { chopped, .. } => {
                locals.truncate(locals.len().saturating_sub(*chopped as usize));
                Vec::new()
            }
            StackMapFrame::Append { locals: more, .. } => {
                locals.extend_from_slice(more);
                Vec::new()
            }
            StackMapFrame::Full {
                locals: l,
                stack: s,
                ..
            } => {
                locals = l.clone();
                s.clone()
            }
        };
        totals.frames += 1;
        let Some(slots) = map.at(offset) else {
            totals.unreachable_frames += 1;
            continue;
        };
        if let Some(why) = compare(&slots, &expand(&locals), &expand(&stack)) {
            totals.mismatch_count += 1;
            if totals.mismatches.len() < 10 {
                totals
                    .mismatches
                    .push(format!("{} at bci {offset}: {why}", where_()));
            }
        }
    }
}

#[test]
fn ref_maps_agree_with_stack_map_tables_of_the_jdk() {
    let home = find_java_home().expect("a JDK 17 is installed");
    let image = JImage::open(modules_image(&home)).expect("open lib/modules");
    let started = Instant::now();
    let mut totals = Totals::default();
    for entry in image.entries() {
        let wanted = !cfg!(debug_assertions) || entry.module == DEBUG_MODULE;
        if !entry.is_class() || entry.base == "module-info" || !wanted {
            continue;
        }
        let bytes = image.entry_content(&entry).expect("read class");
        let class = ClassFile::parse(bytes).unwrap_or_else(|e| panic!("{}: {e}", entry.path()));
        totals.classes += 1;
        let cp = &class.constant_pool;
        for m in &class.methods {
            let Some(code) = m.code() else { continue };
            let (name, descriptor) = (m.name(cp), m.descriptor(cp));
            let where_ = || format!("{}.{name}{descriptor}", class.this_class_name());
            let is_static = m.access_flags & ACC_STATIC != 0;
            check_method(
                &mut totals,
                where_,
                code,
                &class,
                name,
                descriptor,
                is_static,
            );
        }
    }
    let elapsed = started.elapsed();
    println!(
        "{}: {} classes, {} methods, {} instructions, {} frames checked \
         ({} at unreachable offsets), {} compute errors, {} mismatches, in {:.2?}",
        if cfg!(debug_assertions) {
            DEBUG_MODULE
        } else {
            "all modules"
        },
        totals.classes,
        totals.methods,
        totals.instructions,
        totals.frames,
        totals.unreachable_frames,
        totals.errors.len(),
        totals.mismatch_count,
        elapsed
    );
    assert!(
        totals.classes > 5000,
        "java.base alone has over 5000 classes"
    );
    assert!(
        totals.errors.is_empty(),
        "{} methods failed, first: {:#?}",
        totals.errors.len(),
        &totals.errors[..totals.errors.len().min(10)]
    );
    assert_eq!(
        totals.mismatch_count, 0,
        "first mismatches: {:#?}",
        totals.mismatches
    );
}
