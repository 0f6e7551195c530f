//! Pre-decoded bytecode: the form the interpreter dispatches on.
//!
//! Each method's bytecode is decoded once, at its first execution, into one [`Insn`] per bytecode
//! offset, so a frame's pc stays a bytecode index (exception tables, line numbers and stack traces
//! need nothing else). An instruction's operands are decoded ahead of time: local indices, branch
//! targets as absolute pcs, numeric `ldc` constants as values.
//!
//! Common short sequences are fused into one instruction (superinstructions), which saves the
//! dispatches between them: `iload a; iload b; if_icmplt L`, `iload a; sipush k; iand`,
//! `aload a; iload b; iaload`, `iinc; goto`, and so on. A fused instruction covers the bytecodes
//! from its pc; the instructions inside it keep their own entries, so a branch into the middle of
//! a sequence runs the rest of it unfused. No fused instruction throws: when one would (a null
//! array, an index out of bounds), it runs its prefix and continues at the unfused instruction that
//! throws, so the exception and its pc are exactly those of the plain bytecode.
//!
//! Offsets that do not start an instruction, and an instruction that fails to decode, become
//! [`BAD`], which throws `VerifyError`: a jump into the middle of an instruction or off the end of
//! the code cannot make the interpreter read past the bytecode.

use rjava_classfile::bytecode::{decode_at, op, Instruction, Operands};
use rjava_classfile::{Constant, ConstantPool};

/// One pre-decoded instruction. `op` is the JVMS opcode for plain instructions, or one of the
/// constants below (all above 0xff) for quickened and fused ones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C, align(16))]
pub struct Insn {
    pub op: u16,
    /// A local-variable index (loads, stores, `iinc`, fused sequences' first local).
    pub a: u16,
    /// A fused sequence's second local-variable index.
    pub b: u16,
    /// Bytes of bytecode the instruction covers (the pc of what follows is `pc + len`).
    pub len: u8,
    /// Comparison mask of fused branches (bit 0 taken if less, bit 1 if equal, bit 2 if
    /// greater); for fused operations, 1 when the result is stored to local `b`.
    pub cond: u8,
    /// A constant, or a branch's absolute target.
    pub x: i32,
    /// A second constant (a fused branch's target; the high half of a two-slot constant).
    pub y: i32,
}

const _: () = assert!(std::mem::size_of::<Insn>() == 16);

/// What the interpreter finds past the end of the code.
pub static END: Insn = Insn {
    op: BAD,
    a: 0,
    b: 0,
    len: 0,
    cond: 0,
    x: 0,
    y: 0,
};

/// Not the start of an instruction, or undecodable: throws `VerifyError`.
pub const BAD: u16 = 0x100;
/// `ldc`/`ldc_w` of an int or float: pushes `x`.
pub const LDC_VALUE1: u16 = 0x101;
/// `ldc2_w`: pushes the long or double whose bits are `x` (low) and `y` (high).
pub const LDC_VALUE2: u16 = 0x102;
/// Two one-slot loads: pushes locals `a` and `b`.
pub const LOAD_LOAD: u16 = 0x103;
/// `iinc a x; goto y`.
pub const IINC_GOTO: u16 = 0x104;
/// `iload a; iload b; if_icmp<cond>` to `x`.
pub const IF_LOCAL_LOCAL: u16 = 0x105;
/// `iload a; <int constant y>; if_icmp<cond>` to `x`.
pub const IF_LOCAL_CONST: u16 = 0x106;
/// `iload a; if<cond>` to `x`.
pub const IF_LOCAL: u16 = 0x107;

