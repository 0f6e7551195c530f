//! javap-style printing of a class file: the declaration in Java syntax, and with options the
//! bytecode (`-c`), private members (`-p`) and everything else in the file (`-v`). The layout
//! follows JDK 17's `javap` line for line.

mod annotations;
mod attributes;
mod code;
mod constants;
mod floating;
mod printer;
mod raw;
mod sha256;
mod signature;
mod text;
mod time;

use constants::Pool;
use printer::Printer;
use rjava_classfile::access::*;
use rjava_classfile::descriptor::{parse_field_descriptor, parse_method_descriptor};
use rjava_classfile::{Attribute, ClassFile, FieldInfo, FormatChecks, MethodInfo, ParseOptions};
use signature::{Signature, Style};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Default, Clone)]
pub struct Options {
    /// `-c`: disassemble method bodies.
    pub code: bool,
    /// `-v`: the constant pool, flags, sizes and every attribute.
    pub verbose: bool,
    /// `-p`: private members too.
    pub private: bool,
}

/// Where a class file was found, for the `Classfile` header of `-v`.
#[derive(Debug, Clone)]
pub enum Origin {
    /// A class file on disk: named on the command line or found in a class-path directory.
    File(PathBuf),
    /// An entry of a jar file.
    Jar { jar: PathBuf, entry: String },
    /// A class of a runtime image (`lib/modules`); `module` is the module that defines it.
    Image {
        image: PathBuf,
        module: Option<String>,
        entry: String,
    },
}

impl Origin {
    /// The location as javap names it: a path, or a `jar:` or `jrt:` URI.
    fn location(&self) -> String {
        match self {
            Origin::File(path) => absolute(path),
            Origin::Jar { jar, entry } => format!("jar:file://{}!/{entry}", absolute(jar)),
            Origin::Image { module, entry, .. } => match module {
                Some(module) => format!("jrt:/{module}/{entry}"),
                None => format!("jrt:/{entry}"),
            },
        }
    }

    /// The file whose modification time javap shows.
    fn file(&self) -> &std::path::Path {
        match self {
            Origin::File(path) => path,
            Origin::Jar { jar, .. } => jar,
            Origin::Image { image, .. } => image,
        }
    }
}

/// The absolute, normalized path (without `.` and `..` parts), as javap shows it.
fn absolute(path: &std::path::Path) -> String {
    use std::path::Component;
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut clean = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                if !clean.pop() {
                    clean.push(part);
                }
            }
            _ => clean.push(part),
        }
    }
    clean.display().to_string()
}

/// Parses `bytes` and prints the class as javap does with `options`.
pub fn print_class(
    out: &mut dyn Write,
    bytes: &[u8],
    origin: &Origin,
    options: &Options,
) -> Result<(), String> {
    // javap shows what is there: only the checks the parse itself needs.
    let parse_options = ParseOptions {
        checks: FormatChecks::Minimal,
        ..ParseOptions::default()
    };
    let class = ClassFile::parse_with(bytes, parse_options).map_err(|e| e.to_string())?;
    let mut writer = ClassWriter {
        class: &class,
        pool: Pool {
            cp: &class.constant_pool,
            this_class: class.this_class,
        },
        options,
        p: Printer::new(out),
        pending_newline: false,
        method: None,
        raw: raw::read(bytes),
    };
    writer.write(bytes, origin);
    writer.p.finish().map_err(|e| e.to_string())
}

