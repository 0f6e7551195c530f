//! Attributes (JVMS 4.7). Each predefined attribute is parsed where JVMS defines it (class, field,
//! method, Code, record component) and from the class-file version that introduced it; anywhere
//! else it is kept, like any unknown attribute, as raw bytes — JVMS 4.7.1 says to ignore it there.
//!
//! The checks and their texts follow HotSpot 17's `ClassFileParser`. Annotation and StackMapTable
//! contents are never a `ClassFormatError` there (reflection and the verifier judge them later), so
//! when they do not parse they are kept raw too.

use crate::annotations::{
    parse_annotations, parse_element_value, parse_parameter_annotations, parse_type_annotations,
    Annotation, ElementValue, TypeAnnotation,
};
use crate::constant_pool::{tag, Constant, ConstantPool};
use crate::error::{ClassFormatError, Result};
use crate::format_check::{self, FormatChecks};
use crate::module_attr::{parse_module, ModuleAttribute};
use crate::reader::Reader;
use crate::stack_map::{parse_stack_map_table, StackMapFrame};
use std::collections::HashSet;

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
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        cp: &'a ConstantPool,
        major: u16,
        checks: FormatChecks,
        ctx: AttributeContext,
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

/// Attributes that may appear at most once in one table, per HotSpot.
fn unique_in(name: &str, ctx: AttributeContext) -> bool {
    use AttributeContext::*;
    match name {
        "Signature" => true,
        "RuntimeVisibleAnnotations"
        | "RuntimeInvisibleAnnotations"
        | "RuntimeVisibleTypeAnnotations"
        | "RuntimeInvisibleTypeAnnotations" => ctx != Code,
        "RuntimeVisibleParameterAnnotations"
        | "RuntimeInvisibleParameterAnnotations"
        | "AnnotationDefault"
        | "Code"
        | "Exceptions"
        | "MethodParameters"
        | "StackMapTable" => true,
        "SourceFile"
        | "SourceDebugExtension"
        | "InnerClasses"
        | "EnclosingMethod"
        | "BootstrapMethods"
        | "NestHost"
        | "NestMembers"
        | "Record"
        | "PermittedSubclasses" => true,
        _ => false,
    }
}