/// `aload a; iload b; <T>aload`, one per array load opcode, in opcode order from `iaload`. `x` is
/// the offset of the plain array load, where the path that throws continues.
pub const ARRAY_LOAD_LOCALS: u16 = 0x110;
pub const IALOAD_LOCALS: u16 = ARRAY_LOAD_LOCALS;
pub const LALOAD_LOCALS: u16 = ARRAY_LOAD_LOCALS + 1;
pub const FALOAD_LOCALS: u16 = ARRAY_LOAD_LOCALS + 2;
pub const DALOAD_LOCALS: u16 = ARRAY_LOAD_LOCALS + 3;
pub const AALOAD_LOCALS: u16 = ARRAY_LOAD_LOCALS + 4;
pub const BALOAD_LOCALS: u16 = ARRAY_LOAD_LOCALS + 5;
pub const CALOAD_LOCALS: u16 = ARRAY_LOAD_LOCALS + 6;
pub const SALOAD_LOCALS: u16 = ARRAY_LOAD_LOCALS + 7;

/// `aload a; iload b; dup2; <T>aload`, the start of a compound assignment to an array element
/// (`a[i] += v`): pushes the array, the index and the element. `x` is the offset of the plain
/// array load.
pub const ARRAY_UPDATE_LOCALS: u16 = 0x118;
pub const IALOAD_UPDATE_LOCALS: u16 = ARRAY_UPDATE_LOCALS;
pub const LALOAD_UPDATE_LOCALS: u16 = ARRAY_UPDATE_LOCALS + 1;
pub const FALOAD_UPDATE_LOCALS: u16 = ARRAY_UPDATE_LOCALS + 2;
pub const DALOAD_UPDATE_LOCALS: u16 = ARRAY_UPDATE_LOCALS + 3;
pub const AALOAD_UPDATE_LOCALS: u16 = ARRAY_UPDATE_LOCALS + 4;
pub const BALOAD_UPDATE_LOCALS: u16 = ARRAY_UPDATE_LOCALS + 5;
pub const CALOAD_UPDATE_LOCALS: u16 = ARRAY_UPDATE_LOCALS + 6;
pub const SALOAD_UPDATE_LOCALS: u16 = ARRAY_UPDATE_LOCALS + 7;

/// The int operations fused with their operands, in the order of the fused opcodes below.
const INT_OPS: [u8; 9] = [
    op::IADD,
    op::ISUB,
    op::IMUL,
    op::ISHL,
    op::ISHR,
    op::IUSHR,
    op::IAND,
    op::IOR,
    op::IXOR,
];

/// The long operations fused with their operands, in the order of the fused opcodes below.
const LONG_OPS: [u8; 6] = [op::LADD, op::LSUB, op::LMUL, op::LAND, op::LOR, op::LXOR];

/// The long shifts (by an int) fused with a constant distance.
const LONG_SHIFTS: [u8; 3] = [op::LSHL, op::LSHR, op::LUSHR];

// In the families below that produce a value, `cond` 1 means the `istore`/`lstore` that followed
// was fused too: the value goes to local `b` instead of the operand stack.

/// `iload a; <int constant x>; <op>`: `local a <op> x`.
pub const LOCAL_CONST_OP: u16 = 0x120;
pub const LOCAL_CONST_IADD: u16 = LOCAL_CONST_OP;
pub const LOCAL_CONST_ISUB: u16 = LOCAL_CONST_OP + 1;
pub const LOCAL_CONST_IMUL: u16 = LOCAL_CONST_OP + 2;
pub const LOCAL_CONST_ISHL: u16 = LOCAL_CONST_OP + 3;
pub const LOCAL_CONST_ISHR: u16 = LOCAL_CONST_OP + 4;
pub const LOCAL_CONST_IUSHR: u16 = LOCAL_CONST_OP + 5;
pub const LOCAL_CONST_IAND: u16 = LOCAL_CONST_OP + 6;
pub const LOCAL_CONST_IOR: u16 = LOCAL_CONST_OP + 7;
pub const LOCAL_CONST_IXOR: u16 = LOCAL_CONST_OP + 8;

