//! The constant pool as javap shows it: the `Constant pool:` listing of `-v`, and the text of an
//! entry in comments (`// Method java/lang/Object."<init>":()V`).

use super::floating::{double_to_string, float_to_string};
use super::printer::Printer;
use super::text::{check_name, escape_utf8, plain};
use rjava_classfile::constant_pool::ref_kind;
use rjava_classfile::{Constant, ConstantPool};
use std::borrow::Cow;

/// Shown for an index that does not name a usable entry of the right kind.
pub const BAD: &str = "??";

/// References followed when describing one entry; deeper chains only arise in malformed pools.
const MAX_DEPTH: u32 = 4;

#[derive(Clone, Copy)]
pub(crate) struct Pool<'a> {
    pub cp: &'a ConstantPool,
    pub this_class: u16,
}

impl<'a> Pool<'a> {
    fn entry(&self, index: u16) -> Option<&'a Constant> {
        match self.cp.entries().get(index as usize) {
            Some(Constant::Unusable) | None => None,
            some => some,
        }
    }

    /// A Utf8 entry's text as stored (no escapes), if the index names one.
    pub fn utf8(&self, index: u16) -> Option<&'a str> {
        self.cp.utf8(index).ok()
    }

    /// A Utf8 entry's text, or `??`.
    pub fn utf8_or_bad(&self, index: u16) -> &'a str {
        self.utf8(index).unwrap_or(BAD)
    }

    /// A Utf8 entry's text for display, unescaped (unpaired surrogates as `?`), or `??`.
    pub fn text(&self, index: u16) -> Cow<'a, str> {
        match self.cp.java_str(index) {
            Ok(s) if s.has_unpaired_surrogates() => Cow::Owned(plain(s)),
            Ok(s) => Cow::Borrowed(s.as_str()),
            Err(_) => Cow::Borrowed(BAD),
        }
    }

    /// The name of a Class entry, if the index names one.
    pub fn class_name(&self, index: u16) -> Option<&'a str> {
        self.cp.class_name(index).ok()
    }

    /// javap's `stringValue(index)`: an entry's value without its kind.
    pub fn string_value(&self, index: u16) -> String {
        self.value_at(index, 0)
    }

    fn value_at(&self, index: u16, depth: u32) -> String {
        match self.entry(index) {
            Some(c) if depth <= MAX_DEPTH => self.value(c, depth),
            _ => BAD.to_owned(),
        }
    }

    fn value(&self, c: &Constant, depth: u32) -> String {
        match c {
            Constant::Unusable => BAD.to_owned(),
            Constant::Utf8(range) => escape_utf8(self.cp.text(*range)),
            Constant::Integer(i) => i.to_string(),
            Constant::Float(f) => format!("{}f", float_to_string(*f)),
            Constant::Long(l) => format!("{l}l"),
            Constant::Double(d) => format!("{}d", double_to_string(*d)),
            Constant::Class { name_index } => self.checked_name(*name_index),
            Constant::String { string_index } => match self.cp.java_str(*string_index) {
                Ok(s) => escape_utf8(s),
                Err(_) => BAD.to_owned(),
            },
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
                let class = match self.class_name(*class_index) {
                    Some(name) => check_name(name),
                    None => BAD.to_owned(),
                };
                format!("{class}.{}", self.name_and_type(*name_and_type_index))
            }
            Constant::NameAndType {
                name_index,
                descriptor_index,
            } => format!(
                "{}:{}",
                self.checked_name(*name_index),
                self.utf8_or_bad(*descriptor_index)
            ),
            Constant::MethodHandle {
                reference_kind,
                reference_index,
            } => format!(
                "{} {}",
                ref_kind::name(*reference_kind),
                self.value_at(*reference_index, depth + 1)
            ),
            Constant::MethodType { descriptor_index } => {
                self.utf8_or_bad(*descriptor_index).to_owned()
            }
            Constant::Dynamic {
                bootstrap_method_attr_index,
                name_and_type_index,
            }
            | Constant::InvokeDynamic {
                bootstrap_method_attr_index,
                name_and_type_index,
            } => format!(
                "#{bootstrap_method_attr_index}:{}",
                self.name_and_type(*name_and_type_index)
            ),
            Constant::Module { name_index } | Constant::Package { name_index } => {
                self.checked_name(*name_index)
            }
        }
    }

    fn checked_name(&self, utf8_index: u16) -> String {
        match self.utf8(utf8_index) {
            Some(name) => check_name(name),
            None => BAD.to_owned(),
        }
    }

    fn name_and_type(&self, index: u16) -> String {
        match self.entry(index) {
            Some(c @ Constant::NameAndType { .. }) => self.value(c, MAX_DEPTH),
            _ => BAD.to_owned(),
        }
    }

    /// javap's `ConstantWriter.write(index)`: the entry's kind and value, with members of this
    /// class shown without the class name (`Method get:(I)V`).
    pub fn describe(&self, index: u16) -> String {
        if index == 0 {
            return "#0".to_owned();
        }
        let Some(c) = self.entry(index) else {
            return BAD.to_owned();
        };
        let tag = tag_name(c);
        match c {
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
            } if *class_index == self.this_class => {
                format!("{tag} {}", self.name_and_type(*name_and_type_index))
            }
            _ => format!("{tag} {}", self.value(c, 0)),
        }
    }

    /// The `Constant pool:` section of `-v`.
    pub fn print_pool(&self, p: &mut Printer<'_>) {
        p.println("Constant pool:");
        p.indent();
        let entries = self.cp.entries();
        let width = entries.len().to_string().len() + 1;
        let mut line = String::with_capacity(128);
        for (index, c) in entries.iter().enumerate().skip(1) {
            if matches!(c, Constant::Unusable) {
                continue;
            }
            line.clear();
            let number = format!("#{index}");
            for _ in number.len()..width {
                line.push(' ');
            }
            line.push_str(&number);
            line.push_str(" = ");
            line.push_str(&format!("{:<18} ", c.kind_name()));
            p.print(&line);
            let (operands, prefix) = match *c {
                Constant::Class { name_index: i }
                | Constant::Module { name_index: i }
                | Constant::Package { name_index: i }
                | Constant::String { string_index: i } => (format!("#{i}"), "// "),
                Constant::MethodType { descriptor_index } => {
                    (format!("#{descriptor_index}"), "//  ")
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
                } => (format!("#{class_index}.#{name_and_type_index}"), "// "),
                Constant::NameAndType {
                    name_index,
                    descriptor_index,
                } => (format!("#{name_index}:#{descriptor_index}"), "// "),
                Constant::MethodHandle {
                    reference_kind,
                    reference_index,
                } => (format!("{reference_kind}:#{reference_index}"), "// "),
                Constant::Dynamic {
                    bootstrap_method_attr_index,
                    name_and_type_index,
                }
                | Constant::InvokeDynamic {
                    bootstrap_method_attr_index,
                    name_and_type_index,
                } => (
                    format!("#{bootstrap_method_attr_index}:#{name_and_type_index}"),
                    "// ",
                ),
                Constant::Utf8(_)
                | Constant::Integer(_)
                | Constant::Float(_)
                | Constant::Long(_)
                | Constant::Double(_)
                | Constant::Unusable => {
                    p.println(&self.value(c, 0));
                    continue;
                }
            };
            p.print(&operands);
            p.tab();
            p.print(prefix);
            p.println(&self.value(c, 0));
        }
        p.outdent();
    }
}

/// javap's `tagName`: the kind of an entry as its comments name it.
pub fn tag_name(c: &Constant) -> &'static str {
    match c {
        Constant::Utf8(_) => "Utf8",
        Constant::Integer(_) => "int",
        Constant::Float(_) => "float",
        Constant::Long(_) => "long",
        Constant::Double(_) => "double",
        Constant::Class { .. } => "class",
        Constant::String { .. } => "String",
        Constant::Fieldref { .. } => "Field",
        Constant::Methodref { .. } => "Method",
        Constant::InterfaceMethodref { .. } => "InterfaceMethod",
        Constant::NameAndType { .. } => "NameAndType",
        Constant::MethodHandle { .. } => "MethodHandle",
        Constant::MethodType { .. } => "MethodType",
        Constant::Dynamic { .. } => "Dynamic",
        Constant::InvokeDynamic { .. } => "InvokeDynamic",
        Constant::Module { .. } => "Module",
        Constant::Package { .. } => "Package",
        Constant::Unusable => "(unknown tag 0)",
    }
}
