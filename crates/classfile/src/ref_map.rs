//! Reference maps: which local-variable and operand-stack slots hold object references before each
//! instruction of a method, so that a garbage collector can find precise roots in interpreter
//! frames without type tags on the slots themselves.
//!
//! The analysis is a forward data flow over the method's basic blocks, run to a fixed point. Each
//! slot (JVM frame granularity: long and double take two) is abstracted to two bits, "may hold a
//! reference" and "may hold a non-reference"; merging is bitwise OR, so a slot that is a reference
//! on one path and a primitive on another becomes a conflict, which is reported as *not* a
//! reference. In verifiable code a conflict slot is never read as a reference before being
//! overwritten, so the object it may still point to is dead to the method.
//!
//! Nothing here panics on bad input: malformed or inconsistent bytecode is a [`RefMapError`].

use crate::attributes::Code;
use crate::bytecode::{decode_all, op, BytecodeError, Instruction, Operands};
use crate::constant_pool::{Constant, ConstantPool};
use crate::descriptor::{parse_field_descriptor, parse_method_descriptor, FieldType};
use std::collections::BTreeSet;
use std::fmt;

/// Which slots hold references before each reachable instruction of one method.
///
/// Computed eagerly by [`RefMap::compute`]; lookups are a binary search over instruction starts.
/// Runs of instructions with the same locals share one stored bit set, since locals change only at
/// stores and merges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefMap {
    max_locals: usize,
    /// Start offsets of the reachable instructions, ascending.
    pcs: Vec<u32>,
    /// Parallel to `pcs`.
    frames: Vec<FrameBits>,
    /// Bit sets (bit `i` of word `i / 64`) that `frames` point into.
    words: Vec<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FrameBits {
    /// Offset in `words` of `ceil(max_locals / 64)` words of local bits.
    locals: u32,
    /// Offset in `words` of `ceil(depth / 64)` words of stack bits.
    stack: u32,
    depth: u16,
}

/// The reference slots of one frame state: the view [`RefMap::at`] returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotRefs<'a> {
    max_locals: usize,
    locals: &'a [u64],
    stack: &'a [u64],
    depth: usize,
}

fn bit(words: &[u64], i: usize) -> bool {
    words.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 != 0)
}

impl SlotRefs<'_> {
    /// Operand stack depth in slots.
    pub fn stack_depth(&self) -> usize {
        self.depth
    }

    /// The method's `max_locals`.
    pub fn max_locals(&self) -> usize {
        self.max_locals
    }

    /// Whether local `local` holds a reference (false outside `0..max_locals`).
    pub fn local_is_ref(&self, local: usize) -> bool {
        local < self.max_locals && bit(self.locals, local)
    }

    /// Whether operand-stack slot `entry` (0 = bottom) holds a reference (false outside
    /// `0..stack_depth`).
    pub fn stack_is_ref(&self, entry: usize) -> bool {
        entry < self.depth && bit(self.stack, entry)
    }

    /// The locals that hold references, ascending.
    pub fn ref_locals(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.max_locals).filter(|&l| self.local_is_ref(l))
    }

    /// The operand-stack slots (0 = bottom) that hold references, ascending.
    pub fn ref_stack_entries(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.depth).filter(|&e| self.stack_is_ref(e))
    }
}

/// Why a method's bytecode could not be analysed. Offsets are bytecode offsets (bci).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefMapError {
    /// The decoder rejected the bytecode.
    Bytecode(BytecodeError),
    /// The code array is empty.
    EmptyCode,
    /// The method descriptor does not parse.
    BadDescriptor(String),
    /// `this` and the arguments need more local slots than `max_locals`.
    ArgumentsExceedLocals { needed: usize, max_locals: usize },
    /// An instruction's constant-pool operand is missing or of the wrong kind or type.
    BadConstant { pc: u32, index: u16 },
    /// A local-variable index (plus one for long/double) is not below `max_locals`.
    BadLocal { pc: u32, local: u16 },
    /// A branch, `jsr` return point or fall-through does not land on an instruction start.
    BadTarget { pc: u32, target: i64 },
    /// An exception handler does not start at an instruction.
    BadHandler { handler_pc: u16 },
    /// An instruction pops more slots than the stack holds.
    StackUnderflow { pc: u32 },
    /// The stack would grow beyond `max_stack`.
    StackOverflow { pc: u32 },
    /// Two paths reach `pc` with different stack depths.
    StackDepthMismatch { pc: u32, depth: usize, other: usize },
    /// Execution can run past the last instruction.
    FallsOffEnd { pc: u32 },
}

impl fmt::Display for RefMapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RefMapError::Bytecode(e) => write!(f, "{e}"),
            RefMapError::EmptyCode => write!(f, "empty code"),
            RefMapError::BadDescriptor(d) => write!(f, "bad method descriptor {d:?}"),
            RefMapError::ArgumentsExceedLocals { needed, max_locals } => write!(
                f,
                "arguments need {needed} local slots but max_locals is {max_locals}"
            ),
            RefMapError::BadConstant { pc, index } => {
                write!(f, "bad constant pool index {index} at bci {pc}")
            }
            RefMapError::BadLocal { pc, local } => {
                write!(f, "local {local} out of range at bci {pc}")
            }
            RefMapError::BadTarget { pc, target } => {
                write!(f, "bad branch target {target} at bci {pc}")
            }
            RefMapError::BadHandler { handler_pc } => {
                write!(f, "exception handler at {handler_pc} is not an instruction")
            }
            RefMapError::StackUnderflow { pc } => write!(f, "stack underflow at bci {pc}"),
            RefMapError::StackOverflow { pc } => {
                write!(f, "stack exceeds max_stack at bci {pc}")
            }
            RefMapError::StackDepthMismatch { pc, depth, other } => write!(
                f,
                "inconsistent stack depths {depth} and {other} at bci {pc}"
            ),
            RefMapError::FallsOffEnd { pc } => {
                write!(f, "execution falls off the end of the code after bci {pc}")
            }
        }
    }
}

impl std::error::Error for RefMapError {}

impl From<BytecodeError> for RefMapError {
    fn from(e: BytecodeError) -> Self {
        RefMapError::Bytecode(e)
    }
}

/// An abstract slot value: a set of {reference, non-reference}.
type Val = u8;
const REF: Val = 0b01;
const NONREF: Val = 0b10;

/// What an instruction pushes after popping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Push {
    Nothing,
    NonRef,
    /// A long or double.
    NonRef2,
    Ref,
}

impl Push {
    fn of(ty: Option<&FieldType>) -> Push {
        match ty {
            None => Push::Nothing,
            Some(t) if t.is_reference() => Push::Ref,
            Some(t) if t.slots() == 2 => Push::NonRef2,
            Some(_) => Push::NonRef,
        }
    }
}