/// Reads an `attributes_count` and that many attributes.
pub(crate) fn parse_attributes(r: &mut Reader<'_>, c: Context<'_>) -> Result<Vec<Attribute>> {
    let count = r.u2()? as usize;
    let mut out = Vec::with_capacity(r.capacity_for(count, 6));
    let mut seen: HashSet<&'static str> = HashSet::new();
    for _ in 0..count {
        let name_index = r.u2()?;
        let length = r.u4()? as usize;
        let name = match c.cp.java_str(name_index) {
            Ok(s) => s.as_str(),
            Err(_) if c.need_verify() => return Err(c.bad_name_index(name_index)),
            Err(_) => "",
        };
        let is_constant_value_here =
            name != "ConstantValue" || c.member_flags & crate::access::ACC_STATIC != 0;
        if !recognized(name, c.ctx, c.major) || !is_constant_value_here {
            out.push(Attribute::Unknown {
                name_index,
                info: r.bytes(length)?.into(),
            });
            continue;
        }
        // These two are checked before uniqueness; everything else after.
        if name == "Code"
            && c.need_verify()
            && c.member_flags & (crate::access::ACC_NATIVE | crate::access::ACC_ABSTRACT) != 0
        {
            return Err(ClassFormatError::in_class_file(
                "Code attribute in native or abstract methods",
            ));
        }
        if name == "SourceFile" && c.need_verify() && length != 2 {
            return Err(ClassFormatError::in_class_file(
                "Wrong SourceFile attribute length",
            ));
        }
        if unique_in(name, c.ctx) {
            let static_name = recognized_name(name);
            if !seen.insert(static_name) {
                return Err(if name == "ConstantValue" {
                    ClassFormatError::in_class_file("Duplicate ConstantValue attribute")
                } else {
                    c.multiple(name)
                });
            }
        } else if name == "ConstantValue" && !seen.insert("ConstantValue") {
            return Err(ClassFormatError::in_class_file(
                "Duplicate ConstantValue attribute",
            ));
        }
        if name == "NestHost" && seen.contains("NestMembers") {
            return Err(ClassFormatError::in_class_file(
                "Conflicting NestMembers and NestHost attributes",
            ));
        }
        if name == "NestMembers" && seen.contains("NestHost") {
            return Err(ClassFormatError::in_class_file(
                "Conflicting NestHost and NestMembers attributes",
            ));
        }
        let body = r.bytes(length)?;
        out.push(parse_body(name, name_index, body, c)?);
    }
    Ok(out)
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

/// Parses a list-shaped body; running out of bytes inside it means the declared length was wrong,
/// which HotSpot (reading on into what follows) reports as `wrong_length`.
fn within<T>(
    body: &[u8],
    wrong_length: impl Fn() -> ClassFormatError,
    parse: impl FnOnce(&mut Reader<'_>) -> Result<T>,
) -> Result<T> {
    let mut r = Reader::new(body);
    match parse(&mut r) {
        Ok(v) if r.is_empty() => Ok(v),
        Ok(_) => Err(wrong_length()),
        Err(e) if e == ClassFormatError::truncated() => Err(wrong_length()),
        Err(e) => Err(e),
    }
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

fn u2_at(body: &[u8]) -> u16 {
    match body {
        [a, b, ..] => u16::from_be_bytes([*a, *b]),
        _ => 0,
    }
}

fn parse_body(name: &str, name_index: u16, body: &[u8], c: Context<'_>) -> Result<Attribute> {
    use AttributeContext as Ctx;
    let len = body.len();
    let cp = c.cp;
    let nv = c.need_verify();
    Ok(match name {
        "ConstantValue" => {
            if nv && len != 2 {
                return Err(cf(format!(
                    "Invalid ConstantValue field attribute length {len}"
                )));
            }
            let index = u2_at(body);
            if len < 2 {
                return Err(ClassFormatError::truncated());
            }
            if nv {
                check_constant_value(cp, index, c.field_descriptor)?;
            }
            Attribute::ConstantValue {
                constant_value_index: index,
            }
        }
        "Code" => Attribute::Code(parse_code(body, c)?),
        "StackMapTable" => lenient(name_index, body, |r| {
            parse_stack_map_table(r).map(Attribute::StackMapTable)
        }),
        "Exceptions" => {
            let wrong = || cf("Exceptions attribute has wrong length");
            let list = within(body, wrong, |r| r.counted_u2_list())?;
            if nv {
                if let Some(&bad) = list.iter().find(|&&i| !cp.has(i, tag::CLASS)) {
                    return Err(cf(format!(
                        "Exception name has bad type at constant pool {bad}"
                    )));
                }
            }
            Attribute::Exceptions(list)
        }
        "InnerClasses" => {
            let wrong = || cf("Wrong InnerClasses attribute length");
            let mut classes = Vec::new();
            within(body, wrong, |r| {
                let count = r.u2()? as usize;
                classes.reserve(r.capacity_for(count, 8));
                for _ in 0..count {
                    classes.push(InnerClass {
                        inner_class_info_index: r.u2()?,
                        outer_class_info_index: r.u2()?,
                        inner_name_index: r.u2()?,
                        inner_class_access_flags: r.u2()?,
                    });
                }
                Ok(())
            })?;
            Attribute::InnerClasses(classes)
        }
        "EnclosingMethod" => {
            if len != 4 {
                return Err(cf(format!("Wrong EnclosingMethod attribute length {len}")));
            }
            let class_index = u2_at(body);
            let method_index = u2_at(&body[2..]);
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
        "Synthetic" | "Deprecated" => {
            if len != 0 {
                let place = match c.ctx {
                    Ctx::Field => "field",
                    Ctx::Method => "method",
                    _ => "classfile",
                };
                return Err(cf(format!("Invalid {name} {place} attribute length {len}")));
            }
            if name == "Synthetic" {
                Attribute::Synthetic
            } else {
                Attribute::Deprecated
            }
        }
        "Signature" => {
            if len != 2 {
                return Err(match c.ctx {
                    Ctx::Field => cf(format!("Wrong size {len} for field's Signature attribute")),
                    Ctx::ClassFile => cf(format!("Wrong Signature attribute length {len}")),
                    Ctx::RecordComponent => cf(format!(
                        "Invalid Signature attribute length {len} in Record component"
                    )),
                    _ => cf(format!("Invalid Signature attribute length {len}")),
                });
            }
            let index = u2_at(body);
            if nv && !cp.has(index, tag::UTF8) {
                return Err(if c.ctx == Ctx::ClassFile {
                    cf(format!(
                        "Invalid constant pool index {index} in Signature attribute"
                    ))
                } else {
                    cf(format!(
                        "Invalid Signature attribute at constant pool index {index}"
                    ))
                });
            }
            Attribute::Signature {
                signature_index: index,
            }
        }
        "SourceFile" => {
            if len < 2 {
                return Err(ClassFormatError::truncated());
            }
            let index = u2_at(body);
            if nv && !cp.has(index, tag::UTF8) {
                return Err(cf(format!(
                    "Invalid SourceFile attribute at constant pool index {index}"
                )));
            }
            Attribute::SourceFile {
                sourcefile_index: index,
            }
        }
        "SourceDebugExtension" => Attribute::SourceDebugExtension(body.into()),
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
        "BootstrapMethods" => Attribute::BootstrapMethods(parse_bootstrap_methods(body, c)?),
        "MethodParameters" => {
            let count = body.first().copied().unwrap_or(0) as usize;
            if len != count * 4 + 1 {
                // HotSpot's text has no class name here.
                return Err(ClassFormatError::plain(format!(
                    "Invalid MethodParameters method attribute length {len} in class file"
                )));
            }
            let mut r = Reader::new(&body[1..]);
            let mut params = Vec::with_capacity(count);
            for _ in 0..count {
                params.push(MethodParameter {
                    name_index: r.u2()?,
                    access_flags: r.u2()?,
                });
            }
            Attribute::MethodParameters(params)
        }
        "LineNumberTable" => {
            let code_length = c.code_length;
            let wrong = || cf("LineNumberTable attribute has wrong length");
            let mut lines = Vec::new();
            within(body, wrong, |r| {
                let count = r.u2()? as usize;
                if nv && len != 2 + 4 * count {
                    return Err(wrong());
                }
                lines.reserve(r.capacity_for(count, 4));
                for _ in 0..count {
                    let line = LineNumber {
                        start_pc: r.u2()?,
                        line_number: r.u2()?,
                    };
                    if line.start_pc as usize >= code_length {
                        return Err(cf("Invalid pc in LineNumberTable"));
                    }
                    lines.push(line);
                }
                Ok(())
            })?;
            Attribute::LineNumberTable(lines)
        }
        "LocalVariableTable" | "LocalVariableTypeTable" => {
            let vars = parse_local_variables(name, body, c)?;
            if name == "LocalVariableTable" {
                Attribute::LocalVariableTable(vars)
            } else {
                Attribute::LocalVariableTypeTable(vars)
            }
        }
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
        "NestHost" => {
            if nv && len != 2 {
                return Err(cf("Wrong NestHost attribute length"));
            }
            let index = u2_at(body);
            if len < 2 {
                return Err(ClassFormatError::truncated());
            }
            if nv && !cp.has(index, tag::CLASS) {
                return Err(cf(format!(
                    "Nest-host class_info_index {index} has bad constant type"
                )));
            }
            Attribute::NestHost {
                host_class_index: index,
            }
        }
        "NestMembers" => {
            let list = within(
                body,
                || cf("Wrong NestMembers attribute length"),
                |r| r.counted_u2_list(),
            )?;
            if let Some(&bad) = list.iter().find(|&&i| nv && !cp.has(i, tag::CLASS)) {
                return Err(cf(format!(
                    "Nest member class_info_index {bad} has bad constant type"
                )));
            }
            Attribute::NestMembers(list)
        }
        "Record" => Attribute::Record(parse_record(body, c)?),
        "PermittedSubclasses" => {
            if c.class_flags & crate::access::ACC_FINAL != 0 {
                return Err(ClassFormatError::named(
                    "PermittedSubclasses attribute in final class file ",
                    "",
                ));
            }
            let list = within(
                body,
                || cf("Wrong PermittedSubclasses attribute length"),
                |r| r.counted_u2_list(),
            )?;
            if let Some(&bad) = list.iter().find(|&&i| nv && !cp.has(i, tag::CLASS)) {
                return Err(cf(format!(
                    "Permitted subclass class_info_index {bad} has bad constant type"
                )));
            }
            Attribute::PermittedSubclasses(list)
        }
        // recognized() admits only the names above; stay total rather than trust that.
        _ => Attribute::Unknown {
            name_index,
            info: body.into(),
        },
    })
}

fn check_constant_value(cp: &ConstantPool, index: u16, descriptor: &str) -> Result<()> {
    let Ok(value) = cp.get(index) else {
        return Err(cf(format!(
            "Bad initial value index {index} in ConstantValue attribute"
        )));
    };
    let ok = match descriptor {
        "J" => matches!(value, Constant::Long(_)),
        "F" => matches!(value, Constant::Float(_)),
        "D" => matches!(value, Constant::Double(_)),
        "B" | "C" | "S" | "Z" | "I" => matches!(value, Constant::Integer(_)),
        d if d.starts_with('L') => {
            if d != "Ljava/lang/String;" || !matches!(value, Constant::String { .. }) {
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

fn parse_bootstrap_methods(body: &[u8], c: Context<'_>) -> Result<Vec<BootstrapMethod>> {
    let len = body.len();
    if len < 2 {
        return Err(cf(format!(
            "Invalid BootstrapMethods attribute length {len}"
        )));
    }
    let mut r = Reader::new(body);
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
    let mut methods = Vec::with_capacity(r.capacity_for(count, 4));
    for _ in 0..count {
        let bootstrap_method_ref = r.u2()?;
        if c.need_verify() && !c.cp.has(bootstrap_method_ref, tag::METHOD_HANDLE) {
            return Err(cf(format!(
                "bootstrap_method_index {bootstrap_method_ref} has bad constant type"
            )));
        }
        let argc = r.u2()? as usize;
        if argc * 2 > r.remaining() {
            return Err(cf(
                "Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments value",
            ));
        }
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
    if !r.is_empty() {
        return Err(cf("Bad length on BootstrapMethods"));
    }
    Ok(methods)
}

fn parse_local_variables(name: &str, body: &[u8], c: Context<'_>) -> Result<Vec<LocalVariable>> {
    let code_length = c.code_length;
    let max_locals = c.max_locals;
    let nv = c.need_verify();
    let mut r = Reader::new(body);
    let count = r.u2()? as usize;
    if nv && body.len() != 2 + 10 * count {
        return Err(cf(format!("{name} has wrong length")));
    }
    let mut vars = Vec::with_capacity(r.capacity_for(count, 10));
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
                format_check::check_field_name(var_name)?;
            }
            let mut extra = 0;
            if name == "LocalVariableTable" {
                format_check::check_field_signature(var_name, descriptor)?;
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

fn parse_record(body: &[u8], c: Context<'_>) -> Result<Vec<RecordComponent>> {
    let nv = c.need_verify();
    let mut r = Reader::new(body);
    let count = r.u2()? as usize;
    let mut components = Vec::with_capacity(r.capacity_for(count, 6));
    for _ in 0..count {
        let name_index = r.u2()?;
        let Ok(name) = c.cp.utf8(name_index) else {
            return Err(cf(format!(
                "Invalid constant pool index {name_index} for name in Record attribute"
            )));
        };
        if nv && c.checks.check_names() {
            format_check::check_field_name(name)?;
        }
        let descriptor_index = r.u2()?;
        let Ok(descriptor) = c.cp.utf8(descriptor_index) else {
            return Err(cf(format!(
                "Invalid constant pool index {descriptor_index} for descriptor in Record attribute"
            )));
        };
        if nv {
            format_check::check_field_signature(name, descriptor)?;
        }
        let attributes = parse_attributes(&mut r, c.with(AttributeContext::RecordComponent))
            .map_err(|e| {
                if e == ClassFormatError::truncated() {
                    cf("Record attribute has wrong length")
                } else {
                    e
                }
            })?;
        components.push(RecordComponent {
            name_index,
            descriptor_index,
            attributes,
        });
    }
    if !r.is_empty() {
        return Err(cf("Record attribute has wrong length"));
    }
    Ok(components)
}

fn parse_code(body: &[u8], c: Context<'_>) -> Result<Code> {
    let nv = c.need_verify();
    let mut r = Reader::new(body);
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
    let count = r.u2()? as usize;
    let mut exception_table = Vec::with_capacity(r.capacity_for(count, 8));
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
    let attributes = parse_attributes(&mut r, inner)?;
    if !r.is_empty() && nv {
        return Err(cf("Code segment has wrong length"));
    }
    Ok(Code {
        max_stack,
        max_locals,
        code,
        exception_table,
        attributes,
    })
}
