//! Attributes as `-v` prints them, in class-file order.

use super::annotations;
use super::code;
use super::constants::BAD;
use super::printer::Printer;
use super::signature::{self, Signature, Style};
use super::text;
use super::{
    field_type, java_name, modifiers, signature_index, ClassWriter, INNER_CLASS_MODIFIERS,
};
use rjava_classfile::access::*;
use rjava_classfile::attributes::RecordComponent;
use rjava_classfile::descriptor::parse_method_descriptor;
use rjava_classfile::module_attr::ModuleAttribute;
use rjava_classfile::stack_map::{StackMapFrame, VerificationType};
use rjava_classfile::{Attribute, Code};

impl<'a> ClassWriter<'a, '_> {
    pub(crate) fn write_attribute(&mut self, attribute: &Attribute) {
        let pool = self.pool;
        match attribute {
            Attribute::ConstantValue {
                constant_value_index,
            } => {
                self.p.println(&format!(
                    "ConstantValue: {}",
                    pool.describe(*constant_value_index)
                ));
            }
            Attribute::Code(code) => self.write_code(code),
            Attribute::StackMapTable(frames) => self.write_stack_map(frames),
            Attribute::Exceptions(list) => {
                self.p.println("Exceptions:");
                self.p.indent();
                let names: Vec<String> = list
                    .iter()
                    .map(|&i| java_name(pool.class_name(i).unwrap_or(BAD)))
                    .collect();
                self.p.println(&format!("throws {}", names.join(", ")));
                self.p.outdent();
            }
            Attribute::InnerClasses(entries) => {
                let mut first = true;
                for e in entries {
                    let flags = e.inner_class_access_flags;
                    if !self.shown(flags) {
                        continue;
                    }
                    if first {
                        self.p.println("InnerClasses:");
                        self.p.indent();
                        first = false;
                    }
                    let shown_flags = if flags & ACC_INTERFACE != 0 {
                        flags & !ACC_ABSTRACT
                    } else {
                        flags
                    };
                    let mut line = String::new();
                    for m in modifiers(shown_flags, INNER_CLASS_MODIFIERS) {
                        line.push_str(m);
                        line.push(' ');
                    }
                    if e.inner_name_index != 0 {
                        line.push_str(&format!("#{}= ", e.inner_name_index));
                    }
                    line.push_str(&format!("#{}", e.inner_class_info_index));
                    if e.outer_class_info_index != 0 {
                        line.push_str(&format!(" of #{}", e.outer_class_info_index));
                    }
                    line.push(';');
                    self.p.print(&line);
                    self.p.tab();
                    let mut comment = String::from("// ");
                    if e.inner_name_index != 0 {
                        comment.push_str(pool.utf8_or_bad(e.inner_name_index));
                        comment.push('=');
                    }
                    comment.push_str(&pool.describe(e.inner_class_info_index));
                    if e.outer_class_info_index != 0 {
                        comment.push_str(" of ");
                        comment.push_str(&pool.describe(e.outer_class_info_index));
                    }
                    self.p.println(&comment);
                }
                if !first {
                    self.p.outdent();
                }
            }
            Attribute::EnclosingMethod {
                class_index,
                method_index,
            } => {
                self.p
                    .print(&format!("EnclosingMethod: #{class_index}.#{method_index}"));
                self.p.tab();
                let mut comment = format!(
                    "// {}",
                    java_name(pool.class_name(*class_index).unwrap_or(BAD))
                );
                if *method_index != 0 {
                    let name = pool
                        .cp
                        .name_and_type(*method_index)
                        .map(|(name, _)| name)
                        .unwrap_or(BAD);
                    comment.push('.');
                    comment.push_str(name);
                }
                self.p.println(&comment);
            }
            Attribute::Synthetic => self.p.println("Synthetic: true"),
            Attribute::Deprecated => self.p.println("Deprecated: true"),
            Attribute::Signature { signature_index } => {
                self.p.print(&format!("Signature: #{signature_index}"));
                self.p.tab();
                self.p
                    .println(&format!("// {}", pool.utf8_or_bad(*signature_index)));
            }
            Attribute::SourceFile { sourcefile_index } => {
                self.p.println(&format!(
                    "SourceFile: \"{}\"",
                    pool.utf8_or_bad(*sourcefile_index)
                ));
            }
            Attribute::SourceDebugExtension(bytes) => {
                self.p.println("SourceDebugExtension:");
                self.p.indent();
                let text = text::decode_utf8(bytes);
                for line in text.split(['\r', '\n']).filter(|l| !l.is_empty()) {
                    self.p.println(line);
                }
                self.p.outdent();
            }
            Attribute::LineNumberTable(lines) => {
                self.p.println("LineNumberTable:");
                self.p.indent();
                for l in lines {
                    self.p
                        .println(&format!("line {}: {}", l.line_number, l.start_pc));
                }
                self.p.outdent();
            }
            Attribute::LocalVariableTable(vars) | Attribute::LocalVariableTypeTable(vars) => {
                let name = if matches!(attribute, Attribute::LocalVariableTable(_)) {
                    "LocalVariableTable:"
                } else {
                    "LocalVariableTypeTable:"
                };
                self.p.println(name);
                self.p.indent();
                self.p.println("Start  Length  Slot  Name   Signature");
                for v in vars {
                    self.p.println(&format!(
                        "{:>5} {:>7} {:>5} {:>5}   {}",
                        v.start_pc,
                        v.length,
                        v.index,
                        pad_left(&pool.string_value(v.name_index), 5),
                        pool.string_value(v.descriptor_index)
                    ));
                }
                self.p.outdent();
            }
            Attribute::RuntimeVisibleAnnotations(list)
            | Attribute::RuntimeInvisibleAnnotations(list) => {
                self.p
                    .println(&format!("{}:", attribute.name().unwrap_or("")));
                self.p.indent();
                for (i, a) in list.iter().enumerate() {
                    self.p.print(&format!("{i}: "));
                    annotations::write(&mut self.p, &pool, a);
                    self.p.newline();
                }
                self.p.outdent();
            }
            Attribute::RuntimeVisibleParameterAnnotations(params)
            | Attribute::RuntimeInvisibleParameterAnnotations(params) => {
                self.p
                    .println(&format!("{}:", attribute.name().unwrap_or("")));
                self.p.indent();
                for (n, list) in params.iter().enumerate() {
                    self.p.println(&format!("parameter {n}: "));
                    self.p.indent();
                    for (i, a) in list.iter().enumerate() {
                        self.p.print(&format!("{i}: "));
                        annotations::write(&mut self.p, &pool, a);
                        self.p.newline();
                    }
                    self.p.outdent();
                }
                self.p.outdent();
            }
            Attribute::RuntimeVisibleTypeAnnotations(list)
            | Attribute::RuntimeInvisibleTypeAnnotations(list) => {
                self.p
                    .println(&format!("{}:", attribute.name().unwrap_or("")));
                self.p.indent();
                for (i, a) in list.iter().enumerate() {
                    self.p.print(&format!("{i}: "));
                    annotations::write_type_annotation(&mut self.p, &pool, a);
                    self.p.newline();
                }
                self.p.outdent();
            }
            Attribute::AnnotationDefault(value) => {
                self.p.println("AnnotationDefault:");
                self.p.indent();
                self.p.print("default_value: ");
                annotations::write_value(&mut self.p, &pool, value, false);
                self.p.newline();
                self.p.indent();
                annotations::write_value(&mut self.p, &pool, value, true);
                self.p.outdent();
                self.p.newline();
                self.p.outdent();
            }
            Attribute::BootstrapMethods(methods) => {
                self.p.println("BootstrapMethods:");
                self.p.indent();
                for (i, m) in methods.iter().enumerate() {
                    self.p.println(&format!(
                        "{i}: #{} {}",
                        m.bootstrap_method_ref,
                        pool.string_value(m.bootstrap_method_ref)
                    ));
                    self.p.indent();
                    self.p.println("Method arguments:");
                    self.p.indent();
                    for &arg in &m.bootstrap_arguments {
                        self.p
                            .println(&format!("#{arg} {}", pool.string_value(arg)));
                    }
                    self.p.outdent();
                    self.p.outdent();
                }
                self.p.outdent();
            }
            Attribute::MethodParameters(params) => {
                self.p.println("MethodParameters:");
                self.p.indent();
                self.p.println(&format!("{:<31}{}", "Name", "Flags"));
                for param in params {
                    let name = if param.name_index != 0 {
                        pool.string_value(param.name_index)
                    } else {
                        "<no name>".to_owned()
                    };
                    let mut flags = String::new();
                    if param.access_flags & ACC_FINAL != 0 {
                        flags.push_str("final ");
                    }
                    if param.access_flags & ACC_MANDATED != 0 {
                        flags.push_str("mandated ");
                    }
                    if param.access_flags & ACC_SYNTHETIC != 0 {
                        flags.push_str("synthetic");
                    }
                    self.p.println(&format!("{}{flags}", pad_right(&name, 31)));
                }
                self.p.outdent();
            }
            Attribute::Module(m) => self.write_module(m),
            Attribute::ModulePackages(packages) => {
                self.p.println("ModulePackages: ");
                self.p.indent();
                for &package in packages {
                    self.p.print(&format!("#{package}"));
                    self.p.tab();
                    let name = pool.cp.module_or_package_name(package).unwrap_or(BAD);
                    self.p.println(&format!("// {}", java_name(name)));
                }
                self.p.outdent();
            }
            Attribute::ModuleMainClass { main_class_index } => {
                self.p
                    .print(&format!("ModuleMainClass: #{main_class_index}"));
                self.p.tab();
                let name = pool.class_name(*main_class_index).unwrap_or(BAD);
                self.p.println(&format!("// {}", java_name(name)));
            }
            Attribute::NestHost { host_class_index } => {
                self.p
                    .println(&format!("NestHost: {}", pool.describe(*host_class_index)));
            }
            Attribute::NestMembers(list) | Attribute::PermittedSubclasses(list) => {
                self.p
                    .println(&format!("{}:", attribute.name().unwrap_or("")));
                self.p.indent();
                for &class in list {
                    self.p.println(&pool.string_value(class));
                }
                self.p.outdent();
            }
            Attribute::Record(components) => {
                self.p.println("Record:");
                self.p.indent();
                for component in components {
                    self.write_record_component(component);
                }
                self.p.outdent();
            }
            Attribute::Unknown { name_index, info } | Attribute::Malformed { name_index, info } => {
                let name = pool.utf8(*name_index);
                if let Some(known) = name.and_then(|name| reinterpret(name, info)) {
                    self.write_attribute(&known);
                    return;
                }
                if name.is_some_and(|n| self.write_module_extra(n, info)) {
                    return;
                }
                self.p.print("  ");
                match name {
                    Some(_) => self.p.print(&pool.text(*name_index)),
                    None => self.p.print(&format!("attribute name = #{name_index}")),
                }
                let unknown = name.is_some_and(|n| !JAVAP_ATTRIBUTES.contains(&n));
                self.p.println(&format!(
                    ": length = 0x{:X}{}",
                    info.len(),
                    if unknown { " (unknown attribute)" } else { "" }
                ));
                self.p.print("   ");
                for (i, byte) in info.iter().enumerate() {
                    self.p.print(&format!("{byte:02X}"));
                    if i % 16 == 15 {
                        self.p.newline();
                        self.p.print("   ");
                    } else {
                        self.p.print(" ");
                    }
                }
                self.p.newline();
            }
        }
    }

    fn write_code(&mut self, code: &Code) {
        self.p.println("Code:");
        self.p.indent();
        let args = self
            .method
            .and_then(|(m, flags)| {
                let d = parse_method_descriptor(self.pool.utf8(m.descriptor_index)?)?;
                Some(d.parameters.len() + usize::from(flags & ACC_STATIC == 0))
            })
            .map_or_else(|| BAD.to_owned(), |n| n.to_string());
        self.p.println(&format!(
            "stack={}, locals={}, args_size={args}",
            code.max_stack, code.max_locals
        ));
        code::write_instructions(&mut self.p, &self.pool, code);
        code::write_exception_table(&mut self.p, &self.pool, code);
        for attribute in &code.attributes {
            self.write_attribute(attribute);
        }
        self.p.outdent();
    }

    fn write_stack_map(&mut self, frames: &[StackMapFrame]) {
        self.p.println(&format!(
            "StackMapTable: number_of_entries = {}",
            frames.len()
        ));
        self.p.indent();
        for frame in frames {
            let kind = match frame {
                StackMapFrame::Same { .. } => "/* same */",
                StackMapFrame::SameLocals1StackItem { .. } => "/* same_locals_1_stack_item */",
                StackMapFrame::SameLocals1StackItemExtended { .. } => {
                    "/* same_locals_1_stack_item_frame_extended */"
                }
                StackMapFrame::Chop { .. } => "/* chop */",
                StackMapFrame::SameExtended { .. } => "/* same_frame_extended */",
                StackMapFrame::Append { .. } => "/* append */",
                StackMapFrame::Full { .. } => "/* full_frame */",
            };
            self.p
                .println(&format!("frame_type = {} {kind}", frame.frame_type()));
            self.p.indent();
            match frame {
                StackMapFrame::Same { .. } => {}
                StackMapFrame::SameLocals1StackItem { stack, .. } => {
                    self.write_types("stack", std::slice::from_ref(stack));
                }
                StackMapFrame::SameLocals1StackItemExtended {
                    offset_delta,
                    stack,
                } => {
                    self.p.println(&format!("offset_delta = {offset_delta}"));
                    self.write_types("stack", std::slice::from_ref(stack));
                }
                StackMapFrame::Chop { offset_delta, .. }
                | StackMapFrame::SameExtended { offset_delta } => {
                    self.p.println(&format!("offset_delta = {offset_delta}"));
                }
                StackMapFrame::Append {
                    offset_delta,
                    locals,
                } => {
                    self.p.println(&format!("offset_delta = {offset_delta}"));
                    self.write_types("locals", locals);
                }
                StackMapFrame::Full {
                    offset_delta,
                    locals,
                    stack,
                } => {
                    self.p.println(&format!("offset_delta = {offset_delta}"));
                    self.write_types("locals", locals);
                    self.write_types("stack", stack);
                }
            }
            self.p.outdent();
        }
        self.p.outdent();
    }

    /// `locals = [ class a/B, int ]`.
    fn write_types(&mut self, name: &str, types: &[VerificationType]) {
        let mut line = format!("{name} = [");
        for (i, t) in types.iter().enumerate() {
            line.push(' ');
            match t {
                VerificationType::Top => line.push_str("top"),
                VerificationType::Integer => line.push_str("int"),
                VerificationType::Float => line.push_str("float"),
                VerificationType::Long => line.push_str("long"),
                VerificationType::Double => line.push_str("double"),
                VerificationType::Null => line.push_str("null"),
                VerificationType::UninitializedThis => line.push_str("this"),
                VerificationType::Object(index) => line.push_str(&self.pool.describe(*index)),
                VerificationType::Uninitialized(offset) => {
                    line.push_str(&format!("uninitialized {offset}"));
                }
            }
            line.push(if i + 1 == types.len() { ' ' } else { ',' });
        }
        line.push(']');
        self.p.println(&line);
    }

    fn write_record_component(&mut self, component: &RecordComponent) {
        let pool = self.pool;
        let descriptor = pool.utf8(component.descriptor_index);
        let generic = signature_index(&component.attributes)
            .and_then(|i| pool.utf8(i))
            .and_then(signature::parse);
        let mut line = match generic {
            Some(Signature::Type(t)) => t.to_string(Style::Java),
            _ => field_type(descriptor),
        };
        line.push(' ');
        line.push_str(pool.utf8_or_bad(component.name_index));
        line.push(';');
        self.p.println(&line);
        self.p.indent();
        self.p
            .println(&format!("descriptor: {}", descriptor.unwrap_or(BAD)));
        for attribute in &component.attributes {
            self.write_attribute(attribute);
        }
        self.p.newline();
        self.p.outdent();
    }

    fn write_module(&mut self, m: &ModuleAttribute) {
        let pool = self.pool;
        let p: &mut Printer<'_> = &mut self.p;
        p.println("Module:");
        p.indent();
        p.print(&format!("#{},{:x}", m.module_name_index, m.module_flags));
        p.tab();
        let mut comment = format!("// {}", pool.string_value(m.module_name_index));
        for (bit, name) in [
            (0x0020, " ACC_OPEN"),
            (ACC_MANDATED, " ACC_MANDATED"),
            (ACC_SYNTHETIC, " ACC_SYNTHETIC"),
        ] {
            if m.module_flags & bit != 0 {
                comment.push_str(name);
            }
        }
        p.println(&comment);
        version_line(p, &pool, m.module_version_index);

        p.print(&m.requires.len().to_string());
        p.tab();
        p.println("// requires");
        p.indent();
        for r in &m.requires {
            p.print(&format!("#{},{:x}", r.requires_index, r.requires_flags));
            p.tab();
            let mut comment = format!("// {}", pool.string_value(r.requires_index));
            for (bit, name) in [
                (0x0020, " ACC_TRANSITIVE"),
                (0x0040, " ACC_STATIC_PHASE"),
                (ACC_SYNTHETIC, " ACC_SYNTHETIC"),
                (ACC_MANDATED, " ACC_MANDATED"),
            ] {
                if r.requires_flags & bit != 0 {
                    comment.push_str(name);
                }
            }
            p.println(&comment);
            version_line(p, &pool, r.requires_version_index);
        }
        p.outdent();

        for (title, list) in [("exports", &m.exports), ("opens", &m.opens)] {
            p.print(&list.len().to_string());
            p.tab();
            p.println(&format!("// {title}"));
            p.indent();
            for e in list {
                p.print(&format!("#{},{:x}", e.package_index, e.flags));
                p.tab();
                let mut comment = format!("// {}", pool.string_value(e.package_index));
                if e.flags & ACC_MANDATED != 0 {
                    comment.push_str(" ACC_MANDATED");
                }
                if e.flags & ACC_SYNTHETIC != 0 {
                    comment.push_str(" ACC_SYNTHETIC");
                }
                if e.to.is_empty() {
                    p.println(&comment);
                } else {
                    p.println(&format!("{comment} to ... {}", e.to.len()));
                    p.indent();
                    for &to in &e.to {
                        p.print(&format!("#{to}"));
                        p.tab();
                        p.println(&format!("// ... to {}", pool.string_value(to)));
                    }
                    p.outdent();
                }
            }
            p.outdent();
        }

        p.print(&m.uses.len().to_string());
        p.tab();
        p.println("// uses");
        p.indent();
        for &u in &m.uses {
            p.print(&format!("#{u}"));
            p.tab();
            p.println(&format!("// {}", pool.string_value(u)));
        }
        p.outdent();

        p.print(&m.provides.len().to_string());
        p.tab();
        p.println("// provides");
        p.indent();
        for provides in &m.provides {
            p.print(&format!("#{}", provides.provides_index));
            p.tab();
            p.println(&format!(
                "// {} with ... {}",
                pool.string_value(provides.provides_index),
                provides.with.len()
            ));
            p.indent();
            for &with in &provides.with {
                p.print(&format!("#{with}"));
                p.tab();
                p.println(&format!("// ... with {}", pool.string_value(with)));
            }
            p.outdent();
        }
        p.outdent();
        p.outdent();
    }
}

