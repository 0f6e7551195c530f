//! Helpful NullPointerException messages (JEP 358), worded exactly as HotSpot 17 words them.
//!
//! HotSpot's `ExceptionMessageBuilder` (bytecodeUtils.cpp) describes an implicit NPE in two parts:
//! the action that failed (`Cannot invoke "String.length()"`), found from the faulting
//! instruction alone, and what was null (` because "this.items" is null`), found by simulating the
//! operand stack to learn which instruction pushed the null reference and describing that
//! instruction as a Java-like expression. The simulation tracks, for each stack slot, only the
//! bci that pushed it (forgotten where paths that pushed it differently merge) and, per path,
//! which local slots were stored to (so an untouched parameter can be named `<parameterN>`).
//!
//! This reproduces HotSpot's algorithm rather than an idealised one, quirks included, because the
//! texts are observable (tests/npe_messages.rs checks them against the real `java`):
//! - the analysis stops as soon as a sweep reaches the faulting bci, so later back edges are not
//!   merged in, and branch targets receive the stack already merged with the fall-through's;
//! - switches also flow into the next instruction, `jsr` does not, and nothing follows `ret`;
//! - `iinc` does not count as a store, and locals from slot 64 on always count as stored to;
//! - `ldc` of a method handle, method type or dynamic constant pushes nothing;
//! - descriptions give up after five levels of detail (`<array>`, `...`, a field name alone);
//! - `sipush` operands print unsigned;
//! - a null pushed by an instruction that has no description (`invokedynamic`, say) leaves the
//!   opening ` because "` of the clause behind.

use rjava_classfile::access::ACC_STATIC;
use rjava_classfile::attributes::{Attribute, Code};
use rjava_classfile::bytecode::{decode_all, op as opc, Instruction, Operands};
use rjava_classfile::constant_pool::{Constant, ConstantPool, MemberRef};
use rjava_classfile::ClassFile;

/// The extended message HotSpot gives a NullPointerException raised by the instruction at `bci`
/// of method `method_index` of `class`, or None when HotSpot gives none (e.g. the instruction
/// cannot raise an NPE, like `new` followed by athrow of an explicitly created NPE).
pub fn extended_npe_message(class: &ClassFile, method_index: usize, bci: u32) -> Option<String> {
    let method = class.methods.get(method_index)?;
    let view = MethodView::new(
        &class.constant_pool,
        method.code()?,
        method.access_flags & ACC_STATIC != 0,
        method.descriptor(&class.constant_pool),
    )?;
    let insn = view.insn_at(bci)?;
    let slot = view.null_slot(insn)?;
    let mut message = view.failed_action(insn)?;
    let analysis = Analysis::run(&view, bci);
    // Without a description of the null value the sentence simply ends after the action.
    analysis.print_cause(&mut message, bci, slot);
    Some(message)
}

/// HotSpot's `_max_cause_detail`: how many levels deep a description of the null value goes.
const MAX_CAUSE_DETAIL: u32 = 5;

/// HotSpot's `_max_entries`: past this many stack entries in total the analysis stops, leaving
/// later instructions without stacks (it guards against absurd methods).
const MAX_ENTRIES: usize = 1_000_000;

/// Local slots tracked for "was written"; higher slots always count as written.
const TRACKED_LOCALS: u16 = 64;

/// HotSpot's `BasicType`, as far as the analysis distinguishes values: sizes decide how many
/// stack entries a value takes, and differing types make a merged entry anonymous.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    Void,
    Boolean,
    Char,
    Float,
    Double,
    Byte,
    Short,
    Int,
    Long,
    Object,
    Array,
    Address,
    Conflict,
}

impl Ty {
    /// Stack entries a value of this type occupies (`type2size`; a conflict counts as one).
    fn size(self) -> usize {
        match self {
            Ty::Void => 0,
            Ty::Long | Ty::Double => 2,
            _ => 1,
        }
    }

    fn is_reference(self) -> bool {
        matches!(self, Ty::Object | Ty::Array)
    }

    /// The type of a field or return descriptor (`Signature::basic_type`).
    fn of_descriptor(descriptor: &str) -> Option<Ty> {
        Some(match descriptor.as_bytes().first()? {
            b'Z' => Ty::Boolean,
            b'C' => Ty::Char,
            b'F' => Ty::Float,
            b'D' => Ty::Double,
            b'B' => Ty::Byte,
            b'S' => Ty::Short,
            b'I' => Ty::Int,
            b'J' => Ty::Long,
            b'L' => Ty::Object,
            b'[' => Ty::Array,
            b'V' => Ty::Void,
            _ => return None,
        })
    }

    /// Int, long, float or double by the position of an opcode within a group of four such as
    /// `iadd ladd fadd dadd`.
    fn of_quad(opcode: u8, first: u8) -> Ty {
        [Ty::Int, Ty::Long, Ty::Float, Ty::Double][usize::from((opcode - first) % 4)]
    }
}

