//! Parses arbitrary bytes as a class file and, when that succeeds, walks everything a caller
//! would touch afterwards: names, descriptors, bytecode, attributes. Bad input must only ever
//! produce an error, never a panic, a hang or unbounded allocation.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rjava_classfile::bytecode::decode_all;
use rjava_classfile::descriptor::{parse_field_descriptor, parse_method_descriptor};
use rjava_classfile::{Attribute, ClassFile, FormatChecks, ParseOptions};
use std::hint::black_box;

fuzz_target!(|data: &[u8]| {
    // Application classes are checked fully; boot classes only minimally, which lets far more
    // malformed structure through to the callers.
    for checks in [FormatChecks::Full, FormatChecks::Minimal] {
        let options = ParseOptions {
            checks,
            ..ParseOptions::default()
        };
        match ClassFile::parse_with(data, options) {
            Ok(class) => exercise(&class),
            Err(err) => {
                black_box(err.kind().java_class_name());
                black_box(err.message("Fuzz"));
                black_box(err.to_string());
            }
        }
    }
});

fn exercise(class: &ClassFile) {
    let cp = &class.constant_pool;
    black_box(class.this_class_name());
    black_box(class.super_class_name());
    black_box(class.interface_names().count());
    black_box(class.source_file());
    black_box(class.is_module_info());
    for bsm in class.bootstrap_methods() {
        black_box(cp.get(bsm.bootstrap_method_ref).ok());
        for &arg in &bsm.bootstrap_arguments {
            black_box(cp.get(arg).ok());
        }
    }
    for index in 0..cp.len().min(usize::from(u16::MAX)) as u16 {
        black_box(cp.member_ref(index).ok());
        black_box(cp.class_name(index).ok());
        if let Ok((name, descriptor)) = cp.name_and_type(index) {
            black_box(name);
            black_box(parse_field_descriptor(descriptor));
            black_box(parse_method_descriptor(descriptor));
        }
    }
    for field in &class.fields {
        black_box(field.name(cp));
        black_box(parse_field_descriptor(field.descriptor(cp)));
        black_box(field.constant_value_index());
        attributes(&field.attributes);
    }
    for method in &class.methods {
        black_box(method.name(cp));
        if let Some(desc) = parse_method_descriptor(method.descriptor(cp)) {
            black_box(desc.parameter_slots());
            for p in &desc.parameters {
                black_box(p.java_name());
                black_box(p.to_string());
            }
        }
        attributes(&method.attributes);
    }
    attributes(&class.attributes);
}

fn attributes(attributes: &[Attribute]) {
    for attr in attributes {
        black_box(attr.name());
        if let Attribute::Code(code) = attr {
            if let Ok(instructions) = decode_all(&code.code) {
                for insn in &instructions {
                    black_box(insn.name());
                    black_box(insn.branch_targets());
                }
            }
            black_box(code.line_numbers().count());
            if let Some(frames) = code.stack_map_table() {
                for frame in frames {
                    black_box((frame.frame_type(), frame.offset_delta()));
                }
            }
            attributes_nested(&code.attributes);
        }
    }
}

/// Attributes of a Code attribute hold no further Code, so no recursion is needed.
fn attributes_nested(attributes: &[Attribute]) {
    for attr in attributes {
        black_box(attr.name());
    }
}