impl ClassWriter<'_, '_> {
    /// The JDK's own module attributes (ModuleTarget, ModuleResolution, ModuleHashes), which
    /// JVMS does not define. Returns false if `name` is none of them or does not parse.
    fn write_module_extra(&mut self, name: &str, info: &[u8]) -> bool {
        let pool = self.pool;
        match name {
            "ModuleTarget" if info.len() == 2 => {
                let index = u2(info, 0).unwrap_or(0);
                self.p.println("ModuleTarget:");
                self.p.indent();
                self.p.print(&format!("target_platform: #{index}"));
                if index != 0 {
                    self.p.tab();
                    self.p.print(&format!("// {}", pool.text(index)));
                }
                self.p.newline();
                self.p.outdent();
                true
            }
            "ModuleResolution" if info.len() == 2 => {
                let flags = u2(info, 0).unwrap_or(0);
                self.p.println("ModuleResolution:");
                self.p.indent();
                self.p.print(&format!("{flags:x}"));
                self.p.tab();
                let mut comment = String::from("// ");
                for (bit, text) in [
                    (1, " DO_NOT_RESOLVE_BY_DEFAULT"),
                    (2, " WARN_DEPRECATED"),
                    (4, " WARN_DEPRECATED_FOR_REMOVAL"),
                    (8, " WARN_INCUBATING"),
                ] {
                    if flags & bit != 0 {
                        comment.push_str(text);
                    }
                }
                self.p.println(&comment);
                self.p.outdent();
                true
            }
            "ModuleHashes" => {
                let Some(hashes) = parse_module_hashes(info) else {
                    return false;
                };
                self.p.println("ModuleHashes:");
                self.p.indent();
                self.p.print(&format!("algorithm: #{}", hashes.0));
                self.p.tab();
                self.p.println(&format!("// {}", pool.text(hashes.0)));
                self.p.print(&hashes.1.len().to_string());
                self.p.tab();
                self.p.println("// hashes");
                for (module, hash) in hashes.1 {
                    self.p.print(&format!("#{module}"));
                    self.p.tab();
                    let name = pool.cp.module_or_package_name(module).unwrap_or(BAD);
                    self.p.println(&format!("// {name}"));
                    self.p.println(&format!("hash_length: {}", hash.len()));
                    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
                    self.p.println(&format!("hash: [{hex}]"));
                }
                self.p.outdent();
                true
            }
            _ => false,
        }
    }
}