/// `<int constant x>; <op>`: pops `v`, `v <op> x`.
pub const CONST_OP: u16 = 0x130;
pub const CONST_IADD: u16 = CONST_OP;
pub const CONST_ISUB: u16 = CONST_OP + 1;
pub const CONST_IMUL: u16 = CONST_OP + 2;
pub const CONST_ISHL: u16 = CONST_OP + 3;
pub const CONST_ISHR: u16 = CONST_OP + 4;
pub const CONST_IUSHR: u16 = CONST_OP + 5;
pub const CONST_IAND: u16 = CONST_OP + 6;
pub const CONST_IOR: u16 = CONST_OP + 7;
pub const CONST_IXOR: u16 = CONST_OP + 8;

/// `iload a; <op>`: pops `v`, `v <op> local a`.
pub const LOCAL_OP: u16 = 0x140;
pub const LOCAL_IADD: u16 = LOCAL_OP;
pub const LOCAL_ISUB: u16 = LOCAL_OP + 1;
pub const LOCAL_IMUL: u16 = LOCAL_OP + 2;
pub const LOCAL_ISHL: u16 = LOCAL_OP + 3;
pub const LOCAL_ISHR: u16 = LOCAL_OP + 4;
pub const LOCAL_IUSHR: u16 = LOCAL_OP + 5;
pub const LOCAL_IAND: u16 = LOCAL_OP + 6;
pub const LOCAL_IOR: u16 = LOCAL_OP + 7;
pub const LOCAL_IXOR: u16 = LOCAL_OP + 8;

/// `<op>; istore b`: pops `w` and `v`, stores `v <op> w`.
pub const OP_ISTORE: u16 = 0x150;
pub const IADD_ISTORE: u16 = OP_ISTORE;
pub const ISUB_ISTORE: u16 = OP_ISTORE + 1;
pub const IMUL_ISTORE: u16 = OP_ISTORE + 2;
pub const ISHL_ISTORE: u16 = OP_ISTORE + 3;
pub const ISHR_ISTORE: u16 = OP_ISTORE + 4;
pub const IUSHR_ISTORE: u16 = OP_ISTORE + 5;
pub const IAND_ISTORE: u16 = OP_ISTORE + 6;
pub const IOR_ISTORE: u16 = OP_ISTORE + 7;
pub const IXOR_ISTORE: u16 = OP_ISTORE + 8;

/// `<long constant x,y>; <op>`: pops `v`, `v <op> constant`.
pub const LCONST_LOP: u16 = 0x160;
pub const LCONST_LADD: u16 = LCONST_LOP;
pub const LCONST_LSUB: u16 = LCONST_LOP + 1;
pub const LCONST_LMUL: u16 = LCONST_LOP + 2;
pub const LCONST_LAND: u16 = LCONST_LOP + 3;
pub const LCONST_LOR: u16 = LCONST_LOP + 4;
pub const LCONST_LXOR: u16 = LCONST_LOP + 5;

/// `lload a; <op>`: pops `v`, `v <op> local a`.
pub const LOCAL_LOP: u16 = 0x168;
pub const LOCAL_LADD: u16 = LOCAL_LOP;
pub const LOCAL_LSUB: u16 = LOCAL_LOP + 1;
pub const LOCAL_LMUL: u16 = LOCAL_LOP + 2;
pub const LOCAL_LAND: u16 = LOCAL_LOP + 3;
pub const LOCAL_LOR: u16 = LOCAL_LOP + 4;
pub const LOCAL_LXOR: u16 = LOCAL_LOP + 5;

/// `<op>; lstore b`: pops `w` and `v`, stores `v <op> w`.
pub const OP_LSTORE: u16 = 0x170;
pub const LADD_LSTORE: u16 = OP_LSTORE;
pub const LSUB_LSTORE: u16 = OP_LSTORE + 1;
pub const LMUL_LSTORE: u16 = OP_LSTORE + 2;
pub const LAND_LSTORE: u16 = OP_LSTORE + 3;
pub const LOR_LSTORE: u16 = OP_LSTORE + 4;
pub const LXOR_LSTORE: u16 = OP_LSTORE + 5;

