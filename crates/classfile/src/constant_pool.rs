//! The constant pool (JVMS 4.4): all tags, the unusable slot after `Long`/`Double`, and the
//! cross-reference checks that make every later lookup by index safe.

use crate::error::{ClassFormatError, Result};
use crate::format_check::{CheckMemo, FormatChecks};
use crate::mutf8::{JavaStr, JavaString};
use crate::reader::Reader;

/// Constant-pool tags.
pub mod tag {
    pub const UTF8: u8 = 1;
    pub const INTEGER: u8 = 3;
    pub const FLOAT: u8 = 4;
    pub const LONG: u8 = 5;
    pub const DOUBLE: u8 = 6;
    pub const CLASS: u8 = 7;
    pub const STRING: u8 = 8;
    pub const FIELDREF: u8 = 9;
    pub const METHODREF: u8 = 10;
    pub const INTERFACE_METHODREF: u8 = 11;
    pub const NAME_AND_TYPE: u8 = 12;
    pub const METHOD_HANDLE: u8 = 15;
    pub const METHOD_TYPE: u8 = 16;
    pub const DYNAMIC: u8 = 17;
    pub const INVOKE_DYNAMIC: u8 = 18;
    pub const MODULE: u8 = 19;
    pub const PACKAGE: u8 = 20;
}

/// Method-handle reference kinds (JVMS 5.4.3.5).
pub mod ref_kind {
    pub const GET_FIELD: u8 = 1;
    pub const GET_STATIC: u8 = 2;
    pub const PUT_FIELD: u8 = 3;
    pub const PUT_STATIC: u8 = 4;
    pub const INVOKE_VIRTUAL: u8 = 5;
    pub const INVOKE_STATIC: u8 = 6;
    pub const INVOKE_SPECIAL: u8 = 7;
    pub const NEW_INVOKE_SPECIAL: u8 = 8;
    pub const INVOKE_INTERFACE: u8 = 9;

    /// javap's name for a reference kind.
    pub fn name(kind: u8) -> &'static str {
        match kind {
            GET_FIELD => "REF_getField",
            GET_STATIC => "REF_getStatic",
            PUT_FIELD => "REF_putField",
            PUT_STATIC => "REF_putStatic",
            INVOKE_VIRTUAL => "REF_invokeVirtual",
            INVOKE_STATIC => "REF_invokeStatic",
            INVOKE_SPECIAL => "REF_invokeSpecial",
            NEW_INVOKE_SPECIAL => "REF_newInvokeSpecial",
            INVOKE_INTERFACE => "REF_invokeInterface",
            _ => "REF_???",
        }
    }
}

/// One constant-pool entry. Indices are into the same pool and have been checked to point at
/// entries of the right kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// Index 0, and the slot following a `Long` or `Double`.
    Unusable,
    /// The entry's text is [`ConstantPool::java_str`]; this is where it lies in the pool's text.
    Utf8(TextRange),
    Integer(i32),
    Float(f32),
    Long(i64),
    Double(f64),
    Class {
        name_index: u16,
    },
    String {
        string_index: u16,
    },
    Fieldref {
        class_index: u16,
        name_and_type_index: u16,
    },
    Methodref {
        class_index: u16,
        name_and_type_index: u16,
    },
    InterfaceMethodref {
        class_index: u16,
        name_and_type_index: u16,
    },
    NameAndType {
        name_index: u16,
        descriptor_index: u16,
    },
    MethodHandle {
        reference_kind: u8,
        reference_index: u16,
    },
    MethodType {
        descriptor_index: u16,
    },
    Dynamic {
        bootstrap_method_attr_index: u16,
        name_and_type_index: u16,
    },
    InvokeDynamic {
        bootstrap_method_attr_index: u16,
        name_and_type_index: u16,
    },
    Module {
        name_index: u16,
    },
    Package {
        name_index: u16,
    },
}

