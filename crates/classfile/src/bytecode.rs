//! Bytecode decoding (JVMS 6.5): one decoder for the interpreter, verifier, JIT and `rjavap`.
//!
//! Decoding checks structure only — known opcodes, complete operands, legal `wide` forms, switch
//! tables that fit — not types or branch targets; those are the verifier's job.

use byteorder::{BigEndian, ReadBytesExt};
use std::fmt;

/// Opcode values, named as JVMS spells them (every opcode; the mnemonics below are these names).
#[allow(missing_docs)]
pub mod op {
    pub const NOP: u8 = 0x00;
    pub const ACONST_NULL: u8 = 0x01;
    pub const ICONST_M1: u8 = 0x02;
    pub const ICONST_0: u8 = 0x03;
    pub const ICONST_1: u8 = 0x04;
    pub const ICONST_2: u8 = 0x05;
    pub const ICONST_3: u8 = 0x06;
    pub const ICONST_4: u8 = 0x07;
    pub const ICONST_5: u8 = 0x08;
    pub const LCONST_0: u8 = 0x09;
    pub const LCONST_1: u8 = 0x0a;
    pub const FCONST_0: u8 = 0x0b;
    pub const FCONST_1: u8 = 0x0c;
    pub const FCONST_2: u8 = 0x0d;
    pub const DCONST_0: u8 = 0x0e;
    pub const DCONST_1: u8 = 0x0f;
    pub const BIPUSH: u8 = 0x10;
    pub const SIPUSH: u8 = 0x11;
    pub const LDC: u8 = 0x12;
    pub const LDC_W: u8 = 0x13;
    pub const LDC2_W: u8 = 0x14;
    pub const ILOAD: u8 = 0x15;
    pub const LLOAD: u8 = 0x16;
    pub const FLOAD: u8 = 0x17;
    pub const DLOAD: u8 = 0x18;
    pub const ALOAD: u8 = 0x19;
    pub const ILOAD_0: u8 = 0x1a;
    pub const ILOAD_1: u8 = 0x1b;
    pub const ILOAD_2: u8 = 0x1c;
    pub const ILOAD_3: u8 = 0x1d;
    pub const LLOAD_0: u8 = 0x1e;
    pub const LLOAD_1: u8 = 0x1f;
    pub const LLOAD_2: u8 = 0x20;
    pub const LLOAD_3: u8 = 0x21;
    pub const FLOAD_0: u8 = 0x22;
    pub const FLOAD_1: u8 = 0x23;
    pub const FLOAD_2: u8 = 0x24;
    pub const FLOAD_3: u8 = 0x25;
    pub const DLOAD_0: u8 = 0x26;
    pub const DLOAD_1: u8 = 0x27;
    pub const DLOAD_2: u8 = 0x28;
    pub const DLOAD_3: u8 = 0x29;
    pub const ALOAD_0: u8 = 0x2a;
    pub const ALOAD_1: u8 = 0x2b;
    pub const ALOAD_2: u8 = 0x2c;
    pub const ALOAD_3: u8 = 0x2d;
    pub const IALOAD: u8 = 0x2e;
    pub const LALOAD: u8 = 0x2f;
    pub const FALOAD: u8 = 0x30;
    pub const DALOAD: u8 = 0x31;
    pub const AALOAD: u8 = 0x32;
    pub const BALOAD: u8 = 0x33;
    pub const CALOAD: u8 = 0x34;
    pub const SALOAD: u8 = 0x35;
    pub const ISTORE: u8 = 0x36;
    pub const LSTORE: u8 = 0x37;
    pub const FSTORE: u8 = 0x38;
    pub const DSTORE: u8 = 0x39;
    pub const ASTORE: u8 = 0x3a;
    pub const ISTORE_0: u8 = 0x3b;
    pub const ISTORE_1: u8 = 0x3c;
    pub const ISTORE_2: u8 = 0x3d;
    pub const ISTORE_3: u8 = 0x3e;
    pub const LSTORE_0: u8 = 0x3f;
    pub const LSTORE_1: u8 = 0x40;
    pub const LSTORE_2: u8 = 0x41;
    pub const LSTORE_3: u8 = 0x42;
    pub const FSTORE_0: u8 = 0x43;
    pub const FSTORE_1: u8 = 0x44;
    pub const FSTORE_2: u8 = 0x45;
    pub const FSTORE_3: u8 = 0x46;
    pub const DSTORE_0: u8 = 0x47;
    pub const DSTORE_1: u8 = 0x48;
    pub const DSTORE_2: u8 = 0x49;
    pub const DSTORE_3: u8 = 0x4a;
    pub const ASTORE_0: u8 = 0x4b;
    pub const ASTORE_1: u8 = 0x4c;
    pub const ASTORE_2: u8 = 0x4d;
    pub const ASTORE_3: u8 = 0x4e;
    pub const IASTORE: u8 = 0x4f;
    pub const LASTORE: u8 = 0x50;
    pub const FASTORE: u8 = 0x51;
    pub const DASTORE: u8 = 0x52;
    pub const AASTORE: u8 = 0x53;
    pub const BASTORE: u8 = 0x54;
    pub const CASTORE: u8 = 0x55;
    pub const SASTORE: u8 = 0x56;
    pub const POP: u8 = 0x57;
    pub const POP2: u8 = 0x58;
    pub const DUP: u8 = 0x59;
    pub const DUP_X1: u8 = 0x5a;
    pub const DUP_X2: u8 = 0x5b;
    pub const DUP2: u8 = 0x5c;
    pub const DUP2_X1: u8 = 0x5d;
    pub const DUP2_X2: u8 = 0x5e;
    pub const SWAP: u8 = 0x5f;
    pub const IADD: u8 = 0x60;
    pub const LADD: u8 = 0x61;
    pub const FADD: u8 = 0x62;
    pub const DADD: u8 = 0x63;
    pub const ISUB: u8 = 0x64;
    pub const LSUB: u8 = 0x65;
    pub const FSUB: u8 = 0x66;
    pub const DSUB: u8 = 0x67;
    pub const IMUL: u8 = 0x68;
    pub const LMUL: u8 = 0x69;
    pub const FMUL: u8 = 0x6a;
    pub const DMUL: u8 = 0x6b;
    pub const IDIV: u8 = 0x6c;
    pub const LDIV: u8 = 0x6d;
    pub const FDIV: u8 = 0x6e;
    pub const DDIV: u8 = 0x6f;
    pub const IREM: u8 = 0x70;
    pub const LREM: u8 = 0x71;
    pub const FREM: u8 = 0x72;
    pub const DREM: u8 = 0x73;
    pub const INEG: u8 = 0x74;
    pub const LNEG: u8 = 0x75;
    pub const FNEG: u8 = 0x76;
    pub const DNEG: u8 = 0x77;
    pub const ISHL: u8 = 0x78;
    pub const LSHL: u8 = 0x79;
    pub const ISHR: u8 = 0x7a;
    pub const LSHR: u8 = 0x7b;
    pub const IUSHR: u8 = 0x7c;
    pub const LUSHR: u8 = 0x7d;
    pub const IAND: u8 = 0x7e;
    pub const LAND: u8 = 0x7f;
    pub const IOR: u8 = 0x80;
    pub const LOR: u8 = 0x81;
    pub const IXOR: u8 = 0x82;
    pub const LXOR: u8 = 0x83;
    pub const IINC: u8 = 0x84;
    pub const I2L: u8 = 0x85;
    pub const I2F: u8 = 0x86;
    pub const I2D: u8 = 0x87;
    pub const L2I: u8 = 0x88;
    pub const L2F: u8 = 0x89;
    pub const L2D: u8 = 0x8a;
    pub const F2I: u8 = 0x8b;
    pub const F2L: u8 = 0x8c;
    pub const F2D: u8 = 0x8d;
    pub const D2I: u8 = 0x8e;
    pub const D2L: u8 = 0x8f;
    pub const D2F: u8 = 0x90;
    pub const I2B: u8 = 0x91;
    pub const I2C: u8 = 0x92;
    pub const I2S: u8 = 0x93;
    pub const LCMP: u8 = 0x94;
    pub const FCMPL: u8 = 0x95;
    pub const FCMPG: u8 = 0x96;
    pub const DCMPL: u8 = 0x97;
    pub const DCMPG: u8 = 0x98;
    pub const IFEQ: u8 = 0x99;
    pub const IFNE: u8 = 0x9a;
    pub const IFLT: u8 = 0x9b;
    pub const IFGE: u8 = 0x9c;
    pub const IFGT: u8 = 0x9d;
    pub const IFLE: u8 = 0x9e;
    pub const IF_ICMPEQ: u8 = 0x9f;
    pub const IF_ICMPNE: u8 = 0xa0;
    pub const IF_ICMPLT: u8 = 0xa1;
    pub const IF_ICMPGE: u8 = 0xa2;
    pub const IF_ICMPGT: u8 = 0xa3;
    pub const IF_ICMPLE: u8 = 0xa4;
    pub const IF_ACMPEQ: u8 = 0xa5;
    pub const IF_ACMPNE: u8 = 0xa6;
    pub const GOTO: u8 = 0xa7;
    pub const JSR: u8 = 0xa8;
    pub const RET: u8 = 0xa9;
    pub const TABLESWITCH: u8 = 0xaa;
    pub const LOOKUPSWITCH: u8 = 0xab;
    pub const IRETURN: u8 = 0xac;
    pub const LRETURN: u8 = 0xad;
    pub const FRETURN: u8 = 0xae;
    pub const DRETURN: u8 = 0xaf;
    pub const ARETURN: u8 = 0xb0;
    pub const RETURN: u8 = 0xb1;
    pub const GETSTATIC: u8 = 0xb2;
    pub const PUTSTATIC: u8 = 0xb3;
    pub const GETFIELD: u8 = 0xb4;
    pub const PUTFIELD: u8 = 0xb5;
    pub const INVOKEVIRTUAL: u8 = 0xb6;
    pub const INVOKESPECIAL: u8 = 0xb7;
    pub const INVOKESTATIC: u8 = 0xb8;
    pub const INVOKEINTERFACE: u8 = 0xb9;
    pub const INVOKEDYNAMIC: u8 = 0xba;
    pub const NEW: u8 = 0xbb;
    pub const NEWARRAY: u8 = 0xbc;
    pub const ANEWARRAY: u8 = 0xbd;
    pub const ARRAYLENGTH: u8 = 0xbe;
    pub const ATHROW: u8 = 0xbf;
    pub const CHECKCAST: u8 = 0xc0;
    pub const INSTANCEOF: u8 = 0xc1;
    pub const MONITORENTER: u8 = 0xc2;
    pub const MONITOREXIT: u8 = 0xc3;
    pub const WIDE: u8 = 0xc4;
    pub const MULTIANEWARRAY: u8 = 0xc5;
    pub const IFNULL: u8 = 0xc6;
    pub const IFNONNULL: u8 = 0xc7;
    pub const GOTO_W: u8 = 0xc8;
    pub const JSR_W: u8 = 0xc9;
}

