//! Annotations as `-v` shows them: first with constant-pool indices (`#12(#13=s#9)`), then
//! resolved, one element per line.

use super::constants::Pool;
use super::printer::Printer;
use rjava_classfile::annotations::{Annotation, ElementValue, TargetInfo, TypeAnnotation};
use rjava_classfile::descriptor::parse_field_descriptor;
use rjava_classfile::Constant;

/// An annotation in both forms; the caller ends the line.
pub(crate) fn write(p: &mut Printer<'_>, pool: &Pool<'_>, a: &Annotation) {
    write_annotation(p, pool, a, false);
    p.newline();
    p.indent();
    write_annotation(p, pool, a, true);
    p.outdent();
}

/// A type annotation: indices and target, then the resolved annotation; the caller ends the line.
pub(crate) fn write_type_annotation(p: &mut Printer<'_>, pool: &Pool<'_>, a: &TypeAnnotation) {
    write_annotation(p, pool, &a.annotation, false);
    p.print(": ");
    p.print(&position(a));
    p.newline();
    p.indent();
    write_annotation(p, pool, &a.annotation, true);
    p.outdent();
}

fn write_annotation(p: &mut Printer<'_>, pool: &Pool<'_>, a: &Annotation, resolve: bool) {
    write_descriptor(p, pool, a.type_index, resolve);
    if resolve {
        let parens = !a.elements.is_empty();
        if parens {
            p.println("(");
            p.indent();
        }
        for pair in &a.elements {
            p.print(&pool.string_value(pair.name_index));
            p.print("=");
            write_value(p, pool, &pair.value, true);
            p.newline();
        }
        if parens {
            p.outdent();
            p.print(")");
        }
    } else {
        p.print("(");
        for (i, pair) in a.elements.iter().enumerate() {
            if i > 0 {
                p.print(",");
            }
            p.print(&format!("#{}=", pair.name_index));
            write_value(p, pool, &pair.value, false);
        }
        p.print(")");
    }
}

fn write_descriptor(p: &mut Printer<'_>, pool: &Pool<'_>, index: u16, resolve: bool) {
    if resolve {
        if let Some(t) = pool.utf8(index).and_then(parse_field_descriptor) {
            p.print(&t.java_name());
            return;
        }
    }
    p.print(&format!("#{index}"));
}

/// An element value; `AnnotationDefault` prints one too.
pub(crate) fn write_value(
    p: &mut Printer<'_>,
    pool: &Pool<'_>,
    value: &ElementValue,
    resolve: bool,
) {
    match value {
        ElementValue::Const {
            tag,
            const_value_index,
        } => {
            let index = *const_value_index;
            if !resolve {
                p.print(&format!("{}#{index}", *tag as char));
                return;
            }
            let text = match tag {
                b'B' => format!("(byte) {}", pool.string_value(index)),
                b'C' => match pool.cp.entries().get(index as usize) {
                    Some(Constant::Integer(v)) => {
                        let unit = *v as u16;
                        let c = char::from_u32(u32::from(unit)).unwrap_or('?');
                        format!("'{c}'")
                    }
                    _ => format!("'{}'", pool.string_value(index)),
                },
                b'S' => format!("(short) {}", pool.string_value(index)),
                b'Z' => match pool.cp.entries().get(index as usize) {
                    Some(Constant::Integer(v)) => (*v != 0).to_string(),
                    _ => pool.string_value(index),
                },
                b's' => format!("\"{}\"", pool.string_value(index)),
                _ => pool.string_value(index),
            };
            p.print(&text);
        }
        ElementValue::Enum {
            type_name_index,
            const_name_index,
        } => {
            if resolve {
                p.print(&format!(
                    "{}.{}",
                    pool.string_value(*type_name_index),
                    pool.string_value(*const_name_index)
                ));
            } else {
                p.print(&format!("e#{type_name_index}.#{const_name_index}"));
            }
        }
        ElementValue::Class { class_info_index } => {
            if resolve {
                p.print(&format!("class {}", pool.string_value(*class_info_index)));
            } else {
                p.print(&format!("c#{class_info_index}"));
            }
        }
        ElementValue::Annotation(a) => {
            p.print("@");
            write_annotation(p, pool, a, resolve);
        }
        ElementValue::Array(values) => {
            p.print("[");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    p.print(",");
                }
                write_value(p, pool, v, resolve);
            }
            p.print("]");
        }
    }
}

