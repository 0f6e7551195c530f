//! The annotation attributes (JVMS 4.7.16–4.7.22): element values, parameter annotations and
//! type annotations with their targets and type paths.

use crate::error::{ClassFormatError, Result};
use crate::reader::Reader;

/// Nesting deeper than this is refused: each level costs only a couple of bytes, so a 64 KiB
/// attribute could otherwise recurse deep enough to overflow the parser's own stack.
const MAX_NESTING: u32 = 256;

/// How many entries an element list reserves before reading them. Lists nest, and each level on
/// the way down would otherwise reserve room for all the bytes that remain: hundreds of megabytes
/// for a few hundred kilobytes of deeply nested arrays. Longer lists grow as they are read.
const RESERVE: usize = 16;

#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub type_index: u16,
    pub elements: Vec<ElementValuePair>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ElementValuePair {
    pub name_index: u16,
    pub value: ElementValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ElementValue {
    /// Tags `B C D F I J S Z s`: a constant-pool index to the value.
    Const {
        tag: u8,
        const_value_index: u16,
    },
    Enum {
        type_name_index: u16,
        const_name_index: u16,
    },
    Class {
        class_info_index: u16,
    },
    Annotation(Box<Annotation>),
    Array(Vec<ElementValue>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeAnnotation {
    pub target_type: u8,
    pub target_info: TargetInfo,
    pub target_path: Vec<TypePathEntry>,
    pub annotation: Annotation,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TargetInfo {
    TypeParameter {
        index: u8,
    },
    Supertype {
        index: u16,
    },
    TypeParameterBound {
        type_parameter_index: u8,
        bound_index: u8,
    },
    Empty,
    FormalParameter {
        index: u8,
    },
    Throws {
        type_index: u16,
    },
    LocalVar(Vec<LocalVarTarget>),
    Catch {
        exception_table_index: u16,
    },
    Offset {
        offset: u16,
    },
    TypeArgument {
        offset: u16,
        type_argument_index: u8,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalVarTarget {
    pub start_pc: u16,
    pub length: u16,
    pub index: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypePathEntry {
    pub type_path_kind: u8,
    pub type_argument_index: u8,
}

fn malformed(what: &str) -> ClassFormatError {
    ClassFormatError::in_class_file(format!("Malformed {what}"))
}

pub(crate) fn parse_annotations(r: &mut Reader<'_>) -> Result<Vec<Annotation>> {
    let count = r.u2()? as usize;
    let mut out = Vec::with_capacity(r.capacity_for(count, 4));
    for _ in 0..count {
        out.push(parse_annotation(r, 0)?);
    }
    Ok(out)
}

pub(crate) fn parse_parameter_annotations(r: &mut Reader<'_>) -> Result<Vec<Vec<Annotation>>> {
    let count = r.u1()? as usize;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        out.push(parse_annotations(r)?);
    }
    Ok(out)
}

pub(crate) fn parse_type_annotations(r: &mut Reader<'_>) -> Result<Vec<TypeAnnotation>> {
    let count = r.u2()? as usize;
    let mut out = Vec::with_capacity(r.capacity_for(count, 7));
    for _ in 0..count {
        out.push(parse_type_annotation(r)?);
    }
    Ok(out)
}

fn parse_annotation(r: &mut Reader<'_>, depth: u32) -> Result<Annotation> {
    if depth > MAX_NESTING {
        return Err(malformed("annotation: nested too deeply"));
    }
    let type_index = r.u2()?;
    let count = r.u2()? as usize;
    let mut elements = Vec::with_capacity(r.capacity_for(count, 5).min(RESERVE));
    for _ in 0..count {
        let name_index = r.u2()?;
        let value = parse_element_value(r, depth + 1)?;
        elements.push(ElementValuePair { name_index, value });
    }
    Ok(Annotation {
        type_index,
        elements,
    })
}

pub(crate) fn parse_element_value(r: &mut Reader<'_>, depth: u32) -> Result<ElementValue> {
    if depth > MAX_NESTING {
        return Err(malformed("annotation: nested too deeply"));
    }
    let tag = r.u1()?;
    Ok(match tag {
        b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z' | b's' => ElementValue::Const {
            tag,
            const_value_index: r.u2()?,
        },
        b'e' => ElementValue::Enum {
            type_name_index: r.u2()?,
            const_name_index: r.u2()?,
        },
        b'c' => ElementValue::Class {
            class_info_index: r.u2()?,
        },
        b'@' => ElementValue::Annotation(Box::new(parse_annotation(r, depth + 1)?)),
        b'[' => {
            let count = r.u2()? as usize;
            let mut values = Vec::with_capacity(r.capacity_for(count, 3).min(RESERVE));
            for _ in 0..count {
                values.push(parse_element_value(r, depth + 1)?);
            }
            ElementValue::Array(values)
        }
        _ => {
            return Err(malformed(&format!(
                "annotation: unknown element_value tag {tag}"
            )))
        }
    })
}

fn parse_type_annotation(r: &mut Reader<'_>) -> Result<TypeAnnotation> {
    let target_type = r.u1()?;
    let target_info = match target_type {
        0x00 | 0x01 => TargetInfo::TypeParameter { index: r.u1()? },
        0x10 => TargetInfo::Supertype { index: r.u2()? },
        0x11 | 0x12 => TargetInfo::TypeParameterBound {
            type_parameter_index: r.u1()?,
            bound_index: r.u1()?,
        },
        0x13..=0x15 => TargetInfo::Empty,
        0x16 => TargetInfo::FormalParameter { index: r.u1()? },
        0x17 => TargetInfo::Throws {
            type_index: r.u2()?,
        },
        0x40 | 0x41 => {
            let count = r.u2()? as usize;
            let mut table = Vec::with_capacity(r.capacity_for(count, 6));
            for _ in 0..count {
                table.push(LocalVarTarget {
                    start_pc: r.u2()?,
                    length: r.u2()?,
                    index: r.u2()?,
                });
            }
            TargetInfo::LocalVar(table)
        }
        0x42 => TargetInfo::Catch {
            exception_table_index: r.u2()?,
        },
        0x43..=0x46 => TargetInfo::Offset { offset: r.u2()? },
        0x47..=0x4B => TargetInfo::TypeArgument {
            offset: r.u2()?,
            type_argument_index: r.u1()?,
        },
        _ => {
            return Err(malformed(&format!(
                "type annotation: unknown target_type 0x{target_type:x}"
            )))
        }
    };
    let path_len = r.u1()? as usize;
    let mut target_path = Vec::with_capacity(path_len);
    for _ in 0..path_len {
        target_path.push(TypePathEntry {
            type_path_kind: r.u1()?,
            type_argument_index: r.u1()?,
        });
    }
    let annotation = parse_annotation(r, 0)?;
    Ok(TypeAnnotation {
        target_type,
        target_info,
        target_path,
        annotation,
    })
}