/// The algorithm's Utf8 index and the (module, hash) pairs of a ModuleHashes attribute.
#[allow(clippy::type_complexity)]
fn parse_module_hashes(info: &[u8]) -> Option<(u16, Vec<(u16, &[u8])>)> {
    let algorithm = u2(info, 0)?;
    let count = u2(info, 2)? as usize;
    let mut at = 4;
    let mut entries = Vec::with_capacity(count.min(info.len() / 4));
    for _ in 0..count {
        let module = u2(info, at)?;
        let len = u2(info, at + 2)? as usize;
        let hash = info.get(at + 4..at + 4 + len)?;
        entries.push((module, hash));
        at += 4 + len;
    }
    (at == info.len()).then_some((algorithm, entries))
}

fn version_line(p: &mut Printer<'_>, pool: &super::constants::Pool<'_>, index: u16) {
    p.print(&format!("#{index}"));
    if index != 0 {
        p.tab();
        p.print(&format!("// {}", pool.string_value(index)));
    }
    p.newline();
}

/// Right-aligns in `width` UTF-16 units, as Java's `%5s` does.
fn pad_left(s: &str, width: usize) -> String {
    let len = s.encode_utf16().count();
    if len >= width {
        s.to_owned()
    } else {
        format!("{}{s}", " ".repeat(width - len))
    }
}