impl Constant {
    pub fn tag(&self) -> u8 {
        match self {
            Constant::Unusable => 0,
            Constant::Utf8(_) => tag::UTF8,
            Constant::Integer(_) => tag::INTEGER,
            Constant::Float(_) => tag::FLOAT,
            Constant::Long(_) => tag::LONG,
            Constant::Double(_) => tag::DOUBLE,
            Constant::Class { .. } => tag::CLASS,
            Constant::String { .. } => tag::STRING,
            Constant::Fieldref { .. } => tag::FIELDREF,
            Constant::Methodref { .. } => tag::METHODREF,
            Constant::InterfaceMethodref { .. } => tag::INTERFACE_METHODREF,
            Constant::NameAndType { .. } => tag::NAME_AND_TYPE,
            Constant::MethodHandle { .. } => tag::METHOD_HANDLE,
            Constant::MethodType { .. } => tag::METHOD_TYPE,
            Constant::Dynamic { .. } => tag::DYNAMIC,
            Constant::InvokeDynamic { .. } => tag::INVOKE_DYNAMIC,
            Constant::Module { .. } => tag::MODULE,
            Constant::Package { .. } => tag::PACKAGE,
        }
    }

    /// javap's name for the entry's kind.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Constant::Unusable => "Unusable",
            Constant::Utf8(_) => "Utf8",
            Constant::Integer(_) => "Integer",
            Constant::Float(_) => "Float",
            Constant::Long(_) => "Long",
            Constant::Double(_) => "Double",
            Constant::Class { .. } => "Class",
            Constant::String { .. } => "String",
            Constant::Fieldref { .. } => "Fieldref",
            Constant::Methodref { .. } => "Methodref",
            Constant::InterfaceMethodref { .. } => "InterfaceMethodref",
            Constant::NameAndType { .. } => "NameAndType",
            Constant::MethodHandle { .. } => "MethodHandle",
            Constant::MethodType { .. } => "MethodType",
            Constant::Dynamic { .. } => "Dynamic",
            Constant::InvokeDynamic { .. } => "InvokeDynamic",
            Constant::Module { .. } => "Module",
            Constant::Package { .. } => "Package",
        }
    }
}

/// A member reference resolved to its symbolic parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberRef<'a> {
    pub class_name: &'a str,
    pub name: &'a str,
    pub descriptor: &'a str,
}

/// Where a Utf8 entry's text lies in its pool's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextRange {
    start: u32,
    end: u32,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstantPool {
    entries: Vec<Constant>,
    /// The text of every Utf8 entry, back to back: one allocation for the pool, not one per entry.
    text: String,
    /// The exact UTF-16 units of Utf8 entries with unpaired surrogates (rare), by text range.
    exact_utf16: Vec<(TextRange, Box<[u16]>)>,
}

/// Class-file major versions at which constant kinds appeared.
const JAVA_7: u16 = 51;
const JAVA_9: u16 = 53;
const JAVA_11: u16 = 55;