pub(crate) struct ClassWriter<'a, 'o> {
    class: &'a ClassFile,
    pool: Pool<'a>,
    options: &'a Options,
    p: Printer<'o>,
    /// A blank line is due before the next method.
    pending_newline: bool,
    /// The method being printed, for the `args_size` of its Code.
    method: Option<(&'a MethodInfo, u16)>,
    /// The access flags as stored, if the bytes could be walked again.
    raw: Option<raw::RawFlags>,
}

fn signature_index(attributes: &[Attribute]) -> Option<u16> {
    attributes.iter().find_map(|a| match a {
        Attribute::Signature { signature_index } => Some(*signature_index),
        _ => None,
    })
}

/// `(int, java.lang.String)` for a method descriptor's parameters.
fn descriptor_parameters(descriptor: &str) -> Option<String> {
    let d = parse_method_descriptor(descriptor)?;
    let names: Vec<String> = d.parameters.iter().map(|t| t.java_name()).collect();
    Some(format!("({})", names.join(", ")))
}

fn descriptor_return(descriptor: &str) -> Option<String> {
    let d = parse_method_descriptor(descriptor)?;
    Some(match d.return_type {
        Some(t) => t.java_name(),
        None => "void".to_owned(),
    })
}

fn java_name(internal: &str) -> String {
    internal.replace('/', ".")
}

/// The names of the modifiers in `flags`, from `table`, in order.
fn modifiers(flags: u16, table: &[(u16, &'static str)]) -> Vec<&'static str> {
    table
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|&(_, name)| name)
        .collect()
}

const CLASS_MODIFIERS: &[(u16, &str)] = &[
    (ACC_PUBLIC, "public"),
    (ACC_FINAL, "final"),
    (ACC_ABSTRACT, "abstract"),
];

pub(crate) const INNER_CLASS_MODIFIERS: &[(u16, &str)] = &[
    (ACC_PUBLIC, "public"),
    (ACC_PRIVATE, "private"),
    (ACC_PROTECTED, "protected"),
    (ACC_STATIC, "static"),
    (ACC_FINAL, "final"),
    (ACC_ABSTRACT, "abstract"),
];

const FIELD_MODIFIERS: &[(u16, &str)] = &[
    (ACC_PUBLIC, "public"),
    (ACC_PRIVATE, "private"),
    (ACC_PROTECTED, "protected"),
    (ACC_STATIC, "static"),
    (ACC_FINAL, "final"),
    (ACC_VOLATILE, "volatile"),
    (ACC_TRANSIENT, "transient"),
];

const METHOD_MODIFIERS: &[(u16, &str)] = &[
    (ACC_PUBLIC, "public"),
    (ACC_PRIVATE, "private"),
    (ACC_PROTECTED, "protected"),
    (ACC_STATIC, "static"),
    (ACC_FINAL, "final"),
    (ACC_SYNCHRONIZED, "synchronized"),
    (ACC_NATIVE, "native"),
    (ACC_ABSTRACT, "abstract"),
    (ACC_STRICT, "strictfp"),
];

/// `flags: (0x0021) ACC_PUBLIC, ACC_SUPER`; bits without a name show as `0x2`.
fn flags_line(flags: u16, target: FlagTarget) -> String {
    let mut names: Vec<String> = flag_names(flags, target)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let named: u16 = (0..16)
        .map(|b| 1u16 << b)
        .filter(|&bit| !flag_names(bit, target).is_empty())
        .fold(0, |acc, bit| acc | bit);
    let mut rest = flags & !named;
    while rest != 0 {
        let bit = 1u16 << (15 - rest.leading_zeros());
        names.push(format!("0x{bit:x}"));
        rest &= !bit;
    }
    format!("flags: (0x{flags:04x}) {}", names.join(", "))
}

impl<'a> ClassWriter<'a, '_> {
    fn class_flags(&self) -> u16 {
        self.raw
            .as_ref()
            .map_or(self.class.access_flags, |r| r.class)
    }

    fn field_flags(&self, index: usize, field: &FieldInfo) -> u16 {
        self.raw
            .as_ref()
            .and_then(|r| r.fields.get(index).copied())
            .unwrap_or(field.access_flags)
    }

    fn method_flags(&self, index: usize, method: &MethodInfo) -> u16 {
        self.raw
            .as_ref()
            .and_then(|r| r.methods.get(index).copied())
            .unwrap_or(method.access_flags)
    }

    fn is_interface(&self) -> bool {
        self.class_flags() & ACC_INTERFACE != 0
    }

    /// javap hides private members without `-p`.
    fn shown(&self, flags: u16) -> bool {
        self.options.private || flags & ACC_PRIVATE == 0
    }

    fn write(&mut self, bytes: &[u8], origin: &Origin) {
        let class = self.class;
        let verbose = self.options.verbose;
        if verbose {
            self.p.println(&format!("Classfile {}", origin.location()));
            self.p.indent();
            let modified = match origin {
                Origin::Jar { jar, entry } => time::jar_entry_date(jar, entry),
                _ => None,
            }
            .or_else(|| {
                let since = std::fs::metadata(origin.file())
                    .and_then(|m| m.modified())
                    .ok()?
                    .duration_since(std::time::UNIX_EPOCH)
                    .ok()?;
                Some(time::local_date(since.as_secs() as i64))
            });
            match modified {
                Some(date) => self
                    .p
                    .println(&format!("Last modified {date}; size {} bytes", bytes.len())),
                None => self.p.println(&format!("Size {} bytes", bytes.len())),
            }
            self.p
                .println(&format!("SHA-256 checksum {}", sha256::hex_digest(bytes)));
        }
        if let Some(index) = class.attributes.iter().find_map(|a| match a {
            Attribute::SourceFile { sourcefile_index } => Some(*sourcefile_index),
            _ => None,
        }) {
            let name = self.pool.utf8_or_bad(index);
            self.p.println(&format!("Compiled from \"{name}\""));
        }
        if verbose {
            self.p.outdent();
        }

        let header = self.class_header();
        self.p.print(&header);

        if verbose {
            self.p.newline();
            self.p.indent();
            self.p
                .println(&format!("minor version: {}", class.minor_version));
            self.p
                .println(&format!("major version: {}", class.major_version));
            self.p
                .println(&flags_line(self.class_flags(), FlagTarget::Class));
            self.p.print(&format!("this_class: #{}", class.this_class));
            if class.this_class != 0 {
                self.p.tab();
                self.p
                    .print(&format!("// {}", self.pool.string_value(class.this_class)));
            }
            self.p.newline();
            self.p
                .print(&format!("super_class: #{}", class.super_class));
            if class.super_class != 0 {
                self.p.tab();
                self.p
                    .print(&format!("// {}", self.pool.string_value(class.super_class)));
            }
            self.p.newline();
            self.p.println(&format!(
                "interfaces: {}, fields: {}, methods: {}, attributes: {}",
                class.interfaces.len(),
                class.fields.len(),
                class.methods.len(),
                class.attributes.len()
            ));
            self.p.outdent();
            self.pool.print_pool(&mut self.p);
        } else {
            self.p.print(" ");
        }

        self.p.println("{");
        self.p.indent();
        if class.is_module_info() && !verbose {
            self.write_directives();
        }
        for (i, field) in class.fields.iter().enumerate() {
            self.write_field(self.field_flags(i, field), field);
        }
        for (i, method) in class.methods.iter().enumerate() {
            self.write_method(self.method_flags(i, method), method);
        }
        self.pending_newline = false;
        self.p.outdent();
        self.p.println("}");

        if verbose {
            for attribute in &class.attributes {
                self.write_attribute(attribute);
            }
        }
    }

    /// `public class a.B<T> extends a.C implements a.D` (without the brace).
    fn class_header(&self) -> String {
        let class = self.class;
        let flags = self.class_flags();
        let mut out = String::with_capacity(128);
        let class_flags = if flags & ACC_INTERFACE != 0 {
            flags & !ACC_ABSTRACT
        } else {
            flags
        };
        for m in modifiers(class_flags, CLASS_MODIFIERS) {
            out.push_str(m);
            out.push(' ');
        }
        if class.is_module_info() {
            if let Some(m) = class.attributes.iter().find_map(|a| match a {
                Attribute::Module(m) => Some(m),
                _ => None,
            }) {
                let name = self
                    .pool
                    .cp
                    .module_or_package_name(m.module_name_index)
                    .or_else(|_| self.pool.cp.utf8(m.module_name_index))
                    .unwrap_or(constants::BAD);
                if m.module_flags & ACC_OPEN != 0 {
                    out.push_str("open ");
                }
                out.push_str("module ");
                out.push_str(&java_name(name));
                if m.module_version_index != 0 {
                    out.push('@');
                    out.push_str(self.pool.utf8_or_bad(m.module_version_index));
                }
                return out;
            }
            out.push_str("class ");
            out.push_str(&java_name(class.this_class_name()));
            return out;
        }
        let is_interface = self.is_interface();
        out.push_str(if is_interface { "interface " } else { "class " });
        out.push_str(&java_name(
            self.pool
                .class_name(class.this_class)
                .unwrap_or(constants::BAD),
        ));

        let signature = signature_index(&class.attributes)
            .and_then(|i| self.pool.utf8(i))
            .and_then(signature::parse);
        match signature {
            Some(Signature::Class {
                type_params,
                superclass,
                interfaces,
            }) => {
                signature::write_type_params(&type_params, "", self.options.verbose, &mut out);
                if is_interface {
                    signature::write_list(&interfaces, " extends ", "", Style::Java, &mut out);
                } else {
                    if self.options.verbose || !superclass.is_object() {
                        out.push_str(" extends ");
                        superclass.write(Style::Java, &mut out);
                    }
                    signature::write_list(&interfaces, " implements ", "", Style::Java, &mut out);
                }
            }
            Some(Signature::Type(t)) => {
                if self.options.verbose || !t.is_object() {
                    out.push_str(" extends ");
                    t.write(Style::Java, &mut out);
                }
            }
            _ => {
                if !is_interface {
                    if let Some(name) = class.super_class_name() {
                        let name = java_name(name);
                        if name != "java.lang.Object" {
                            out.push_str(" extends ");
                            out.push_str(&name);
                        }
                    }
                }
                for (i, &index) in class.interfaces.iter().enumerate() {
                    out.push_str(match (i, is_interface) {
                        (0, false) => " implements ",
                        (0, true) => " extends ",
                        _ => ",",
                    });
                    out.push_str(&java_name(
                        self.pool.class_name(index).unwrap_or(constants::BAD),
                    ));
                }
            }
        }
        out
    }

    /// The directives of a module-info, as in its source.
    fn write_directives(&mut self) {
        let Some(m) = self.class.attributes.iter().find_map(|a| match a {
            Attribute::Module(m) => Some(m),
            _ => None,
        }) else {
            return;
        };
        let cp = self.pool.cp;
        let module_name = |i: u16| {
            cp.module_or_package_name(i)
                .map(str::to_owned)
                .unwrap_or_else(|_| constants::BAD.to_owned())
        };
        let package_name = |i: u16| java_name(&module_name(i));
        let class_name = |i: u16| java_name(cp.class_name(i).unwrap_or(constants::BAD));
        for r in &m.requires {
            let mut line = String::from("requires");
            if r.requires_flags & ACC_STATIC_PHASE != 0 {
                line.push_str(" static");
            }
            if r.requires_flags & ACC_TRANSITIVE != 0 {
                line.push_str(" transitive");
            }
            line.push(' ');
            line.push_str(&module_name(r.requires_index));
            line.push(';');
            self.p.println(&line);
        }
        for (keyword, list) in [("exports", &m.exports), ("opens", &m.opens)] {
            for e in list {
                self.p
                    .print(&format!("{keyword} {}", package_name(e.package_index)));
                self.write_targets(e.to.iter().map(|&i| module_name(i)), " to");
            }
        }
        for &u in &m.uses {
            self.p.println(&format!("uses {};", class_name(u)));
        }
        for provides in &m.provides {
            self.p.print(&format!(
                "provides  {}",
                class_name(provides.provides_index)
            ));
            self.write_targets(provides.with.iter().map(|&i| class_name(i)), " with");
        }
    }

    /// ` to\n    a,\n    b;` or just `;`.
    fn write_targets(&mut self, targets: impl Iterator<Item = String>, keyword: &str) {
        let mut first = true;
        for target in targets {
            if first {
                self.p.println(keyword);
                self.p.indent();
                first = false;
            } else {
                self.p.println(",");
            }
            self.p.print(&target);
        }
        self.p.println(";");
        if !first {
            self.p.outdent();
        }
    }

    fn write_field(&mut self, flags: u16, field: &'a FieldInfo) {
        if !self.shown(flags) {
            return;
        }
        let mut line = String::with_capacity(96);
        for m in modifiers(flags, FIELD_MODIFIERS) {
            line.push_str(m);
            line.push(' ');
        }
        let descriptor = self.pool.utf8(field.descriptor_index);
        let generic = signature_index(&field.attributes)
            .and_then(|i| self.pool.utf8(i))
            .and_then(signature::parse);
        match generic {
            Some(Signature::Type(t)) => t.write(Style::Java, &mut line),
            _ => line.push_str(&field_type(descriptor)),
        }
        line.push(' ');
        line.push_str(self.pool.utf8_or_bad(field.name_index));
        line.push(';');
        self.p.println(&line);

        self.p.indent();
        if self.options.verbose {
            self.p.println(&format!(
                "descriptor: {}",
                descriptor.unwrap_or(constants::BAD)
            ));
            self.p.println(&flags_line(flags, FlagTarget::Field));
            for attribute in &field.attributes {
                self.write_attribute(attribute);
            }
        }
        self.p.outdent();
        if self.options.verbose || self.options.code {
            self.p.newline();
        }
    }

    fn write_method(&mut self, flags: u16, method: &'a MethodInfo) {
        if !self.shown(flags) {
            return;
        }
        if self.pending_newline {
            self.p.newline();
            self.pending_newline = false;
        }
        self.method = Some((method, flags));
        let name = self.pool.utf8_or_bad(method.name_index);
        let descriptor = self.pool.utf8(method.descriptor_index).unwrap_or("");

        let mut line = String::with_capacity(128);
        for m in modifiers(flags, METHOD_MODIFIERS) {
            line.push_str(m);
            line.push(' ');
        }
        let class = self.class;
        if self.is_interface()
            && flags & ACC_ABSTRACT == 0
            && name != "<clinit>"
            && (class.major_version, class.minor_version) >= (52, 0)
            && flags & (ACC_STATIC | ACC_PRIVATE) == 0
        {
            line.push_str("default ");
        }

        let generic = signature_index(&method.attributes)
            .and_then(|i| self.pool.utf8(i))
            .and_then(signature::parse);
        let (params, ret, throws) = match &generic {
            Some(Signature::Method {
                type_params,
                params,
                ret,
                throws,
            }) => {
                signature::write_type_params(type_params, " ", self.options.verbose, &mut line);
                let mut list = String::from("(");
                for (i, t) in params.iter().enumerate() {
                    if i > 0 {
                        list.push_str(", ");
                    }
                    t.write(Style::Java, &mut list);
                }
                list.push(')');
                (list, ret.to_string(Style::Java), Some(throws))
            }
            _ => (
                descriptor_parameters(descriptor).unwrap_or_else(|| "(??)".to_owned()),
                descriptor_return(descriptor).unwrap_or_else(|| constants::BAD.to_owned()),
                None,
            ),
        };
        let params = if flags & ACC_VARARGS != 0 {
            match params.rfind("[]") {
                Some(i) if i > 0 => format!("{}...{}", &params[..i], &params[i + 2..]),
                _ => params,
            }
        } else {
            params
        };
        match name {
            "<init>" => {
                line.push_str(&java_name(
                    self.pool
                        .class_name(class.this_class)
                        .unwrap_or(constants::BAD),
                ));
                line.push_str(&params);
            }
            "<clinit>" => line.push_str("{}"),
            _ => {
                line.push_str(&ret);
                line.push(' ');
                line.push_str(name);
                line.push_str(&params);
            }
        }
        if let Some(exceptions) = method.attributes.iter().find_map(|a| match a {
            Attribute::Exceptions(list) => Some(list),
            _ => None,
        }) {
            line.push_str(" throws ");
            match throws {
                // The generic list, as javap prints it: internal names.
                Some(throws) if !throws.is_empty() => {
                    signature::write_list(throws, "", "", Style::Internal, &mut line);
                }
                _ => {
                    let names: Vec<String> = exceptions
                        .iter()
                        .map(|&i| java_name(self.pool.class_name(i).unwrap_or(constants::BAD)))
                        .collect();
                    line.push_str(&names.join(", "));
                }
            }
        }
        line.push(';');
        self.p.println(&line);

        self.p.indent();
        if self.options.verbose {
            self.p.println(&format!("descriptor: {descriptor}"));
            self.p.println(&flags_line(flags, FlagTarget::Method));
            for attribute in &method.attributes {
                self.write_attribute(attribute);
            }
        } else if self.options.code {
            if let Some(code) = method.code() {
                self.p.println("Code:");
                code::write_instructions(&mut self.p, &self.pool, code);
                code::write_exception_table(&mut self.p, &self.pool, code);
            }
        }
        self.p.outdent();
        self.pending_newline = self.options.code || self.options.verbose;
    }
}

/// A field descriptor as a Java type (`int[]`), or the descriptor itself if it does not parse.
fn field_type(descriptor: Option<&str>) -> String {
    match descriptor {
        Some(d) => parse_field_descriptor(d)
            .map(|t| t.java_name())
            .unwrap_or_else(|| d.to_owned()),
        None => constants::BAD.to_owned(),
    }
}

const ACC_OPEN: u16 = 0x0020;
const ACC_TRANSITIVE: u16 = 0x0020;
const ACC_STATIC_PHASE: u16 = 0x0040;

#[cfg(test)]
mod tests {
    use super::*;

    fn fixtures() -> Vec<Vec<u8>> {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/classfile");
        let mut files = Vec::new();
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "class") {
                    if let Ok(bytes) = std::fs::read(&path) {
                        files.push(bytes);
                    }
                }
            }
        }
        files
    }

    fn print_all_modes(bytes: &[u8]) {
        let origin = Origin::File(PathBuf::from("Fuzz.class"));
        for (code, verbose, private) in [
            (false, false, false),
            (true, false, true),
            (false, true, true),
        ] {
            let options = Options {
                code,
                verbose,
                private,
            };
            let mut out = Vec::new();
            let _ = print_class(&mut out, bytes, &origin, &options);
        }
    }

    /// Corrupted class files either fail to parse or print; they never panic.
    #[test]
    fn mutated_class_files_do_not_panic() {
        let files = fixtures();
        let iterations: usize = std::env::var("RJAVAP_FUZZ_ITERATIONS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(2000);
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for bytes in &files {
            print_all_modes(bytes);
        }
        if files.is_empty() {
            return;
        }
        for _ in 0..iterations {
            let mut bytes = files[(next() as usize) % files.len()].clone();
            for _ in 0..1 + next() % 4 {
                let at = 10 + (next() as usize) % (bytes.len().saturating_sub(10).max(1));
                if let Some(b) = bytes.get_mut(at) {
                    *b = match next() % 4 {
                        0 => 0,
                        1 => 0xff,
                        2 => *b ^ (1 << (next() % 8)),
                        _ => next() as u8,
                    };
                }
            }
            print_all_modes(&bytes);
        }
    }
}
