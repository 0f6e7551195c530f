//! Method bodies: the instruction listing of `-c` and the exception table.

use super::constants::Pool;
use super::printer::Printer;
use rjava_classfile::bytecode::{newarray_type_name, Instruction, Instructions, Operands};
use rjava_classfile::Code;
use std::fmt::Write as _;

/// Indentation levels of a switch's case lines: past the `%4d: ` of the instruction.
const SWITCH_INDENT: usize = 3;

pub(crate) fn write_instructions(p: &mut Printer<'_>, pool: &Pool<'_>, code: &Code) {
    let mut line = String::with_capacity(128);
    for item in Instructions::new(&code.code) {
        match item {
            Ok(insn) => {
                line.clear();
                write_instruction(p, pool, &insn, &mut line);
                p.newline();
            }
            Err(e) => {
                p.println(&format!("error: {e}"));
                break;
            }
        }
    }
}

fn write_instruction(p: &mut Printer<'_>, pool: &Pool<'_>, insn: &Instruction, line: &mut String) {
    let name = insn.name();
    let mnemonic = if insn.wide {
        format!("{name}_w")
    } else {
        name.to_owned()
    };
    let _ = write!(line, "{:>4}: {:<13} ", insn.pc, mnemonic);
    let pc = i64::from(insn.pc);
    let mut comment = None;
    match &insn.operands {
        Operands::None => {}
        Operands::Local(index) => {
            let _ = write!(line, "{index}");
        }
        Operands::Byte(value) => {
            let _ = write!(line, "{value}");
        }
        Operands::Short(value) => {
            let _ = write!(line, "{value}");
        }
        Operands::Constant(index) => {
            let _ = write!(line, "#{index}");
            comment = Some(*index);
        }
        Operands::Branch(offset) => {
            let _ = write!(line, "{}", pc + i64::from(*offset));
        }
        Operands::Iinc { index, delta } => {
            let _ = write!(line, "{index}, {delta}");
        }
        Operands::InvokeInterface { index, count } => {
            let _ = write!(line, "#{index},  {count}");
            comment = Some(*index);
        }
        Operands::InvokeDynamic { index } => {
            let _ = write!(line, "#{index},  0");
            comment = Some(*index);
        }
        Operands::NewArray { atype } => {
            let _ = write!(line, " {}", newarray_type_name(*atype).unwrap_or("?"));
        }
        Operands::MultiANewArray { index, dimensions } => {
            let _ = write!(line, "#{index},  {dimensions}");
            comment = Some(*index);
        }
        Operands::TableSwitch {
            default,
            low,
            high,
            offsets,
        } => {
            let _ = write!(line, "{{ // {low} to {high}");
            p.print(line);
            line.clear();
            p.indent_by(SWITCH_INDENT);
            for (i, offset) in offsets.iter().enumerate() {
                let key = i64::from(*low) + i as i64;
                let _ = write!(line, "\n{key:>12}: {}", pc + i64::from(*offset));
            }
            let _ = write!(line, "\n     default: {}\n}}", pc + i64::from(*default));
            p.print(line);
            p.outdent_by(SWITCH_INDENT);
            return;
        }
        Operands::LookupSwitch { default, pairs } => {
            let _ = write!(line, "{{ // {}", pairs.len());
            p.print(line);
            line.clear();
            p.indent_by(SWITCH_INDENT);
            for (key, offset) in pairs {
                let _ = write!(line, "\n{key:>12}: {}", pc + i64::from(*offset));
            }
            let _ = write!(line, "\n     default: {}\n}}", pc + i64::from(*default));
            p.print(line);
            p.outdent_by(SWITCH_INDENT);
            return;
        }
    }
    p.print(line);
    if let Some(index) = comment {
        p.tab();
        p.print("// ");
        p.print(&pool.describe(index));
    }
}

pub(crate) fn write_exception_table(p: &mut Printer<'_>, pool: &Pool<'_>, code: &Code) {
    if code.exception_table.is_empty() {
        return;
    }
    p.println("Exception table:");
    p.indent();
    p.println(" from    to  target type");
    for handler in &code.exception_table {
        let kind = if handler.catch_type == 0 {
            "any".to_owned()
        } else {
            format!("Class {}", pool.string_value(handler.catch_type))
        };
        p.println(&format!(
            "{:>6}{:>6}{:>6}   {kind}",
            handler.start_pc, handler.end_pc, handler.handler_pc
        ));
    }
    p.outdent();
}