const NAMES: [&str; 202] = [
    "nop",
    "aconst_null",
    "iconst_m1",
    "iconst_0",
    "iconst_1",
    "iconst_2",
    "iconst_3",
    "iconst_4",
    "iconst_5",
    "lconst_0",
    "lconst_1",
    "fconst_0",
    "fconst_1",
    "fconst_2",
    "dconst_0",
    "dconst_1",
    "bipush",
    "sipush",
    "ldc",
    "ldc_w",
    "ldc2_w",
    "iload",
    "lload",
    "fload",
    "dload",
    "aload",
    "iload_0",
    "iload_1",
    "iload_2",
    "iload_3",
    "lload_0",
    "lload_1",
    "lload_2",
    "lload_3",
    "fload_0",
    "fload_1",
    "fload_2",
    "fload_3",
    "dload_0",
    "dload_1",
    "dload_2",
    "dload_3",
    "aload_0",
    "aload_1",
    "aload_2",
    "aload_3",
    "iaload",
    "laload",
    "faload",
    "daload",
    "aaload",
    "baload",
    "caload",
    "saload",
    "istore",
    "lstore",
    "fstore",
    "dstore",
    "astore",
    "istore_0",
    "istore_1",
    "istore_2",
    "istore_3",
    "lstore_0",
    "lstore_1",
    "lstore_2",
    "lstore_3",
    "fstore_0",
    "fstore_1",
    "fstore_2",
    "fstore_3",
    "dstore_0",
    "dstore_1",
    "dstore_2",
    "dstore_3",
    "astore_0",
    "astore_1",
    "astore_2",
    "astore_3",
    "iastore",
    "lastore",
    "fastore",
    "dastore",
    "aastore",
    "bastore",
    "castore",
    "sastore",
    "pop",
    "pop2",
    "dup",
    "dup_x1",
    "dup_x2",
    "dup2",
    "dup2_x1",
    "dup2_x2",
    "swap",
    "iadd",
    "ladd",
    "fadd",
    "dadd",
    "isub",
    "lsub",
    "fsub",
    "dsub",
    "imul",
    "lmul",
    "fmul",
    "dmul",
    "idiv",
    "ldiv",
    "fdiv",
    "ddiv",
    "irem",
    "lrem",
    "frem",
    "drem",
    "ineg",
    "lneg",
    "fneg",
    "dneg",
    "ishl",
    "lshl",
    "ishr",
    "lshr",
    "iushr",
    "lushr",
    "iand",
    "land",
    "ior",
    "lor",
    "ixor",
    "lxor",
    "iinc",
    "i2l",
    "i2f",
    "i2d",
    "l2i",
    "l2f",
    "l2d",
    "f2i",
    "f2l",
    "f2d",
    "d2i",
    "d2l",
    "d2f",
    "i2b",
    "i2c",
    "i2s",
    "lcmp",
    "fcmpl",
    "fcmpg",
    "dcmpl",
    "dcmpg",
    "ifeq",
    "ifne",
    "iflt",
    "ifge",
    "ifgt",
    "ifle",
    "if_icmpeq",
    "if_icmpne",
    "if_icmplt",
    "if_icmpge",
    "if_icmpgt",
    "if_icmple",
    "if_acmpeq",
    "if_acmpne",
    "goto",
    "jsr",
    "ret",
    "tableswitch",
    "lookupswitch",
    "ireturn",
    "lreturn",
    "freturn",
    "dreturn",
    "areturn",
    "return",
    "getstatic",
    "putstatic",
    "getfield",
    "putfield",
    "invokevirtual",
    "invokespecial",
    "invokestatic",
    "invokeinterface",
    "invokedynamic",
    "new",
    "newarray",
    "anewarray",
    "arraylength",
    "athrow",
    "checkcast",
    "instanceof",
    "monitorenter",
    "monitorexit",
    "wide",
    "multianewarray",
    "ifnull",
    "ifnonnull",
    "goto_w",
    "jsr_w",
];