/// `<int constant x>; <shift>`: pops the long `v`, `v <shift> x`.
pub const CONST_LSHIFT: u16 = 0x178;
pub const CONST_LSHL: u16 = CONST_LSHIFT;
pub const CONST_LSHR: u16 = CONST_LSHIFT + 1;
pub const CONST_LUSHR: u16 = CONST_LSHIFT + 2;

/// The condition masks of `ifeq..ifle` and `if_icmpeq..if_icmple` (eq, ne, lt, ge, gt, le).
const CONDITIONS: [u8; 6] = [0b010, 0b101, 0b001, 0b110, 0b100, 0b011];

/// Whether a fused branch with condition mask `cond` is taken for `a` compared with `b`.
#[inline(always)]
pub fn taken(cond: u8, a: i32, b: i32) -> bool {
    let ordering = (a > b) as u8 * 2 + (a == b) as u8;
    (cond >> ordering) & 1 != 0
}

/// A decoded instruction, reduced to what fusion looks at.
#[derive(Clone, Copy)]
struct Plain {
    pc: usize,
    opcode: u8,
    len: usize,
    /// The local variable of a load, store or `iinc`.
    local: Option<u16>,
    /// The value of an int constant push (`iconst_<n>`, `bipush`, `sipush`, `ldc` of an int).
    int_constant: Option<i32>,
    /// The value of a long constant push (`lconst_<n>`, `ldc2_w` of a long).
    long_constant: Option<i64>,
    /// Absolute branch target, when it is inside the code.
    target: Option<usize>,
    iinc_delta: i32,
}

impl Plain {
    /// The local of a one-slot load (`iload`, `fload`, `aload`, short forms included).
    fn one_slot_load(&self) -> Option<u16> {
        match self.opcode {
            op::ILOAD | op::FLOAD | op::ALOAD | 0x1a..=0x1d | 0x22..=0x25 | 0x2a..=0x2d => {
                self.local
            }
            _ => None,
        }
    }

    fn int_load(&self) -> Option<u16> {
        match self.opcode {
            op::ILOAD | 0x1a..=0x1d => self.local,
            _ => None,
        }
    }

    fn reference_load(&self) -> Option<u16> {
        match self.opcode {
            op::ALOAD | 0x2a..=0x2d => self.local,
            _ => None,
        }
    }

    fn long_load(&self) -> Option<u16> {
        match self.opcode {
            op::LLOAD | 0x1e..=0x21 => self.local,
            _ => None,
        }
    }

    fn int_store(&self) -> Option<u16> {
        match self.opcode {
            op::ISTORE | 0x3b..=0x3e => self.local,
            _ => None,
        }
    }

    fn long_store(&self) -> Option<u16> {
        match self.opcode {
            op::LSTORE | 0x3f..=0x42 => self.local,
            _ => None,
        }
    }

    /// The fused-family index of an int operation.
    fn int_op(&self) -> Option<u16> {
        INT_OPS
            .iter()
            .position(|&o| o == self.opcode)
            .map(|i| i as u16)
    }

    /// The fused-family index of a long operation.
    fn long_op(&self) -> Option<u16> {
        LONG_OPS
            .iter()
            .position(|&o| o == self.opcode)
            .map(|i| i as u16)
    }
}

