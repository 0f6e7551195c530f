//! Field and method descriptors (JVMS 4.3) and the name checks of JVMS 4.2.

use std::fmt;

/// A field type. Arrays keep their element type boxed; dimensions are bounded by 255.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldType {
    Byte,
    Char,
    Double,
    Float,
    Int,
    Long,
    Short,
    Boolean,
    /// A class or interface, internal form (`java/lang/String`).
    Object(String),
    Array(Box<FieldType>),
}

impl FieldType {
    /// The base-type character, for primitives.
    pub fn primitive_char(&self) -> Option<char> {
        Some(match self {
            FieldType::Byte => 'B',
            FieldType::Char => 'C',
            FieldType::Double => 'D',
            FieldType::Float => 'F',
            FieldType::Int => 'I',
            FieldType::Long => 'J',
            FieldType::Short => 'S',
            FieldType::Boolean => 'Z',
            _ => return None,
        })
    }

    /// Long and double take two local-variable slots and two operand-stack words.
    pub fn slots(&self) -> usize {
        match self {
            FieldType::Long | FieldType::Double => 2,
            _ => 1,
        }
    }

    pub fn is_reference(&self) -> bool {
        matches!(self, FieldType::Object(_) | FieldType::Array(_))
    }

    /// The type as Java source writes it (`java.lang.String[]`, `int`), as javap prints it.
    pub fn java_name(&self) -> String {
        match self {
            FieldType::Byte => "byte".into(),
            FieldType::Char => "char".into(),
            FieldType::Double => "double".into(),
            FieldType::Float => "float".into(),
            FieldType::Int => "int".into(),
            FieldType::Long => "long".into(),
            FieldType::Short => "short".into(),
            FieldType::Boolean => "boolean".into(),
            FieldType::Object(name) => name.replace('/', "."),
            FieldType::Array(elem) => format!("{}[]", elem.java_name()),
        }
    }
}

impl fmt::Display for FieldType {
    /// The descriptor form (`Ljava/lang/String;`, `[I`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldType::Object(name) => write!(f, "L{name};"),
            FieldType::Array(elem) => write!(f, "[{elem}"),
            p => write!(f, "{}", p.primitive_char().unwrap_or('?')),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodDescriptor {
    pub parameters: Vec<FieldType>,
    /// `None` for `void`.
    pub return_type: Option<FieldType>,
}

impl MethodDescriptor {
    /// Local-variable slots the parameters fill (without `this`).
    pub fn parameter_slots(&self) -> usize {
        self.parameters.iter().map(FieldType::slots).sum()
    }
}

/// The most array dimensions a descriptor may have (JVMS 4.3.2).
pub const MAX_ARRAY_DIMENSIONS: usize = 255;

/// Parses one field type at the start of `s`, returning it and the rest.
fn parse_field_type_prefix(s: &str) -> Option<(FieldType, &str)> {
    let dims = s.bytes().take_while(|&b| b == b'[').count();
    if dims > MAX_ARRAY_DIMENSIONS {
        return None;
    }
    let rest = &s[dims..];
    let (mut ty, rest) = match rest.as_bytes().first()? {
        b'B' => (FieldType::Byte, &rest[1..]),
        b'C' => (FieldType::Char, &rest[1..]),
        b'D' => (FieldType::Double, &rest[1..]),
        b'F' => (FieldType::Float, &rest[1..]),
        b'I' => (FieldType::Int, &rest[1..]),
        b'J' => (FieldType::Long, &rest[1..]),
        b'S' => (FieldType::Short, &rest[1..]),
        b'Z' => (FieldType::Boolean, &rest[1..]),
        b'L' => {
            let end = rest.find(';')?;
            let name = &rest[1..end];
            if !is_valid_binary_name(name) {
                return None;
            }
            (FieldType::Object(name.to_owned()), &rest[end + 1..])
        }
        _ => return None,
    };
    for _ in 0..dims {
        ty = FieldType::Array(Box::new(ty));
    }
    Some((ty, rest))
}

/// Parses a whole field descriptor; `None` if it is not one.
pub fn parse_field_descriptor(s: &str) -> Option<FieldType> {
    match parse_field_type_prefix(s)? {
        (ty, "") => Some(ty),
        _ => None,
    }
}

/// Parses a whole method descriptor; `None` if it is not one.
pub fn parse_method_descriptor(s: &str) -> Option<MethodDescriptor> {
    let mut rest = s.strip_prefix('(')?;
    let mut parameters = Vec::new();
    while !rest.starts_with(')') {
        let (ty, r) = parse_field_type_prefix(rest)?;
        parameters.push(ty);
        rest = r;
    }
    let ret = &rest[1..];
    let return_type = if ret == "V" {
        None
    } else {
        Some(parse_field_descriptor(ret)?)
    };
    Some(MethodDescriptor {
        parameters,
        return_type,
    })
}

/// A binary class name in internal form: `/`-separated unqualified names, none empty, none holding
/// `.`, `;` or `[` (JVMS 4.2.1).
pub fn is_valid_binary_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .split('/')
            .all(|part| !part.is_empty() && !part.contains(['.', ';', '[']))
}