/// An instruction's effect on the frame, resolved once (constant-pool operands included) so the
/// fixed-point iteration does no lookups or descriptor parsing.
#[derive(Debug, Clone, Copy)]
enum Effect {
    /// Pops `pop` slots of any kind, then pushes.
    Stack {
        pop: u16,
        push: Push,
    },
    /// `iload`/`fload` (one slot) or `lload`/`dload` (two).
    LoadPrim {
        slots: u8,
    },
    /// `aload` copies the local's abstract value.
    LoadRef {
        local: u16,
    },
    StorePrim {
        local: u16,
        slots: u8,
    },
    /// `astore` copies the popped value: it also stores `jsr` return addresses (non-references).
    StoreRef {
        local: u16,
    },
    Iinc {
        local: u16,
    },
    /// Takes the top `take` slots (bottom first) and pushes them back in the order `pattern`
    /// gives: every dup, `swap`, and `checkcast` (which leaves its operand as it is).
    Shuffle {
        take: u8,
        pattern: &'static [u8],
    },
    /// Pushes the return address, a non-reference.
    Jsr,
    /// Changes nothing; control goes to the `jsr` return points.
    Ret,
}

/// How control leaves an instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    Next,
    /// A conditional branch: the targets and the next instruction.
    Cond,
    /// `goto`, `goto_w`, switches: the targets only.
    Jump,
    Jsr,
    Ret,
    /// Returns and `athrow`: no successor (except handlers).
    End,
}

fn flow(opcode: u8) -> Flow {
    match opcode {
        op::IFEQ..=op::IF_ACMPNE | op::IFNULL | op::IFNONNULL => Flow::Cond,
        op::GOTO | op::GOTO_W | op::TABLESWITCH | op::LOOKUPSWITCH => Flow::Jump,
        op::JSR | op::JSR_W => Flow::Jsr,
        op::RET => Flow::Ret,
        op::IRETURN..=op::RETURN | op::ATHROW => Flow::End,
        _ => Flow::Next,
    }
}

/// `(pop, push)` of the instructions whose effect depends only on the opcode.
fn fixed_effect(opcode: u8) -> Option<(u16, Push)> {
    use Push::*;
    Some(match opcode {
        op::NOP | op::GOTO | op::GOTO_W | op::RETURN => (0, Nothing),
        op::ACONST_NULL | op::NEW => (0, Ref),
        op::ICONST_M1..=op::ICONST_5 | op::FCONST_0..=op::FCONST_2 | op::BIPUSH | op::SIPUSH => {
            (0, NonRef)
        }
        op::LCONST_0 | op::LCONST_1 | op::DCONST_0 | op::DCONST_1 => (0, NonRef2),
        op::IALOAD | op::FALOAD | op::BALOAD | op::CALOAD | op::SALOAD => (2, NonRef),
        op::LALOAD | op::DALOAD => (2, NonRef2),
        op::AALOAD => (2, Ref),
        op::IASTORE | op::FASTORE | op::AASTORE | op::BASTORE | op::CASTORE | op::SASTORE => {
            (3, Nothing)
        }
        op::LASTORE | op::DASTORE => (4, Nothing),
        op::POP => (1, Nothing),
        op::POP2 => (2, Nothing),
        op::IADD
        | op::ISUB
        | op::IMUL
        | op::IDIV
        | op::IREM
        | op::ISHL
        | op::ISHR
        | op::IUSHR
        | op::IAND
        | op::IOR
        | op::IXOR
        | op::FADD
        | op::FSUB
        | op::FMUL
        | op::FDIV
        | op::FREM
        | op::FCMPL
        | op::FCMPG => (2, NonRef),
        op::LADD
        | op::LSUB
        | op::LMUL
        | op::LDIV
        | op::LREM
        | op::LAND
        | op::LOR
        | op::LXOR
        | op::DADD
        | op::DSUB
        | op::DMUL
        | op::DDIV
        | op::DREM => (4, NonRef2),
        op::LSHL | op::LSHR | op::LUSHR => (3, NonRef2),
        op::INEG | op::FNEG | op::I2F | op::F2I | op::I2B | op::I2C | op::I2S => (1, NonRef),
        op::LNEG | op::DNEG | op::L2D | op::D2L => (2, NonRef2),
        op::I2L | op::I2D | op::F2L | op::F2D => (1, NonRef2),
        op::L2I | op::L2F | op::D2I | op::D2F => (2, NonRef),
        op::LCMP | op::DCMPL | op::DCMPG => (4, NonRef),
        op::IFEQ..=op::IFLE | op::IFNULL | op::IFNONNULL => (1, Nothing),
        op::IF_ICMPEQ..=op::IF_ACMPNE => (2, Nothing),
        op::TABLESWITCH | op::LOOKUPSWITCH => (1, Nothing),
        op::IRETURN | op::FRETURN | op::ARETURN | op::ATHROW => (1, Nothing),
        op::LRETURN | op::DRETURN => (2, Nothing),
        op::NEWARRAY | op::ANEWARRAY => (1, Ref),
        op::ARRAYLENGTH | op::INSTANCEOF => (1, NonRef),
        op::MONITORENTER | op::MONITOREXIT => (1, Nothing),
        _ => return None,
    })
}