/// The mnemonic of an opcode, or `None` for one JVMS does not allow in class files.
pub fn opcode_name(opcode: u8) -> Option<&'static str> {
    NAMES.get(opcode as usize).copied()
}

/// The `atype` operand of `newarray`.
pub fn newarray_type_name(atype: u8) -> Option<&'static str> {
    Some(match atype {
        4 => "boolean",
        5 => "char",
        6 => "float",
        7 => "double",
        8 => "byte",
        9 => "short",
        10 => "int",
        11 => "long",
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operands {
    None,
    /// A local-variable index (loads, stores, `ret`), widened by `wide`.
    Local(u16),
    /// `bipush`.
    Byte(i8),
    /// `sipush`.
    Short(i16),
    /// A constant-pool index (`ldc` widened to u16).
    Constant(u16),
    /// A branch offset relative to the instruction's pc.
    Branch(i32),
    Iinc {
        index: u16,
        delta: i16,
    },
    InvokeInterface {
        index: u16,
        count: u8,
    },
    InvokeDynamic {
        index: u16,
    },
    NewArray {
        atype: u8,
    },
    MultiANewArray {
        index: u16,
        dimensions: u8,
    },
    TableSwitch {
        default: i32,
        low: i32,
        high: i32,
        offsets: Vec<i32>,
    },
    LookupSwitch {
        default: i32,
        pairs: Vec<(i32, i32)>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    pub pc: u32,
    pub opcode: u8,
    /// True when a `wide` prefix widened this instruction (it then starts at `pc` with the prefix).
    pub wide: bool,
    pub operands: Operands,
    /// Bytes the instruction occupies, prefix and padding included.
    pub length: u32,
}

impl Instruction {
    pub fn name(&self) -> &'static str {
        opcode_name(self.opcode).unwrap_or("<illegal>")
    }

    /// Absolute targets of a branch or switch, relative offsets already applied.
    pub fn branch_targets(&self) -> Vec<i64> {
        let at = |off: i32| self.pc as i64 + off as i64;
        match &self.operands {
            Operands::Branch(off) => vec![at(*off)],
            Operands::TableSwitch {
                default, offsets, ..
            } => std::iter::once(at(*default))
                .chain(offsets.iter().map(|&o| at(o)))
                .collect(),
            Operands::LookupSwitch { default, pairs } => std::iter::once(at(*default))
                .chain(pairs.iter().map(|&(_, o)| at(o)))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Malformed bytecode at `pc`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BytecodeError {
    pub pc: u32,
    pub message: String,
}

impl fmt::Display for BytecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at bci {}", self.message, self.pc)
    }
}

impl std::error::Error for BytecodeError {}

/// Iterates over the instructions of a method body. After the first error it yields nothing more.
pub struct Instructions<'a> {
    code: &'a [u8],
    pc: usize,
    failed: bool,
}

impl<'a> Instructions<'a> {
    pub fn new(code: &'a [u8]) -> Self {
        Instructions {
            code,
            pc: 0,
            failed: false,
        }
    }
}

impl Iterator for Instructions<'_> {
    type Item = Result<Instruction, BytecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pc >= self.code.len() {
            return None;
        }
        let item = decode_at(self.code, self.pc);
        match &item {
            Ok(insn) => self.pc += insn.length as usize,
            Err(_) => self.failed = true,
        }
        Some(item)
    }
}