/// What the analysis knows about one operand-stack entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct SlotData {
    /// The instruction that pushed the value; None when paths disagree.
    bci: Option<u32>,
    ty: Ty,
}

impl SlotData {
    fn new(bci: u32, ty: Ty) -> Self {
        SlotData { bci: Some(bci), ty }
    }

    /// The entry after a control-flow merge: it keeps its origin only if both paths agree, and
    /// references of object and array type still count as references.
    fn merge(self, other: SlotData) -> SlotData {
        let bci = if self.bci == other.bci {
            self.bci
        } else {
            None
        };
        if self.ty == other.ty {
            SlotData { bci, ty: self.ty }
        } else if self.ty.is_reference() && other.ty.is_reference() {
            SlotData {
                bci,
                ty: Ty::Object,
            }
        } else {
            SlotData {
                bci: None,
                ty: Ty::Conflict,
            }
        }
    }
}

/// The simulated operand stack before one instruction, plus which local slots some path to it
/// has stored to.
#[derive(Debug, Clone, Default)]
struct SimStack {
    /// Bottom first.
    entries: Vec<SlotData>,
    written_locals: u64,
}

impl SimStack {
    fn push_raw(&mut self, data: SlotData) {
        if data.ty != Ty::Void {
            self.entries.push(data);
        }
    }

    /// Pushes a value, as two entries if it is a long or double.
    fn push(&mut self, data: SlotData) {
        if data.ty.size() == 2 {
            self.push_raw(data);
        }
        self.push_raw(data);
    }

    /// Pops `count` entries; None on underflow, which only malformed code can cause.
    fn pop(&mut self, count: usize) -> Option<()> {
        let len = self.entries.len().checked_sub(count)?;
        self.entries.truncate(len);
        Some(())
    }

    /// The entry `slot` places below the top (0 is the top).
    fn get(&self, slot: usize) -> Option<SlotData> {
        let index = self.entries.len().checked_sub(slot + 1)?;
        self.entries.get(index).copied()
    }

    /// Pops `count` entries and returns them top first.
    fn take(&mut self, count: usize) -> Option<Vec<SlotData>> {
        let taken = (0..count)
            .map(|i| self.get(i))
            .collect::<Option<Vec<_>>>()?;
        self.pop(count)?;
        Some(taken)
    }

    fn merge(&mut self, other: &SimStack) {
        // Verified code merges equal depths; on anything else the common bottom part is merged.
        for (mine, theirs) in self.entries.iter_mut().zip(&other.entries) {
            *mine = mine.merge(*theirs);
        }
        self.written_locals |= other.written_locals;
    }

    fn set_local_written(&mut self, slot: u16) {
        if slot < TRACKED_LOCALS {
            self.written_locals |= 1 << slot;
        }
    }

    fn local_was_written(&self, slot: u16) -> bool {
        slot >= TRACKED_LOCALS || self.written_locals & (1 << slot) != 0
    }
}

/// Where control goes after a simulated instruction.
struct Flow {
    falls_through: bool,
    /// Branch targets, relative offsets already applied; the branch or default target first.
    targets: Vec<i64>,
}

impl Flow {
    fn next() -> Flow {
        Flow {
            falls_through: true,
            targets: Vec::new(),
        }
    }

    fn ends() -> Flow {
        Flow {
            falls_through: false,
            targets: Vec::new(),
        }
    }
}

/// The parts of a method the analysis reads.
struct MethodView<'a> {
    cp: &'a ConstantPool,
    code: &'a Code,
    is_static: bool,
    descriptor: &'a str,
    insns: Vec<Instruction>,
    /// For each code offset, the index into `insns` of the instruction starting there.
    by_pc: Vec<Option<u32>>,
}

impl<'a> MethodView<'a> {
    fn new(
        cp: &'a ConstantPool,
        code: &'a Code,
        is_static: bool,
        descriptor: &'a str,
    ) -> Option<Self> {
        let insns = decode_all(&code.code).ok()?;
        let mut by_pc = vec![None; code.code.len()];
        for (index, insn) in insns.iter().enumerate() {
            *by_pc.get_mut(insn.pc as usize)? = Some(u32::try_from(index).ok()?);
        }
        Some(MethodView {
            cp,
            code,
            is_static,
            descriptor,
            insns,
            by_pc,
        })
    }

    fn code_len(&self) -> usize {
        self.code.code.len()
    }

    fn insn_at(&self, pc: u32) -> Option<&Instruction> {
        let index = (*self.by_pc.get(pc as usize)?)?;
        self.insns.get(index as usize)
    }

    /// The constant-pool index of a field or method instruction.
    fn member_index(insn: &Instruction) -> Option<u16> {
        match insn.operands {
            Operands::Constant(index) | Operands::InvokeInterface { index, .. } => Some(index),
            _ => None,
        }
    }