/// The stack effect of the instruction at `insn`, with locals checked against `max_locals`.
fn effect(insn: &Instruction, cp: &ConstantPool, max_locals: usize) -> Result<Effect, RefMapError> {
    let pc = insn.pc;
    let opcode = insn.opcode;
    let operand_local = match insn.operands {
        Operands::Local(l) | Operands::Iinc { index: l, .. } => Some(l),
        _ => None,
    };
    let local = |slots: usize| -> Result<u16, RefMapError> {
        let l = short_form_local(opcode)
            .or(operand_local)
            .ok_or(RefMapError::BadLocal { pc, local: 0 })?;
        if l as usize + slots <= max_locals {
            Ok(l)
        } else {
            Err(RefMapError::BadLocal { pc, local: l })
        }
    };
    let cp_index = match insn.operands {
        Operands::Constant(i)
        | Operands::InvokeInterface { index: i, .. }
        | Operands::InvokeDynamic { index: i }
        | Operands::MultiANewArray { index: i, .. } => i,
        _ => 0,
    };
    let bad_constant = || RefMapError::BadConstant {
        pc,
        index: cp_index,
    };
    let shuffle = |take, pattern| Effect::Shuffle { take, pattern };
    Ok(match opcode {
        op::ILOAD | op::FLOAD | op::ILOAD_0..=op::ILOAD_3 | op::FLOAD_0..=op::FLOAD_3 => {
            local(1)?;
            Effect::LoadPrim { slots: 1 }
        }
        op::LLOAD | op::DLOAD | op::LLOAD_0..=op::LLOAD_3 | op::DLOAD_0..=op::DLOAD_3 => {
            local(2)?;
            Effect::LoadPrim { slots: 2 }
        }
        op::ALOAD | op::ALOAD_0..=op::ALOAD_3 => {
            let local = local(1)?;
            Effect::LoadRef { local }
        }
        op::ISTORE | op::FSTORE | op::ISTORE_0..=op::ISTORE_3 | op::FSTORE_0..=op::FSTORE_3 => {
            let local = local(1)?;
            Effect::StorePrim { local, slots: 1 }
        }
        op::LSTORE | op::DSTORE | op::LSTORE_0..=op::LSTORE_3 | op::DSTORE_0..=op::DSTORE_3 => {
            let local = local(2)?;
            Effect::StorePrim { local, slots: 2 }
        }
        op::ASTORE | op::ASTORE_0..=op::ASTORE_3 => {
            let local = local(1)?;
            Effect::StoreRef { local }
        }
        op::IINC => Effect::Iinc { local: local(1)? },
        op::RET => {
            local(1)?;
            Effect::Ret
        }
        op::JSR | op::JSR_W => Effect::Jsr,
        op::DUP => shuffle(1, &[0, 0]),
        op::DUP_X1 => shuffle(2, &[1, 0, 1]),
        op::DUP_X2 => shuffle(3, &[2, 0, 1, 2]),
        op::DUP2 => shuffle(2, &[0, 1, 0, 1]),
        op::DUP2_X1 => shuffle(3, &[1, 2, 0, 1, 2]),
        op::DUP2_X2 => shuffle(4, &[2, 3, 0, 1, 2, 3]),
        op::SWAP => shuffle(2, &[1, 0]),
        op::CHECKCAST => shuffle(1, &[0]),
        op::LDC | op::LDC_W | op::LDC2_W => {
            let two = opcode == op::LDC2_W;
            let push = match cp.get(cp_index).map_err(|_| bad_constant())? {
                Constant::Integer(_) | Constant::Float(_) if !two => Push::NonRef,
                Constant::Long(_) | Constant::Double(_) if two => Push::NonRef2,
                Constant::String { .. }
                | Constant::Class { .. }
                | Constant::MethodType { .. }
                | Constant::MethodHandle { .. }
                    if !two =>
                {
                    Push::Ref
                }
                Constant::Dynamic {
                    name_and_type_index,
                    ..
                } => {
                    let (_, descriptor) = cp
                        .name_and_type(*name_and_type_index)
                        .map_err(|_| bad_constant())?;
                    let ty = parse_field_descriptor(descriptor).ok_or_else(bad_constant)?;
                    if (ty.slots() == 2) != two {
                        return Err(bad_constant());
                    }
                    Push::of(Some(&ty))
                }
                _ => return Err(bad_constant()),
            };
            Effect::Stack { pop: 0, push }
        }
        op::GETSTATIC..=op::PUTFIELD => {
            if !matches!(cp.get(cp_index), Ok(Constant::Fieldref { .. })) {
                return Err(bad_constant());
            }
            let member = cp.member_ref(cp_index).map_err(|_| bad_constant())?;
            let ty = parse_field_descriptor(member.descriptor).ok_or_else(bad_constant)?;
            let slots = ty.slots() as u16;
            match opcode {
                op::GETSTATIC => Effect::Stack {
                    pop: 0,
                    push: Push::of(Some(&ty)),
                },
                op::PUTSTATIC => Effect::Stack {
                    pop: slots,
                    push: Push::Nothing,
                },
                op::GETFIELD => Effect::Stack {
                    pop: 1,
                    push: Push::of(Some(&ty)),
                },
                _ => Effect::Stack {
                    pop: slots + 1,
                    push: Push::Nothing,
                },
            }
        }
        op::INVOKEVIRTUAL..=op::INVOKEDYNAMIC => {
            let descriptor = if opcode == op::INVOKEDYNAMIC {
                match cp.get(cp_index) {
                    Ok(&Constant::InvokeDynamic {
                        name_and_type_index,
                        ..
                    }) => cp.name_and_type(name_and_type_index).map(|(_, d)| d).ok(),
                    _ => None,
                }
            } else {
                match cp.get(cp_index) {
                    Ok(Constant::Methodref { .. } | Constant::InterfaceMethodref { .. }) => {
                        cp.member_ref(cp_index).map(|m| m.descriptor).ok()
                    }
                    _ => None,
                }
            };
            let md = descriptor
                .and_then(parse_method_descriptor)
                .ok_or_else(bad_constant)?;
            let receiver = matches!(
                opcode,
                op::INVOKEVIRTUAL | op::INVOKESPECIAL | op::INVOKEINTERFACE
            );
            Effect::Stack {
                pop: (md.parameter_slots() + receiver as usize) as u16,
                push: Push::of(md.return_type.as_ref()),
            }
        }
        op::MULTIANEWARRAY => match insn.operands {
            Operands::MultiANewArray { dimensions, .. } => Effect::Stack {
                pop: dimensions as u16,
                push: Push::Ref,
            },
            _ => return Err(bad_constant()),
        },
        _ => match fixed_effect(opcode) {
            Some((pop, push)) => Effect::Stack { pop, push },
            None => {
                return Err(RefMapError::Bytecode(BytecodeError {
                    pc,
                    message: format!("Bad instruction: {opcode:02x}"),
                }))
            }
        },
    })
}

/// The local of `iload_<n>` and its kin.
fn short_form_local(opcode: u8) -> Option<u16> {
    let base = match opcode {
        op::ILOAD_0..=op::ALOAD_3 => op::ILOAD_0,
        op::ISTORE_0..=op::ASTORE_3 => op::ISTORE_0,
        _ => return None,
    };
    Some(((opcode - base) % 4) as u16)
}

/// Where the slots of a frame state live in its bit planes.
#[derive(Debug, Clone, Copy)]
struct Layout {
    max_locals: usize,
    max_stack: usize,
    local_words: usize,
    /// Words per plane: local words, then stack words.
    words: usize,
}

impl Layout {
    fn new(code: &Code) -> Layout {
        let (max_locals, max_stack) = (code.max_locals as usize, code.max_stack as usize);
        let local_words = max_locals.div_ceil(64);
        Layout {
            max_locals,
            max_stack,
            local_words,
            words: local_words + max_stack.div_ceil(64),
        }
    }

    fn stack_bit(&self, entry: usize) -> usize {
        self.local_words * 64 + entry
    }
}

/// An abstract frame during the analysis: two planes of `layout.words` words, "may be a
/// reference" then "may be a non-reference". Stack slots at or above `depth` are kept clear so
/// that states of equal depth merge and compare word by word.
#[derive(Debug, Clone, PartialEq, Eq)]
struct State {
    depth: usize,
    bits: Vec<u64>,
}

impl State {
    fn new(layout: &Layout) -> State {
        State {
            depth: 0,
            bits: vec![0; 2 * layout.words],
        }
    }

    fn get(&self, layout: &Layout, bit: usize) -> Val {
        let (w, b) = (bit / 64, bit % 64);
        let r = (self.bits[w] >> b) & 1;
        let n = (self.bits[layout.words + w] >> b) & 1;
        (r | n << 1) as Val
    }