impl ConstantPool {
    /// Reads `constant_pool_count` and the entries (HotSpot's loop A), then checks cross-references
    /// (loop B) and names and descriptors (loop C). A Module or Package tag (legal only in module-info)
    /// is returned rather than rejected: HotSpot reports it only after the class's access flags, and
    /// skips loops B and C for such a pool.
    ///
    /// Like HotSpot, each entry checks that its bytes and the next entry's tag byte (or, after the
    /// last entry, the first byte of the access flags) are there before it is checked.
    pub(crate) fn parse(
        r: &mut Reader<'_>,
        major: u16,
        checks: FormatChecks,
        memo: &CheckMemo,
    ) -> Result<(Self, Option<u8>)> {
        r.need(3)?;
        let count = r.u2()? as usize;
        if count == 0 {
            return Err(ClassFormatError::in_class_file(format!(
                "Illegal constant pool size {count}"
            )));
        }
        let mut entries = Vec::with_capacity(r.capacity_for(count, 3));
        entries.push(Constant::Unusable);
        // Utf8 texts, back to back; every piece is valid UTF-8, checked once for the whole pool.
        let mut text: Vec<u8> = Vec::with_capacity(r.remaining() / 2);
        let mut exact_utf16 = Vec::new();
        let lenient_overlong = major <= 47;
        let mut module_tag = None;
        while entries.len() < count {
            let index = entries.len();
            let tag = r.u1()?;
            let entry = match tag {
                tag::UTF8 => {
                    r.need(2)?;
                    let len = r.u2()? as usize;
                    r.need(len + 1)?;
                    let bytes = r.bytes(len)?;
                    let start = text.len() as u32;
                    // Plain ASCII (no NUL) is the same in every encoding; the rest is decoded.
                    if bytes.iter().all(|&b| (1..0x80).contains(&b)) {
                        text.extend_from_slice(bytes);
                    } else {
                        let decoded = match JavaString::decode(bytes, lenient_overlong) {
                            Ok(decoded) => decoded,
                            Err(_) if checks.need_verify() => {
                                return Err(ClassFormatError::in_class_file(
                                    "Illegal UTF8 string in constant pool",
                                ))
                            }
                            // Unchecked classes keep what decodes; the rest reads as
                            // replacement characters.
                            Err(_) => JavaString::from_utf16(
                                &String::from_utf8_lossy(bytes)
                                    .encode_utf16()
                                    .collect::<Vec<_>>(),
                            ),
                        };
                        let (lossy, exact) = decoded.into_parts();
                        text.extend_from_slice(lossy.as_bytes());
                        if let Some(units) = exact {
                            let range = TextRange {
                                start,
                                end: text.len() as u32,
                            };
                            exact_utf16.push((range, units));
                        }
                    }
                    Constant::Utf8(TextRange {
                        start,
                        end: text.len() as u32,
                    })
                }
                tag::INTEGER => {
                    r.need(5)?;
                    Constant::Integer(r.i4()?)
                }
                tag::FLOAT => {
                    r.need(5)?;
                    Constant::Float(f32::from_bits(r.u4()?))
                }
                tag::LONG | tag::DOUBLE => {
                    if index + 1 >= count {
                        return Err(ClassFormatError::in_class_file(format!(
                            "Invalid constant pool entry {index}"
                        )));
                    }
                    r.need(9)?;
                    let bits = r.u8()?;
                    entries.push(if tag == tag::LONG {
                        Constant::Long(bits as i64)
                    } else {
                        Constant::Double(f64::from_bits(bits))
                    });
                    entries.push(Constant::Unusable);
                    continue;
                }
                tag::CLASS => {
                    r.need(3)?;
                    Constant::Class {
                        name_index: r.u2()?,
                    }
                }
                tag::STRING => {
                    r.need(3)?;
                    Constant::String {
                        string_index: r.u2()?,
                    }
                }
                tag::FIELDREF | tag::METHODREF | tag::INTERFACE_METHODREF | tag::NAME_AND_TYPE => {
                    r.need(5)?;
                    let (first, second) = (r.u2()?, r.u2()?);
                    match tag {
                        tag::FIELDREF => Constant::Fieldref {
                            class_index: first,
                            name_and_type_index: second,
                        },
                        tag::METHODREF => Constant::Methodref {
                            class_index: first,
                            name_and_type_index: second,
                        },
                        tag::INTERFACE_METHODREF => Constant::InterfaceMethodref {
                            class_index: first,
                            name_and_type_index: second,
                        },
                        _ => Constant::NameAndType {
                            name_index: first,
                            descriptor_index: second,
                        },
                    }
                }
                tag::METHOD_HANDLE | tag::METHOD_TYPE | tag::INVOKE_DYNAMIC | tag::DYNAMIC => {
                    let since = if tag == tag::DYNAMIC { JAVA_11 } else { JAVA_7 };
                    if major < since {
                        return Err(ClassFormatError::in_class_file(format!(
                            "Class file version does not support constant tag {tag}"
                        )));
                    }
                    r.need(match tag {
                        tag::METHOD_HANDLE => 4,
                        tag::METHOD_TYPE => 3,
                        _ => 5,
                    })?;
                    match tag {
                        tag::METHOD_HANDLE => Constant::MethodHandle {
                            reference_kind: r.u1()?,
                            reference_index: r.u2()?,
                        },
                        tag::METHOD_TYPE => Constant::MethodType {
                            descriptor_index: r.u2()?,
                        },
                        tag::DYNAMIC => Constant::Dynamic {
                            bootstrap_method_attr_index: r.u2()?,
                            name_and_type_index: r.u2()?,
                        },
                        _ => Constant::InvokeDynamic {
                            bootstrap_method_attr_index: r.u2()?,
                            name_and_type_index: r.u2()?,
                        },
                    }
                }
                tag::MODULE | tag::PACKAGE if major >= JAVA_9 => {
                    r.need(3)?;
                    module_tag.get_or_insert(tag);
                    let name_index = r.u2()?;
                    if tag == tag::MODULE {
                        Constant::Module { name_index }
                    } else {
                        Constant::Package { name_index }
                    }
                }
                _ => {
                    return Err(ClassFormatError::in_class_file(format!(
                        "Unknown constant tag {tag}"
                    )))
                }
            };
            entries.push(entry);
        }
        let text = String::from_utf8(text)
            .map_err(|_| ClassFormatError::in_class_file("Illegal UTF8 string in constant pool"))?;
        let pool = ConstantPool {
            entries,
            text,
            exact_utf16,
        };
        if module_tag.is_some() {
            return Ok((pool, module_tag));
        }
        pool.check_references(major, checks.need_verify())?;
        if checks.need_verify() {
            pool.check_names_and_descriptors(major, checks, memo)?;
        }
        Ok((pool, module_tag))
    }

