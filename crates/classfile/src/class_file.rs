//! The `ClassFile` structure (JVMS 4.1) and its format checks (JVMS 4.8), performed in the order
//! HotSpot 17's `ClassFileParser` performs them, so a class file with several faults reports the
//! same one, in the same words.

use crate::access::*;
use crate::attributes::{
    check_local_variable_tables, parse_attributes, Attribute, AttributeContext, BootstrapMethod,
    Code, Context,
};
use crate::constant_pool::{Constant, ConstantPool};
use crate::error::{ClassFormatError, Result};
use crate::format_check::{
    self, CheckMemo, FormatChecks, RECOGNIZED_CLASS_FLAGS, RECOGNIZED_FIELD_FLAGS,
    RECOGNIZED_METHOD_FLAGS,
};
use crate::reader::Reader;
use std::collections::{HashMap, HashSet};

pub const MAGIC: u32 = 0xCAFE_BABE;
/// Oldest class-file major version (Java 1.0.2/1.1).
pub const MIN_MAJOR_VERSION: u16 = 45;
/// Java 17, what the runtime implements.
pub const JAVA_17_MAJOR_VERSION: u16 = 61;
/// Java 25, the newest version the parser reads (so `rjavap` can read newer JDKs' images).
pub const MAX_MAJOR_VERSION: u16 = 69;
/// The minor version that marks a class file using preview features (Java 12+).
pub const PREVIEW_MINOR_VERSION: u16 = 0xFFFF;

/// How permissive the parser is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// The newest major version accepted; newer ones are an `UnsupportedClassVersionError`.
    pub max_major_version: u16,
    /// Whether class files of `max_major_version` marked as using preview features are accepted.
    pub enable_preview: bool,
    /// Tools reading other releases' class files (`rjavap`) accept preview class files of any version;
    /// a runtime accepts only its own release's, and only with `enable_preview`.
    pub any_preview_version: bool,
    /// How much format checking to do; HotSpot checks application classes fully.
    pub checks: FormatChecks,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_major_version: MAX_MAJOR_VERSION,
            enable_preview: true,
            any_preview_version: true,
            checks: FormatChecks::Full,
        }
    }
}

impl ParseOptions {
    /// What the Java 17 runtime accepts: versions up to 61, no preview features (HotSpot's default),
    /// application-class format checks.
    pub fn java17_runtime() -> Self {
        ParseOptions {
            max_major_version: JAVA_17_MAJOR_VERSION,
            enable_preview: false,
            any_preview_version: false,
            checks: FormatChecks::Full,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassFile {
    pub minor_version: u16,
    pub major_version: u16,
    pub constant_pool: ConstantPool,
    /// Masked to the flags JVMS defines for classes, as HotSpot keeps them.
    pub access_flags: u16,
    pub this_class: u16,
    /// 0 only for `java/lang/Object` and module-info.
    pub super_class: u16,
    pub interfaces: Vec<u16>,
    pub fields: Vec<FieldInfo>,
    pub methods: Vec<MethodInfo>,
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldInfo {
    pub access_flags: u16,
    pub name_index: u16,
    pub descriptor_index: u16,
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MethodInfo {
    pub access_flags: u16,
    pub name_index: u16,
    pub descriptor_index: u16,
    pub attributes: Vec<Attribute>,
}

impl FieldInfo {
    pub fn name<'a>(&self, cp: &'a ConstantPool) -> &'a str {
        cp.utf8(self.name_index).unwrap_or("")
    }

    pub fn descriptor<'a>(&self, cp: &'a ConstantPool) -> &'a str {
        cp.utf8(self.descriptor_index).unwrap_or("")
    }

    pub fn constant_value_index(&self) -> Option<u16> {
        self.attributes.iter().find_map(|a| match a {
            Attribute::ConstantValue {
                constant_value_index,
            } => Some(*constant_value_index),
            _ => None,
        })
    }
}

impl MethodInfo {
    pub fn name<'a>(&self, cp: &'a ConstantPool) -> &'a str {
        cp.utf8(self.name_index).unwrap_or("")
    }

    pub fn descriptor<'a>(&self, cp: &'a ConstantPool) -> &'a str {
        cp.utf8(self.descriptor_index).unwrap_or("")
    }

    pub fn code(&self) -> Option<&Code> {
        self.attributes.iter().find_map(|a| match a {
            Attribute::Code(code) => Some(code),
            _ => None,
        })
    }
}

fn cf(text: impl Into<String>) -> ClassFormatError {
    ClassFormatError::in_class_file(text)
}

