//! Attributes (JVMS 4.7). Each predefined attribute is parsed where JVMS defines it (class, field,
//! method, Code, record component) and from the class-file version that introduced it; anywhere
//! else it is kept, like any unknown attribute, as raw bytes — JVMS 4.7.1 says to ignore it there.
//!
//! The checks and their texts follow HotSpot 17's `ClassFileParser`, and so does the reading: each
//! attribute HotSpot interprets is read from the class file's stream, not from a slice cut to its
//! declared length, so a wrong length is noticed where HotSpot notices it (often after reading on
//! into the following bytes). Annotation and StackMapTable contents are never a `ClassFormatError`
//! there (reflection and the verifier judge them later), so when they do not parse they are kept raw.

use crate::access::*;
use crate::annotations::{
    parse_annotations, parse_element_value, parse_parameter_annotations, parse_type_annotations,
    Annotation, ElementValue, TypeAnnotation,
};
use crate::constant_pool::{tag, Constant, ConstantPool};
use crate::error::{ClassFormatError, Result};
use crate::format_check::{self, CheckMemo, FormatChecks, RECOGNIZED_CLASS_FLAGS};
use crate::module_attr::{parse_module, ModuleAttribute};
use crate::reader::Reader;
use crate::stack_map::{parse_stack_map_table, StackMapFrame};
use std::collections::{HashMap, HashSet};

/// Where an attribute table sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttributeContext {
    ClassFile,
    Field,
    Method,
    Code,
    RecordComponent,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Attribute {
    ConstantValue {
        constant_value_index: u16,
    },
    Code(Code),
    StackMapTable(Vec<StackMapFrame>),
    /// `CONSTANT_Class` indices of the declared checked exceptions.
    Exceptions(Vec<u16>),
    InnerClasses(Vec<InnerClass>),
    EnclosingMethod {
        class_index: u16,
        method_index: u16,
    },
    Synthetic,
    Signature {
        signature_index: u16,
    },
    SourceFile {
        sourcefile_index: u16,
    },
    SourceDebugExtension(Box<[u8]>),
    LineNumberTable(Vec<LineNumber>),
    LocalVariableTable(Vec<LocalVariable>),
    /// Like the LocalVariableTable, with `descriptor_index` holding a signature.
    LocalVariableTypeTable(Vec<LocalVariable>),
    Deprecated,
    RuntimeVisibleAnnotations(Vec<Annotation>),
    RuntimeInvisibleAnnotations(Vec<Annotation>),
    RuntimeVisibleParameterAnnotations(Vec<Vec<Annotation>>),
    RuntimeInvisibleParameterAnnotations(Vec<Vec<Annotation>>),
    RuntimeVisibleTypeAnnotations(Vec<TypeAnnotation>),
    RuntimeInvisibleTypeAnnotations(Vec<TypeAnnotation>),
    AnnotationDefault(ElementValue),
    BootstrapMethods(Vec<BootstrapMethod>),
    MethodParameters(Vec<MethodParameter>),
    Module(Box<ModuleAttribute>),
    /// `CONSTANT_Package` indices.
    ModulePackages(Vec<u16>),
    ModuleMainClass {
        main_class_index: u16,
    },
    NestHost {
        host_class_index: u16,
    },
    NestMembers(Vec<u16>),
    Record(Vec<RecordComponent>),
    PermittedSubclasses(Vec<u16>),
    /// An attribute this parser does not interpret here, kept byte for byte.
    Unknown {
        name_index: u16,
        info: Box<[u8]>,
    },
    /// A predefined attribute (annotations, StackMapTable, Module...) whose contents do not parse.
    /// HotSpot does not reject these at load time (reflection or the verifier judge them later), so
    /// neither does the parser; the bytes are kept.
    Malformed {
        name_index: u16,
        info: Box<[u8]>,
    },
}

