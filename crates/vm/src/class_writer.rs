//! A minimal class-file writer for classes the VM makes itself (lambda proxies): a constant pool
//! with deduplication, fields, and methods with a Code attribute.

use std::collections::HashMap;

#[derive(Default)]
pub struct ClassWriter {
    pool: Vec<u8>,
    pool_count: u16,
    entries: HashMap<(u8, String), u16>,
    fields: Vec<u8>,
    field_count: u16,
    methods: Vec<u8>,
    method_count: u16,
}

impl ClassWriter {
    pub fn new() -> Self {
        ClassWriter {
            pool_count: 1,
            ..Default::default()
        }
    }

    fn entry(&mut self, tag: u8, key: String, body: &[u8]) -> u16 {
        if let Some(&i) = self.entries.get(&(tag, key.clone())) {
            return i;
        }
        let index = self.pool_count;
        self.pool.push(tag);
        self.pool.extend_from_slice(body);
        self.pool_count += 1;
        self.entries.insert((tag, key), index);
        index
    }

    pub fn utf8(&mut self, s: &str) -> u16 {
        let bytes = modified_utf8(s);
        let mut body = (bytes.len() as u16).to_be_bytes().to_vec();
        body.extend_from_slice(&bytes);
        self.entry(1, s.to_owned(), &body)
    }

    pub fn class(&mut self, internal_name: &str) -> u16 {
        let name = self.utf8(internal_name);
        self.entry(7, internal_name.to_owned(), &name.to_be_bytes())
    }

    fn name_and_type(&mut self, name: &str, descriptor: &str) -> u16 {
        let (n, d) = (self.utf8(name), self.utf8(descriptor));
        let mut body = n.to_be_bytes().to_vec();
        body.extend_from_slice(&d.to_be_bytes());
        self.entry(12, format!("{name}:{descriptor}"), &body)
    }

    fn member(&mut self, tag: u8, class: &str, name: &str, descriptor: &str) -> u16 {
        let (c, nt) = (self.class(class), self.name_and_type(name, descriptor));
        let mut body = c.to_be_bytes().to_vec();
        body.extend_from_slice(&nt.to_be_bytes());
        self.entry(tag, format!("{class}.{name}:{descriptor}"), &body)
    }

    pub fn field_ref(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        self.member(9, class, name, descriptor)
    }

    pub fn method_ref(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        interface: bool,
    ) -> u16 {
        self.member(if interface { 11 } else { 10 }, class, name, descriptor)
    }

    pub fn add_field(&mut self, flags: u16, name: &str, descriptor: &str) {
        let (n, d) = (self.utf8(name), self.utf8(descriptor));
        for v in [flags, n, d, 0] {
            self.fields.extend_from_slice(&v.to_be_bytes());
        }
        self.field_count += 1;
    }

    pub fn add_method(
        &mut self,
        flags: u16,
        name: &str,
        descriptor: &str,
        code: &[u8],
        max_stack: u16,
        max_locals: u16,
    ) {
        let (n, d, code_name) = (self.utf8(name), self.utf8(descriptor), self.utf8("Code"));
        for v in [flags, n, d, 1, code_name] {
            self.methods.extend_from_slice(&v.to_be_bytes());
        }
        let length = 2 + 2 + 4 + code.len() as u32 + 2 + 2;
        self.methods.extend_from_slice(&length.to_be_bytes());
        self.methods.extend_from_slice(&max_stack.to_be_bytes());
        self.methods.extend_from_slice(&max_locals.to_be_bytes());
        self.methods
            .extend_from_slice(&(code.len() as u32).to_be_bytes());
        self.methods.extend_from_slice(code);
        self.methods.extend_from_slice(&[0, 0, 0, 0]);
        self.method_count += 1;
    }

    /// The finished class file (version 52, no attributes beyond Code, and a NestHost).
    pub fn finish(
        mut self,
        flags: u16,
        this: &str,
        super_class: &str,
        interfaces: &[&str],
        nest_host: &str,
    ) -> Vec<u8> {
        let this_index = self.class(this);
        let super_index = self.class(super_class);
        let interface_indices: Vec<u16> = interfaces.iter().map(|i| self.class(i)).collect();
        let host_index = self.class(nest_host);
        let nest_host_name = self.utf8("NestHost");
        let mut out = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 55];
        out.extend_from_slice(&self.pool_count.to_be_bytes());
        out.extend_from_slice(&self.pool);
        for v in [
            flags,
            this_index,
            super_index,
            interface_indices.len() as u16,
        ] {
            out.extend_from_slice(&v.to_be_bytes());
        }
        for i in interface_indices {
            out.extend_from_slice(&i.to_be_bytes());
        }
        out.extend_from_slice(&self.field_count.to_be_bytes());
        out.extend_from_slice(&self.fields);
        out.extend_from_slice(&self.method_count.to_be_bytes());
        out.extend_from_slice(&self.methods);
        out.extend_from_slice(&1u16.to_be_bytes());
        out.extend_from_slice(&nest_host_name.to_be_bytes());
        out.extend_from_slice(&2u32.to_be_bytes());
        out.extend_from_slice(&host_index.to_be_bytes());
        out
    }
}

fn modified_utf8(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for unit in s.encode_utf16() {
        match unit {
            1..=0x7F => out.push(unit as u8),
            0 | 0x80..=0x7FF => {
                out.push(0xC0 | (unit >> 6) as u8);
                out.push(0x80 | (unit & 0x3F) as u8);
            }
            _ => {
                out.push(0xE0 | (unit >> 12) as u8);
                out.push(0x80 | ((unit >> 6) & 0x3F) as u8);
                out.push(0x80 | (unit & 0x3F) as u8);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_class_parses() {
        let mut w = ClassWriter::new();
        w.add_field(0x12, "arg0", "I");
        let f = w.field_ref("T", "arg0", "I");
        let [hi, lo] = f.to_be_bytes();
        // aload_0; getfield arg0; ireturn
        w.add_method(1, "get", "()I", &[0x2a, 0xb4, hi, lo, 0xac], 1, 1);
        let bytes = w.finish(
            0x1011,
            "T",
            "java/lang/Object",
            &["java/util/function/IntSupplier"],
            "T",
        );
        let cf = rjava_classfile::ClassFile::parse(&bytes).expect("parses");
        assert_eq!(cf.this_class_name(), "T");
        assert_eq!(cf.methods.len(), 1);
        assert_eq!(
            cf.interface_names().collect::<Vec<_>>(),
            ["java/util/function/IntSupplier"]
        );
    }
}