/// A name as a `CONSTANT_Class` entry may hold it: a binary name or an array descriptor.
pub fn is_valid_class_reference(name: &str) -> bool {
    if name.starts_with('[') {
        parse_field_descriptor(name).is_some()
    } else {
        is_valid_binary_name(name)
    }
}

/// An unqualified field name (JVMS 4.2.2): non-empty, without `. ; [ /`.
pub fn is_valid_field_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(['.', ';', '[', '/'])
}

/// A method name (JVMS 4.2.2): `<init>`, `<clinit>`, or an unqualified name without `<` or `>`.
pub fn is_valid_method_name(name: &str) -> bool {
    name == "<init>"
        || name == "<clinit>"
        || (is_valid_field_name(name) && !name.contains(['<', '>']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_descriptors() {
        assert_eq!(parse_field_descriptor("I"), Some(FieldType::Int));
        assert_eq!(
            parse_field_descriptor("Ljava/lang/String;"),
            Some(FieldType::Object("java/lang/String".into()))
        );
        let arr = parse_field_descriptor("[[J").unwrap();
        assert_eq!(arr.to_string(), "[[J");
        assert_eq!(arr.java_name(), "long[][]");
        for bad in [
            "",
            "V",
            "L;",
            "Ljava/lang/String",
            "II",
            "[",
            "La//b;",
            "La.b;",
            "Q",
        ] {
            assert_eq!(parse_field_descriptor(bad), None, "{bad}");
        }
        assert!(parse_field_descriptor(&format!("{}I", "[".repeat(255))).is_some());
        assert!(parse_field_descriptor(&format!("{}I", "[".repeat(256))).is_none());
    }

    #[test]
    fn method_descriptors() {
        let d = parse_method_descriptor("(IJ[Ljava/lang/Object;D)V").unwrap();
        assert_eq!(d.parameters.len(), 4);
        assert_eq!(d.parameter_slots(), 6);
        assert_eq!(d.return_type, None);
        let d = parse_method_descriptor("()[B").unwrap();
        assert_eq!(
            d.return_type,
            Some(FieldType::Array(Box::new(FieldType::Byte)))
        );
        for bad in ["", "()", "(V)V", "(I", "I)V", "()VV", "(L;)V"] {
            assert_eq!(parse_method_descriptor(bad), None, "{bad}");
        }
    }

    #[test]
    fn names() {
        assert!(is_valid_binary_name("java/lang/Object"));
        assert!(!is_valid_binary_name("java.lang.Object"));
        assert!(!is_valid_binary_name("/a"));
        assert!(is_valid_class_reference("[Ljava/lang/Object;"));
        assert!(is_valid_method_name("<init>"));
        assert!(!is_valid_method_name("<foo>"));
        assert!(is_valid_field_name("$x"));
        assert!(!is_valid_field_name("a/b"));
    }
}