fn target_name(target_type: u8) -> &'static str {
    match target_type {
        0x00 => "CLASS_TYPE_PARAMETER",
        0x01 => "METHOD_TYPE_PARAMETER",
        0x10 => "CLASS_EXTENDS",
        0x11 => "CLASS_TYPE_PARAMETER_BOUND",
        0x12 => "METHOD_TYPE_PARAMETER_BOUND",
        0x13 => "FIELD",
        0x14 => "METHOD_RETURN",
        0x15 => "METHOD_RECEIVER",
        0x16 => "METHOD_FORMAL_PARAMETER",
        0x17 => "THROWS",
        0x40 => "LOCAL_VARIABLE",
        0x41 => "RESOURCE_VARIABLE",
        0x42 => "EXCEPTION_PARAMETER",
        0x43 => "INSTANCEOF",
        0x44 => "NEW",
        0x45 => "CONSTRUCTOR_REFERENCE",
        0x46 => "METHOD_REFERENCE",
        0x47 => "CAST",
        0x48 => "CONSTRUCTOR_INVOCATION_TYPE_ARGUMENT",
        0x49 => "METHOD_INVOCATION_TYPE_ARGUMENT",
        0x4a => "CONSTRUCTOR_REFERENCE_TYPE_ARGUMENT",
        0x4b => "METHOD_REFERENCE_TYPE_ARGUMENT",
        _ => "UNKNOWN",
    }
}

/// `FIELD, location=[ARRAY]`, `CAST, offset=59, type_index=0`...
fn position(a: &TypeAnnotation) -> String {
    let mut out = String::from(target_name(a.target_type));
    match &a.target_info {
        TargetInfo::TypeParameter { index } | TargetInfo::FormalParameter { index } => {
            out.push_str(&format!(", param_index={index}"));
        }
        TargetInfo::Supertype { index } => out.push_str(&format!(", type_index={index}")),
        TargetInfo::TypeParameterBound {
            type_parameter_index,
            bound_index,
        } => out.push_str(&format!(
            ", param_index={type_parameter_index}, bound_index={bound_index}"
        )),
        TargetInfo::Empty => {}
        TargetInfo::Throws { type_index } => out.push_str(&format!(", type_index={type_index}")),
        TargetInfo::LocalVar(table) => {
            out.push_str(", {");
            for (i, v) in table.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                out.push_str(&format!(
                    "start_pc={}, length={}, index={}",
                    v.start_pc, v.length, v.index
                ));
            }
            out.push('}');
        }
        TargetInfo::Catch {
            exception_table_index,
        } => out.push_str(&format!(", exception_index={exception_table_index}")),
        TargetInfo::Offset { offset } => out.push_str(&format!(", offset={offset}")),
        TargetInfo::TypeArgument {
            offset,
            type_argument_index,
        } => out.push_str(&format!(
            ", offset={offset}, type_index={type_argument_index}"
        )),
    }
    if !a.target_path.is_empty() {
        let parts: Vec<String> = a
            .target_path
            .iter()
            .map(|e| match e.type_path_kind {
                0 => "ARRAY".to_owned(),
                1 => "INNER_TYPE".to_owned(),
                2 => "WILDCARD".to_owned(),
                3 => format!("TYPE_ARGUMENT({})", e.type_argument_index),
                k => format!("UNKNOWN({k})"),
            })
            .collect();
        out.push_str(&format!(", location=[{}]", parts.join(", ")));
    }
    out
}
