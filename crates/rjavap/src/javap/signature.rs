//! Generic signatures (JVMS 4.7.9.1) parsed the way javap parses them, and printed as Java types.

/// Deeper nesting than this is treated as malformed (so hostile input cannot exhaust the stack).
const MAX_DEPTH: usize = 300;

#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    /// A primitive type, `void`, or a type variable.
    Simple(String),
    Array(Box<Type>),
    Class(ClassType),
    /// `?`, `? extends T` (`Some(true, T)`), `? super T` (`Some(false, T)`).
    Wildcard(Option<(bool, Box<Type>)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassType {
    pub outer: Option<Box<ClassType>>,
    /// Internal form for the outermost part (`java/util/Map$Entry`), a simple name for the parts
    /// after a `.`.
    pub name: String,
    pub args: Vec<Type>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeParam {
    pub name: String,
    pub class_bound: Option<Type>,
    pub interface_bounds: Vec<Type>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Signature {
    Method {
        type_params: Vec<TypeParam>,
        params: Vec<Type>,
        ret: Type,
        throws: Vec<Type>,
    },
    Class {
        type_params: Vec<TypeParam>,
        superclass: Type,
        interfaces: Vec<Type>,
    },
    /// A field type, or a class signature with nothing but a superclass.
    Type(Type),
}

/// Parses a class, method or field signature; `None` if it is malformed.
pub fn parse(sig: &str) -> Option<Signature> {
    let mut p = Parser {
        s: sig.as_bytes(),
        src: sig,
        pos: 0,
        depth: 0,
    };
    let type_params = if p.peek()? == b'<' {
        p.type_params()?
    } else {
        Vec::new()
    };
    let result = if p.peek()? == b'(' {
        let params = p.types_until(b')')?;
        let ret = p.type_sig()?;
        let mut throws = Vec::new();
        while p.peek() == Some(b'^') {
            p.pos += 1;
            throws.push(p.type_sig()?);
        }
        Signature::Method {
            type_params,
            params,
            ret,
            throws,
        }
    } else {
        let first = p.type_sig()?;
        if type_params.is_empty() && p.pos == p.s.len() {
            return Some(Signature::Type(first));
        }
        let mut interfaces = Vec::new();
        while p.pos < p.s.len() {
            interfaces.push(p.type_sig()?);
        }
        Signature::Class {
            type_params,
            superclass: first,
            interfaces,
        }
    };
    (p.pos == p.s.len()).then_some(result)
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn find(&self, byte: u8) -> Option<usize> {
        self.s[self.pos..]
            .iter()
            .position(|&b| b == byte)
            .map(|i| self.pos + i)
    }

    fn type_params(&mut self) -> Option<Vec<TypeParam>> {
        self.pos += 1;
        let mut params = Vec::new();
        while self.peek()? != b'>' {
            let colon = self.find(b':')?;
            let name = self.src.get(self.pos..colon)?.to_owned();
            self.pos = colon + 1;
            let class_bound = if self.peek()? != b':' {
                Some(self.type_sig()?)
            } else {
                None
            };
            let mut interface_bounds = Vec::new();
            while self.peek()? == b':' {
                self.pos += 1;
                interface_bounds.push(self.type_sig()?);
            }
            params.push(TypeParam {
                name,
                class_bound,
                interface_bounds,
            });
        }
        self.pos += 1;
        Some(params)
    }

    fn types_until(&mut self, end: u8) -> Option<Vec<Type>> {
        self.pos += 1;
        let mut types = Vec::new();
        while self.peek()? != end {
            types.push(self.type_sig()?);
        }
        self.pos += 1;
        Some(types)
    }

    fn type_sig(&mut self) -> Option<Type> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let t = self.type_sig_inner();
        self.depth -= 1;
        t
    }

    fn type_sig_inner(&mut self) -> Option<Type> {
        let c = self.peek()?;
        self.pos += 1;
        let simple = |name: &str| Some(Type::Simple(name.to_owned()));
        match c {
            b'B' => simple("byte"),
            b'C' => simple("char"),
            b'D' => simple("double"),
            b'F' => simple("float"),
            b'I' => simple("int"),
            b'J' => simple("long"),
            b'S' => simple("short"),
            b'V' => simple("void"),
            b'Z' => simple("boolean"),
            b'L' => self.class_type().map(Type::Class),
            b'T' => {
                let end = self.find(b';')?;
                let name = self.src.get(self.pos..end)?.to_owned();
                self.pos = end + 1;
                Some(Type::Simple(name))
            }
            b'[' => Some(Type::Array(Box::new(self.type_sig()?))),
            b'*' => Some(Type::Wildcard(None)),
            b'+' => Some(Type::Wildcard(Some((true, Box::new(self.type_sig()?))))),
            b'-' => Some(Type::Wildcard(Some((false, Box::new(self.type_sig()?))))),
            _ => None,
        }
    }

    fn class_type(&mut self) -> Option<ClassType> {
        let mut outer: Option<ClassType> = None;
        let mut start = self.pos;
        let mut name_end = None;
        let mut args = Vec::new();
        let mut parts = 0;
        loop {
            let c = self.peek()?;
            match c {
                b'<' => {
                    name_end.get_or_insert(self.pos);
                    args = self.types_until(b'>')?;
                }
                b'.' | b';' => {
                    parts += 1;
                    if parts > MAX_DEPTH {
                        return None;
                    }
                    let end = name_end.take().unwrap_or(self.pos);
                    let name = self.src.get(start..end)?.to_owned();
                    self.pos += 1;
                    outer = Some(ClassType {
                        outer: outer.map(Box::new),
                        name,
                        args: std::mem::take(&mut args),
                    });
                    start = self.pos;
                    if c == b';' {
                        return outer;
                    }
                }
                _ => {
                    if name_end.is_some() {
                        // Text after type arguments but before `.` or `;`.
                        return None;
                    }
                    self.pos += 1;
                }
            }
        }
    }
}

/// How class names are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// As javap's `Type.toString()`: internal names with `/`.
    Internal,
    /// With `.` for `/`, as Java source writes them.
    Java,
}

impl Type {
    /// `java.lang.Object` without type arguments.
    pub fn is_object(&self) -> bool {
        matches!(self, Type::Class(c) if c.outer.is_none() && c.name == "java/lang/Object" && c.args.is_empty())
    }

    pub fn write(&self, style: Style, out: &mut String) {
        match self {
            Type::Simple(name) => out.push_str(name),
            Type::Array(elem) => {
                elem.write(style, out);
                out.push_str("[]");
            }
            Type::Class(c) => c.write(style, out),
            Type::Wildcard(None) => out.push('?'),
            Type::Wildcard(Some((extends, bound))) => {
                out.push_str(if *extends { "? extends " } else { "? super " });
                bound.write(style, out);
            }
        }
    }

    pub fn to_string(&self, style: Style) -> String {
        let mut s = String::new();
        self.write(style, &mut s);
        s
    }
}

impl ClassType {
    fn write(&self, style: Style, out: &mut String) {
        if let Some(outer) = &self.outer {
            outer.write(style, out);
            out.push('.');
        }
        match style {
            Style::Internal => out.push_str(&self.name),
            Style::Java => out.extend(self.name.chars().map(|c| if c == '/' { '.' } else { c })),
        }
        write_list(&self.args, "<", ">", style, out);
    }
}

/// `prefix` + the types separated by `, ` + `suffix`, or nothing for an empty list.
pub fn write_list(types: &[Type], prefix: &str, suffix: &str, style: Style, out: &mut String) {
    if types.is_empty() {
        return;
    }
    out.push_str(prefix);
    for (i, t) in types.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        t.write(style, out);
    }
    out.push_str(suffix);
}