impl ClassFile {
    /// Parses and fully format-checks a class file, accepting versions 45 to 69.
    pub fn parse(bytes: &[u8]) -> Result<ClassFile> {
        Self::parse_with(bytes, ParseOptions::default())
    }

    pub fn parse_with(bytes: &[u8], options: ParseOptions) -> Result<ClassFile> {
        let checks = options.checks;
        if bytes.len() < 8 {
            return Err(ClassFormatError::truncated());
        }
        let mut r = Reader::new(bytes);
        let magic = r.u4()?;
        if magic != MAGIC {
            return Err(cf(format!("Incompatible magic value {magic}")));
        }
        let minor_version = r.u2()?;
        let major = r.u2()?;
        check_version(major, minor_version, options)?;
        let memo = CheckMemo::default();
        let (cp, module_tag) = ConstantPool::parse(&mut r, major, checks, &memo)?;

        r.need(8)?;
        let raw_flags = r.u2()?;
        let mut access_flags = raw_flags & RECOGNIZED_CLASS_FLAGS;
        if major >= 53 {
            access_flags |= raw_flags & ACC_MODULE;
        }
        if access_flags & ACC_INTERFACE != 0 && major < 50 {
            access_flags |= ACC_ABSTRACT;
        }
        let is_module = access_flags & ACC_MODULE != 0;
        // HotSpot refuses a module-info right here (a NoClassDefFoundError, the caller's to raise
        // from `is_module_info`) and checks nothing further, so the rest of one is read unchecked.
        let checks = if is_module {
            FormatChecks::Minimal
        } else {
            checks
        };
        let nv = checks.need_verify();
        if nv {
            format_check::check_class_modifiers(access_flags, major)?;
        }
        if let (Some(tag), false) = (module_tag, is_module) {
            return Err(cf(format!("Unknown constant tag {tag}")));
        }
        let is_interface = access_flags & ACC_INTERFACE != 0 && !is_module;

        let this_class = r.u2()?;
        let Ok(this_name) = cp.class_name(this_class) else {
            return Err(cf(format!(
                "Invalid this class index {this_class} in constant pool"
            )));
        };
        if nv && this_name.starts_with('[') {
            return Err(cf("Bad class name"));
        }

        let super_class = r.u2()?;
        if super_class == 0 {
            if this_name != "java/lang/Object" && !is_module {
                return Err(cf("Invalid superclass index 0"));
            }
        } else {
            let Ok(super_name) = cp.class_name(super_class) else {
                return Err(cf(format!("Invalid superclass index {super_class}")));
            };
            if nv && super_name.starts_with('[') {
                return Err(cf("Bad superclass name"));
            }
        }

        let interface_count = r.u2()? as usize;
        let mut interfaces = Vec::with_capacity(r.capacity_for(interface_count, 2));
        for _ in 0..interface_count {
            let index = r.u2()?;
            let Ok(name) = cp.class_name(index) else {
                return Err(cf(format!(
                    "Interface name has bad constant pool index {index}"
                )));
            };
            if name.starts_with('[') {
                return Err(cf("Bad interface name"));
            }
            interfaces.push(index);
        }
        if nv {
            let mut seen = HashSet::new();
            for &index in &interfaces {
                let name = cp.class_name(index)?;
                if !seen.insert(name) {
                    return Err(cf(format!("Duplicate interface name \"{name}\"")));
                }
            }
        }

        let base = Context::new(&cp, major, checks, AttributeContext::ClassFile, &memo);
        let fields = parse_fields(&mut r, base, is_interface)?;
        let methods = parse_methods(&mut r, base, is_interface)?;
        let attributes = parse_attributes(
            &mut r,
            Context {
                class_flags: access_flags,
                ..base
            },
        )?;
        let has_dynamic = cp
            .entries()
            .iter()
            .any(|e| matches!(e, Constant::Dynamic { .. } | Constant::InvokeDynamic { .. }));
        if has_dynamic
            && !attributes
                .iter()
                .any(|a| matches!(a, Attribute::BootstrapMethods(_)))
        {
            return Err(cf("Missing BootstrapMethods attribute"));
        }
        if !r.is_empty() {
            return Err(ClassFormatError::named(
                "Extra bytes at the end of class file ",
                "",
            ));
        }
        if nv && this_name == "java/lang/Object" && !interfaces.is_empty() {
            return Err(cf("java.lang.Object cannot implement an interface"));
        }
        if is_interface && super_class != 0 && cp.class_name(super_class)? != "java/lang/Object" {
            return Err(cf("Interfaces must have java.lang.Object as superclass"));
        }
        Ok(ClassFile {
            minor_version,
            major_version: major,
            constant_pool: cp,
            access_flags,
            this_class,
            super_class,
            interfaces,
            fields,
            methods,
            attributes,
        })
    }