    fn member(&self, insn: &Instruction) -> Option<MemberRef<'a>> {
        self.cp.member_ref(Self::member_index(insn)?).ok()
    }

    /// The descriptor an invoke instruction calls with, the call site's for `invokedynamic`.
    fn invoke_descriptor(&self, insn: &Instruction) -> Option<&'a str> {
        if let Operands::InvokeDynamic { index } = insn.operands {
            let Constant::InvokeDynamic {
                name_and_type_index,
                ..
            } = *self.cp.get(index).ok()?
            else {
                return None;
            };
            return Some(self.cp.name_and_type(name_and_type_index).ok()?.1);
        }
        Some(self.member(insn)?.descriptor)
    }

    /// HotSpot's `get_NPE_null_slot`: how far below the top of the stack the reference that
    /// `insn` dereferences sits, or None when `insn` cannot raise an NPE, or when it is a
    /// constructor call (an NPE created by `new`, which deserves no extended message).
    fn null_slot(&self, insn: &Instruction) -> Option<usize> {
        use opc::*;
        match insn.opcode {
            GETFIELD | ARRAYLENGTH | ATHROW | MONITORENTER | MONITOREXIT => Some(0),
            IALOAD..=SALOAD => Some(1),
            IASTORE | FASTORE | AASTORE | BASTORE | CASTORE | SASTORE => Some(2),
            LASTORE | DASTORE => Some(3),
            PUTFIELD => Some(Ty::of_descriptor(self.member(insn)?.descriptor)?.size()),
            INVOKEVIRTUAL | INVOKESPECIAL | INVOKEINTERFACE => {
                let member = self.member(insn)?;
                if member.name == "<init>" {
                    return None;
                }
                Some(MethodDescriptor::parse(member.descriptor)?.argument_slots())
            }
            _ => None,
        }
    }

    /// HotSpot's `print_NPE_failed_action`: what could not be done.
    fn failed_action(&self, insn: &Instruction) -> Option<String> {
        use opc::*;
        let text = match insn.opcode {
            IALOAD => "Cannot load from int array",
            FALOAD => "Cannot load from float array",
            AALOAD => "Cannot load from object array",
            BALOAD => "Cannot load from byte/boolean array",
            CALOAD => "Cannot load from char array",
            SALOAD => "Cannot load from short array",
            LALOAD => "Cannot load from long array",
            DALOAD => "Cannot load from double array",
            IASTORE => "Cannot store to int array",
            FASTORE => "Cannot store to float array",
            AASTORE => "Cannot store to object array",
            BASTORE => "Cannot store to byte/boolean array",
            CASTORE => "Cannot store to char array",
            SASTORE => "Cannot store to short array",
            LASTORE => "Cannot store to long array",
            DASTORE => "Cannot store to double array",
            ARRAYLENGTH => "Cannot read the array length",
            ATHROW => "Cannot throw exception",
            MONITORENTER => "Cannot enter synchronized block",
            MONITOREXIT => "Cannot exit synchronized block",
            GETFIELD => return Some(format!("Cannot read field \"{}\"", self.member(insn)?.name)),
            PUTFIELD => {
                return Some(format!(
                    "Cannot assign field \"{}\"",
                    self.member(insn)?.name
                ))
            }
            INVOKEVIRTUAL | INVOKESPECIAL | INVOKEINTERFACE => {
                return Some(format!(
                    "Cannot invoke \"{}\"",
                    method_name(&self.member(insn)?)?
                ));
            }
            _ => return None,
        };
        Some(text.to_owned())
    }

    /// HotSpot's `print_local_var`: the local's name from the LocalVariableTable if one covers
    /// `bci`, else `this`, `<parameterN>` while a parameter's slot is still untouched, or
    /// `<localN>`.
    fn local_name(&self, bci: u32, slot: u16, is_parameter: bool) -> String {
        if let Some(name) = self.local_variable_name(bci, slot) {
            return name.to_owned();
        }
        if !self.is_static && slot == 0 && is_parameter {
            return "this".to_owned();
        }
        match self.parameter_number(slot) {
            Some(number) if is_parameter => format!("<parameter{number}>"),
            _ => format!("<local{slot}>"),
        }
    }

    fn local_variable_name(&self, bci: u32, slot: u16) -> Option<&'a str> {
        let entries = self.code.attributes.iter().flat_map(|a| match a {
            Attribute::LocalVariableTable(entries) => entries.as_slice(),
            _ => &[],
        });
        entries
            .filter(|e| e.index == slot)
            .filter(|e| {
                let start = u32::from(e.start_pc);
                bci >= start && bci < start + u32::from(e.length)
            })
            .find_map(|e| self.cp.utf8(e.name_index).ok())
    }

    /// The 1-based number of the declared parameter occupying local `slot`, if any.
    fn parameter_number(&self, slot: u16) -> Option<usize> {
        let descriptor = MethodDescriptor::parse(self.descriptor)?;
        let mut first_slot = usize::from(!self.is_static);
        for (number, parameter) in descriptor.parameters.iter().enumerate() {
            let size = Ty::of_descriptor(parameter)?.size();
            if (first_slot..first_slot + size).contains(&usize::from(slot)) {
                return Some(number + 1);
            }
            first_slot += size;
        }
        None
    }
}