    fn set(&mut self, layout: &Layout, bit: usize, v: Val) {
        let (w, mask) = (bit / 64, 1u64 << (bit % 64));
        for (plane, on) in [(0, v & REF != 0), (layout.words, v & NONREF != 0)] {
            if on {
                self.bits[plane + w] |= mask;
            } else {
                self.bits[plane + w] &= !mask;
            }
        }
    }

    fn push(&mut self, layout: &Layout, v: Val, pc: u32) -> Result<(), RefMapError> {
        if self.depth >= layout.max_stack {
            return Err(RefMapError::StackOverflow { pc });
        }
        self.set(layout, layout.stack_bit(self.depth), v);
        self.depth += 1;
        Ok(())
    }

    fn pop(&mut self, layout: &Layout, n: usize, pc: u32) -> Result<(), RefMapError> {
        if self.depth < n {
            return Err(RefMapError::StackUnderflow { pc });
        }
        for _ in 0..n {
            self.depth -= 1;
            self.set(layout, layout.stack_bit(self.depth), 0);
        }
        Ok(())
    }

    /// Merges `other` into `self`; true if `self` changed.
    fn merge(&mut self, other: &State, pc: u32) -> Result<bool, RefMapError> {
        if self.depth != other.depth {
            return Err(RefMapError::StackDepthMismatch {
                pc,
                depth: self.depth,
                other: other.depth,
            });
        }
        let mut changed = false;
        for (a, b) in self.bits.iter_mut().zip(&other.bits) {
            changed |= *b & !*a != 0;
            *a |= *b;
        }
        Ok(changed)
    }

    /// Merges into `self` (an exception handler's entry) the locals of `from` and a stack of one
    /// reference, the exception; true if `self` changed.
    fn merge_handler(
        &mut self,
        layout: &Layout,
        from: &State,
        pc: u32,
    ) -> Result<bool, RefMapError> {
        if self.depth != 1 {
            return Err(RefMapError::StackDepthMismatch {
                pc,
                depth: self.depth,
                other: 1,
            });
        }
        let mut changed = false;
        for plane in [0, layout.words] {
            let range = plane..plane + layout.local_words;
            for (a, b) in self.bits[range.clone()].iter_mut().zip(&from.bits[range]) {
                changed |= *b & !*a != 0;
                *a |= *b;
            }
        }
        let exception = layout.stack_bit(0);
        let v = self.get(layout, exception);
        if v & REF == 0 {
            self.set(layout, exception, v | REF);
            changed = true;
        }
        Ok(changed)
    }

    /// A handler entry state from the locals of `from`.
    fn handler_entry(layout: &Layout, from: &State, pc: u32) -> Result<State, RefMapError> {
        if layout.max_stack == 0 {
            return Err(RefMapError::StackOverflow { pc });
        }
        let mut s = State::new(layout);
        for plane in [0, layout.words] {
            let range = plane..plane + layout.local_words;
            s.bits[range.clone()].copy_from_slice(&from.bits[range]);
        }
        s.push(layout, REF, pc)?;
        Ok(s)
    }

    /// The slots holding a reference on every path: "may be a reference" and not "may be a
    /// non-reference".
    fn ref_word(&self, layout: &Layout, w: usize) -> u64 {
        self.bits[w] & !self.bits[layout.words + w]
    }
}

/// The per-method analysis: decoded instructions, their effects, and the block structure.
struct Analysis {
    layout: Layout,
    pcs: Vec<u32>,
    effects: Vec<Effect>,
    /// First instruction of each basic block; block `b` ends where block `b + 1` starts.
    block_starts: Vec<usize>,
    /// Successor blocks of each block's last instruction (handlers excluded).
    successors: Vec<Vec<u32>>,
    /// `(start_pc, end_pc, handler block)` of every exception-table entry.
    handlers: Vec<(u16, u16, u32)>,
}

impl Analysis {
    fn block_range(&self, b: usize) -> std::ops::Range<usize> {
        self.block_starts[b]
            ..self
                .block_starts
                .get(b + 1)
                .copied()
                .unwrap_or(self.pcs.len())
    }

    fn apply(&self, i: usize, st: &mut State) -> Result<(), RefMapError> {
        let l = &self.layout;
        let pc = self.pcs[i];
        match self.effects[i] {
            Effect::Stack { pop, push } => {
                st.pop(l, pop as usize, pc)?;
                match push {
                    Push::Nothing => {}
                    Push::NonRef => st.push(l, NONREF, pc)?,
                    Push::NonRef2 => {
                        st.push(l, NONREF, pc)?;
                        st.push(l, NONREF, pc)?;
                    }
                    Push::Ref => st.push(l, REF, pc)?,
                }
            }
            Effect::LoadPrim { slots, .. } => {
                for _ in 0..slots {
                    st.push(l, NONREF, pc)?;
                }
            }
            Effect::LoadRef { local } => {
                let v = st.get(l, local as usize);
                st.push(l, v, pc)?;
            }
            Effect::StorePrim { local, slots } => {
                st.pop(l, slots as usize, pc)?;
                for s in 0..slots as usize {
                    st.set(l, local as usize + s, NONREF);
                }
            }
            Effect::StoreRef { local } => {
                if st.depth == 0 {
                    return Err(RefMapError::StackUnderflow { pc });
                }
                let v = st.get(l, l.stack_bit(st.depth - 1));
                st.pop(l, 1, pc)?;
                st.set(l, local as usize, v);
            }
            Effect::Iinc { local } => st.set(l, local as usize, NONREF),
            Effect::Shuffle { take, pattern } => {
                let take = take as usize;
                if st.depth < take {
                    return Err(RefMapError::StackUnderflow { pc });
                }
                let mut vals = [0; 4];
                for (k, v) in vals.iter_mut().enumerate().take(take) {
                    *v = st.get(l, l.stack_bit(st.depth - take + k));
                }
                st.pop(l, take, pc)?;
                for &k in pattern {
                    st.push(l, vals[k as usize], pc)?;
                }
            }
            Effect::Jsr => st.push(l, NONREF, pc)?,
            Effect::Ret => {}
        }
        Ok(())
    }

    /// Runs block `b` from `st`, merging into the entries of the handlers that cover each
    /// instruction and, at the end, of the successors; blocks whose entry changed are queued.
    fn run_block(
        &self,
        b: usize,
        mut st: State,
        entries: &mut [Option<State>],
        queue: &mut BTreeSet<usize>,
    ) -> Result<(), RefMapError> {
        for i in self.block_range(b) {
            let pc = self.pcs[i];
            for &(start, end, handler) in &self.handlers {
                if (start as u32..end as u32).contains(&pc) {
                    let h = handler as usize;
                    let hpc = self.pcs[self.block_starts[h]];
                    let changed = match &mut entries[h] {
                        Some(entry) => entry.merge_handler(&self.layout, &st, hpc)?,
                        slot @ None => {
                            *slot = Some(State::handler_entry(&self.layout, &st, hpc)?);
                            true
                        }
                    };
                    if changed {
                        queue.insert(h);
                    }
                }
            }
            self.apply(i, &mut st)?;
        }
        for &s in &self.successors[b] {
            let s = s as usize;
            let changed = match &mut entries[s] {
                Some(entry) => entry.merge(&st, self.pcs[self.block_starts[s]])?,
                slot @ None => {
                    *slot = Some(st.clone());
                    true
                }
            };
            if changed {
                queue.insert(s);
            }
        }
        Ok(())
    }
}

