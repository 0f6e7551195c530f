//! Java's basic types as the VM stores them.

/// The type of a field, array element, local or return value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BasicType {
    Boolean,
    Char,
    Float,
    Double,
    Byte,
    Short,
    Int,
    Long,
    Reference,
    Void,
}

impl BasicType {
    /// From the first character of a descriptor (`L` and `[` are references).
    pub fn from_descriptor_char(c: u8) -> Option<BasicType> {
        Some(match c {
            b'Z' => BasicType::Boolean,
            b'C' => BasicType::Char,
            b'F' => BasicType::Float,
            b'D' => BasicType::Double,
            b'B' => BasicType::Byte,
            b'S' => BasicType::Short,
            b'I' => BasicType::Int,
            b'J' => BasicType::Long,
            b'L' | b'[' => BasicType::Reference,
            b'V' => BasicType::Void,
            _ => return None,
        })
    }

    /// From a field descriptor; references for anything unrecognised.
    pub fn of_descriptor(descriptor: &str) -> BasicType {
        descriptor
            .bytes()
            .next()
            .and_then(Self::from_descriptor_char)
            .unwrap_or(BasicType::Reference)
    }

    /// Bytes a field or array element of this type occupies.
    pub const fn size(self) -> usize {
        match self {
            BasicType::Boolean | BasicType::Byte => 1,
            BasicType::Char | BasicType::Short => 2,
            BasicType::Float | BasicType::Int => 4,
            BasicType::Double | BasicType::Long | BasicType::Reference => 8,
            BasicType::Void => 0,
        }
    }

    /// Local-variable / operand-stack slots (JVMS 2.6.1).
    pub const fn slots(self) -> usize {
        match self {
            BasicType::Double | BasicType::Long => 2,
            BasicType::Void => 0,
            _ => 1,
        }
    }

    pub const fn is_reference(self) -> bool {
        matches!(self, BasicType::Reference)
    }

    /// The `newarray` type code (JVMS 6.5.newarray).
    pub fn from_atype(atype: u8) -> Option<BasicType> {
        Some(match atype {
            4 => BasicType::Boolean,
            5 => BasicType::Char,
            6 => BasicType::Float,
            7 => BasicType::Double,
            8 => BasicType::Byte,
            9 => BasicType::Short,
            10 => BasicType::Int,
            11 => BasicType::Long,
            _ => return None,
        })
    }

    /// The descriptor character.
    pub const fn descriptor_char(self) -> char {
        match self {
            BasicType::Boolean => 'Z',
            BasicType::Char => 'C',
            BasicType::Float => 'F',
            BasicType::Double => 'D',
            BasicType::Byte => 'B',
            BasicType::Short => 'S',
            BasicType::Int => 'I',
            BasicType::Long => 'J',
            BasicType::Reference => 'L',
            BasicType::Void => 'V',
        }
    }

    /// The Java keyword (`int`), as in `Class.getName()` of primitive classes.
    pub const fn java_name(self) -> &'static str {
        match self {
            BasicType::Boolean => "boolean",
            BasicType::Char => "char",
            BasicType::Float => "float",
            BasicType::Double => "double",
            BasicType::Byte => "byte",
            BasicType::Short => "short",
            BasicType::Int => "int",
            BasicType::Long => "long",
            BasicType::Reference => "reference",
            BasicType::Void => "void",
        }
    }
}

/// Argument slots and return type of a method descriptor, computed once per method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The type of each parameter, in order.
    pub parameters: Vec<BasicType>,
    pub return_type: BasicType,
    /// Slots the parameters fill (without `this`).
    pub parameter_slots: usize,
}

impl Signature {
    /// Parses an already format-checked method descriptor.
    pub fn parse(descriptor: &str) -> Signature {
        let bytes = descriptor.as_bytes();
        let mut parameters = Vec::new();
        let mut i = 1;
        while i < bytes.len() && bytes[i] != b')' {
            let start = i;
            while i < bytes.len() && bytes[i] == b'[' {
                i += 1;
            }
            if i < bytes.len() && bytes[i] == b'L' {
                while i < bytes.len() && bytes[i] != b';' {
                    i += 1;
                }
            }
            i += 1;
            parameters.push(if bytes[start] == b'[' {
                BasicType::Reference
            } else {
                BasicType::from_descriptor_char(bytes[start]).unwrap_or(BasicType::Reference)
            });
        }
        let return_type = bytes
            .get(i + 1)
            .and_then(|&c| BasicType::from_descriptor_char(c))
            .unwrap_or(BasicType::Void);
        let parameter_slots = parameters.iter().map(|t| t.slots()).sum();
        Signature {
            parameters,
            return_type,
            parameter_slots,
        }
    }
}

/// Splits a (format-checked) method descriptor into its parameter descriptors and its return
/// descriptor: `(I[JLjava/lang/String;)V` → (`I`, `[J`, `Ljava/lang/String;`), `V`.
pub fn split_method_descriptor(descriptor: &str) -> (Vec<&str>, &str) {
    let bytes = descriptor.as_bytes();
    let mut params = Vec::new();
    let mut i = 1;
    while i < bytes.len() && bytes[i] != b')' {
        let start = i;
        while i < bytes.len() && bytes[i] == b'[' {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'L' {
            while i < bytes.len() && bytes[i] != b';' {
                i += 1;
            }
        }
        i += 1;
        params.push(&descriptor[start..i.min(bytes.len())]);
    }
    (params, descriptor.get(i + 1..).unwrap_or("V"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures() {
        let s = Signature::parse("(IJ[Ljava/lang/String;DLjava/lang/Object;)Z");
        use BasicType::*;
        assert_eq!(s.parameters, vec![Int, Long, Reference, Double, Reference]);
        assert_eq!(s.parameter_slots, 7);
        assert_eq!(s.return_type, Boolean);
        assert_eq!(Signature::parse("()V").return_type, Void);
        assert_eq!(Signature::parse("()[[I").return_type, Reference);
    }
}