/// Type parameters as javap's Java-type printer shows them: `<T extends Bound, U>` followed by
/// `suffix`. An `Object` class bound is shown only in verbose mode.
pub fn write_type_params(params: &[TypeParam], suffix: &str, verbose: bool, out: &mut String) {
    if params.is_empty() {
        return;
    }
    out.push('<');
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&p.name);
        let mut sep = " extends ";
        if let Some(bound) = &p.class_bound {
            if verbose || !bound.is_object() {
                out.push_str(sep);
                bound.write(Style::Java, out);
                sep = " & ";
            }
        }
        for bound in &p.interface_bounds {
            out.push_str(sep);
            bound.write(Style::Java, out);
            sep = " & ";
        }
    }
    out.push('>');
    out.push_str(suffix);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn java(t: &Type) -> String {
        t.to_string(Style::Java)
    }

    #[test]
    fn field_signatures() {
        let Some(Signature::Type(t)) =
            parse("Ljava/util/Map<Ljava/lang/String;Ljava/util/List<TT;>;>;")
        else {
            panic!()
        };
        assert_eq!(
            java(&t),
            "java.util.Map<java.lang.String, java.util.List<T>>"
        );
        let Some(Signature::Type(t)) = parse("LOuter<TT;>.Inner<+Ljava/lang/Number;>;") else {
            panic!()
        };
        assert_eq!(java(&t), "Outer<T>.Inner<? extends java.lang.Number>");
        let Some(Signature::Type(t)) = parse("[Ljava/lang/Class<*>;") else {
            panic!()
        };
        assert_eq!(java(&t), "java.lang.Class<?>[]");
    }

    #[test]
    fn method_and_class_signatures() {
        let Some(Signature::Method {
            type_params,
            params,
            ret,
            throws,
        }) = parse("<E:Ljava/lang/Exception;>(TT;[I)V^TE;^Ljava/io/IOException;")
        else {
            panic!()
        };
        let mut s = String::new();
        write_type_params(&type_params, " ", false, &mut s);
        assert_eq!(s, "<E extends java.lang.Exception> ");
        assert_eq!(params.len(), 2);
        assert_eq!(java(&ret), "void");
        assert_eq!(throws[1].to_string(Style::Internal), "java/io/IOException");
        let Some(Signature::Class { type_params, superclass, interfaces }) =
            parse("<T:Ljava/lang/Object;U::Ljava/lang/Comparable<TU;>;>Ljava/lang/Object;Ljava/io/Serializable;")
        else {
            panic!()
        };
        let mut s = String::new();
        write_type_params(&type_params, "", false, &mut s);
        assert_eq!(s, "<T, U extends java.lang.Comparable<U>>");
        assert!(superclass.is_object());
        assert_eq!(interfaces.len(), 1);
    }

    #[test]
    fn malformed_signatures() {
        for bad in [
            "",
            "L",
            "Ljava/lang/String",
            "<T>V",
            "(I",
            "TT",
            "[",
            "Lx<I;",
            "Q",
            "Lx<I>y;",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
        assert!(parse(&"[".repeat(100_000)).is_none());
        assert!(parse(&format!("La{};", ".b".repeat(100_000))).is_none());
    }
}