    /// This class's name in internal form (`java/lang/String`).
    pub fn this_class_name(&self) -> &str {
        self.constant_pool.class_name(self.this_class).unwrap_or("")
    }

    /// The superclass's internal name, `None` for `java/lang/Object` and module-info.
    pub fn super_class_name(&self) -> Option<&str> {
        if self.super_class == 0 {
            return None;
        }
        self.constant_pool.class_name(self.super_class).ok()
    }

    pub fn interface_names(&self) -> impl Iterator<Item = &str> {
        self.interfaces
            .iter()
            .map(|&i| self.constant_pool.class_name(i).unwrap_or(""))
    }

    pub fn is_module_info(&self) -> bool {
        self.access_flags & ACC_MODULE != 0
    }

    /// The value of the `SourceFile` attribute.
    pub fn source_file(&self) -> Option<&str> {
        self.attributes.iter().find_map(|a| match a {
            Attribute::SourceFile { sourcefile_index } => {
                self.constant_pool.utf8(*sourcefile_index).ok()
            }
            _ => None,
        })
    }

    pub fn bootstrap_methods(&self) -> &[BootstrapMethod] {
        self.attributes
            .iter()
            .find_map(|a| match a {
                Attribute::BootstrapMethods(m) => Some(m.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }
}

fn check_version(major: u16, minor: u16, options: ParseOptions) -> Result<()> {
    let max = options.max_major_version;
    let ucve = ClassFormatError::unsupported_version_text;
    if major < MIN_MAJOR_VERSION {
        return Err(ucve(
            "",
            format!(
                " (class file version {major}.{minor}) was compiled with an invalid major version"
            ),
        ));
    }
    if major > max {
        return Err(ClassFormatError::unsupported_version(major, minor, max));
    }
    // From Java 12 (56) the minor version is 0, or 65535 for preview features of that very release.
    if major < 56 || minor == 0 {
        return Ok(());
    }
    if minor != PREVIEW_MINOR_VERSION {
        return Err(ucve(
            "",
            format!(" (class file version {major}.{minor}) was compiled with an invalid non-zero minor version"),
        ));
    }
    if options.any_preview_version {
        return Ok(());
    }
    if major != max {
        return Err(ucve(
            "",
            format!(
                " (class file version {major}.{minor}) was compiled with preview features that are unsupported. \
                 This version of the Java Runtime only recognizes preview features for class file version {max}.{PREVIEW_MINOR_VERSION}"
            ),
        ));
    }
    if !options.enable_preview {
        return Err(ucve(
            "Preview features are not enabled for ",
            format!(" (class file version {major}.{minor}). Try running with '--enable-preview'"),
        ));
    }
    Ok(())
}

/// `Ljava/lang/String;` as HotSpot prints signatures in duplicate-member messages: with dots.
fn external_signature(descriptor: &str) -> String {
    descriptor.replace('/', ".")
}

/// The position of the first member whose name and descriptor repeat an earlier member's. Equal
/// Utf8 entries are merged by hashing each entry's text once, so that thousands of members naming
/// one long string cost one hash of it, not thousands.
fn first_duplicate(cp: &ConstantPool, members: impl Iterator<Item = (u16, u16)>) -> Option<usize> {
    let mut by_text: HashMap<&str, u16> = HashMap::new();
    let mut canonical: HashMap<u16, u16> = HashMap::new();
    let mut canon = |index: u16| {
        *canonical
            .entry(index)
            .or_insert_with(|| *by_text.entry(cp.utf8(index).unwrap_or("")).or_insert(index))
    };
    let mut seen = HashSet::new();
    members.enumerate().find_map(|(i, (name, descriptor))| {
        (!seen.insert((canon(name), canon(descriptor)))).then_some(i)
    })
}

fn parse_fields(
    r: &mut Reader<'_>,
    base: Context<'_>,
    is_interface: bool,
) -> Result<Vec<FieldInfo>> {
    let cp = base.cp;
    let nv = base.checks.need_verify();
    r.need(2)?;
    let count = r.u2()? as usize;
    let mut fields = Vec::with_capacity(r.capacity_for(count, 8));
    for _ in 0..count {
        r.need(8)?;
        let access_flags = r.u2()? & RECOGNIZED_FIELD_FLAGS;
        if nv {
            format_check::check_field_modifiers(access_flags, is_interface, base.major)?;
        }
        let name_index = r.u2()?;
        let Ok(name) = cp.utf8(name_index) else {
            return Err(cf(format!(
                "Invalid constant pool index {name_index} for field name"
            )));
        };
        if base.checks.check_names() {
            base.memo.field_name(name_index, name)?;
        }
        let descriptor_index = r.u2()?;
        let Ok(descriptor) = cp.utf8(descriptor_index) else {
            return Err(cf(format!(
                "Invalid constant pool index {descriptor_index} for field signature"
            )));
        };
        if nv {
            base.memo
                .field_signature(descriptor_index, name, descriptor)?;
        }
        let ctx = Context {
            member_flags: access_flags,
            field_descriptor: descriptor,
            ..base.with(AttributeContext::Field)
        };
        let attributes = parse_attributes(r, ctx)?;
        fields.push(FieldInfo {
            access_flags,
            name_index,
            descriptor_index,
            attributes,
        });
    }
    if nv {
        let members = fields.iter().map(|f| (f.name_index, f.descriptor_index));
        if let Some(i) = first_duplicate(cp, members) {
            let (name, descriptor) = (fields[i].name(cp), fields[i].descriptor(cp));
            return Err(cf(format!(
                "Duplicate field name \"{name}\" with signature \"{}\"",
                external_signature(descriptor)
            )));
        }
    }
    Ok(fields)
}

fn parse_methods(
    r: &mut Reader<'_>,
    base: Context<'_>,
    is_interface: bool,
) -> Result<Vec<MethodInfo>> {
    let cp = base.cp;
    let major = base.major;
    let nv = base.checks.need_verify();
    r.need(2)?;
    let count = r.u2()? as usize;
    let mut methods = Vec::with_capacity(r.capacity_for(count, 8));
    for _ in 0..count {
        r.need(8)?;
        let mut flags = r.u2()?;
        let name_index = r.u2()?;
        let Ok(name) = cp.utf8(name_index) else {
            return Err(cf(format!(
                "Illegal constant pool index {name_index} for method name"
            )));
        };
        if base.checks.check_names() {
            base.memo.method_name(name_index, name)?;
        }
        let descriptor_index = r.u2()?;
        let Ok(descriptor) = cp.utf8(descriptor_index) else {
            return Err(cf(format!(
                "Illegal constant pool index {descriptor_index} for method signature"
            )));
        };
        if name == "<clinit>" {
            if major < 51 {
                flags = ACC_STATIC;
            } else if flags & ACC_STATIC != 0 {
                flags &= ACC_STATIC | if major <= 60 { ACC_STRICT } else { 0 };
            } else {
                return Err(cf("Method <clinit> is not static"));
            }
        } else if nv {
            format_check::check_method_modifiers(flags, name, is_interface, major)?;
        }
        if name == "<init>" && is_interface {
            return Err(ClassFormatError::named(
                "Interface cannot have a method named <init>, class file ",
                "",
            ));
        }
        let mut arg_slots = 0;
        if nv {
            arg_slots = base
                .memo
                .method_signature(descriptor_index, name, descriptor, major)?
                + usize::from(flags & ACC_STATIC == 0);
            if arg_slots > 255 {
                return Err(cf("Too many arguments in method signature"));
            }
        }
        let access_flags = flags & RECOGNIZED_METHOD_FLAGS;
        let ctx = Context {
            member_flags: access_flags,
            arg_slots,
            ..base.with(AttributeContext::Method)
        };
        let attributes = parse_attributes(r, ctx)?;
        let code = attributes.iter().find_map(|a| match a {
            Attribute::Code(code) => Some(code),
            _ => None,
        });
        if nv && code.is_none() && access_flags & (ACC_NATIVE | ACC_ABSTRACT) == 0 {
            return Err(cf(
                "Absent Code attribute in method that is not native or abstract",
            ));
        }
        if let Some(code) = code {
            check_local_variable_tables(code, ctx)?;
        }
        methods.push(MethodInfo {
            access_flags,
            name_index,
            descriptor_index,
            attributes,
        });
    }
    if nv {
        let members = methods.iter().map(|m| (m.name_index, m.descriptor_index));
        if let Some(i) = first_duplicate(cp, members) {
            let (name, descriptor) = (methods[i].name(cp), methods[i].descriptor(cp));
            return Err(cf(format!(
                "Duplicate method name \"{name}\" with signature \"{}\"",
                external_signature(descriptor)
            )));
        }
    }
    Ok(methods)
}