/// Left-aligns in `width` UTF-16 units, as Java's `%-31s` does.
fn pad_right(s: &str, width: usize) -> String {
    let len = s.encode_utf16().count();
    if len >= width {
        s.to_owned()
    } else {
        format!("{s}{}", " ".repeat(width - len))
    }
}

/// The attributes javap (JDK 17) knows by name; others it calls unknown.
const JAVAP_ATTRIBUTES: &[&str] = &[
    "AnnotationDefault",
    "BootstrapMethods",
    "CharacterRangeTable",
    "Code",
    "CompilationID",
    "ConstantValue",
    "Deprecated",
    "EnclosingMethod",
    "Exceptions",
    "InnerClasses",
    "LineNumberTable",
    "LocalVariableTable",
    "LocalVariableTypeTable",
    "MethodParameters",
    "Module",
    "ModuleHashes",
    "ModuleMainClass",
    "ModulePackages",
    "ModuleResolution",
    "ModuleTarget",
    "NestHost",
    "NestMembers",
    "PermittedSubclasses",
    "Record",
    "RuntimeInvisibleAnnotations",
    "RuntimeInvisibleParameterAnnotations",
    "RuntimeInvisibleTypeAnnotations",
    "RuntimeVisibleAnnotations",
    "RuntimeVisibleParameterAnnotations",
    "RuntimeVisibleTypeAnnotations",
    "Signature",
    "SourceDebugExtension",
    "SourceFile",
    "SourceID",
    "StackMap",
    "StackMapTable",
    "Synthetic",
];

