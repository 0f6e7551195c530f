//! HotSpot's legality checks for names, descriptors and modifiers (JVMS 4.2, 4.3, 4.1, 4.5, 4.6),
//! each failing with the exact `ClassFormatError` text HotSpot 17 gives.

use crate::access::*;
use crate::descriptor::MAX_ARRAY_DIMENSIONS;
use crate::error::{ClassFormatError, Result};
use std::cell::RefCell;
use std::collections::HashMap;

/// How strictly a class is format-checked, mirroring HotSpot's `_need_verify` / `_relax_verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatChecks {
    /// Application classes: every check (HotSpot's BytecodeVerificationRemote default).
    Full,
    /// Platform-loader classes: all but the legal-name checks.
    RelaxedNames,
    /// Boot-loader classes: only the checks HotSpot always makes.
    Minimal,
}

impl FormatChecks {
    pub(crate) fn need_verify(self) -> bool {
        self != FormatChecks::Minimal
    }

    pub(crate) fn check_names(self) -> bool {
        self == FormatChecks::Full
    }
}

/// The name and descriptor checks one class has passed, by constant-pool index of the checked
/// string. Each check is a function of that string alone (and of the class-file version, fixed for
/// the class), so a string named from thousands of places (constant-pool entries, fields, methods,
/// local variables, record components) is scanned once, keeping the parse linear in the size of the
/// class file. Only successes are kept: a failing check ends the parse with its own message.
#[derive(Default)]
pub(crate) struct CheckMemo {
    passed: RefCell<HashMap<(Check, u16), usize>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Check {
    ClassName,
    FieldName,
    MethodName,
    FieldSignature,
    /// A method descriptor also depends on whether the method is named `<clinit>`, or `<...>`.
    MethodSignature {
        clinit: bool,
        special: bool,
    },
}

impl CheckMemo {
    fn once(&self, check: Check, index: u16, run: impl FnOnce() -> Result<usize>) -> Result<usize> {
        let key = (check, index);
        if let Some(&value) = self.passed.borrow().get(&key) {
            return Ok(value);
        }
        let value = run()?;
        self.passed.borrow_mut().insert(key, value);
        Ok(value)
    }

    /// [`check_class_name`] of the Utf8 entry at `index`.
    pub(crate) fn class_name(&self, index: u16, name: &str) -> Result<()> {
        self.once(Check::ClassName, index, || {
            check_class_name(name).map(|()| 0)
        })?;
        Ok(())
    }

    /// [`check_field_name`] of the Utf8 entry at `index`.
    pub(crate) fn field_name(&self, index: u16, name: &str) -> Result<()> {
        self.once(Check::FieldName, index, || {
            check_field_name(name).map(|()| 0)
        })?;
        Ok(())
    }

    /// [`check_method_name`] of the Utf8 entry at `index`.
    pub(crate) fn method_name(&self, index: u16, name: &str) -> Result<()> {
        self.once(Check::MethodName, index, || {
            check_method_name(name).map(|()| 0)
        })?;
        Ok(())
    }

    /// [`check_field_signature`] of the Utf8 entry at `sig_index` (`name` is only for the message).
    pub(crate) fn field_signature(&self, sig_index: u16, name: &str, sig: &str) -> Result<()> {
        self.once(Check::FieldSignature, sig_index, || {
            check_field_signature(name, sig).map(|()| 0)
        })?;
        Ok(())
    }