impl RefMap {
    /// Analyses one method body. `descriptor` is the method descriptor and `is_static` its
    /// staticness: an instance method's local 0 is `this`, a reference (also in constructors,
    /// where it starts uninitialized). Locals beyond the arguments start as non-references
    /// because the interpreter zeroes them.
    ///
    /// `jsr` pushes a non-reference return address; `ret` flows to the instruction after every
    /// `jsr` of the method with its own state, since which `jsr` it returns to is not tracked.
    /// An exception handler's entry merges the locals before every instruction of its protected
    /// range, with one reference (the exception) on the stack.
    pub fn compute(
        code: &Code,
        cp: &ConstantPool,
        descriptor: &str,
        is_static: bool,
    ) -> Result<RefMap, RefMapError> {
        let layout = Layout::new(code);
        let insns = decode_all(&code.code)?;
        if insns.is_empty() {
            return Err(RefMapError::EmptyCode);
        }
        let n = insns.len();
        let mut index_of = vec![u32::MAX; code.code.len()];
        for (i, insn) in insns.iter().enumerate() {
            index_of[insn.pc as usize] = i as u32;
        }
        let index_at = |target: i64| -> Option<usize> {
            let t = usize::try_from(target).ok()?;
            index_of
                .get(t)
                .filter(|&&i| i != u32::MAX)
                .map(|&i| i as usize)
        };

        let effects = insns
            .iter()
            .map(|insn| effect(insn, cp, layout.max_locals))
            .collect::<Result<Vec<_>, _>>()?;

        // Basic blocks: leaders are the entry, branch targets, handlers, and whatever follows an
        // instruction that does not simply fall through (including `jsr` return points).
        let mut leader = vec![false; n];
        leader[0] = true;
        let mut return_points = Vec::new();
        for (i, insn) in insns.iter().enumerate() {
            for target in insn.branch_targets() {
                let t = index_at(target).ok_or(RefMapError::BadTarget {
                    pc: insn.pc,
                    target,
                })?;
                leader[t] = true;
            }
            let f = flow(insn.opcode);
            if f != Flow::Next && i + 1 < n {
                leader[i + 1] = true;
            }
            if f == Flow::Jsr {
                if i + 1 >= n {
                    return Err(RefMapError::BadTarget {
                        pc: insn.pc,
                        target: insn.pc as i64 + insn.length as i64,
                    });
                }
                return_points.push(i + 1);
            }
        }
        let mut handler_insns = Vec::with_capacity(code.exception_table.len());
        for h in &code.exception_table {
            let i = index_at(h.handler_pc as i64).ok_or(RefMapError::BadHandler {
                handler_pc: h.handler_pc,
            })?;
            leader[i] = true;
            handler_insns.push(i);
        }
        let block_starts: Vec<usize> = (0..n).filter(|&i| leader[i]).collect();
        let mut block_of = vec![0u32; n];
        for (b, &start) in block_starts.iter().enumerate() {
            block_of[start] = b as u32;
        }
        let mut ret_successors: Vec<u32> = return_points.iter().map(|&i| block_of[i]).collect();
        ret_successors.sort_unstable();
        ret_successors.dedup();
        let mut successors = Vec::with_capacity(block_starts.len());
        for (b, &start) in block_starts.iter().enumerate() {
            let last = block_starts.get(b + 1).map_or(n, |&next| next) - 1;
            debug_assert!(last >= start);
            let insn = &insns[last];
            let targets = || {
                insn.branch_targets()
                    .into_iter()
                    .filter_map(|t| index_at(t).map(|i| block_of[i]))
            };
            let next = || {
                if last + 1 < n {
                    Ok(block_of[last + 1])
                } else {
                    Err(RefMapError::FallsOffEnd { pc: insn.pc })
                }
            };
            let mut succ: Vec<u32> = match flow(insn.opcode) {
                Flow::Next => vec![next()?],
                Flow::Cond => targets().chain([next()?]).collect(),
                Flow::Jump | Flow::Jsr => targets().collect(),
                Flow::Ret => ret_successors.clone(),
                Flow::End => Vec::new(),
            };
            succ.sort_unstable();
            succ.dedup();
            successors.push(succ);
        }
        let handlers = code
            .exception_table
            .iter()
            .zip(&handler_insns)
            .map(|(h, &i)| (h.start_pc, h.end_pc, block_of[i]))
            .collect();

        let analysis = Analysis {
            layout,
            pcs: insns.iter().map(|i| i.pc).collect(),
            effects,
            block_starts,
            successors,
            handlers,
        };
        drop(insns);

        // The entry state: `this`, then the arguments, then non-references.
        let md = parse_method_descriptor(descriptor)
            .ok_or_else(|| RefMapError::BadDescriptor(descriptor.to_owned()))?;
        let needed = md.parameter_slots() + !is_static as usize;
        if needed > layout.max_locals {
            return Err(RefMapError::ArgumentsExceedLocals {
                needed,
                max_locals: layout.max_locals,
            });
        }
        let mut initial = State::new(&layout);
        for local in 0..layout.max_locals {
            initial.set(&layout, local, NONREF);
        }
        let mut local = 0;
        if !is_static {
            initial.set(&layout, 0, REF);
            local = 1;
        }
        for p in &md.parameters {
            if p.is_reference() {
                initial.set(&layout, local, REF);
            }
            local += p.slots();
        }

        let blocks = analysis.block_starts.len();
        let mut entries: Vec<Option<State>> = vec![None; blocks];
        entries[0] = Some(initial);
        let mut queue = BTreeSet::from([0usize]);
        // Lowest offset first: roughly reverse post-order for javac's layout, so loops settle fast.
        while let Some(b) = queue.pop_first() {
            let Some(st) = entries[b].clone() else {
                continue;
            };
            analysis.run_block(b, st, &mut entries, &mut queue)?;
        }
        analysis.record(&entries)
    }

    /// The state before the instruction that starts at bytecode offset `pc`; `None` if `pc` is
    /// not the start of a reachable instruction.
    pub fn at(&self, pc: usize) -> Option<SlotRefs<'_>> {
        let pc = u32::try_from(pc).ok()?;
        let i = self.pcs.binary_search(&pc).ok()?;
        let f = self.frames[i];
        let local_words = self.max_locals.div_ceil(64);
        let locals = f.locals as usize;
        let stack = f.stack as usize;
        let depth = f.depth as usize;
        Some(SlotRefs {
            max_locals: self.max_locals,
            locals: self.words.get(locals..locals + local_words)?,
            stack: self.words.get(stack..stack + depth.div_ceil(64))?,
            depth,
        })
    }

    /// Start offsets of the reachable instructions, ascending.
    pub fn pcs(&self) -> impl Iterator<Item = usize> + '_ {
        self.pcs.iter().map(|&pc| pc as usize)
    }

    /// The method's `max_locals`.
    pub fn max_locals(&self) -> usize {
        self.max_locals
    }
}