/// Decodes `code` into one instruction per offset (plus a final [`BAD`] for running off the end).
pub fn quicken(code: &[u8], cp: &ConstantPool) -> Box<[Insn]> {
    let mut insns = vec![
        Insn {
            op: BAD,
            ..Insn::default()
        };
        code.len() + 1
    ];
    // The last few instructions decoded: a fused sequence starts at the first of them.
    let mut window: Vec<Plain> = Vec::with_capacity(FUSE_WINDOW);
    let mut pc = 0;
    while pc < code.len() {
        let Some(decoded) = decode_simple(code, pc).or_else(|| decode_at(code, pc).ok()) else {
            break;
        };
        if decoded.opcode > op::JSR_W {
            break;
        }
        let len = decoded.length as usize;
        let in_code = |off: i64| {
            let t = pc as i64 + off;
            (0..code.len() as i64).contains(&t).then_some(t as usize)
        };
        let mut p = Plain {
            pc,
            opcode: decoded.opcode,
            len,
            local: None,
            int_constant: None,
            long_constant: None,
            target: None,
            iinc_delta: 0,
        };
        let mut insn = Insn {
            op: decoded.opcode as u16,
            len: len.min(255) as u8,
            ..Insn::default()
        };
        match (&decoded.operands, decoded.opcode) {
            (Operands::Local(i), _) => {
                p.local = Some(*i);
                insn.a = *i;
            }
            (Operands::None, o @ 0x1a..=0x2d) => {
                let i = ((o - 0x1a) % 4) as u16;
                p.local = Some(i);
                insn.a = i;
            }
            (Operands::None, o @ 0x3b..=0x4e) => {
                let i = ((o - 0x3b) % 4) as u16;
                p.local = Some(i);
                insn.a = i;
            }
            (Operands::None, o @ (op::LCONST_0 | op::LCONST_1)) => {
                p.long_constant = Some((o - op::LCONST_0) as i64)
            }
            (Operands::None, o @ 0x02..=0x08) => p.int_constant = Some(o as i32 - 3),
            (Operands::Byte(v), _) => {
                p.int_constant = Some(*v as i32);
                insn.x = *v as i32;
            }
            (Operands::Short(v), _) => {
                p.int_constant = Some(*v as i32);
                insn.x = *v as i32;
            }
            (Operands::Constant(index), o) if o != op::LDC2_W => match cp.get(*index) {
                Ok(Constant::Integer(v)) => {
                    p.int_constant = Some(*v);
                    insn = Insn {
                        op: LDC_VALUE1,
                        x: *v,
                        ..insn
                    };
                }
                Ok(Constant::Float(v)) => {
                    insn = Insn {
                        op: LDC_VALUE1,
                        x: v.to_bits() as i32,
                        ..insn
                    }
                }
                // Other constant-pool operands (fields, methods, classes) are kept in `a`.
                _ => insn.a = *index,
            },
            (Operands::Constant(index), _) => {
                let bits = match cp.get(*index) {
                    Ok(Constant::Long(v)) => {
                        p.long_constant = Some(*v);
                        Some(*v as u64)
                    }
                    Ok(Constant::Double(v)) => Some(v.to_bits()),
                    _ => None,
                };
                if let Some(bits) = bits {
                    insn = Insn {
                        op: LDC_VALUE2,
                        x: bits as u32 as i32,
                        y: (bits >> 32) as u32 as i32,
                        ..insn
                    };
                }
            }
            (Operands::Branch(off), _) => {
                p.target = in_code(*off as i64);
                insn.x = (pc as i64 + *off as i64).clamp(-1, i32::MAX as i64) as i32;
            }
            (Operands::Iinc { index, delta }, _) => {
                p.local = Some(*index);
                p.iinc_delta = *delta as i32;
                insn.a = *index;
                insn.x = *delta as i32;
            }
            _ => {}
        }
        // `wide` keeps its own handler, which reads the bytecode.
        if decoded.wide {
            insn = Insn {
                op: op::WIDE as u16,
                len: insn.len,
                ..Insn::default()
            };
            p.opcode = op::WIDE;
        }
        insns[pc] = insn;
        if window.len() == FUSE_WINDOW {
            fuse_first(&mut window, &mut insns);
        }
        window.push(p);
        pc += len;
    }
    while !window.is_empty() {
        fuse_first(&mut window, &mut insns);
    }
    insns.into_boxed_slice()
}

/// The most instructions one fused instruction replaces.
const FUSE_WINDOW: usize = 4;