impl Attribute {
    /// The attribute's name as written in class files (`None` for unknown ones: see the pool).
    pub fn name(&self) -> Option<&'static str> {
        Some(match self {
            Attribute::ConstantValue { .. } => "ConstantValue",
            Attribute::Code(_) => "Code",
            Attribute::StackMapTable(_) => "StackMapTable",
            Attribute::Exceptions(_) => "Exceptions",
            Attribute::InnerClasses(_) => "InnerClasses",
            Attribute::EnclosingMethod { .. } => "EnclosingMethod",
            Attribute::Synthetic => "Synthetic",
            Attribute::Signature { .. } => "Signature",
            Attribute::SourceFile { .. } => "SourceFile",
            Attribute::SourceDebugExtension(_) => "SourceDebugExtension",
            Attribute::LineNumberTable(_) => "LineNumberTable",
            Attribute::LocalVariableTable(_) => "LocalVariableTable",
            Attribute::LocalVariableTypeTable(_) => "LocalVariableTypeTable",
            Attribute::Deprecated => "Deprecated",
            Attribute::RuntimeVisibleAnnotations(_) => "RuntimeVisibleAnnotations",
            Attribute::RuntimeInvisibleAnnotations(_) => "RuntimeInvisibleAnnotations",
            Attribute::RuntimeVisibleParameterAnnotations(_) => {
                "RuntimeVisibleParameterAnnotations"
            }
            Attribute::RuntimeInvisibleParameterAnnotations(_) => {
                "RuntimeInvisibleParameterAnnotations"
            }
            Attribute::RuntimeVisibleTypeAnnotations(_) => "RuntimeVisibleTypeAnnotations",
            Attribute::RuntimeInvisibleTypeAnnotations(_) => "RuntimeInvisibleTypeAnnotations",
            Attribute::AnnotationDefault(_) => "AnnotationDefault",
            Attribute::BootstrapMethods(_) => "BootstrapMethods",
            Attribute::MethodParameters(_) => "MethodParameters",
            Attribute::Module(_) => "Module",
            Attribute::ModulePackages(_) => "ModulePackages",
            Attribute::ModuleMainClass { .. } => "ModuleMainClass",
            Attribute::NestHost { .. } => "NestHost",
            Attribute::NestMembers(_) => "NestMembers",
            Attribute::Record(_) => "Record",
            Attribute::PermittedSubclasses(_) => "PermittedSubclasses",
            Attribute::Unknown { .. } | Attribute::Malformed { .. } => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    pub max_stack: u16,
    pub max_locals: u16,
    pub code: Box<[u8]>,
    pub exception_table: Vec<ExceptionHandler>,
    pub attributes: Vec<Attribute>,
}

impl Code {
    pub fn line_numbers(&self) -> impl Iterator<Item = &LineNumber> {
        self.attributes.iter().flat_map(|a| match a {
            Attribute::LineNumberTable(t) => t.as_slice(),
            _ => &[],
        })
    }

    pub fn stack_map_table(&self) -> Option<&[StackMapFrame]> {
        self.attributes.iter().find_map(|a| match a {
            Attribute::StackMapTable(t) => Some(t.as_slice()),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionHandler {
    pub start_pc: u16,
    pub end_pc: u16,
    pub handler_pc: u16,
    /// A `CONSTANT_Class` index, or 0 for a handler of any exception (`finally`).
    pub catch_type: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InnerClass {
    pub inner_class_info_index: u16,
    pub outer_class_info_index: u16,
    pub inner_name_index: u16,
    pub inner_class_access_flags: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineNumber {
    pub start_pc: u16,
    pub line_number: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalVariable {
    pub start_pc: u16,
    pub length: u16,
    pub name_index: u16,
    pub descriptor_index: u16,
    pub index: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootstrapMethod {
    /// A `CONSTANT_MethodHandle` index.
    pub bootstrap_method_ref: u16,
    pub bootstrap_arguments: Vec<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodParameter {
    /// A `CONSTANT_Utf8` index, or 0 for a nameless parameter.
    pub name_index: u16,
    pub access_flags: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RecordComponent {
    pub name_index: u16,
    pub descriptor_index: u16,
    pub attributes: Vec<Attribute>,
}

/// The first class-file major version in which JVMS defines each attribute, and where.
fn recognized(name: &str, ctx: AttributeContext, major: u16) -> bool {
    use AttributeContext::*;
    let (since, contexts): (u16, &[AttributeContext]) = match name {
        "ConstantValue" => (45, &[Field]),
        "Code" | "Exceptions" => (45, &[Method]),
        "SourceFile" | "InnerClasses" => (45, &[ClassFile]),
        "LineNumberTable" | "LocalVariableTable" => (45, &[Code]),
        "Synthetic" | "Deprecated" => (45, &[ClassFile, Field, Method]),
        "EnclosingMethod" | "SourceDebugExtension" => (49, &[ClassFile]),
        "Signature" | "RuntimeVisibleAnnotations" | "RuntimeInvisibleAnnotations" => {
            (49, &[ClassFile, Field, Method, RecordComponent])
        }
        "LocalVariableTypeTable" => (49, &[Code]),
        "RuntimeVisibleParameterAnnotations"
        | "RuntimeInvisibleParameterAnnotations"
        | "AnnotationDefault" => (49, &[Method]),
        "StackMapTable" => (50, &[Code]),
        "BootstrapMethods" => (51, &[ClassFile]),
        "RuntimeVisibleTypeAnnotations" | "RuntimeInvisibleTypeAnnotations" => {
            (52, &[ClassFile, Field, Method, Code, RecordComponent])
        }
        "MethodParameters" => (52, &[Method]),
        "Module" | "ModulePackages" | "ModuleMainClass" => (53, &[ClassFile]),
        "NestHost" | "NestMembers" => (55, &[ClassFile]),
        "Record" => (60, &[ClassFile]),
        "PermittedSubclasses" => (61, &[ClassFile]),
        _ => return false,
    };
    major >= since && contexts.contains(&ctx)
}

/// What the parse of one attribute table needs to know about its surroundings.
#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    pub cp: &'a ConstantPool,
    pub major: u16,
    pub checks: FormatChecks,
    pub ctx: AttributeContext,
    /// Field and method attributes: the member's access flags (ConstantValue counts only on static
    /// fields; Code is an error on native and abstract methods).
    pub member_flags: u16,
    /// Field attributes: the field's descriptor.
    pub field_descriptor: &'a str,
    /// Method attributes: the method's argument slots (`this` included).
    pub arg_slots: usize,
    /// Code sub-attributes: the enclosing Code's length and max_locals.
    pub code_length: usize,
    pub max_locals: usize,
    /// Class attributes: the class's access flags.
    pub class_flags: u16,
    /// The names and descriptors already found legal.
    pub memo: &'a CheckMemo,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        cp: &'a ConstantPool,
        major: u16,
        checks: FormatChecks,
        ctx: AttributeContext,
        memo: &'a CheckMemo,
    ) -> Self {
        Context {
            cp,
            major,
            checks,
            ctx,
            member_flags: 0,
            field_descriptor: "",
            arg_slots: 0,
            code_length: 0,
            max_locals: 0,
            class_flags: 0,
            memo,
        }
    }

    pub(crate) fn with(self, ctx: AttributeContext) -> Self {
        Context { ctx, ..self }
    }

    fn need_verify(&self) -> bool {
        self.checks.need_verify()
    }

    /// The suffix HotSpot adds to "Multiple X attributes" for attributes of fields, methods and record components.
    fn multiple(&self, name: &str) -> ClassFormatError {
        let place = match self.ctx {
            AttributeContext::Field => " for field",
            AttributeContext::Method if is_annotation_like(name) || name == "Signature" => {
                " for method"
            }
            AttributeContext::RecordComponent => " for Record component",
            _ => "",
        };
        ClassFormatError::in_class_file(format!("Multiple {name} attributes{place}"))
    }

    fn bad_name_index(&self, index: u16) -> ClassFormatError {
        let text = match self.ctx {
            AttributeContext::ClassFile => {
                format!("Attribute name has bad constant pool index {index}")
            }
            AttributeContext::Field => format!("Invalid field attribute index {index}"),
            AttributeContext::Method => format!("Invalid method attribute name index {index}"),
            AttributeContext::Code => format!("Invalid code attribute name index {index}"),
            AttributeContext::RecordComponent => {
                format!("Invalid Record attribute name index {index}")
            }
        };
        ClassFormatError::in_class_file(text)
    }
}

fn is_annotation_like(name: &str) -> bool {
    name.starts_with("Runtime") || name == "AnnotationDefault"
}

/// Whether HotSpot 17 interprets attribute `name` in this table (at this class-file version); it
/// skips every other attribute unread. This decides the checks; [`recognized`] decides only how the
/// attribute is represented.
fn interpreted_by_hotspot(name: &str, c: &Context<'_>) -> bool {
    use AttributeContext::*;
    let since_5 = c.major >= 49;
    let annotations = matches!(
        name,
        "RuntimeVisibleAnnotations"
            | "RuntimeInvisibleAnnotations"
            | "RuntimeVisibleTypeAnnotations"
            | "RuntimeInvisibleTypeAnnotations"
    );
    match c.ctx {
        Field => match name {
            // On an instance field, ConstantValue is just an unknown attribute.
            "ConstantValue" => c.member_flags & ACC_STATIC != 0,
            "Synthetic" | "Deprecated" => true,
            _ => since_5 && (name == "Signature" || annotations),
        },
        Method => match name {
            "Code" | "Exceptions" | "MethodParameters" | "Synthetic" | "Deprecated" => true,
            "Signature"
            | "RuntimeVisibleParameterAnnotations"
            | "RuntimeInvisibleParameterAnnotations"
            | "AnnotationDefault" => since_5,
            _ => since_5 && annotations,
        },
        Code => match name {
            "LineNumberTable" | "LocalVariableTable" => true,
            "LocalVariableTypeTable" => since_5,
            "StackMapTable" => c.major >= 50,
            _ => false,
        },
        ClassFile => match name {
            "SourceFile" | "SourceDebugExtension" | "InnerClasses" | "Synthetic" | "Deprecated" => {
                true
            }
            "Signature" | "EnclosingMethod" => since_5,
            "BootstrapMethods" => c.major >= 51,
            "NestHost" | "NestMembers" => c.major >= 55,
            "Record" => c.major >= 60,
            "PermittedSubclasses" => c.major >= 61,
            _ => since_5 && annotations,
        },
        RecordComponent => name == "Signature" || annotations,
    }
}

/// Interpreted attributes that HotSpot allows any number of times in one table.
fn repeatable(name: &str) -> bool {
    matches!(
        name,
        "Synthetic"
            | "Deprecated"
            | "LineNumberTable"
            | "LocalVariableTable"
            | "LocalVariableTypeTable"
    )
}

/// Class attributes HotSpot skips in the attribute loop and parses once the loop is done, in this
/// order, starting from their first byte whatever the lengths of the attributes were.
const DEFERRED: [&str; 4] = [
    "InnerClasses",
    "NestMembers",
    "Record",
    "PermittedSubclasses",
];

/// A deferred class attribute: where it is in the table and where its body starts.
struct Deferred<'a> {
    slot: usize,
    name: &'static str,
    body: Reader<'a>,
    length: u32,
}

/// One attribute table, as read so far.
struct Table<'a> {
    attributes: Vec<Attribute>,
    /// Σ (6 + attribute_length) over the table, wrapping like HotSpot's u4 sums.
    declared_size: u32,
    deferred: Vec<Deferred<'a>>,
}

/// Reads an `attributes_count` and that many attributes. The attributes are read from the class
/// file's stream as HotSpot reads them, not from a slice cut to their declared length: a wrong
/// length shows where HotSpot notices it, possibly after reading on into what follows.
pub(crate) fn parse_attributes(r: &mut Reader<'_>, c: Context<'_>) -> Result<Vec<Attribute>> {
    let table = read_table(r, c)?;
    let mut attributes = table.attributes;
    if c.ctx == AttributeContext::ClassFile {
        finish_class_attributes(&mut attributes, table.deferred, c)?;
    }
    Ok(attributes)
}

fn read_table<'a>(r: &mut Reader<'a>, c: Context<'_>) -> Result<Table<'a>> {
    let count = r.u2()? as usize;
    let mut table = Table {
        attributes: Vec::with_capacity(r.capacity_for(count, 6)),
        declared_size: 0,
        deferred: Vec::new(),
    };
    // A handful of names per table: a list is cheaper than hashing.
    let mut seen: Vec<&'static str> = Vec::new();
    for _ in 0..count {
        r.need(6)?;
        let name_index = r.u2()?;
        let length = r.u4()?;
        table.declared_size = table.declared_size.wrapping_add(6).wrapping_add(length);
        let name = match c.cp.java_str(name_index) {
            Ok(s) => s.as_str(),
            Err(_) if c.need_verify() => return Err(c.bad_name_index(name_index)),
            Err(_) => "",
        };
        let start = *r;
        if !interpreted_by_hotspot(name, &c) {
            let body = r.bytes(length as usize)?;
            table
                .attributes
                .push(decode_skipped(name, name_index, body, &c));
            continue;
        }
        let name = recognized_name(name);
        check_before_body(name, length, &seen, &c)?;
        seen.push(name);
        let attribute = if c.ctx == AttributeContext::ClassFile && DEFERRED.contains(&name) {
            r.bytes(length as usize)?;
            table.deferred.push(Deferred {
                slot: table.attributes.len(),
                name,
                body: start,
                length,
            });
            Attribute::Unknown {
                name_index,
                info: Box::default(),
            }
        } else {
            parse_body(name, name_index, r, length, c)?
        };
        // HotSpot checks some attributes at versions before JVMS defines them; keep those raw.
        table.attributes.push(if recognized(name, c.ctx, c.major) {
            attribute
        } else {
            Attribute::Unknown {
                name_index,
                info: r.read_since(start).into(),
            }
        });
    }
    Ok(table)
}

/// The checks HotSpot makes on an interpreted attribute before reading its body.
fn check_before_body(
    name: &'static str,
    length: u32,
    seen: &[&'static str],
    c: &Context<'_>,
) -> Result<()> {
    use AttributeContext as Ctx;
    let nv = c.need_verify();
    match (c.ctx, name) {
        (Ctx::Method, "Code") if nv && c.member_flags & (ACC_NATIVE | ACC_ABSTRACT) != 0 => {
            return Err(cf("Code attribute in native or abstract methods"));
        }
        (Ctx::ClassFile, "SourceFile") if nv && length != 2 => {
            return Err(cf("Wrong SourceFile attribute length"));
        }
        _ => {}
    }
    if !repeatable(name) && seen.contains(&name) {
        return Err(if name == "ConstantValue" {
            cf("Duplicate ConstantValue attribute")
        } else {
            c.multiple(name)
        });
    }
    match name {
        "NestHost" if seen.contains(&"NestMembers") => {
            Err(cf("Conflicting NestMembers and NestHost attributes"))
        }
        "NestMembers" if seen.contains(&"NestHost") => {
            Err(cf("Conflicting NestHost and NestMembers attributes"))
        }
        "PermittedSubclasses" if c.class_flags & ACC_FINAL != 0 => Err(ClassFormatError::named(
            "PermittedSubclasses attribute in final class file ",
            "",
        )),
        _ => Ok(()),
    }
}

/// The `'static` spelling of a recognized attribute name, for the uniqueness set.
fn recognized_name(name: &str) -> &'static str {
    const NAMES: &[&str] = &[
        "ConstantValue",
        "Code",
        "StackMapTable",
        "Exceptions",
        "InnerClasses",
        "EnclosingMethod",
        "Synthetic",
        "Signature",
        "SourceFile",
        "SourceDebugExtension",
        "LineNumberTable",
        "LocalVariableTable",
        "LocalVariableTypeTable",
        "Deprecated",
        "RuntimeVisibleAnnotations",
        "RuntimeInvisibleAnnotations",
        "RuntimeVisibleParameterAnnotations",
        "RuntimeInvisibleParameterAnnotations",
        "RuntimeVisibleTypeAnnotations",
        "RuntimeInvisibleTypeAnnotations",
        "AnnotationDefault",
        "BootstrapMethods",
        "MethodParameters",
        "Module",
        "ModulePackages",
        "ModuleMainClass",
        "NestHost",
        "NestMembers",
        "Record",
        "PermittedSubclasses",
    ];
    NAMES.iter().copied().find(|&n| n == name).unwrap_or("")
}

/// Parses a body HotSpot never rejects; on any fault it is kept raw.
fn lenient(
    name_index: u16,
    body: &[u8],
    parse: impl FnOnce(&mut Reader<'_>) -> Result<Attribute>,
) -> Attribute {
    let mut r = Reader::new(body);
    match parse(&mut r) {
        Ok(a) if r.is_empty() => a,
        _ => Attribute::Unknown {
            name_index,
            info: body.into(),
        },
    }
}

fn cf(text: impl Into<String>) -> ClassFormatError {
    ClassFormatError::in_class_file(text)
}

/// An attribute whose body HotSpot skips (or only bounds-checks): annotations, StackMapTable and the
/// module attributes are decoded if JVMS defines them here and they parse; anything else is kept raw.
fn decode_skipped(name: &str, name_index: u16, body: &[u8], c: &Context<'_>) -> Attribute {
    let unknown = || Attribute::Unknown {
        name_index,
        info: body.into(),
    };
    if !recognized(name, c.ctx, c.major) {
        return unknown();
    }
    match name {
        "SourceDebugExtension" => Attribute::SourceDebugExtension(body.into()),
        "StackMapTable" => lenient(name_index, body, |r| {
            parse_stack_map_table(r).map(Attribute::StackMapTable)
        }),
        "RuntimeVisibleAnnotations" => lenient(name_index, body, |r| {
            parse_annotations(r).map(Attribute::RuntimeVisibleAnnotations)
        }),
        "RuntimeInvisibleAnnotations" => lenient(name_index, body, |r| {
            parse_annotations(r).map(Attribute::RuntimeInvisibleAnnotations)
        }),
        "RuntimeVisibleParameterAnnotations" => lenient(name_index, body, |r| {
            parse_parameter_annotations(r).map(Attribute::RuntimeVisibleParameterAnnotations)
        }),
        "RuntimeInvisibleParameterAnnotations" => lenient(name_index, body, |r| {
            parse_parameter_annotations(r).map(Attribute::RuntimeInvisibleParameterAnnotations)
        }),
        "RuntimeVisibleTypeAnnotations" => lenient(name_index, body, |r| {
            parse_type_annotations(r).map(Attribute::RuntimeVisibleTypeAnnotations)
        }),
        "RuntimeInvisibleTypeAnnotations" => lenient(name_index, body, |r| {
            parse_type_annotations(r).map(Attribute::RuntimeInvisibleTypeAnnotations)
        }),
        "AnnotationDefault" => lenient(name_index, body, |r| {
            parse_element_value(r, 0).map(Attribute::AnnotationDefault)
        }),
        "Module" => lenient(name_index, body, |r| {
            parse_module(r).map(|m| Attribute::Module(Box::new(m)))
        }),
        "ModulePackages" => lenient(name_index, body, |r| {
            r.counted_u2_list().map(Attribute::ModulePackages)
        }),
        "ModuleMainClass" => lenient(name_index, body, |r| {
            Ok(Attribute::ModuleMainClass {
                main_class_index: r.u2()?,
            })
        }),
        // ConstantValue on an instance field.
        _ => unknown(),
    }
}

/// Reads the body of an attribute HotSpot interprets from `r`, the class file's stream, making
/// HotSpot's checks in HotSpot's order. `length` is the declared attribute_length.
fn parse_body(
    name: &'static str,
    name_index: u16,
    r: &mut Reader<'_>,
    length: u32,
    c: Context<'_>,
) -> Result<Attribute> {
    use AttributeContext as Ctx;
    let cp = c.cp;
    let nv = c.need_verify();
    Ok(match name {
        "ConstantValue" => {
            if nv && length != 2 {
                return Err(cf(format!(
                    "Invalid ConstantValue field attribute length {length}"
                )));
            }
            let index = r.u2()?;
            if nv {
                check_constant_value(cp, index, c.field_descriptor)?;
            }
            Attribute::ConstantValue {
                constant_value_index: index,
            }
        }
        "Code" => Attribute::Code(parse_code(r, length, c)?),
        "Exceptions" => {
            r.need(2)?;
            let list = r.counted_u2_list()?;
            if nv {
                if let Some(&bad) = list.iter().find(|&&i| !cp.has(i, tag::CLASS)) {
                    return Err(cf(format!(
                        "Exception name has bad type at constant pool {bad}"
                    )));
                }
                if length as usize != 2 + 2 * list.len() {
                    return Err(cf("Exceptions attribute has wrong length"));
                }
            }
            Attribute::Exceptions(list)
        }
        "MethodParameters" => {
            let count = r.u1()? as usize;
            if length as usize != count * 4 + 1 {
                // HotSpot's text has no class name here.
                return Err(ClassFormatError::plain(format!(
                    "Invalid MethodParameters method attribute length {length} in class file"
                )));
            }
            let mut params = Vec::with_capacity(count);
            for _ in 0..count {
                params.push(MethodParameter {
                    name_index: r.u2()?,
                    access_flags: r.u2()?,
                });
            }
            Attribute::MethodParameters(params)
        }
        "Synthetic" | "Deprecated" => {
            if length != 0 {
                let place = match c.ctx {
                    Ctx::Field => "field",
                    Ctx::Method => "method",
                    _ => "classfile",
                };
                return Err(cf(format!(
                    "Invalid {name} {place} attribute length {length}"
                )));
            }
            if name == "Synthetic" {
                Attribute::Synthetic
            } else {
                Attribute::Deprecated
            }
        }
        "Signature" => {
            if length != 2 {
                return Err(cf(match c.ctx {
                    Ctx::Field => format!("Wrong size {length} for field's Signature attribute"),
                    Ctx::ClassFile => format!("Wrong Signature attribute length {length}"),
                    Ctx::RecordComponent => {
                        format!("Invalid Signature attribute length {length} in Record component")
                    }
                    _ => format!("Invalid Signature attribute length {length}"),
                }));
            }
            let index = r.u2()?;
            if nv && !cp.has(index, tag::UTF8) {
                return Err(cf(if c.ctx == Ctx::ClassFile {
                    format!("Invalid constant pool index {index} in Signature attribute")
                } else {
                    format!("Invalid Signature attribute at constant pool index {index}")
                }));
            }
            Attribute::Signature {
                signature_index: index,
            }
        }
        "SourceFile" => {
            let index = r.u2()?;
            if nv && !cp.has(index, tag::UTF8) {
                return Err(cf(format!(
                    "Invalid SourceFile attribute at constant pool index {index}"
                )));
            }
            Attribute::SourceFile {
                sourcefile_index: index,
            }
        }
        "EnclosingMethod" => {
            if length != 4 {
                return Err(cf(format!(
                    "Wrong EnclosingMethod attribute length {length}"
                )));
            }
            let class_index = r.u2()?;
            let method_index = r.u2()?;
            if class_index == 0 {
                return Err(cf("Invalid class index in EnclosingMethod attribute"));
            }
            if nv && !cp.has(class_index, tag::CLASS) {
                return Err(cf(
                    "Invalid or out-of-bounds class index in EnclosingMethod attribute",
                ));
            }
            if method_index != 0 && !cp.has(method_index, tag::NAME_AND_TYPE) {
                return Err(cf(
                    "Invalid or out-of-bounds method index in EnclosingMethod attribute",
                ));
            }
            Attribute::EnclosingMethod {
                class_index,
                method_index,
            }
        }
        "BootstrapMethods" => Attribute::BootstrapMethods(parse_bootstrap_methods(r, length, c)?),
        "NestHost" => {
            if nv && length != 2 {
                return Err(cf("Wrong NestHost attribute length"));
            }
            let index = r.u2()?;
            if nv && !cp.has(index, tag::CLASS) {
                return Err(cf(format!(
                    "Nest-host class_info_index {index} has bad constant type"
                )));
            }
            Attribute::NestHost {
                host_class_index: index,
            }
        }
        "LineNumberTable" => {
            let count = r.u2()? as usize;
            if nv && length as usize != 2 + 4 * count {
                return Err(cf("LineNumberTable attribute has wrong length"));
            }
            r.need(4 * count)?;
            let mut lines = Vec::with_capacity(count);
            for _ in 0..count {
                let line = LineNumber {
                    start_pc: r.u2()?,
                    line_number: r.u2()?,
                };
                if line.start_pc as usize >= c.code_length {
                    return Err(cf("Invalid pc in LineNumberTable"));
                }
                lines.push(line);
            }
            Attribute::LineNumberTable(lines)
        }
        "LocalVariableTable" => {
            Attribute::LocalVariableTable(parse_local_variables(name, r, length, c)?)
        }
        "LocalVariableTypeTable" => {
            Attribute::LocalVariableTypeTable(parse_local_variables(name, r, length, c)?)
        }
        // Annotations, StackMapTable, SourceDebugExtension: HotSpot only skips the body (checking that
        // it is there).
        _ => {
            let body = r.bytes(length as usize)?;
            decode_skipped(name, name_index, body, &c)
        }
    })
}

fn check_constant_value(cp: &ConstantPool, index: u16, descriptor: &str) -> Result<()> {
    if index == 0 || index as usize >= cp.len() {
        return Err(cf(format!(
            "Bad initial value index {index} in ConstantValue attribute"
        )));
    }
    let value = &cp.entries()[index as usize];
    let ok = match descriptor.as_bytes().first() {
        Some(b'J') => matches!(value, Constant::Long(_)),
        Some(b'F') => matches!(value, Constant::Float(_)),
        Some(b'D') => matches!(value, Constant::Double(_)),
        Some(b'B' | b'C' | b'S' | b'Z' | b'I') => matches!(value, Constant::Integer(_)),
        Some(b'L') => {
            if descriptor != "Ljava/lang/String;" || !matches!(value, Constant::String { .. }) {
                return Err(cf("Bad string initial value"));
            }
            true
        }
        _ => return Err(cf(format!("Unable to set initial value {index}"))),
    };
    if !ok {
        return Err(cf("Inconsistent constant value type"));
    }
    Ok(())
}

fn parse_bootstrap_methods(
    r: &mut Reader<'_>,
    length: u32,
    c: Context<'_>,
) -> Result<Vec<BootstrapMethod>> {
    if length < 2 {
        return Err(cf(format!(
            "Invalid BootstrapMethods attribute length {length}"
        )));
    }
    let start = *r;
    r.need(length as usize)?;
    let count = r.u2()? as usize;
    let max_used =
        c.cp.entries()
            .iter()
            .filter_map(|e| match e {
                Constant::Dynamic {
                    bootstrap_method_attr_index: i,
                    ..
                }
                | Constant::InvokeDynamic {
                    bootstrap_method_attr_index: i,
                    ..
                } => Some(*i as usize),
                _ => None,
            })
            .max();
    if max_used.is_some_and(|m| m >= count) {
        return Err(cf("Short length on BootstrapMethods"));
    }
    // HotSpot copies the attribute into an array of 2 u2s per method plus the u2s after the count,
    // and rejects a method whose arguments would not fit in it.
    let operands = 2 * count + (length as usize - 2) / 2;
    let mut filled = 2 * count;
    let mut methods = Vec::with_capacity(r.capacity_for(count, 4));
    for _ in 0..count {
        r.need(4)?;
        let bootstrap_method_ref = r.u2()?;
        let argc = r.u2()? as usize;
        if c.need_verify() && !c.cp.has(bootstrap_method_ref, tag::METHOD_HANDLE) {
            return Err(cf(format!(
                "bootstrap_method_index {bootstrap_method_ref} has bad constant type"
            )));
        }
        if filled + 1 + argc >= operands {
            return Err(cf(
                "Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments value",
            ));
        }
        filled += 2 + argc;
        let bootstrap_arguments = r.u2_list(argc)?;
        if c.need_verify() {
            for &arg in &bootstrap_arguments {
                let loadable = matches!(
                    c.cp.get(arg),
                    Ok(Constant::Integer(_)
                        | Constant::Float(_)
                        | Constant::Long(_)
                        | Constant::Double(_)
                        | Constant::Class { .. }
                        | Constant::String { .. }
                        | Constant::MethodHandle { .. }
                        | Constant::MethodType { .. }
                        | Constant::Dynamic { .. })
                );
                if !loadable {
                    return Err(cf(format!("argument_index {arg} has bad constant type")));
                }
            }
        }
        methods.push(BootstrapMethod {
            bootstrap_method_ref,
            bootstrap_arguments,
        });
    }
    if r.read_since(start).len() != length as usize {
        return Err(cf("Bad length on BootstrapMethods"));
    }
    Ok(methods)
}

fn parse_local_variables(
    name: &str,
    r: &mut Reader<'_>,
    length: u32,
    c: Context<'_>,
) -> Result<Vec<LocalVariable>> {
    let code_length = c.code_length;
    let max_locals = c.max_locals;
    let nv = c.need_verify();
    let count = r.u2()? as usize;
    if nv && length as usize != 2 + 10 * count {
        return Err(cf(format!("{name} has wrong length")));
    }
    r.need(10 * count)?;
    let mut vars = Vec::with_capacity(count);
    for _ in 0..count {
        let v = LocalVariable {
            start_pc: r.u2()?,
            length: r.u2()?,
            name_index: r.u2()?,
            descriptor_index: r.u2()?,
            index: r.u2()?,
        };
        if nv {
            if v.start_pc as usize >= code_length {
                return Err(cf(format!("Invalid start_pc {} in {name}", v.start_pc)));
            }
            if v.start_pc as usize + v.length as usize > code_length {
                return Err(cf(format!("Invalid length {} in {name}", v.length)));
            }
            let Ok(var_name) = c.cp.utf8(v.name_index) else {
                return Err(cf(format!(
                    "Name index {} in {name} has bad constant type",
                    v.name_index
                )));
            };
            let Ok(descriptor) = c.cp.utf8(v.descriptor_index) else {
                return Err(cf(format!(
                    "Signature index {} in {name} has bad constant type",
                    v.descriptor_index
                )));
            };
            if c.checks.check_names() {
                c.memo.field_name(v.name_index, var_name)?;
            }
            let mut extra = 0;
            if name == "LocalVariableTable" {
                c.memo
                    .field_signature(v.descriptor_index, var_name, descriptor)?;
                if descriptor == "J" || descriptor == "D" {
                    extra = 1;
                }
            }
            if v.index as usize + extra >= max_locals {
                return Err(cf(format!("Invalid index {} in {name}", v.index)));
            }
        }
        vars.push(v);
    }
    Ok(vars)
}

/// The checks HotSpot makes when it merges a method's LocalVariableTable and LocalVariableTypeTable
/// entries, once the whole method is read: no LocalVariableTable entry twice (from version 49), and
/// every LocalVariableTypeTable entry matching exactly one LocalVariableTable entry. Entries match on
/// start_pc, length, name_index and index.
pub(crate) fn check_local_variable_tables(code: &Code, c: Context<'_>) -> Result<()> {
    let key = |v: &LocalVariable| (v.start_pc, v.length, v.name_index, v.index);
    if !c.need_verify() || local_variables(code, false).next().is_none() {
        return Ok(());
    }
    let name = |v: &LocalVariable| c.cp.utf8(v.name_index).unwrap_or("");
    // For each LocalVariableTable entry, whether a LocalVariableTypeTable entry has matched it.
    let mut typed: HashMap<(u16, u16, u16, u16), bool> = HashMap::new();
    for v in local_variables(code, false) {
        if typed.insert(key(v), false).is_some() && c.major >= 49 {
            return Err(ClassFormatError::named(
                format!(
                    "Duplicated LocalVariableTable attribute entry for '{}' in class file ",
                    name(v)
                ),
                "",
            ));
        }
    }
    for v in local_variables(code, true) {
        match typed.get_mut(&key(v)) {
            None => {
                return Err(ClassFormatError::named(
                    format!("LVTT entry for '{}' in class file ", name(v)),
                    " does not match any LVT entry",
                ))
            }
            Some(true) => {
                return Err(ClassFormatError::named(
                    format!(
                        "Duplicated LocalVariableTypeTable attribute entry for '{}' in class file ",
                        name(v)
                    ),
                    "",
                ))
            }
            Some(matched) => *matched = true,
        }
    }
    Ok(())
}

/// The entries of a Code attribute's LocalVariableTables, or LocalVariableTypeTables.
fn local_variables(code: &Code, type_tables: bool) -> impl Iterator<Item = &LocalVariable> {
    code.attributes
        .iter()
        .filter_map(move |a| match a {
            Attribute::LocalVariableTable(t) if !type_tables => Some(t.iter()),
            Attribute::LocalVariableTypeTable(t) if type_tables => Some(t.iter()),
            _ => None,
        })
        .flatten()
}

fn parse_code(r: &mut Reader<'_>, length: u32, c: Context<'_>) -> Result<Code> {
    let nv = c.need_verify();
    r.need(8)?;
    let max_stack = r.u2()?;
    let max_locals = r.u2()?;
    let code_length = r.u4()?;
    if nv && c.arg_slots > max_locals as usize {
        return Err(cf("Arguments can't fit into locals"));
    }
    if nv && (code_length == 0 || code_length > 65535) {
        return Err(cf(format!("Invalid method Code length {code_length}")));
    }
    let code: Box<[u8]> = r.bytes(code_length as usize)?.into();
    r.need(2)?;
    let count = r.u2()? as usize;
    r.need(8 * count)?;
    let mut exception_table = Vec::with_capacity(count);
    for _ in 0..count {
        let h = ExceptionHandler {
            start_pc: r.u2()?,
            end_pc: r.u2()?,
            handler_pc: r.u2()?,
            catch_type: r.u2()?,
        };
        if nv {
            if !(h.start_pc < h.end_pc && h.end_pc as u32 <= code_length) {
                return Err(cf("Illegal exception table range"));
            }
            if h.handler_pc as u32 >= code_length {
                return Err(cf("Illegal exception table handler"));
            }
            if h.catch_type != 0 && !c.cp.has(h.catch_type, tag::CLASS) {
                return Err(cf("Catch type in exception table has bad constant type"));
            }
        }
        exception_table.push(h);
    }
    // Code's own attributes see the code length and max_locals, which their checks need.
    let inner = Context {
        code_length: code_length as usize,
        max_locals: max_locals as usize,
        ..c.with(AttributeContext::Code)
    };
    let attributes = read_table(r, inner)?;
    // HotSpot adds up the declared sizes in a u4.
    let size = 12u32
        .wrapping_add(code_length)
        .wrapping_add(8 * count as u32)
        .wrapping_add(attributes.declared_size);
    if nv && length != size {
        return Err(cf("Code segment has wrong length"));
    }
    Ok(Code {
        max_stack,
        max_locals,
        code,
        exception_table,
        attributes: attributes.attributes,
    })
}

/// HotSpot's last steps of the class attributes: the deferred attributes (InnerClasses, NestMembers,
/// Record, PermittedSubclasses, in that order), each parsed from where its body starts.
fn finish_class_attributes(
    attributes: &mut [Attribute],
    deferred: Vec<Deferred<'_>>,
    c: Context<'_>,
) -> Result<()> {
    for kind in DEFERRED {
        let Some(d) = deferred.iter().find(|d| d.name == kind) else {
            continue;
        };
        let mut r = d.body;
        let attribute = match kind {
            "InnerClasses" => Attribute::InnerClasses(parse_inner_classes(&mut r, d.length, c)?),
            "NestMembers" => Attribute::NestMembers(parse_class_list(
                &mut r,
                d.length,
                c,
                "Nest member class_info_index",
                "Wrong NestMembers attribute length",
            )?),
            "Record" => Attribute::Record(parse_record(&mut r, d.length, c)?),
            _ => Attribute::PermittedSubclasses(parse_class_list(
                &mut r,
                d.length,
                c,
                "Permitted subclass class_info_index",
                "Wrong PermittedSubclasses attribute length",
            )?),
        };
        attributes[d.slot] = attribute;
    }
    Ok(())
}

/// NestMembers and PermittedSubclasses: a count and that many `CONSTANT_Class` indices.
fn parse_class_list(
    r: &mut Reader<'_>,
    length: u32,
    c: Context<'_>,
    what: &str,
    wrong_length: &str,
) -> Result<Vec<u16>> {
    r.need(2)?;
    let list = r.counted_u2_list()?;
    if c.need_verify() {
        if let Some(&bad) = list.iter().find(|&&i| !c.cp.has(i, tag::CLASS)) {
            return Err(cf(format!("{what} {bad} has bad constant type")));
        }
        if length as usize != 2 + 2 * list.len() {
            return Err(cf(wrong_length));
        }
    }
    Ok(list)
}

fn parse_inner_classes(r: &mut Reader<'_>, length: u32, c: Context<'_>) -> Result<Vec<InnerClass>> {
    let nv = c.need_verify();
    let cp = c.cp;
    r.need(2)?;
    let count = r.u2()? as usize;
    r.need(8 * count)?;
    let mut entries = Vec::with_capacity(count);
    // The flags as HotSpot keeps them, which its duplicate check compares.
    let mut kept_flags = Vec::with_capacity(count);
    for _ in 0..count {
        let inner = r.u2()?;
        if nv && !cp.has(inner, tag::CLASS) {
            return Err(cf(format!(
                "inner_class_info_index {inner} has bad constant type"
            )));
        }
        let outer = r.u2()?;
        if outer != 0 {
            if nv && !cp.has(outer, tag::CLASS) {
                return Err(cf(format!(
                    "outer_class_info_index {outer} has bad constant type"
                )));
            }
            if cp.class_name(outer).is_ok_and(|n| n.starts_with('[')) {
                return Err(cf("Outer class is an array class"));
            }
        }
        let name = r.u2()?;
        if nv && name != 0 && !cp.has(name, tag::UTF8) {
            return Err(cf(format!("inner_name_index {name} has bad constant type")));
        }
        if nv && inner == outer {
            return Err(cf("Class is both outer and inner class"));
        }
        let raw_flags = r.u2()?;
        let mut flags =
            raw_flags & (RECOGNIZED_CLASS_FLAGS | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC);
        if c.major >= 53 {
            flags |= raw_flags & ACC_MODULE;
        }
        if flags & ACC_INTERFACE != 0 && c.major < 50 {
            flags |= ACC_ABSTRACT;
        }
        // With ACC_MODULE, HotSpot throws NoClassDefFoundError rather than ClassFormatError: not a
        // format error, so the caller's to report (the flags are kept as written).
        if nv && flags & ACC_MODULE == 0 {
            format_check::check_class_modifiers(flags, c.major)?;
        }
        entries.push(InnerClass {
            inner_class_info_index: inner,
            outer_class_info_index: outer,
            inner_name_index: name,
            inner_class_access_flags: raw_flags,
        });
        kept_flags.push(flags);
    }
    if nv {
        check_inner_class_duplicates(&entries, &kept_flags, c)?;
        if c.major >= 49 && length as usize != 2 + 8 * count {
            return Err(cf("Wrong InnerClasses attribute length"));
        }
    }
    Ok(entries)
}

/// HotSpot's scan of InnerClasses for duplicate entries. It stops without error (and ignores the
/// attribute) at the first entry whose chain of outer classes loops, or that names the same inner
/// class as a later entry.
///
/// HotSpot compares each entry with every later one and looks up each outer class by searching the
/// whole table; the same answers come here from hash tables, in time linear in the table.
fn check_inner_class_duplicates(
    entries: &[InnerClass],
    flags: &[u16],
    c: Context<'_>,
) -> Result<()> {
    let as_kept = |i: usize| {
        let e = &entries[i];
        (
            e.inner_class_info_index,
            e.outer_class_info_index,
            e.inner_name_index,
            flags[i],
        )
    };
    // Classes are looked up by name: equal names get one id, hashing each Utf8 entry once. `None`
    // stands for every index that is not a class with a Utf8 name.
    let mut ids: HashMap<u16, Option<usize>> = HashMap::new();
    let mut by_text: HashMap<&str, usize> = HashMap::new();
    let mut name_id = |class: u16| -> Option<usize> {
        let Ok(&Constant::Class { name_index }) = c.cp.get(class) else {
            return None;
        };
        *ids.entry(name_index).or_insert_with(|| {
            let text = c.cp.utf8(name_index).ok()?;
            let next = by_text.len();
            Some(*by_text.entry(text).or_insert(next))
        })
    };
    // The outer class of the first entry whose inner class has the name of `inner`, or 0.
    let mut first_outer: HashMap<Option<usize>, u16> = HashMap::new();
    for e in entries.iter().filter(|e| e.inner_class_info_index != 0) {
        let id = name_id(e.inner_class_info_index);
        first_outer.entry(id).or_insert(e.outer_class_info_index);
    }
    let mut outer_of = |inner: u16| -> u16 {
        if inner == 0 {
            return 0;
        }
        first_outer.get(&name_id(inner)).copied().unwrap_or(0)
    };
    // Whether the chain of outer classes from a class loops (HotSpot walks it with Floyd's check);
    // every class on a walked chain shares its answer, so each is walked once.
    let mut loops: HashMap<u16, bool> = HashMap::new();
    let mut chain_loops = |start: u16| -> bool {
        let mut path = Vec::new();
        let mut on_path = HashSet::new();
        let mut class = start;
        let answer = loop {
            if class == 0 {
                break false;
            }
            if let Some(&known) = loops.get(&class) {
                break known;
            }
            if !on_path.insert(class) {
                break true;
            }
            path.push(class);
            class = outer_of(class);
        };
        for class in path {
            loops.insert(class, answer);
        }
        answer
    };
    // The next entry naming the same inner class (by index). A duplicate names it too, so the
    // first duplicate of an entry, if any, is that one.
    let mut next_same = vec![None; entries.len()];
    let mut later: HashMap<u16, usize> = HashMap::new();
    for i in (0..entries.len()).rev() {
        next_same[i] = later.insert(entries[i].inner_class_info_index, i);
    }
    for i in 0..entries.len() {
        if chain_loops(entries[i].inner_class_info_index) {
            return Ok(());
        }
        if let Some(j) = next_same[i] {
            if c.major >= 49 && as_kept(i) == as_kept(j) {
                return Err(cf("Duplicate entry in InnerClasses attribute"));
            }
            return Ok(());
        }
    }
    Ok(())
}

fn parse_record(r: &mut Reader<'_>, length: u32, c: Context<'_>) -> Result<Vec<RecordComponent>> {
    let nv = c.need_verify();
    r.need(2)?;
    let count = r.u2()? as usize;
    // HotSpot adds up the declared sizes in a u4.
    let mut size = 2u32;
    let mut components = Vec::with_capacity(r.capacity_for(count, 6));
    for _ in 0..count {
        r.need(6)?;
        let name_index = r.u2()?;
        let Ok(name) = c.cp.utf8(name_index) else {
            return Err(cf(format!(
                "Invalid constant pool index {name_index} for name in Record attribute"
            )));
        };
        if c.checks.check_names() {
            c.memo.field_name(name_index, name)?;
        }
        let descriptor_index = r.u2()?;
        let Ok(descriptor) = c.cp.utf8(descriptor_index) else {
            return Err(cf(format!(
                "Invalid constant pool index {descriptor_index} for descriptor in Record attribute"
            )));
        };
        if nv {
            c.memo.field_signature(descriptor_index, name, descriptor)?;
        }
        let table = read_table(r, c.with(AttributeContext::RecordComponent))?;
        size = size.wrapping_add(6).wrapping_add(table.declared_size);
        components.push(RecordComponent {
            name_index,
            descriptor_index,
            attributes: table.attributes,
        });
    }
    if nv && length != size {
        return Err(cf("Record attribute has wrong length"));
    }
    Ok(components)
}