/// A method descriptor split into its parameter and return descriptors.
struct MethodDescriptor<'d> {
    parameters: Vec<&'d str>,
    return_type: &'d str,
}

impl<'d> MethodDescriptor<'d> {
    fn parse(descriptor: &'d str) -> Option<Self> {
        let mut rest = descriptor.strip_prefix('(')?;
        let mut parameters = Vec::new();
        while !rest.starts_with(')') {
            let len = field_descriptor_len(rest)?;
            parameters.push(&rest[..len]);
            rest = &rest[len..];
        }
        let return_type = &rest[1..];
        Some(MethodDescriptor {
            parameters,
            return_type,
        })
    }

    /// Operand-stack entries the arguments take (`ArgumentSizeComputer`).
    fn argument_slots(&self) -> usize {
        self.parameters
            .iter()
            .map(|p| Ty::of_descriptor(p).map_or(1, Ty::size))
            .sum()
    }
}

/// The length of the field descriptor at the start of `text`.
fn field_descriptor_len(text: &str) -> Option<usize> {
    let dims = text.bytes().take_while(|&b| b == b'[').count();
    let element = match text.as_bytes().get(dims)? {
        b'L' => text[dims..].find(';')? + 1,
        b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z' => 1,
        _ => return None,
    };
    Some(dims + element)
}

/// A class name as HotSpot's messages print it: dotted, with `java.lang.Object` and
/// `java.lang.String` shortened (only exactly those two).
fn class_name(internal: &str) -> String {
    match internal {
        "java/lang/Object" => "Object".to_owned(),
        "java/lang/String" => "String".to_owned(),
        _ => internal.replace('/', "."),
    }
}

/// A field descriptor as Java source spells the type: `int`, `java.util.List`, `byte[][]`.
fn external_type(descriptor: &str) -> Option<String> {
    let dims = descriptor.bytes().take_while(|&b| b == b'[').count();
    let element = &descriptor[dims..];
    let mut text = match element.as_bytes().first()? {
        b'L' => element
            .strip_prefix('L')?
            .strip_suffix(';')?
            .replace('/', "."),
        _ => primitive_name(element)?.to_owned(),
    };
    text.push_str(&"[]".repeat(dims));
    Some(text)
}

fn primitive_name(descriptor: &str) -> Option<&'static str> {
    Some(match descriptor {
        "Z" => "boolean",
        "C" => "char",
        "F" => "float",
        "D" => "double",
        "B" => "byte",
        "S" => "short",
        "I" => "int",
        "J" => "long",
        _ => return None,
    })
}