/// Fuses the sequence starting at the window's first instruction, if it fuses, and drops that
/// instruction from the window.
fn fuse_first(window: &mut Vec<Plain>, insns: &mut [Insn]) {
    if let Some(fused) = fuse(window) {
        insns[window[0].pc] = fused;
    }
    window.remove(0);
}

/// The length of each fixed-length instruction whose operands need no checking (0 for the rest:
/// the switches, `wide`, instructions with checked operands, undefined opcodes).
const SIMPLE_LENGTHS: [u8; 256] = {
    let mut lengths = [0u8; 256];
    let mut o = 0;
    while o < 256 {
        lengths[o] = match o as u8 {
            op::BIPUSH | op::LDC | op::ILOAD..=op::ALOAD | op::ISTORE..=op::ASTORE | op::RET => 2,
            op::SIPUSH | op::LDC_W | op::LDC2_W | op::IINC => 3,
            op::IFEQ..=op::JSR | op::IFNULL | op::IFNONNULL => 3,
            op::GETSTATIC..=op::INVOKESTATIC | op::NEW | op::ANEWARRAY => 3,
            op::CHECKCAST | op::INSTANCEOF => 3,
            op::GOTO_W | op::JSR_W => 5,
            op::TABLESWITCH | op::LOOKUPSWITCH | op::WIDE => 0,
            op::INVOKEINTERFACE | op::INVOKEDYNAMIC | op::NEWARRAY | op::MULTIANEWARRAY => 0,
            0..=op::JSR_W => 1,
            _ => 0,
        };
        o += 1;
    }
    lengths
};

/// Decodes the common fixed-length instructions without the general decoder's checks and
/// allocations (startup runs most methods once, so decoding is on its path); `None` for the rest.
#[inline]
fn decode_simple(code: &[u8], pc: usize) -> Option<Instruction> {
    let opcode = code[pc];
    let length = SIMPLE_LENGTHS[opcode as usize] as usize;
    let operand = code.get(pc + 1..pc + length.max(1))?;
    let u1 = || operand[0];
    let s2 = || i16::from_be_bytes([operand[0], operand[1]]);
    let operands = match (length, opcode) {
        (0, _) => return None,
        (1, _) => Operands::None,
        (_, op::BIPUSH) => Operands::Byte(u1() as i8),
        (_, op::SIPUSH) => Operands::Short(s2()),
        (_, op::LDC) => Operands::Constant(u1() as u16),
        (_, op::ILOAD..=op::ALOAD | op::ISTORE..=op::ASTORE | op::RET) => {
            Operands::Local(u1() as u16)
        }
        (_, op::IINC) => Operands::Iinc {
            index: u1() as u16,
            delta: operand[1] as i8 as i16,
        },
        (_, op::IFEQ..=op::JSR | op::IFNULL | op::IFNONNULL) => Operands::Branch(s2() as i32),
        (_, op::GOTO_W | op::JSR_W) => Operands::Branch(i32::from_be_bytes([
            operand[0], operand[1], operand[2], operand[3],
        ])),
        _ => Operands::Constant(s2() as u16),
    };
    Some(Instruction {
        pc: pc as u32,
        opcode,
        wide: false,
        operands,
        length: length as u32,
    })
}