impl Analysis {
    /// Replays every reachable block from its fixed-point entry state, keeping each
    /// instruction's "surely a reference" bits.
    fn record(&self, entries: &[Option<State>]) -> Result<RefMap, RefMapError> {
        let l = &self.layout;
        let mut map = RefMap {
            max_locals: l.max_locals,
            pcs: Vec::new(),
            frames: Vec::new(),
            words: Vec::new(),
        };
        let mut last_locals: Option<usize> = None;
        let mut scratch = Vec::with_capacity(l.local_words);
        for (b, entry) in entries.iter().enumerate() {
            let Some(entry) = entry else { continue };
            let mut st = entry.clone();
            for i in self.block_range(b) {
                scratch.clear();
                scratch.extend((0..l.local_words).map(|w| st.ref_word(l, w)));
                let locals = match last_locals {
                    Some(at) if map.words[at..at + l.local_words] == scratch[..] => at,
                    _ => {
                        let at = map.words.len();
                        map.words.extend_from_slice(&scratch);
                        last_locals = Some(at);
                        at
                    }
                };
                let stack = map.words.len();
                map.words
                    .extend((0..st.depth.div_ceil(64)).map(|w| st.ref_word(l, l.local_words + w)));
                map.pcs.push(self.pcs[i]);
                map.frames.push(FrameBits {
                    locals: locals as u32,
                    stack: stack as u32,
                    depth: st.depth as u16,
                });
                // Cannot fail: the fixed point ran every instruction from these very states.
                self.apply(i, &mut st)?;
            }
        }
        Ok(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attributes::ExceptionHandler;
    use crate::bytecode::op::*;
    use crate::ClassFile;

    fn code(max_stack: u16, max_locals: u16, bytes: &[u8]) -> Code {
        Code {
            max_stack,
            max_locals,
            code: bytes.into(),
            exception_table: Vec::new(),
            attributes: Vec::new(),
        }
    }

    fn compute(code: &Code, descriptor: &str, is_static: bool) -> Result<RefMap, RefMapError> {
        RefMap::compute(code, &ConstantPool::default(), descriptor, is_static)
    }

    /// `(reference locals, stack depth, reference stack slots)` before `pc`.
    fn at(map: &RefMap, pc: usize) -> (Vec<usize>, usize, Vec<usize>) {
        let s = map.at(pc).unwrap_or_else(|| panic!("no state at {pc}"));
        (
            s.ref_locals().collect(),
            s.stack_depth(),
            s.ref_stack_entries().collect(),
        )
    }

    #[test]
    fn ref_and_int_merge_into_a_conflict() {
        let branchy = |other_store: [u8; 2]| {
            let bytes = [
                ICONST_0,
                IFEQ,
                0,
                8, // -> 9
                ACONST_NULL,
                ASTORE_0,
                GOTO,
                0,
                5, // -> 11
                other_store[0],
                other_store[1],
                RETURN,
            ];
            compute(&code(1, 1, &bytes), "()V", true).unwrap()
        };
        let map = branchy([ICONST_1, ISTORE_0]);
        assert_eq!(at(&map, 0), (vec![], 0, vec![]));
        assert_eq!(at(&map, 6), (vec![0], 0, vec![]));
        assert_eq!(at(&map, 10), (vec![], 1, vec![]));
        assert_eq!(at(&map, 11), (vec![], 0, vec![]), "ref + int = conflict");
        assert!(!map.at(11).unwrap().local_is_ref(0));
        // Instruction interiors and offsets past the end have no state.
        assert!(map.at(2).is_none());
        assert!(map.at(12).is_none());
        // Both paths storing a reference keep it one.
        let map = branchy([ACONST_NULL, ASTORE_0]);
        assert_eq!(at(&map, 11), (vec![0], 0, vec![]));
    }

    #[test]
    fn conflicts_stick_through_loops() {
        // static void f(Object o): loop { o is ref; if (...) o = int }.
        let bytes = [
            ALOAD_0, // 0
            POP,     // 1
            ICONST_0, IFEQ, 0, 5, // 3 -> 8
            ICONST_1, ISTORE_0, // 7
            GOTO, 0xff, 0xf8, // 8 -> 0
        ];
        let map = compute(&code(1, 1, &bytes), "(Ljava/lang/Object;)V", true).unwrap();
        assert_eq!(at(&map, 0), (vec![], 0, vec![]));
        assert_eq!(
            at(&map, 1),
            (vec![], 1, vec![]),
            "aload copies the conflict"
        );
        assert_eq!(map.pcs().collect::<Vec<_>>(), [0, 1, 2, 3, 6, 7, 8]);
    }

    #[test]
    fn long_and_double_take_two_slots_through_dups() {
        // static void f(long j, Object o), max_locals 4. Comments: the stack before each pc.
        let bytes = [
            LLOAD_0,     // 0: []
            ALOAD_2,     // 1: N N
            DUP_X2,      // 2: N N R
            POP,         // 3: R N N R
            DUP2,        // 4: R N N
            POP2,        // 5: R N N N N
            DUP2_X1,     // 6: R N N
            POP2,        // 7: N N R N N
            ACONST_NULL, // 8: N N R
            DUP2_X2,     // 9: N N R R
            SWAP,        // 10: R R N N R R
            POP2,        // 11: R R N N R R
            POP2,        // 12: R R N N
            ICONST_0,    // 13: R R
            SWAP,        // 14: R R N
            POP2,        // 15: R N R
            POP,         // 16: R
            DCONST_1,    // 17: []
            DSTORE_2,    // 18: N N; overwrites the reference argument with two non-ref slots
            DLOAD_2,     // 19: []
            POP2,        // 20: N N
            RETURN,      // 21: []
        ];
        let map = compute(&code(6, 4, &bytes), "(JLjava/lang/Object;)V", true).unwrap();
        let expected: &[(usize, usize, &[usize])] = &[
            (0, 0, &[]),
            (1, 2, &[]),
            (2, 3, &[2]),
            (3, 4, &[0, 3]),
            (4, 3, &[0]),
            (5, 5, &[0]),
            (6, 3, &[0]),
            (7, 5, &[2]),
            (8, 3, &[2]),
            (9, 4, &[2, 3]),
            (10, 6, &[0, 1, 4, 5]),
            (11, 6, &[0, 1, 4, 5]),
            (12, 4, &[0, 1]),
            (13, 2, &[0, 1]),
            (14, 3, &[0, 1]),
            (15, 3, &[0, 2]),
            (16, 1, &[0]),
        ];
        for &(pc, depth, stack) in expected {
            assert_eq!(at(&map, pc), (vec![2], depth, stack.to_vec()), "at {pc}");
        }
        assert_eq!(at(&map, 17), (vec![2], 0, vec![]));
        assert_eq!(at(&map, 18), (vec![2], 2, vec![]));
        assert_eq!(at(&map, 19), (vec![], 0, vec![]));
        assert_eq!(at(&map, 20), (vec![], 2, vec![]));
    }

    #[test]
    fn wide_loads_and_stores() {
        let bytes = [
            ALOAD_0, WIDE, ASTORE, 1, 0x2b, // local 299 = this
            WIDE, ILOAD, 1, 0x2b, // iload 299: an int load pushes a non-ref whatever is there
            WIDE, ISTORE, 0, 0, // istore 0 (wide form)
            WIDE, IINC, 1, 0x2b, 0, 1, // iinc 299
            RETURN,
        ];
        let map = compute(&code(1, 300, &bytes), "()V", false).unwrap();
        assert_eq!(at(&map, 5), (vec![0, 299], 0, vec![]));
        assert_eq!(at(&map, 9), (vec![0, 299], 1, vec![]));
        assert_eq!(at(&map, 13), (vec![299], 0, vec![]));
        assert_eq!(at(&map, 19), (vec![], 0, vec![]));
        assert!(!map.at(5).unwrap().local_is_ref(300), "beyond max_locals");
    }

    #[test]
    fn handlers_merge_the_locals_of_their_range() {
        // Instance method; local 1 is a ref throughout [4, 8) and an int at 8; local 2 is an
        // int at 4 and 5 and a ref at 6 and 7.
        let bytes = [
            ACONST_NULL, // 0
            ASTORE_1,    // 1
            ICONST_0,    // 2
            ISTORE_2,    // 3
            ALOAD_0,     // 4
            ASTORE_2,    // 5
            ICONST_1,    // 6
            ISTORE_1,    // 7
            RETURN,      // 8
            ASTORE_1,    // 9: handler
            RETURN,      // 10
        ];
        let with_range = |end_pc| {
            let mut c = code(1, 3, &bytes);
            c.exception_table.push(ExceptionHandler {
                start_pc: 4,
                end_pc,
                handler_pc: 9,
                catch_type: 0,
            });
            compute(&c, "()V", false).unwrap()
        };
        let map = with_range(8);
        assert_eq!(at(&map, 9), (vec![0, 1], 1, vec![0]));
        assert_eq!(at(&map, 10), (vec![0, 1], 0, vec![]));
        let map = with_range(9);
        assert_eq!(
            at(&map, 9),
            (vec![0], 1, vec![0]),
            "int at 8 joins the merge"
        );
        // A handler with max_stack 0 has nowhere to put the exception.
        let mut c = code(0, 3, &[RETURN, RETURN]);
        c.exception_table.push(ExceptionHandler {
            start_pc: 0,
            end_pc: 1,
            handler_pc: 1,
            catch_type: 0,
        });
        assert!(matches!(
            compute(&c, "()V", true),
            Err(RefMapError::StackOverflow { .. })
        ));
        c.exception_table[0].handler_pc = 7;
        assert_eq!(
            compute(&c, "()V", true),
            Err(RefMapError::BadHandler { handler_pc: 7 })
        );
    }

    #[test]
    fn jsr_and_ret() {
        let bytes = [
            ACONST_NULL, // 0
            ASTORE_0,    // 1
            JSR,
            0,
            9,        // 2 -> 11
            ICONST_0, // 5
            ISTORE_0, // 6
            JSR,
            0,
            4,        // 7 -> 11
            RETURN,   // 10
            ASTORE_1, // 11: the subroutine stores its return address
            ALOAD_2,  // 12
            POP,      // 13
            RET,
            1, // 14
        ];
        let map = compute(&code(1, 3, &bytes), "()V", true).unwrap();
        assert_eq!(at(&map, 2), (vec![0], 0, vec![]));
        assert_eq!(
            at(&map, 11),
            (vec![], 1, vec![]),
            "return address; ref + int"
        );
        assert_eq!(at(&map, 12), (vec![], 0, vec![]));
        // `ret` returns to every `jsr`, with the subroutine's (merged) state.
        assert_eq!(at(&map, 5), (vec![], 0, vec![]));
        assert_eq!(at(&map, 10), (vec![], 0, vec![]));
        // A single caller keeps its reference across the subroutine.
        let bytes = [ACONST_NULL, ASTORE_0, JSR, 0, 4, RETURN, ASTORE_1, RET, 1];
        let map = compute(&code(1, 2, &bytes), "()V", true).unwrap();
        assert_eq!(at(&map, 6), (vec![0], 1, vec![]));
        assert_eq!(at(&map, 5), (vec![0], 0, vec![]));
        // jsr as the last instruction has no return point.
        assert!(matches!(
            compute(&code(1, 1, &[JSR, 0, 0]), "()V", true),
            Err(RefMapError::BadTarget { pc: 0, .. })
        ));
    }

    #[test]
    fn bad_code_is_an_error() {
        let err = |max_stack, max_locals, bytes: &[u8]| {
            compute(&code(max_stack, max_locals, bytes), "()V", true).unwrap_err()
        };
        assert_eq!(
            err(1, 0, &[POP, RETURN]),
            RefMapError::StackUnderflow { pc: 0 }
        );
        assert_eq!(
            err(1, 0, &[ICONST_0, DUP, RETURN]),
            RefMapError::StackOverflow { pc: 1 }
        );
        assert_eq!(
            err(2, 0, &[ICONST_0, ICONST_0, DUP_X2, RETURN]),
            RefMapError::StackUnderflow { pc: 2 }
        );
        assert_eq!(err(1, 0, &[ICONST_0]), RefMapError::FallsOffEnd { pc: 0 });
        assert_eq!(
            err(1, 1, &[LLOAD_0, RETURN]),
            RefMapError::BadLocal { pc: 0, local: 0 }
        );
        assert_eq!(
            err(1, 1, &[RET, 1]),
            RefMapError::BadLocal { pc: 0, local: 1 }
        );
        assert_eq!(
            err(1, 0, &[GOTO, 0, 1, RETURN]),
            RefMapError::BadTarget { pc: 0, target: 1 }
        );
        // Depths 1 (branch) and 0 (after the pop) meet at pc 6.
        assert_eq!(
            err(2, 0, &[ICONST_0, ICONST_0, IFEQ, 0, 4, POP, RETURN]),
            RefMapError::StackDepthMismatch {
                pc: 6,
                depth: 1,
                other: 0
            }
        );
        assert!(matches!(err(1, 0, &[BIPUSH]), RefMapError::Bytecode(_)));
        assert_eq!(err(1, 0, &[]), RefMapError::EmptyCode);
        assert_eq!(
            err(1, 0, &[LDC, 1, RETURN]),
            RefMapError::BadConstant { pc: 0, index: 1 }
        );
        assert_eq!(
            compute(&code(1, 1, &[RETURN]), "(J)V", true).unwrap_err(),
            RefMapError::ArgumentsExceedLocals {
                needed: 2,
                max_locals: 1
            }
        );
        assert!(matches!(
            compute(&code(1, 1, &[RETURN]), "(V)V", true),
            Err(RefMapError::BadDescriptor(_))
        ));
    }

    #[test]
    fn random_bytecode_never_panics() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let len = (next() % 24) as usize;
            // Mostly opcodes that need no constant pool, so analysis gets past decoding.
            let bytes: Vec<u8> = (0..len)
                .map(|_| match next() % 4 {
                    0 => (next() % 256) as u8,
                    _ => (next() % 0x5f) as u8,
                })
                .collect();
            let mut c = code((next() % 5) as u16, (next() % 5) as u16, &bytes);
            if next() % 3 == 0 {
                c.exception_table.push(ExceptionHandler {
                    start_pc: (next() % 24) as u16,
                    end_pc: (next() % 24) as u16,
                    handler_pc: (next() % 24) as u16,
                    catch_type: 0,
                });
            }
            let _ = compute(&c, "()V", next() % 2 == 0);
        }
    }