/// Decodes every instruction of `code`, or the first error.
pub fn decode_all(code: &[u8]) -> Result<Vec<Instruction>, BytecodeError> {
    Instructions::new(code).collect()
}

/// Decodes the instruction starting at `pc`.
pub fn decode_at(code: &[u8], pc: usize) -> Result<Instruction, BytecodeError> {
    let err = |message: String| BytecodeError {
        pc: pc as u32,
        message,
    };
    let truncated = || err("Instruction extends past the end of the code".to_owned());
    let opcode = *code.get(pc).ok_or_else(truncated)?;
    let mut rd: &[u8] = &code[pc + 1..];
    let start_len = rd.len();
    let (opcode, wide, operands) = match opcode {
        op::BIPUSH => (
            opcode,
            false,
            Operands::Byte(rd.read_i8().map_err(|_| truncated())?),
        ),
        op::SIPUSH => (
            opcode,
            false,
            Operands::Short(rd.read_i16::<BigEndian>().map_err(|_| truncated())?),
        ),
        op::LDC => (
            opcode,
            false,
            Operands::Constant(rd.read_u8().map_err(|_| truncated())? as u16),
        ),
        op::LDC_W
        | op::LDC2_W
        | op::GETSTATIC..=op::INVOKESTATIC
        | op::NEW
        | op::ANEWARRAY
        | op::CHECKCAST
        | op::INSTANCEOF => (
            opcode,
            false,
            Operands::Constant(rd.read_u16::<BigEndian>().map_err(|_| truncated())?),
        ),
        op::ILOAD..=op::ALOAD | op::ISTORE..=op::ASTORE | op::RET => (
            opcode,
            false,
            Operands::Local(rd.read_u8().map_err(|_| truncated())? as u16),
        ),
        op::IINC => {
            let index = rd.read_u8().map_err(|_| truncated())? as u16;
            let delta = rd.read_i8().map_err(|_| truncated())? as i16;
            (opcode, false, Operands::Iinc { index, delta })
        }
        op::IFEQ..=op::JSR | op::IFNULL | op::IFNONNULL => (
            opcode,
            false,
            Operands::Branch(rd.read_i16::<BigEndian>().map_err(|_| truncated())? as i32),
        ),
        op::GOTO_W | op::JSR_W => (
            opcode,
            false,
            Operands::Branch(rd.read_i32::<BigEndian>().map_err(|_| truncated())?),
        ),
        op::INVOKEINTERFACE => {
            let index = rd.read_u16::<BigEndian>().map_err(|_| truncated())?;
            let count = rd.read_u8().map_err(|_| truncated())?;
            let zero = rd.read_u8().map_err(|_| truncated())?;
            if count == 0 || zero != 0 {
                return Err(err(
                    "Inconsistent args count operand in invokeinterface".to_owned()
                ));
            }
            (opcode, false, Operands::InvokeInterface { index, count })
        }
        op::INVOKEDYNAMIC => {
            let index = rd.read_u16::<BigEndian>().map_err(|_| truncated())?;
            let zeros = rd.read_u16::<BigEndian>().map_err(|_| truncated())?;
            if zeros != 0 {
                return Err(err(
                    "Third and fourth operand bytes of invokedynamic must be zero".to_owned(),
                ));
            }
            (opcode, false, Operands::InvokeDynamic { index })
        }
        op::NEWARRAY => {
            let atype = rd.read_u8().map_err(|_| truncated())?;
            if newarray_type_name(atype).is_none() {
                return Err(err(format!("Illegal newarray type code {atype}")));
            }
            (opcode, false, Operands::NewArray { atype })
        }
        op::MULTIANEWARRAY => {
            let index = rd.read_u16::<BigEndian>().map_err(|_| truncated())?;
            let dimensions = rd.read_u8().map_err(|_| truncated())?;
            if dimensions == 0 {
                return Err(err(
                    "Illegal dimension in multianewarray instruction: 0".to_owned()
                ));
            }
            (
                opcode,
                false,
                Operands::MultiANewArray { index, dimensions },
            )
        }
        op::WIDE => {
            let inner = rd.read_u8().map_err(|_| truncated())?;
            let index = rd.read_u16::<BigEndian>().map_err(|_| truncated())?;
            let operands = match inner {
                op::ILOAD..=op::ALOAD | op::ISTORE..=op::ASTORE | op::RET => Operands::Local(index),
                op::IINC => Operands::Iinc {
                    index,
                    delta: rd.read_i16::<BigEndian>().map_err(|_| truncated())?,
                },
                _ => return Err(err(format!("Bad wide instruction: {inner:02x}"))),
            };
            (inner, true, operands)
        }
        op::TABLESWITCH | op::LOOKUPSWITCH => {
            // Operands start at the next multiple of four from the start of the code.
            let pad = (4 - (pc + 1) % 4) % 4;
            rd = rd.get(pad..).ok_or_else(truncated)?;
            let default = rd.read_i32::<BigEndian>().map_err(|_| truncated())?;
            if opcode == op::TABLESWITCH {
                let low = rd.read_i32::<BigEndian>().map_err(|_| truncated())?;
                let high = rd.read_i32::<BigEndian>().map_err(|_| truncated())?;
                if low > high {
                    return Err(err(
                        "low must be less than or equal to high in tableswitch".to_owned()
                    ));
                }
                let count = (high as i64 - low as i64 + 1) as usize;
                if count > rd.len() / 4 {
                    return Err(truncated());
                }
                let offsets = (0..count)
                    .map(|_| rd.read_i32::<BigEndian>().map_err(|_| truncated()))
                    .collect::<Result<_, _>>()?;
                (
                    opcode,
                    false,
                    Operands::TableSwitch {
                        default,
                        low,
                        high,
                        offsets,
                    },
                )
            } else {
                let npairs = rd.read_i32::<BigEndian>().map_err(|_| truncated())?;
                if npairs < 0 {
                    return Err(err("npairs must be nonnegative in lookupswitch".to_owned()));
                }
                if npairs as usize > rd.len() / 8 {
                    return Err(truncated());
                }
                let mut pairs = Vec::with_capacity(npairs as usize);
                for _ in 0..npairs {
                    let key = rd.read_i32::<BigEndian>().map_err(|_| truncated())?;
                    let offset = rd.read_i32::<BigEndian>().map_err(|_| truncated())?;
                    pairs.push((key, offset));
                }
                (opcode, false, Operands::LookupSwitch { default, pairs })
            }
        }
        _ if opcode_name(opcode).is_some() => (opcode, false, Operands::None),
        _ => return Err(err(format!("Bad instruction: {opcode:02x}"))),
    };
    let length = (1 + start_len - rd.len()) as u32;
    Ok(Instruction {
        pc: pc as u32,
        opcode,
        wide,
        operands,
        length,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cover_every_opcode() {
        assert_eq!(opcode_name(0), Some("nop"));
        assert_eq!(opcode_name(op::INVOKEDYNAMIC), Some("invokedynamic"));
        assert_eq!(opcode_name(op::JSR_W), Some("jsr_w"));
        assert_eq!(opcode_name(0xca), None);
        assert_eq!(opcode_name(0xff), None);
    }

    #[test]
    fn simple_sequence() {
        // iconst_1; bipush -2; sipush 300; iadd; ireturn
        let code = [0x04, 0x10, 0xfe, 0x11, 0x01, 0x2c, 0x60, 0xac];
        let insns = decode_all(&code).unwrap();
        let names: Vec<_> = insns.iter().map(|i| i.name()).collect();
        assert_eq!(names, ["iconst_1", "bipush", "sipush", "iadd", "ireturn"]);
        assert_eq!(insns[1].operands, Operands::Byte(-2));
        assert_eq!(insns[2].operands, Operands::Short(300));
        assert_eq!(insns[2].pc, 3);
    }

    #[test]
    fn wide_forms() {
        let code = [
            op::WIDE,
            op::ILOAD,
            0x01,
            0x00,
            op::WIDE,
            op::IINC,
            0x01,
            0x00,
            0xff,
            0xff,
        ];
        let insns = decode_all(&code).unwrap();
        assert_eq!(insns[0].operands, Operands::Local(256));
        assert!(insns[0].wide);
        assert_eq!(insns[0].length, 4);
        assert_eq!(
            insns[1].operands,
            Operands::Iinc {
                index: 256,
                delta: -1
            }
        );
        assert_eq!(insns[1].length, 6);
        assert!(decode_all(&[op::WIDE, op::IADD, 0, 0]).is_err());
    }

    #[test]
    fn switch_padding_depends_on_pc() {
        // nop; tableswitch at pc 1: two padding bytes, default 20, low 0, high 1, offsets 10 11.
        let mut code = vec![0x00, op::TABLESWITCH, 0, 0];
        for v in [20i32, 0, 1, 10, 11] {
            code.extend_from_slice(&v.to_be_bytes());
        }
        let insns = decode_all(&code).unwrap();
        assert_eq!(insns[1].length, 3 + 20);
        assert_eq!(insns[1].branch_targets(), vec![21, 11, 12]);
        // lookupswitch at pc 0: three padding bytes.
        let mut code = vec![op::LOOKUPSWITCH, 0, 0, 0];
        for v in [8i32, 1, 5, 16] {
            code.extend_from_slice(&v.to_be_bytes());
        }
        let insn = decode_at(&code, 0).unwrap();
        assert_eq!(
            insn.operands,
            Operands::LookupSwitch {
                default: 8,
                pairs: vec![(5, 16)]
            }
        );
    }

    #[test]
    fn hostile_switches_do_not_allocate() {
        let mut code = vec![op::TABLESWITCH, 0, 0, 0];
        for v in [0i32, i32::MIN, i32::MAX] {
            code.extend_from_slice(&v.to_be_bytes());
        }
        assert!(decode_at(&code, 0).is_err());
        let mut code = vec![op::LOOKUPSWITCH, 0, 0, 0];
        for v in [0i32, i32::MAX] {
            code.extend_from_slice(&v.to_be_bytes());
        }
        assert!(decode_at(&code, 0).is_err());
    }

    #[test]
    fn truncation_and_bad_opcodes() {
        for code in [
            &[op::SIPUSH, 1][..],
            &[op::GOTO_W, 0, 0],
            &[op::INVOKEINTERFACE, 0, 1, 1],
            &[0xfe],
        ] {
            assert!(decode_all(code).is_err(), "{code:?}");
        }
    }
}