/// HotSpot's `print_method_name`: `Class.name(parameter types)`. Parameter types beginning with
/// `java.lang.Object` or `java.lang.String` lose the package — by prefix, so
/// `java.lang.StringBuilder` becomes `StringBuilder` too, as HotSpot's trimming does.
fn method_name(member: &MemberRef<'_>) -> Option<String> {
    let descriptor = MethodDescriptor::parse(member.descriptor)?;
    let parameters = descriptor
        .parameters
        .iter()
        .map(|p| {
            let text = external_type(p)?;
            let trimmed =
                text.starts_with("java.lang.Object") || text.starts_with("java.lang.String");
            Some(if trimmed {
                text["java.lang.".len()..].to_owned()
            } else {
                text
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(format!(
        "{}.{}({})",
        class_name(member.class_name),
        member.name,
        parameters.join(", ")
    ))
}

/// The simulated stacks of one method (HotSpot's `ExceptionMessageBuilder` state).
struct Analysis<'v, 'a> {
    view: &'v MethodView<'a>,
    /// The stack before each code offset (one extra for the end of the code), where known.
    stacks: Vec<Option<SimStack>>,
    entries: usize,
    added_one: bool,
    all_processed: bool,
}

impl<'v, 'a> Analysis<'v, 'a> {
    /// Simulates the method until the stack before `bci` is known: sweeps over the code in order,
    /// simulating each instruction with a known stack, until a sweep adds no new stack — or, as
    /// HotSpot does, as soon as a sweep passes `bci` with its stack known.
    fn run(view: &'v MethodView<'a>, bci: u32) -> Self {
        let len = view.code_len();
        let mut analysis = Analysis {
            view,
            stacks: vec![None; len + 1],
            entries: 0,
            added_one: true,
            all_processed: false,
        };
        if let Some(first) = analysis.stacks.first_mut() {
            *first = Some(SimStack::default());
        }
        // A handler starts with just the exception, pushed (as far as descriptions go) by the
        // handler's first instruction.
        for handler in &view.code.exception_table {
            let pc = handler.handler_pc;
            if let Some(slot @ None) = analysis.stacks.get_mut(usize::from(pc)) {
                let mut stack = SimStack::default();
                stack.push(SlotData::new(u32::from(pc), Ty::Object));
                *slot = Some(stack);
            }
        }
        while !analysis.all_processed && analysis.added_one {
            analysis.all_processed = true;
            analysis.added_one = false;
            let mut pc = 0;
            while pc < len {
                pc += analysis.step(pc);
                if pc == bci as usize && analysis.stacks.get(pc).is_some_and(Option::is_some) {
                    analysis.all_processed = true;
                    break;
                }
                if analysis.entries > MAX_ENTRIES {
                    return analysis;
                }
            }
        }
        analysis
    }

    /// Simulates the instruction at `pc` if its stack is known, passing the result on to its
    /// successors. Returns the instruction's length.
    fn step(&mut self, pc: usize) -> usize {
        let view = self.view;
        let Some(insn) = view.insn_at(pc as u32) else {
            // Unreachable: sweeps only visit instruction starts of fully decoded code.
            return 1;
        };
        let len = insn.length as usize;
        let Some(mut stack) = self.stacks.get(pc).cloned().flatten() else {
            self.all_processed = false;
            return len;
        };
        let Some(flow) = self.simulate(insn, &mut stack) else {
            // HotSpot's reaction to an instruction it cannot simulate.
            self.all_processed = false;
            self.added_one = false;
            return len;
        };
        if flow.falls_through {
            self.merge_into((pc + len) as i64, &mut stack);
        }
        for target in flow.targets {
            self.merge_into(target, &mut stack);
        }
        len
    }

    /// Merges `stack` into the stack known at `target`. Like HotSpot, `stack` itself becomes the
    /// merged stack, so later targets of the same instruction receive the merge too.
    fn merge_into(&mut self, target: i64, stack: &mut SimStack) {
        let Some(existing) = usize::try_from(target)
            .ok()
            .and_then(|t| self.stacks.get_mut(t))
        else {
            return;
        };
        match existing {
            Some(known) => stack.merge(known),
            None => {
                self.added_one = true;
                self.entries += stack.entries.len();
            }
        }
        *existing = Some(stack.clone());
    }

    /// Applies one instruction to `stack`; None if it cannot be simulated.
    fn simulate(&self, insn: &Instruction, stack: &mut SimStack) -> Option<Flow> {
        use opc::*;
        let pc = insn.pc;
        let push = |stack: &mut SimStack, ty: Ty| stack.push(SlotData::new(pc, ty));
        match insn.opcode {
            NOP..=SIPUSH | ILOAD..=ALOAD_3 | IINC | NEW => push(stack, pushed_type(insn.opcode)),
            LDC..=LDC2_W => {
                // Method handles, method types and dynamic constants push nothing: HotSpot's
                // product builds skip what they do not expect here.
                if let Some(ty) = self.constant_type(insn) {
                    push(stack, ty);
                }
            }
            IALOAD..=SALOAD => {
                stack.pop(2)?;
                push(stack, pushed_type(insn.opcode));
            }
            ISTORE..=ASTORE_3 => {
                stack.set_local_written(stored_local(insn));
                stack.pop(stored_size(insn.opcode))?;
            }
            IASTORE | FASTORE | AASTORE | BASTORE | CASTORE | SASTORE => stack.pop(3)?,
            LASTORE | DASTORE => stack.pop(4)?,
            POP | MONITORENTER | MONITOREXIT => stack.pop(1)?,
            POP2 => stack.pop(2)?,
            DUP..=SWAP => shuffle(insn.opcode, stack)?,
            IADD..=LXOR | I2L..=DCMPG => {
                let (pops, ty) = arithmetic_effect(insn.opcode)?;
                stack.pop(pops)?;
                push(stack, ty);
            }
            IFEQ..=IFLE | IFNULL | IFNONNULL => return branch(insn, stack, 1),
            IF_ICMPEQ..=IF_ACMPNE => return branch(insn, stack, 2),
            GOTO | GOTO_W => {
                return Some(Flow {
                    falls_through: false,
                    targets: insn.branch_targets(),
                })
            }
            JSR | JSR_W => {
                push(stack, Ty::Address);
                return Some(Flow {
                    falls_through: false,
                    targets: insn.branch_targets(),
                });
            }
            // Where `ret` returns to is unknown, so nothing follows it.
            RET => return Some(Flow::ends()),
            // HotSpot lets switches flow on into the next instruction as well as their targets.
            TABLESWITCH | LOOKUPSWITCH => return branch(insn, stack, 1),
            IRETURN..=RETURN | ATHROW => {
                stack.pop(returned_size(insn.opcode))?;
                return Some(Flow::ends());
            }
            GETSTATIC..=PUTFIELD => self.field_access(insn, stack)?,
            INVOKEVIRTUAL..=INVOKEDYNAMIC => self.invoke(insn, stack)?,
            NEWARRAY | ANEWARRAY => {
                stack.pop(1)?;
                push(stack, Ty::Object);
            }
            INSTANCEOF | ARRAYLENGTH => {
                stack.pop(1)?;
                push(stack, Ty::Int);
            }
            CHECKCAST => {}
            MULTIANEWARRAY => {
                let Operands::MultiANewArray { dimensions, .. } = insn.operands else {
                    return None;
                };
                stack.pop(usize::from(dimensions))?;
                push(stack, Ty::Object);
            }
            _ => return None,
        }
        Some(Flow::next())
    }

    /// The type `ldc`, `ldc_w` or `ldc2_w` pushes, None for constants HotSpot pushes nothing for.
    fn constant_type(&self, insn: &Instruction) -> Option<Ty> {
        let Operands::Constant(index) = insn.operands else {
            return None;
        };
        match self.view.cp.get(index).ok()? {
            Constant::Class { .. }
            | Constant::String { .. }
            | Constant::Fieldref { .. }
            | Constant::Methodref { .. }
            | Constant::InterfaceMethodref { .. } => Some(Ty::Object),
            Constant::Integer(_) => Some(Ty::Int),
            Constant::Long(_) => Some(Ty::Long),
            Constant::Float(_) => Some(Ty::Float),
            Constant::Double(_) => Some(Ty::Double),
            _ => None,
        }
    }

    fn field_access(&self, insn: &Instruction, stack: &mut SimStack) -> Option<()> {
        let ty = Ty::of_descriptor(self.view.member(insn)?.descriptor)?;
        match insn.opcode {
            opc::GETSTATIC => {}
            opc::GETFIELD => stack.pop(1)?,
            opc::PUTSTATIC => return stack.pop(ty.size()),
            _ => return stack.pop(ty.size() + 1),
        }
        stack.push(SlotData::new(insn.pc, ty));
        Some(())
    }

    fn invoke(&self, insn: &Instruction, stack: &mut SimStack) -> Option<()> {
        let descriptor = MethodDescriptor::parse(self.view.invoke_descriptor(insn)?)?;
        let receiver = !matches!(insn.opcode, opc::INVOKESTATIC | opc::INVOKEDYNAMIC);
        stack.pop(descriptor.argument_slots() + usize::from(receiver))?;
        stack.push(SlotData::new(
            insn.pc,
            Ty::of_descriptor(descriptor.return_type)?,
        ));
        Some(())
    }

    /// HotSpot's `print_NPE_cause`: appends ` because "<description>" is null` if the value in
    /// `slot` before `bci` can be described.
    fn print_cause(&self, out: &mut String, bci: u32, slot: usize) {
        if self.describe(out, bci, slot, MAX_CAUSE_DETAIL, false, Some(" because \"")) {
            out.push_str("\" is null");
        }
    }

    /// HotSpot's `print_NPE_cause0`: describes the value in `slot` before `bci` by the
    /// instruction that pushed it, recursing into array and object operands with one level of
    /// detail less. `inner` suppresses "the return value of" inside array indices. Returns
    /// whether a description was written; note that, as in HotSpot, the top-level `prefix` can be
    /// written even when the description then fails.
    fn describe(
        &self,
        out: &mut String,
        bci: u32,
        slot: usize,
        max_detail: u32,
        inner: bool,
        prefix: Option<&str>,
    ) -> bool {
        use opc::*;
        if max_detail == 0 {
            return false;
        }
        let Some(stack) = self.stacks.get(bci as usize).and_then(Option::as_ref) else {
            return false;
        };
        let Some(source) = stack.get(slot).and_then(|data| data.bci) else {
            return false;
        };
        let Some(insn) = self.view.insn_at(source) else {
            return false;
        };
        // A call describes itself as "the return value of", outside the quotes.
        let is_call = matches!(insn.opcode, INVOKEVIRTUAL..=INVOKEINTERFACE);
        if let Some(prefix) = prefix.filter(|_| max_detail == MAX_CAUSE_DETAIL && !is_call) {
            out.push_str(prefix);
        }
        match insn.opcode {
            ILOAD_0..=ILOAD_3 | ALOAD_0..=ALOAD_3 | ILOAD | ALOAD => {
                let Some(local) = loaded_local(insn) else {
                    return false;
                };
                let is_parameter = !stack.local_was_written(local);
                out.push_str(&self.view.local_name(source, local, is_parameter));
            }
            ACONST_NULL => out.push_str("null"),
            ICONST_M1..=ICONST_5 => {
                out.push_str(&(i32::from(insn.opcode) - i32::from(ICONST_M1) - 1).to_string())
            }
            BIPUSH | SIPUSH => match insn.operands {
                Operands::Byte(value) => out.push_str(&value.to_string()),
                // HotSpot prints the operand unsigned.
                Operands::Short(value) => out.push_str(&(value as u16).to_string()),
                _ => return false,
            },
            IALOAD | AALOAD => self.describe_array_element(out, source, max_detail, inner),
            GETSTATIC => {
                let Some(member) = self.view.member(insn) else {
                    return false;
                };
                out.push_str(&format!(
                    "{}.{}",
                    class_name(member.class_name),
                    member.name
                ));
            }
            GETFIELD => {
                let Some(member) = self.view.member(insn) else {
                    return false;
                };
                if self.describe(out, source, 0, max_detail - 1, inner, None) {
                    out.push('.');
                }
                out.push_str(member.name);
            }
            INVOKEVIRTUAL..=INVOKEINTERFACE => {
                let Some(name) = self.view.member(insn).and_then(|m| method_name(&m)) else {
                    return false;
                };
                if max_detail == MAX_CAUSE_DETAIL && !inner {
                    out.push_str(" because the return value of \"");
                }
                out.push_str(&name);
            }
            _ => return false,
        }
        true
    }

    /// Describes `array[index]` for the array load at `load`: the array with one level of detail
    /// less (`<array>` if that fails), the index at the same level (`...` if that fails).
    fn describe_array_element(&self, out: &mut String, load: u32, max_detail: u32, inner: bool) {
        if !self.describe(out, load, 1, max_detail - 1, inner, None) {
            out.push_str("<array>");
        }
        out.push('[');
        if !self.describe(out, load, 0, max_detail, true, None) {
            out.push_str("...");
        }
        out.push(']');
    }
}

/// The type a constant push, local load, array load, `iinc` or `new` pushes (`Void`: nothing).
fn pushed_type(opcode: u8) -> Ty {
    use opc::*;
    match opcode {
        ACONST_NULL | ALOAD | ALOAD_0..=ALOAD_3 | AALOAD | NEW => Ty::Object,
        LCONST_0 | LCONST_1 | LLOAD | LLOAD_0..=LLOAD_3 | LALOAD => Ty::Long,
        FCONST_0..=FCONST_2 | FLOAD | FLOAD_0..=FLOAD_3 | FALOAD => Ty::Float,
        DCONST_0 | DCONST_1 | DLOAD | DLOAD_0..=DLOAD_3 | DALOAD => Ty::Double,
        BALOAD => Ty::Byte,
        CALOAD => Ty::Char,
        SALOAD => Ty::Short,
        NOP | IINC => Ty::Void,
        _ => Ty::Int,
    }
}

/// The local slot a store writes.
fn stored_local(insn: &Instruction) -> u16 {
    match insn.operands {
        Operands::Local(index) => index,
        // istore_0 … astore_3: five groups of four.
        _ => u16::from((insn.opcode - opc::ISTORE_0) % 4),
    }
}

/// Stack entries a local store pops.
fn stored_size(opcode: u8) -> usize {
    let kind = match opcode {
        opc::ISTORE..=opc::ASTORE => opcode - opc::ISTORE,
        _ => (opcode - opc::ISTORE_0) / 4,
    };
    // istore lstore fstore dstore astore
    if kind == opc::LSTORE - opc::ISTORE || kind == opc::DSTORE - opc::ISTORE {
        2
    } else {
        1
    }
}

/// The local slot an `iload` or `aload` form reads.
fn loaded_local(insn: &Instruction) -> Option<u16> {
    match (&insn.operands, insn.opcode) {
        (&Operands::Local(index), _) => Some(index),
        (_, opc::ILOAD_0..=opc::ILOAD_3) => Some(u16::from(insn.opcode - opc::ILOAD_0)),
        (_, opc::ALOAD_0..=opc::ALOAD_3) => Some(u16::from(insn.opcode - opc::ALOAD_0)),
        _ => None,
    }
}

/// Stack entries a return instruction or `athrow` pops.
fn returned_size(opcode: u8) -> usize {
    match opcode {
        opc::LRETURN | opc::DRETURN => 2,
        opc::RETURN => 0,
        _ => 1,
    }
}

/// Entries popped and type pushed by an arithmetic, conversion or comparison instruction.
fn arithmetic_effect(opcode: u8) -> Option<(usize, Ty)> {
    use opc::*;
    Some(match opcode {
        IADD..=DREM => {
            let ty = Ty::of_quad(opcode, IADD);
            (2 * ty.size(), ty)
        }
        INEG..=DNEG => {
            let ty = Ty::of_quad(opcode, INEG);
            (ty.size(), ty)
        }
        // Shifts: a value and an int shift distance.
        ISHL..=LUSHR => {
            let ty = [Ty::Int, Ty::Long][usize::from((opcode - ISHL) % 2)];
            (1 + ty.size(), ty)
        }
        IAND..=LXOR => {
            let ty = [Ty::Int, Ty::Long][usize::from((opcode - IAND) % 2)];
            (2 * ty.size(), ty)
        }
        I2L => (1, Ty::Long),
        I2F => (1, Ty::Float),
        I2D => (1, Ty::Double),
        L2I => (2, Ty::Int),
        L2F => (2, Ty::Float),
        L2D => (2, Ty::Double),
        F2I => (1, Ty::Int),
        F2L => (1, Ty::Long),
        F2D => (1, Ty::Double),
        D2I => (2, Ty::Int),
        D2L => (2, Ty::Long),
        D2F => (2, Ty::Float),
        I2B => (1, Ty::Byte),
        I2C => (1, Ty::Char),
        I2S => (1, Ty::Short),
        LCMP | DCMPL | DCMPG => (4, Ty::Int),
        FCMPL | FCMPG => (2, Ty::Int),
        _ => return None,
    })
}

/// A conditional branch or switch: pops its operands and continues both at its targets and at
/// the next instruction.
fn branch(insn: &Instruction, stack: &mut SimStack, pops: usize) -> Option<Flow> {
    stack.pop(pops)?;
    Some(Flow {
        falls_through: true,
        targets: insn.branch_targets(),
    })
}

/// The `dup` family and `swap`, which move entries without changing their origins.
fn shuffle(opcode: u8, stack: &mut SimStack) -> Option<()> {
    use opc::*;
    // Entries to take off, and the order to put them back in (indices into the taken entries,
    // 0 being the former top), bottom first.
    let (count, order): (usize, &[usize]) = match opcode {
        DUP => (1, &[0, 0]),
        DUP_X1 => (2, &[0, 1, 0]),
        DUP_X2 => (3, &[0, 2, 1, 0]),
        DUP2 => (2, &[1, 0, 1, 0]),
        DUP2_X1 => (3, &[1, 0, 2, 1, 0]),
        DUP2_X2 => (4, &[1, 0, 3, 2, 1, 0]),
        SWAP => {
            // HotSpot re-pushes swapped values with `push`, which doubles a long or double.
            let taken = stack.take(2)?;
            stack.push(taken[0]);
            stack.push(taken[1]);
            return Some(());
        }
        _ => return None,
    };
    let taken = stack.take(count)?;
    for &index in order {
        stack.push_raw(taken[index]);
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptors() {
        let d = MethodDescriptor::parse("(IJ[[Ljava/lang/String;D)V").unwrap();
        assert_eq!(d.parameters, ["I", "J", "[[Ljava/lang/String;", "D"]);
        assert_eq!(d.return_type, "V");
        assert_eq!(d.argument_slots(), 6);
        assert!(MethodDescriptor::parse("(Q)V").is_none());
        assert!(MethodDescriptor::parse("(I").is_none());
        assert!(MethodDescriptor::parse("(Ljava/lang/String").is_none());
    }

    #[test]
    fn method_names_trim_like_hotspot() {
        let member = MemberRef {
            class_name: "java/lang/StringBuilder",
            name: "m",
            descriptor: "(Ljava/lang/String;Ljava/lang/StringBuilder;[Ljava/lang/Object;Ljava/lang/Integer;Ltest/java/lang/String;[[B)V",
        };
        assert_eq!(
            method_name(&member).unwrap(),
            "java.lang.StringBuilder.m(String, StringBuilder, Object[], java.lang.Integer, test.java.lang.String, byte[][])"
        );
    }

    #[test]
    fn merging_forgets_disagreeing_origins() {
        let a = SlotData::new(3, Ty::Object);
        assert_eq!(a.merge(a), a);
        assert_eq!(a.merge(SlotData::new(3, Ty::Array)), a);
        assert_eq!(SlotData::new(4, Ty::Object).merge(a).bci, None);
        assert_eq!(SlotData::new(3, Ty::Int).merge(a).ty, Ty::Conflict);
    }

    #[test]
    fn shuffles() {
        let mut stack = SimStack::default();
        for pc in 1..=4 {
            stack.push(SlotData::new(pc, Ty::Int));
        }
        shuffle(opc::DUP2_X2, &mut stack).unwrap();
        let order: Vec<_> = stack.entries.iter().map(|d| d.bci.unwrap()).collect();
        assert_eq!(order, [3, 4, 1, 2, 3, 4]);
        let mut short = SimStack::default();
        assert!(shuffle(opc::DUP, &mut short).is_none());
    }
}