    /// Loop B: every index stored in an entry names an entry of the kind JVMS 4.4 requires. The
    /// message names the bad referenced index. Only a bad method-handle kind is always checked.
    fn check_references(&self, major: u16, need_verify: bool) -> Result<()> {
        let bad = |index: u16| {
            Err(ClassFormatError::in_class_file(format!(
                "Invalid constant pool index {index}"
            )))
        };
        for (index, entry) in self.entries.iter().enumerate() {
            match *entry {
                Constant::MethodHandle {
                    reference_kind,
                    reference_index,
                } => {
                    if need_verify && !self.in_range(reference_index) {
                        return bad(reference_index);
                    }
                    let target = self
                        .entries
                        .get(reference_index as usize)
                        .map(Constant::tag);
                    let (ok, what) = match reference_kind {
                        ref_kind::GET_FIELD..=ref_kind::PUT_STATIC => {
                            (target == Some(tag::FIELDREF), "(not a field)")
                        }
                        ref_kind::INVOKE_VIRTUAL | ref_kind::NEW_INVOKE_SPECIAL => {
                            (target == Some(tag::METHODREF), "(not a method)")
                        }
                        ref_kind::INVOKE_STATIC | ref_kind::INVOKE_SPECIAL => (
                            target == Some(tag::METHODREF)
                                || (major >= 52 && target == Some(tag::INTERFACE_METHODREF)),
                            "(not a method)",
                        ),
                        ref_kind::INVOKE_INTERFACE => (
                            target == Some(tag::INTERFACE_METHODREF),
                            "(not an interface method)",
                        ),
                        _ => {
                            return Err(ClassFormatError::in_class_file(format!(
                                "Bad method handle kind at constant pool index {index}"
                            )))
                        }
                    };
                    if need_verify && !ok {
                        return Err(ClassFormatError::named(
                            format!("Invalid constant pool index {reference_index} in class file "),
                            format!(" {what}"),
                        ));
                    }
                }
                _ if !need_verify => {}
                Constant::Class { name_index: i }
                | Constant::Module { name_index: i }
                | Constant::Package { name_index: i }
                | Constant::String { string_index: i }
                | Constant::MethodType {
                    descriptor_index: i,
                } if !self.is(i, tag::UTF8) => return bad(i),
                Constant::NameAndType {
                    name_index,
                    descriptor_index,
                } => {
                    for i in [name_index, descriptor_index] {
                        if !self.is(i, tag::UTF8) {
                            return bad(i);
                        }
                    }
                }
                Constant::Fieldref {
                    class_index,
                    name_and_type_index,
                }
                | Constant::Methodref {
                    class_index,
                    name_and_type_index,
                }
                | Constant::InterfaceMethodref {
                    class_index,
                    name_and_type_index,
                } => {
                    if !self.is(class_index, tag::CLASS) {
                        return bad(class_index);
                    }
                    if !self.is(name_and_type_index, tag::NAME_AND_TYPE) {
                        return bad(name_and_type_index);
                    }
                }
                Constant::Dynamic {
                    name_and_type_index,
                    ..
                }
                | Constant::InvokeDynamic {
                    name_and_type_index,
                    ..
                } if !self.is(name_and_type_index, tag::NAME_AND_TYPE) => {
                    return bad(name_and_type_index)
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Loop C: class names, member names and descriptors are legal for where they are used.
    fn check_names_and_descriptors(
        &self,
        major: u16,
        checks: FormatChecks,
        memo: &CheckMemo,
    ) -> Result<()> {
        for entry in &self.entries {
            match *entry {
                Constant::Class { name_index } if checks.check_names() => {
                    memo.class_name(name_index, self.utf8(name_index)?)?;
                }
                Constant::NameAndType {
                    name_index,
                    descriptor_index,
                } => {
                    for i in [descriptor_index, name_index] {
                        if self.utf8(i)?.is_empty() {
                            return Err(ClassFormatError::named(
                                format!("Illegal zero length constant pool entry at {i} in class "),
                                "",
                            ));
                        }
                    }
                    let (name, descriptor) = (self.utf8(name_index)?, self.utf8(descriptor_index)?);
                    if descriptor.starts_with('(') {
                        if checks.check_names() {
                            memo.method_name(name_index, name)?;
                        }
                        memo.method_signature(descriptor_index, name, descriptor, major)?;
                    } else {
                        if checks.check_names() {
                            memo.field_name(name_index, name)?;
                        }
                        memo.field_signature(descriptor_index, name, descriptor)?;
                    }
                }
                Constant::Dynamic {
                    name_and_type_index,
                    ..
                } => {
                    let (name, descriptor) = self.name_and_type(name_and_type_index)?;
                    if descriptor.starts_with('(') {
                        return Err(ClassFormatError::named(
                            format!("CONSTANT_Dynamic \"{name}\" in class "),
                            format!(" has illegal signature \"{descriptor}\""),
                        ));
                    }
                }
                Constant::Fieldref {
                    name_and_type_index,
                    ..
                } => {
                    let (name, descriptor) = self.name_and_type(name_and_type_index)?;
                    if descriptor.starts_with('(') {
                        return Err(ClassFormatError::named(
                            format!("Field \"{name}\" in class "),
                            format!(" has illegal signature \"{descriptor}\""),
                        ));
                    }
                }
                Constant::Methodref {
                    name_and_type_index,
                    ..
                }
                | Constant::InterfaceMethodref {
                    name_and_type_index,
                    ..
                }
                | Constant::InvokeDynamic {
                    name_and_type_index,
                    ..
                } => {
                    let (name, descriptor) = self.name_and_type(name_and_type_index)?;
                    if !descriptor.starts_with('(') {
                        return Err(ClassFormatError::named(
                            format!("Method \"{name}\" in class "),
                            format!(" has illegal signature \"{descriptor}\""),
                        ));
                    }
                    if matches!(entry, Constant::Methodref { .. })
                        && name.starts_with('<')
                        && name != "<init>"
                    {
                        return Err(self.bad_method_name(name_and_type_index, "method"));
                    }
                }
                Constant::MethodHandle {
                    reference_kind,
                    reference_index,
                } => {
                    let name = self.member_ref(reference_index)?.name;
                    let name_index = self.member_name_index(reference_index);
                    if reference_kind == ref_kind::NEW_INVOKE_SPECIAL {
                        if name != "<init>" {
                            return Err(ClassFormatError::in_class_file(format!(
                                "Bad constructor name at constant pool index {name_index}"
                            )));
                        }
                    } else if (ref_kind::INVOKE_VIRTUAL..=ref_kind::INVOKE_SPECIAL)
                        .contains(&reference_kind)
                        && name == "<init>"
                    {
                        return Err(ClassFormatError::in_class_file(format!(
                            "Bad method name at constant pool index {name_index}"
                        )));
                    }
                }
                Constant::MethodType { descriptor_index } => {
                    memo.method_signature(
                        descriptor_index,
                        "type",
                        self.utf8(descriptor_index)?,
                        major,
                    )?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn bad_method_name(&self, name_and_type_index: u16, what: &str) -> ClassFormatError {
        let name_index = match self.entries.get(name_and_type_index as usize) {
            Some(&Constant::NameAndType { name_index, .. }) => name_index,
            _ => 0,
        };
        ClassFormatError::in_class_file(format!(
            "Bad {what} name at constant pool index {name_index}"
        ))
    }

    /// The Utf8 index of a member reference's name.
    fn member_name_index(&self, member_ref: u16) -> u16 {
        match self.entries.get(member_ref as usize) {
            Some(&Constant::Fieldref {
                name_and_type_index,
                ..
            })
            | Some(&Constant::Methodref {
                name_and_type_index,
                ..
            })
            | Some(&Constant::InterfaceMethodref {
                name_and_type_index,
                ..
            }) => match self.entries.get(name_and_type_index as usize) {
                Some(&Constant::NameAndType { name_index, .. }) => name_index,
                _ => 0,
            },
            _ => 0,
        }
    }

    fn in_range(&self, index: u16) -> bool {
        index > 0 && (index as usize) < self.entries.len()
    }

    fn is(&self, index: u16, tag: u8) -> bool {
        self.entries
            .get(index as usize)
            .is_some_and(|e| e.tag() == tag)
    }

    /// `constant_pool_count`: one more than the highest index.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.len() <= 1
    }

    /// Every slot, index 0 included, in order.
    pub fn entries(&self) -> &[Constant] {
        &self.entries
    }

    pub fn get(&self, index: u16) -> Result<&Constant> {
        match self.entries.get(index as usize) {
            Some(Constant::Unusable) | None => Err(bad_index(index)),
            Some(c) => Ok(c),
        }
    }

    /// True when `index` names an entry with `tag`.
    pub fn has(&self, index: u16, tag: u8) -> bool {
        self.is(index, tag)
    }

    pub fn utf8(&self, index: u16) -> Result<&str> {
        match self.entries.get(index as usize) {
            Some(Constant::Utf8(range)) => Ok(self.text_of(*range)),
            _ => Err(bad_index(index)),
        }
    }

    pub fn java_str(&self, index: u16) -> Result<JavaStr<'_>> {
        match self.entries.get(index as usize) {
            Some(Constant::Utf8(range)) => Ok(self.text(*range)),
            _ => Err(bad_index(index)),
        }
    }

    /// The text of a Utf8 entry of this pool.
    pub fn text(&self, range: TextRange) -> JavaStr<'_> {
        // Only entries with unpaired surrogates (never empty) have exact units.
        let exact = self
            .exact_utf16
            .iter()
            .find(|(r, _)| *r == range)
            .map(|(_, units)| &**units);
        JavaStr::new(self.text_of(range), exact)
    }

    fn text_of(&self, range: TextRange) -> &str {
        self.text
            .get(range.start as usize..range.end as usize)
            .unwrap_or_default()
    }

    /// The name of a `CONSTANT_Class` entry (internal form, or an array descriptor).
    pub fn class_name(&self, index: u16) -> Result<&str> {
        match self.entries.get(index as usize) {
            Some(&Constant::Class { name_index }) => self.utf8(name_index),
            _ => Err(bad_index(index)),
        }
    }

    /// The name of a `CONSTANT_Module` or `CONSTANT_Package` entry.
    pub fn module_or_package_name(&self, index: u16) -> Result<&str> {
        match self.entries.get(index as usize) {
            Some(&Constant::Module { name_index }) | Some(&Constant::Package { name_index }) => {
                self.utf8(name_index)
            }
            _ => Err(bad_index(index)),
        }
    }

    /// `(name, descriptor)` of a `CONSTANT_NameAndType` entry.
    pub fn name_and_type(&self, index: u16) -> Result<(&str, &str)> {
        match self.entries.get(index as usize) {
            Some(&Constant::NameAndType {
                name_index,
                descriptor_index,
            }) => Ok((self.utf8(name_index)?, self.utf8(descriptor_index)?)),
            _ => Err(bad_index(index)),
        }
    }

    /// The parts of a Fieldref, Methodref or InterfaceMethodref.
    pub fn member_ref(&self, index: u16) -> Result<MemberRef<'_>> {
        match self.entries.get(index as usize) {
            Some(&Constant::Fieldref {
                class_index,
                name_and_type_index,
            })
            | Some(&Constant::Methodref {
                class_index,
                name_and_type_index,
            })
            | Some(&Constant::InterfaceMethodref {
                class_index,
                name_and_type_index,
            }) => {
                let (name, descriptor) = self.name_and_type(name_and_type_index)?;
                Ok(MemberRef {
                    class_name: self.class_name(class_index)?,
                    name,
                    descriptor,
                })
            }
            _ => Err(bad_index(index)),
        }
    }
}

fn bad_index(index: u16) -> ClassFormatError {
    ClassFormatError::in_class_file(format!("Invalid constant pool index {index}"))
}