    /// [`check_method_signature`] of the Utf8 entry at `sig_index`.
    pub(crate) fn method_signature(
        &self,
        sig_index: u16,
        name: &str,
        sig: &str,
        major: u16,
    ) -> Result<usize> {
        let check = Check::MethodSignature {
            clinit: name == "<clinit>",
            special: name.starts_with('<'),
        };
        self.once(check, sig_index, || {
            check_method_signature(name, sig, major)
        })
    }
}

/// An unqualified name (JVMS 4.2.2); `/` separates parts of class names; `<`/`>` only matter for methods.
fn is_unqualified(name: &str, is_class: bool, is_method: bool) -> bool {
    if name.is_empty() {
        return false;
    }
    if is_class && (name.starts_with('/') || name.ends_with('/') || name.contains("//")) {
        return false;
    }
    !name.chars().any(|c| match c {
        '.' | ';' | '[' => true,
        '/' => !is_class,
        '<' | '>' => is_method,
        _ => false,
    })
}

pub(crate) fn check_class_name(name: &str) -> Result<()> {
    let legal = if name.starts_with('[') {
        // An array class: a field descriptor, whose own errors take precedence.
        skip_field_signature(name)? == Some(name.len())
    } else {
        is_unqualified(name, true, false)
    };
    if !legal {
        return Err(ClassFormatError::in_class_file(format!(
            "Illegal class name \"{name}\""
        )));
    }
    Ok(())
}

pub(crate) fn check_field_name(name: &str) -> Result<()> {
    if !is_unqualified(name, false, false) {
        return Err(ClassFormatError::named(
            format!("Illegal field name \"{name}\" in class "),
            "",
        ));
    }
    Ok(())
}

pub(crate) fn check_method_name(name: &str) -> Result<()> {
    let legal = if name.starts_with('<') {
        name == "<init>" || name == "<clinit>"
    } else {
        is_unqualified(name, false, true)
    };
    if !legal {
        return Err(ClassFormatError::named(
            format!("Illegal method name \"{name}\" in class "),
            "",
        ));
    }
    Ok(())
}

/// Scans one field type at the start of `sig`: `Some(length)` if there is one, `None` if not, or
/// HotSpot's error for an empty/illegal class name or too many array dimensions.
fn skip_field_signature(sig: &str) -> Result<Option<usize>> {
    let bytes = sig.as_bytes();
    let mut i = 0;
    loop {
        match bytes.get(i) {
            Some(b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z') => return Ok(Some(i + 1)),
            Some(b'L') => {
                let Some(end) = sig[i + 1..].find(';') else {
                    return Ok(None);
                };
                let class = &sig[i + 1..i + 1 + end];
                if !is_unqualified(class, true, false) {
                    return Err(ClassFormatError::in_class_file(
                        "Class name is empty or contains illegal character in descriptor",
                    ));
                }
                return Ok(Some(i + 1 + end + 1));
            }
            Some(b'[') => {
                i += 1;
                if i > MAX_ARRAY_DIMENSIONS {
                    return Err(ClassFormatError::in_class_file(
                        "Array type descriptor has more than 255 dimensions",
                    ));
                }
            }
            _ => return Ok(None),
        }
    }
}

pub(crate) fn check_field_signature(name: &str, sig: &str) -> Result<()> {
    if skip_field_signature(sig)? != Some(sig.len()) {
        return Err(ClassFormatError::named(
            format!("Field \"{name}\" in class "),
            format!(" has illegal signature \"{sig}\""),
        ));
    }
    Ok(())
}

/// Checks a method descriptor; returns the argument slots (long/double count two).
pub(crate) fn check_method_signature(name: &str, sig: &str, major: u16) -> Result<usize> {
    let illegal = || {
        ClassFormatError::named(
            format!("Method \"{name}\" in class "),
            format!(" has illegal signature \"{sig}\""),
        )
    };
    if name == "<clinit>" && major >= 51 && sig != "()V" {
        return Err(illegal());
    }
    let Some(mut rest) = sig.strip_prefix('(') else {
        return Err(illegal());
    };
    let mut slots = 0;
    while !rest.starts_with(')') {
        let Some(len) = skip_field_signature(rest)? else {
            return Err(illegal());
        };
        slots += if rest.starts_with(['J', 'D']) { 2 } else { 1 };
        rest = &rest[len..];
    }
    let ret = &rest[1..];
    let ret_ok = if name.starts_with('<') {
        ret == "V"
    } else {
        ret == "V" || skip_field_signature(ret)? == Some(ret.len())
    };
    if !ret_ok {
        return Err(illegal());
    }
    Ok(slots)
}

pub(crate) const RECOGNIZED_CLASS_FLAGS: u16 = ACC_PUBLIC
    | ACC_FINAL
    | ACC_SUPER
    | ACC_INTERFACE
    | ACC_ABSTRACT
    | ACC_ANNOTATION
    | ACC_ENUM
    | ACC_SYNTHETIC;
pub(crate) const RECOGNIZED_FIELD_FLAGS: u16 = ACC_PUBLIC
    | ACC_PRIVATE
    | ACC_PROTECTED
    | ACC_STATIC
    | ACC_FINAL
    | ACC_VOLATILE
    | ACC_TRANSIENT
    | ACC_ENUM
    | ACC_SYNTHETIC;
pub(crate) const RECOGNIZED_METHOD_FLAGS: u16 = ACC_PUBLIC
    | ACC_PRIVATE
    | ACC_PROTECTED
    | ACC_STATIC
    | ACC_FINAL
    | ACC_SYNCHRONIZED
    | ACC_BRIDGE
    | ACC_VARARGS
    | ACC_NATIVE
    | ACC_ABSTRACT
    | ACC_STRICT
    | ACC_SYNTHETIC;

/// Class (or InnerClasses entry) modifiers; `flags` already masked as HotSpot masks them.
pub(crate) fn check_class_modifiers(flags: u16, major: u16) -> Result<()> {
    let has = |bit| flags & bit != 0;
    let since_5 = major >= 49;
    let interface = has(ACC_INTERFACE);
    if (has(ACC_ABSTRACT) && has(ACC_FINAL))
        || (interface && !has(ACC_ABSTRACT))
        || (interface && since_5 && (has(ACC_SUPER) || has(ACC_ENUM)))
        || (!interface && since_5 && has(ACC_ANNOTATION))
    {
        return Err(ClassFormatError::named(
            "Illegal class modifiers in class ",
            format!(": 0x{flags:X}"),
        ));
    }
    Ok(())
}

fn more_than_one_visibility(flags: u16) -> bool {
    (flags & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED)).count_ones() > 1
}

pub(crate) fn check_field_modifiers(flags: u16, is_interface: bool, major: u16) -> Result<()> {
    let has = |bit| flags & bit != 0;
    let illegal = if is_interface {
        !(has(ACC_PUBLIC) && has(ACC_STATIC) && has(ACC_FINAL))
            || has(ACC_PRIVATE)
            || has(ACC_PROTECTED)
            || has(ACC_VOLATILE)
            || has(ACC_TRANSIENT)
            || (major >= 49 && has(ACC_ENUM))
    } else {
        more_than_one_visibility(flags) || (has(ACC_FINAL) && has(ACC_VOLATILE))
    };
    if illegal {
        return Err(ClassFormatError::named(
            "Illegal field modifiers in class ",
            format!(": 0x{flags:X}"),
        ));
    }
    Ok(())
}

/// Method modifiers (not for `<clinit>`); `flags` is the raw u2, as HotSpot checks and prints it.
pub(crate) fn check_method_modifiers(
    flags: u16,
    name: &str,
    is_interface: bool,
    major: u16,
) -> Result<()> {
    let has = |bit| flags & bit != 0;
    let strict_matters = major < 61;
    let illegal = if is_interface {
        if major >= 52 {
            has(ACC_PUBLIC) == has(ACC_PRIVATE)
                || has(ACC_NATIVE)
                || has(ACC_PROTECTED)
                || has(ACC_FINAL)
                || has(ACC_SYNCHRONIZED)
                || (has(ACC_ABSTRACT)
                    && (has(ACC_PRIVATE) || has(ACC_STATIC) || (strict_matters && has(ACC_STRICT))))
        } else if major >= 49 {
            !(has(ACC_PUBLIC) && has(ACC_ABSTRACT))
                || has(ACC_PRIVATE)
                || has(ACC_PROTECTED)
                || has(ACC_STATIC)
                || has(ACC_FINAL)
                || has(ACC_SYNCHRONIZED)
                || has(ACC_NATIVE)
                || has(ACC_STRICT)
        } else {
            !(has(ACC_PUBLIC) && has(ACC_ABSTRACT))
                || has(ACC_STATIC)
                || has(ACC_FINAL)
                || has(ACC_NATIVE)
        }
    } else if more_than_one_visibility(flags) {
        true
    } else if name == "<init>" {
        has(ACC_STATIC)
            || has(ACC_FINAL)
            || has(ACC_SYNCHRONIZED)
            || has(ACC_NATIVE)
            || has(ACC_ABSTRACT)
            || (major >= 49 && has(ACC_BRIDGE))
    } else {
        has(ACC_ABSTRACT)
            && (has(ACC_FINAL)
                || has(ACC_NATIVE)
                || has(ACC_PRIVATE)
                || has(ACC_STATIC)
                || (major >= 49 && (has(ACC_SYNCHRONIZED) || (strict_matters && has(ACC_STRICT)))))
    };
    if illegal {
        return Err(ClassFormatError::named(
            format!("Method {name} in class "),
            format!(" has illegal modifiers: 0x{flags:X}"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(check_class_name("java/lang/Object").is_ok());
        assert!(check_class_name("[[Ljava/lang/String;").is_ok());
        assert!(check_class_name("a//b").is_err());
        assert!(check_class_name("a.b").is_err());
        assert!(check_field_name("<weird>").is_ok());
        assert!(check_method_name("<weird>").is_err());
        assert!(check_method_name("<clinit>").is_ok());
        assert_eq!(
            check_field_name("a;b").unwrap_err().message("Foo"),
            "Illegal field name \"a;b\" in class Foo"
        );
    }

    #[test]
    fn signatures() {
        assert_eq!(check_method_signature("m", "(IJ[D)V", 61).unwrap(), 4);
        assert!(check_method_signature("<init>", "()I", 61).is_err());
        assert!(check_method_signature("<clinit>", "(I)V", 61).is_err());
        assert_eq!(
            check_method_signature("m", "(L;)V", 61)
                .unwrap_err()
                .message("Foo"),
            "Class name is empty or contains illegal character in descriptor in class file Foo"
        );
        assert_eq!(
            check_field_signature("f", "V")
                .unwrap_err()
                .message("p/Foo"),
            "Field \"f\" in class p/Foo has illegal signature \"V\""
        );
        let deep = format!("{}I", "[".repeat(256));
        assert_eq!(
            check_field_signature("f", &deep)
                .unwrap_err()
                .message("Foo"),
            "Array type descriptor has more than 255 dimensions in class file Foo"
        );
    }

    #[test]
    fn modifiers() {
        assert!(check_class_modifiers(ACC_PUBLIC | ACC_SUPER, 61).is_ok());
        assert_eq!(
            check_class_modifiers(ACC_ABSTRACT | ACC_FINAL, 61)
                .unwrap_err()
                .message("Foo"),
            "Illegal class modifiers in class Foo: 0x410"
        );
        assert!(check_method_modifiers(ACC_PUBLIC | ACC_ABSTRACT, "m", true, 61).is_ok());
        assert_eq!(
            check_method_modifiers(ACC_PUBLIC | ACC_PRIVATE, "m", false, 61)
                .unwrap_err()
                .message("Foo"),
            "Method m in class Foo has illegal modifiers: 0x3"
        );
    }
}