fn u2(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]))
}

/// A `u2` count followed by that many `u2`s, filling the whole attribute.
fn u2_list(bytes: &[u8]) -> Option<Vec<u16>> {
    let count = u2(bytes, 0)? as usize;
    if bytes.len() != 2 + 2 * count {
        return None;
    }
    (0..count).map(|i| u2(bytes, 2 + 2 * i)).collect()
}

/// A simple predefined attribute that the class-file parser kept raw because it sits where, or in
/// a class-file version where, the JVM ignores it. javap reads attributes by name alone.
fn reinterpret(name: &str, info: &[u8]) -> Option<Attribute> {
    let single = || (info.len() == 2).then(|| u2(info, 0)).flatten();
    Some(match name {
        "ConstantValue" => Attribute::ConstantValue {
            constant_value_index: single()?,
        },
        "Signature" => Attribute::Signature {
            signature_index: single()?,
        },
        "SourceFile" => Attribute::SourceFile {
            sourcefile_index: single()?,
        },
        "NestHost" => Attribute::NestHost {
            host_class_index: single()?,
        },
        "ModuleMainClass" => Attribute::ModuleMainClass {
            main_class_index: single()?,
        },
        "Deprecated" if info.is_empty() => Attribute::Deprecated,
        "Synthetic" if info.is_empty() => Attribute::Synthetic,
        "EnclosingMethod" if info.len() == 4 => Attribute::EnclosingMethod {
            class_index: u2(info, 0)?,
            method_index: u2(info, 2)?,
        },
        "Exceptions" => Attribute::Exceptions(u2_list(info)?),
        "NestMembers" => Attribute::NestMembers(u2_list(info)?),
        "PermittedSubclasses" => Attribute::PermittedSubclasses(u2_list(info)?),
        "ModulePackages" => Attribute::ModulePackages(u2_list(info)?),
        _ => return None,
    })
}