/// The fused instruction for the sequence starting at `seq[0]`, if there is one.
fn fuse(seq: &[Plain]) -> Option<Insn> {
    let at = |i: usize| seq.get(i).copied();
    let first = seq[0];
    // The bytes covered by the first `n` instructions.
    let span = |n: usize| {
        let last = seq.get(n - 1)?;
        u8::try_from(last.pc + last.len - first.pc).ok()
    };
    let condition = |o: u8, base: u8| CONDITIONS[(o - base) as usize];
    // A value-producing sequence of `n` instructions, with the store that follows it if any.
    let produce = |op: u16, n: usize, a: u16, x: i32, y: i32, long: bool| {
        let store = at(n).and_then(|s| if long { s.long_store() } else { s.int_store() });
        Some(match store {
            Some(b) => Insn {
                op,
                a,
                b,
                len: span(n + 1)?,
                cond: 1,
                x,
                y,
            },
            None => Insn {
                op,
                a,
                len: span(n)?,
                x,
                y,
                ..Insn::default()
            },
        })
    };
    let (second, third) = (at(1), at(2));
    if let (Some(a), Some(second), Some(third)) = (first.int_load(), second, third) {
        if let (op::IF_ICMPEQ..=op::IF_ICMPLE, Some(target)) = (third.opcode, third.target) {
            let cond = condition(third.opcode, op::IF_ICMPEQ);
            if let Some(b) = second.int_load() {
                return Some(Insn {
                    op: IF_LOCAL_LOCAL,
                    a,
                    b,
                    len: span(3)?,
                    cond,
                    x: target as i32,
                    y: 0,
                });
            }
            if let Some(k) = second.int_constant {
                return Some(Insn {
                    op: IF_LOCAL_CONST,
                    a,
                    len: span(3)?,
                    cond,
                    x: target as i32,
                    y: k,
                    ..Insn::default()
                });
            }
        }
        if let (Some(k), Some(o)) = (second.int_constant, third.int_op()) {
            return produce(LOCAL_CONST_OP + o, 3, a, k, 0, false);
        }
    }
    if let (Some(a), Some(second), Some(third)) = (first.reference_load(), second, third) {
        let fourth = at(3).map_or(0, |p| p.opcode);
        if let (Some(b), op::DUP2, op::IALOAD..=op::SALOAD) =
            (second.int_load(), third.opcode, fourth)
        {
            return Some(Insn {
                op: ARRAY_UPDATE_LOCALS + (fourth - op::IALOAD) as u16,
                a,
                b,
                len: span(4)?,
                x: (seq[3].pc - first.pc) as i32,
                ..Insn::default()
            });
        }
        if let (Some(b), op::IALOAD..=op::SALOAD) = (second.int_load(), third.opcode) {
            return Some(Insn {
                op: ARRAY_LOAD_LOCALS + (third.opcode - op::IALOAD) as u16,
                a,
                b,
                len: span(3)?,
                x: (third.pc - first.pc) as i32,
                ..Insn::default()
            });
        }
    }
    let second = second?;
    if let Some(a) = first.int_load() {
        if let (op::IFEQ..=op::IFLE, Some(target)) = (second.opcode, second.target) {
            return Some(Insn {
                op: IF_LOCAL,
                a,
                len: span(2)?,
                cond: condition(second.opcode, op::IFEQ),
                x: target as i32,
                ..Insn::default()
            });
        }
        if let Some(o) = second.int_op() {
            return produce(LOCAL_OP + o, 2, a, 0, 0, false);
        }
    }
    if let (Some(a), Some(b)) = (first.one_slot_load(), second.one_slot_load()) {
        return Some(Insn {
            op: LOAD_LOAD,
            a,
            b,
            len: span(2)?,
            ..Insn::default()
        });
    }
    if let Some(k) = first.int_constant {
        if let Some(o) = second.int_op() {
            return produce(CONST_OP + o, 2, 0, k, 0, false);
        }
        if let Some(o) = LONG_SHIFTS.iter().position(|&o| o == second.opcode) {
            return produce(CONST_LSHIFT + o as u16, 2, 0, k, 0, true);
        }
    }
    if let (Some(k), Some(o)) = (first.long_constant, second.long_op()) {
        return produce(
            LCONST_LOP + o,
            2,
            0,
            k as u32 as i32,
            (k >> 32) as i32,
            true,
        );
    }
    if let (Some(a), Some(o)) = (first.long_load(), second.long_op()) {
        return produce(LOCAL_LOP + o, 2, a, 0, 0, true);
    }
    if let (Some(o), Some(b)) = (first.int_op(), second.int_store()) {
        return Some(Insn {
            op: OP_ISTORE + o,
            b,
            len: span(2)?,
            ..Insn::default()
        });
    }
    if let (Some(o), Some(b)) = (first.long_op(), second.long_store()) {
        return Some(Insn {
            op: OP_LSTORE + o,
            b,
            len: span(2)?,
            ..Insn::default()
        });
    }
    if let (op::IINC, op::GOTO, Some(target)) = (first.opcode, second.opcode, second.target) {
        return Some(Insn {
            op: IINC_GOTO,
            a: first.local?,
            len: span(2)?,
            x: first.iinc_delta,
            y: target as i32,
            ..Insn::default()
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_follow_the_comparison() {
        let cases = [(1, 2), (2, 2), (3, 2), (i32::MIN, i32::MAX)];
        for (a, b) in cases {
            let expect = [a == b, a != b, a < b, a >= b, a > b, a <= b];
            for (mask, e) in CONDITIONS.iter().zip(expect) {
                assert_eq!(taken(*mask, a, b), e, "{a} {b} {mask:03b}");
            }
        }
    }

    #[test]
    fn fuses_a_counted_loop() {
        // 0: iconst_0; 1: istore_1; 2: iload_1; 3: bipush 10; 5: if_icmpge 14;
        // 8: iinc 1 1; 11: goto 2; 14: return
        let code = [
            0x03, 0x3c, 0x1b, 0x10, 10, 0xa2, 0x00, 0x09, 0x84, 0x01, 0x01, 0xa7, 0xff, 0xf7, 0xb1,
        ];
        let cp = ConstantPool::default();
        let insns = quicken(&code, &cp);
        assert_eq!(insns.len(), code.len() + 1);
        assert_eq!(insns[1].op, op::ISTORE_1 as u16);
        assert_eq!(insns[1].a, 1);
        let test = insns[2];
        assert_eq!(
            (test.op, test.a, test.y, test.x, test.len),
            (IF_LOCAL_CONST, 1, 10, 14, 6)
        );
        assert!(taken(test.cond, 10, 10) && !taken(test.cond, 9, 10));
        // The instructions inside the fused test keep their own entries.
        assert_eq!(insns[3].op, op::BIPUSH as u16);
        assert_eq!(insns[5].op, op::IF_ICMPGE as u16);
        assert_eq!(insns[5].x, 14);
        let step = insns[8];
        assert_eq!(
            (step.op, step.a, step.x, step.y, step.len),
            (IINC_GOTO, 1, 1, 2, 6)
        );
        // Operand bytes and the end of the code are not instructions.
        assert_eq!(insns[4].op, BAD);
        assert_eq!(insns[code.len()].op, BAD);
    }

    #[test]
    fn the_quick_decoder_agrees_with_the_general_one() {
        // Every opcode, followed by enough operand bytes of every kind.
        for opcode in 0..=255u8 {
            for tail in [
                [0u8; 6],
                [0xff; 6],
                [1, 2, 3, 4, 5, 6],
                [0x80, 0, 0x7f, 0xff, 0, 1],
            ] {
                let mut code = vec![opcode];
                code.extend_from_slice(&tail);
                if let Some(quick) = decode_simple(&code, 0) {
                    assert_eq!(Ok(quick), decode_at(&code, 0), "opcode {opcode:#04x}");
                }
                // Truncated: the quick decoder gives up rather than read past the end.
                let cut = &code[..SIMPLE_LENGTHS[opcode as usize].max(1) as usize - 1];
                if !cut.is_empty() {
                    assert_eq!(decode_simple(cut, 0), None, "opcode {opcode:#04x}");
                }
            }
        }
    }

    #[test]
    fn undecodable_code_is_bad_from_there_on() {
        // bipush without its operand.
        let insns = quicken(&[0x00, 0x10], &ConstantPool::default());
        assert_eq!(insns[0].op, op::NOP as u16);
        assert_eq!(insns[1].op, BAD);
    }
}