    /// A constant pool, built as a class file and parsed.
    struct Pool {
        bytes: Vec<u8>,
        next: u16,
    }

    impl Pool {
        fn entry(&mut self, tag: u8, payload: &[u8], size: u16) -> u16 {
            self.bytes.push(tag);
            self.bytes.extend_from_slice(payload);
            self.next += size;
            self.next - size
        }

        fn utf8(&mut self, s: &str) -> u16 {
            let mut p = (s.len() as u16).to_be_bytes().to_vec();
            p.extend_from_slice(s.as_bytes());
            self.entry(1, &p, 1)
        }

        fn indexed(&mut self, tag: u8, indices: &[u16]) -> u16 {
            let p: Vec<u8> = indices.iter().flat_map(|i| i.to_be_bytes()).collect();
            self.entry(tag, &p, 1)
        }

        fn class(&mut self, name: &str) -> u16 {
            let n = self.utf8(name);
            self.indexed(7, &[n])
        }

        fn member(&mut self, tag: u8, class: &str, name: &str, descriptor: &str) -> u16 {
            let c = self.class(class);
            let (n, d) = (self.utf8(name), self.utf8(descriptor));
            let nat = self.indexed(12, &[n, d]);
            self.indexed(tag, &[c, nat])
        }

        fn finish(mut self) -> ConstantPool {
            let this = self.class("T");
            let object = self.class("java/lang/Object");
            let mut out = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61];
            out.extend(self.next.to_be_bytes());
            out.extend(&self.bytes);
            for v in [0x21, this, object, 0, 0, 0, 0] {
                out.extend(u16::to_be_bytes(v));
            }
            ClassFile::parse(&out).unwrap().constant_pool
        }
    }

    #[test]
    fn constants_fields_and_invokes_take_their_types() {
        let mut p = Pool {
            bytes: Vec::new(),
            next: 1,
        };
        let s = p.utf8("s");
        let string = p.indexed(8, &[s]);
        let int = p.entry(3, &7i32.to_be_bytes(), 1);
        let long = p.entry(5, &7i64.to_be_bytes(), 2);
        let class = p.class("java/lang/String");
        let field_j = p.member(9, "T", "j", "J");
        let field_o = p.member(9, "T", "o", "[I");
        let method = p.member(10, "T", "m", "(IJLjava/lang/Object;)Ljava/lang/String;");
        let init = p.member(10, "T", "<init>", "()V");
        let cp = p.finish();
        let [string, int, long, class, field_j, field_o, method, init] =
            [string, int, long, class, field_j, field_o, method, init].map(|i| i as u8);
        let bytes = [
            LDC,
            string, // 0: [R]
            LDC,
            int, // 2: [R N]
            LDC_W,
            0,
            class, // 4: [R N R]
            LDC2_W,
            0,
            long, // 7: [R N R N N]
            POP2,
            POP2,
            POP, // 10
            ALOAD_0,
            GETFIELD,
            0,
            field_j, // 13: [N N]
            ALOAD_0,
            GETFIELD,
            0,
            field_o, // 17: [N N R]
            POP,
            POP2, // 21
            ALOAD_0,
            ICONST_0,
            LCONST_0,
            ACONST_NULL, // 23: [R N N N R]
            INVOKEVIRTUAL,
            0,
            method, // 27: [R]
            ALOAD_0,
            LCONST_1,
            PUTFIELD,
            0,
            field_j, // 30: [R] -> [R R N N] -> [R]
            POP,
            NEW,
            0,
            class,
            DUP,
            INVOKESPECIAL,
            0,
            init,    // 35: [R] [] [R] [R R]
            ARETURN, // 43: [R]
        ];
        let c = code(5, 1, &bytes);
        let map = RefMap::compute(&c, &cp, "()Ljava/lang/Object;", false).unwrap();
        let expected: &[(usize, &[usize], usize)] = &[
            (2, &[0], 1),
            (4, &[0], 2),
            (7, &[0, 2], 3),
            (10, &[0, 2], 5),
            (17, &[], 2),
            (21, &[2], 3),
            (27, &[0, 4], 5),
            (30, &[0], 1),
            (32, &[0, 1], 4),
            (35, &[0], 1),
            (36, &[], 0),
            (39, &[0], 1),
            (40, &[0, 1], 2),
            (43, &[0], 1),
        ];
        for &(pc, stack, depth) in expected {
            assert_eq!(at(&map, pc), (vec![0], depth, stack.to_vec()), "at {pc}");
        }
        // ldc of a long, and ldc2_w of a string, are errors.
        for bytes in [&[LDC, long, RETURN][..], &[LDC2_W, 0, string, RETURN]] {
            assert!(matches!(
                RefMap::compute(&code(2, 0, bytes), &cp, "()V", true),
                Err(RefMapError::BadConstant { pc: 0, .. })
            ));
        }
    }

    #[test]
    fn legacy_fixture_with_subroutines() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../testdata/classfile/classes/fixtures/gen/Legacy.class"
        );
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("no {path}; skipped");
            return;
        };
        let class = ClassFile::parse(&bytes).unwrap();
        let cp = &class.constant_pool;
        let mut rets = 0;
        for m in &class.methods {
            let Some(c) = m.code() else { continue };
            let is_static = m.access_flags & crate::access::ACC_STATIC != 0;
            let map = RefMap::compute(c, cp, m.descriptor(cp), is_static)
                .unwrap_or_else(|e| panic!("{}: {e}", m.name(cp)));
            rets += decode_all(&c.code)
                .unwrap()
                .iter()
                .filter(|i| i.opcode == RET && map.at(i.pc as usize).is_some())
                .count();
        }
        assert!(rets > 0, "the fixture's subroutines are reachable");
    }
}
