//! The parser against javac- and ASM-built fixtures (`testdata/classfile`, made by
//! `tools/gen-classfile-fixtures`): structure counts against `javap -v -p` ground truth, and
//! exact values for every constant kind and attribute kind.

use rjava_classfile::annotations::{ElementValue, TargetInfo};
use rjava_classfile::bytecode::{decode_all, op, Operands};
use rjava_classfile::stack_map::{StackMapFrame, VerificationType};
use rjava_classfile::{Attribute, ClassFile, Constant, ErrorKind, ParseOptions};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

fn classes_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/classfile/classes")
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(classes_dir().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn parse(rel: &str) -> ClassFile {
    ClassFile::parse(&read(rel)).unwrap_or_else(|e| panic!("{rel}: {e:?}"))
}

fn frame_kind(f: &StackMapFrame) -> &'static str {
    match f {
        StackMapFrame::Same { .. } => "same",
        StackMapFrame::SameLocals1StackItem { .. } => "same_locals_1_stack_item",
        StackMapFrame::SameLocals1StackItemExtended { .. } => {
            "same_locals_1_stack_item_frame_extended"
        }
        StackMapFrame::Chop { .. } => "chop",
        StackMapFrame::SameExtended { .. } => "same_frame_extended",
        StackMapFrame::Append { .. } => "append",
        StackMapFrame::Full { .. } => "full_frame",
    }
}

/// Counts every attribute by name at every nesting level, and every frame kind.
fn count_attributes(
    class: &ClassFile,
    attrs: &[Attribute],
    names: &mut BTreeMap<String, usize>,
    frames: &mut BTreeMap<String, usize>,
) {
    for a in attrs {
        let name = match a {
            Attribute::Unknown { name_index, .. } | Attribute::Malformed { name_index, .. } => {
                class.constant_pool.utf8(*name_index).unwrap().to_owned()
            }
            other => other.name().unwrap().to_owned(),
        };
        *names.entry(name).or_default() += 1;
        match a {
            Attribute::Code(code) => count_attributes(class, &code.attributes, names, frames),
            Attribute::Record(components) => {
                for c in components {
                    count_attributes(class, &c.attributes, names, frames);
                }
            }
            Attribute::StackMapTable(table) => {
                for f in table {
                    *frames.entry(frame_kind(f).to_owned()).or_default() += 1;
                }
            }
            _ => {}
        }
    }
}

fn render(map: &BTreeMap<String, usize>) -> String {
    map.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn find<'a, T>(attrs: &'a [Attribute], pick: impl Fn(&'a Attribute) -> Option<T>) -> Option<T> {
    attrs.iter().find_map(pick)
}

#[test]
fn every_fixture_matches_javap_coverage() {
    let text = std::fs::read_to_string(classes_dir().join("../expected-coverage.txt")).unwrap();
    let mut checked = 0;
    for block in text.split("\n[").skip(1) {
        let (file, rest) = block.split_once("]\n").unwrap();
        let field = |key: &str| {
            rest.lines()
                .find_map(|l| l.strip_prefix(&format!("{key}:")))
                .map(str::trim)
                .unwrap_or("")
                .to_owned()
        };
        let class = parse(file);
        assert_eq!(
            format!("{}.{}", class.major_version, class.minor_version),
            field("version"),
            "{file}"
        );

        let mut constants = BTreeMap::new();
        for c in class
            .constant_pool
            .entries()
            .iter()
            .filter(|c| **c != Constant::Unusable)
        {
            *constants.entry(c.kind_name().to_owned()).or_default() += 1;
        }
        assert_eq!(render(&constants), field("constants"), "{file}: constants");

        let mut names = BTreeMap::new();
        let mut frames = BTreeMap::new();
        count_attributes(&class, &class.attributes, &mut names, &mut frames);
        for f in &class.fields {
            count_attributes(&class, &f.attributes, &mut names, &mut frames);
        }
        for m in &class.methods {
            count_attributes(&class, &m.attributes, &mut names, &mut frames);
            if let Some(code) = m.code() {
                decode_all(&code.code).unwrap_or_else(|e| panic!("{file}: {e}"));
            }
        }
        assert_eq!(render(&names), field("attributes"), "{file}: attributes");
        assert_eq!(render(&frames), field("frames"), "{file}: frames");
        checked += 1;
    }
    assert_eq!(checked, 70);
}

#[test]
fn numeric_and_string_constants() {
    let class = parse("fixtures/Constants.class");
    let cp = &class.constant_pool;
    let (mut longs, mut doubles, mut floats, mut strings) = (vec![], vec![], vec![], vec![]);
    for c in cp.entries() {
        match c {
            Constant::Long(v) => longs.push(*v),
            Constant::Double(v) => doubles.push(v.to_bits()),
            Constant::Float(v) => floats.push(v.to_bits()),
            Constant::String { string_index } => strings.push(cp.java_str(*string_index).unwrap()),
            _ => {}
        }
    }
    assert!(longs.contains(&i64::MIN));
    for d in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.0] {
        assert!(doubles.contains(&d.to_bits()), "{d}");
    }
    assert!(floats.contains(&f32::NAN.to_bits()));
    // U+0000 arrives through the two-byte form, and U+1F600 through a surrogate pair.
    assert!(strings.iter().any(|s| s.as_str().contains('\0')));
    assert!(strings.iter().any(|s| s.as_str().contains('\u{1F600}')));
    // The slot after a Long or Double is unusable, as is slot 0.
    for (i, c) in cp.entries().iter().enumerate() {
        if matches!(c, Constant::Long(_) | Constant::Double(_)) {
            assert_eq!(cp.entries()[i + 1], Constant::Unusable);
            assert!(cp.get(i as u16 + 1).is_err());
        }
    }
    assert!(cp.get(0).is_err());
    // Fields carry ConstantValues of each loadable kind.
    let kinds: Vec<_> = class
        .fields
        .iter()
        .filter_map(|f| f.constant_value_index())
        .map(|i| cp.get(i).unwrap().kind_name())
        .collect();
    for kind in ["Integer", "Long", "Float", "Double", "String"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

#[test]
fn nan_payloads_survive() {
    let class = parse("fixtures/gen/NaNPayloads.class");
    let payload_nans = class
        .constant_pool
        .entries()
        .iter()
        .filter(|c| match c {
            Constant::Double(d) => d.is_nan() && d.to_bits() != f64::NAN.to_bits(),
            Constant::Float(f) => f.is_nan() && f.to_bits() != f32::NAN.to_bits(),
            _ => false,
        })
        .count();
    assert!(payload_nans > 0);
}

#[test]
fn lone_surrogates_are_kept_exactly() {
    let class = parse("fixtures/LoneSurrogate.class");
    let cp = &class.constant_pool;
    let lone: Vec<_> = (1..cp.len() as u16)
        .filter_map(|i| cp.java_str(i).ok())
        .filter(|s| s.has_unpaired_surrogates())
        .collect();
    assert!(!lone.is_empty());
    for s in lone {
        assert!(s.to_utf16().iter().any(|u| (0xD800..0xE000).contains(u)));
    }
}

#[test]
fn method_handles_of_every_kind_and_condy() {
    let class = parse("fixtures/gen/AllHandles.class");
    let kinds: BTreeSet<u8> = class
        .constant_pool
        .entries()
        .iter()
        .filter_map(|c| match c {
            Constant::MethodHandle { reference_kind, .. } => Some(*reference_kind),
            _ => None,
        })
        .collect();
    assert_eq!(kinds, (1..=9).collect());

    let condy = parse("fixtures/gen/Condy.class");
    let cp = &condy.constant_pool;
    let bsms = condy.bootstrap_methods();
    let mut dynamics = 0;
    for c in cp.entries() {
        if let Constant::Dynamic {
            bootstrap_method_attr_index,
            name_and_type_index,
        } = c
        {
            dynamics += 1;
            assert!((*bootstrap_method_attr_index as usize) < bsms.len());
            let (_, descriptor) = cp.name_and_type(*name_and_type_index).unwrap();
            assert!(!descriptor.starts_with('('));
        }
    }
    assert_eq!(dynamics, 6);
    for bsm in bsms {
        assert!(matches!(
            cp.get(bsm.bootstrap_method_ref),
            Ok(Constant::MethodHandle { .. })
        ));
    }
}

#[test]
fn instructions_decode_with_wide_forms_and_switches() {
    let class = parse("fixtures/Instructions.class");
    let mut seen = HashSet::new();
    let mut wide = 0;
    for code in class.methods.iter().filter_map(|m| m.code()) {
        for insn in decode_all(&code.code).unwrap() {
            seen.insert(insn.opcode);
            wide += usize::from(insn.wide);
            match &insn.operands {
                Operands::TableSwitch {
                    low, high, offsets, ..
                } => {
                    assert_eq!(offsets.len() as i64, *high as i64 - *low as i64 + 1)
                }
                Operands::LookupSwitch { pairs, .. } => {
                    assert!(pairs.windows(2).all(|w| w[0].0 < w[1].0))
                }
                _ => {}
            }
            for target in insn.branch_targets() {
                assert!(target >= 0 && (target as usize) < code.code.len());
            }
        }
    }
    assert!(wide >= 3, "wide instructions: {wide}");
    for opcode in [
        op::TABLESWITCH,
        op::LOOKUPSWITCH,
        op::MULTIANEWARRAY,
        op::NEWARRAY,
        op::ANEWARRAY,
        op::INVOKEINTERFACE,
        op::MONITORENTER,
        op::LDC_W,
        op::LDC2_W,
        op::IINC,
    ] {
        assert!(seen.contains(&opcode), "opcode {opcode:#x}");
    }
    let gotow = parse("fixtures/GotoW.class");
    let has_goto_w = gotow.methods.iter().filter_map(|m| m.code()).any(|c| {
        decode_all(&c.code)
            .unwrap()
            .iter()
            .any(|i| i.opcode == op::GOTO_W)
    });
    assert!(has_goto_w);
}

#[test]
fn legacy_class_with_jsr_and_ret() {
    let class = parse("fixtures/gen/Legacy.class");
    assert_eq!((class.major_version, class.minor_version), (45, 3));
    let opcodes: HashSet<u8> = class
        .methods
        .iter()
        .filter_map(|m| m.code())
        .flat_map(|c| decode_all(&c.code).unwrap())
        .map(|i| i.opcode)
        .collect();
    for opcode in [op::JSR, op::JSR_W, op::RET, op::GOTO_W] {
        assert!(opcodes.contains(&opcode), "{opcode:#x}");
    }
    assert!(class
        .methods
        .iter()
        .any(|m| m.attributes.contains(&Attribute::Synthetic)));
}

#[test]
fn stack_map_verification_types() {
    let class = parse("fixtures/StackMapFrames.class");
    let mut types = HashSet::new();
    for table in class
        .methods
        .iter()
        .filter_map(|m| m.code())
        .filter_map(|c| c.stack_map_table())
    {
        for f in table {
            let (locals, stack): (&[VerificationType], &[VerificationType]) = match f {
                StackMapFrame::SameLocals1StackItem { stack, .. }
                | StackMapFrame::SameLocals1StackItemExtended { stack, .. } => {
                    (&[], std::slice::from_ref(stack))
                }
                StackMapFrame::Append { locals, .. } => (locals, &[]),
                StackMapFrame::Full { locals, stack, .. } => (locals, stack),
                _ => (&[], &[]),
            };
            for t in locals.iter().chain(stack) {
                types.insert(std::mem::discriminant(t));
            }
        }
    }
    assert_eq!(types.len(), 9, "all nine verification types appear");
}

fn element_tags(v: &ElementValue, tags: &mut BTreeSet<char>) {
    match v {
        ElementValue::Const { tag, .. } => {
            tags.insert(*tag as char);
        }
        ElementValue::Enum { .. } => {
            tags.insert('e');
        }
        ElementValue::Class { .. } => {
            tags.insert('c');
        }
        ElementValue::Annotation(_) => {
            tags.insert('@');
        }
        ElementValue::Array(values) => {
            tags.insert('[');
            values.iter().for_each(|v| element_tags(v, tags));
        }
    }
}

#[test]
fn annotation_defaults_of_every_element_kind() {
    let class = parse("fixtures/anno/AllKinds.class");
    let mut tags = BTreeSet::new();
    for m in &class.methods {
        if let Some(v) = find(&m.attributes, |a| match a {
            Attribute::AnnotationDefault(v) => Some(v),
            _ => None,
        }) {
            element_tags(v, &mut tags);
        }
    }
    assert_eq!(tags.into_iter().collect::<String>(), "@BCDFIJSZ[ces");
}

#[test]
fn type_annotation_targets() {
    let class = parse("fixtures/TypeAnnotations.class");
    let mut targets = BTreeSet::new();
    let mut collect = |attrs: &[Attribute]| {
        for a in attrs {
            if let Attribute::RuntimeVisibleTypeAnnotations(t)
            | Attribute::RuntimeInvisibleTypeAnnotations(t) = a
            {
                for ta in t {
                    targets.insert(ta.target_type);
                    if let TargetInfo::LocalVar(table) = &ta.target_info {
                        assert!(!table.is_empty());
                    }
                }
            }
        }
    };
    for nested in [
        "fixtures/TypeAnnotations.class",
        "fixtures/TypeAnnotations$Gen.class",
        "fixtures/TypeAnnotations$Inner.class",
    ] {
        let class = parse(nested);
        collect(&class.attributes);
        for f in &class.fields {
            collect(&f.attributes);
        }
        for m in &class.methods {
            collect(&m.attributes);
            if let Some(code) = m.code() {
                collect(&code.attributes);
            }
        }
    }
    let _ = class;
    assert_eq!(targets.len(), 22, "{targets:x?}");
}

#[test]
fn module_info() {
    let class = parse("module-info.class");
    assert!(class.is_module_info());
    let cp = &class.constant_pool;
    let module = find(&class.attributes, |a| match a {
        Attribute::Module(m) => Some(m),
        _ => None,
    })
    .unwrap();
    assert_eq!(
        cp.module_or_package_name(module.module_name_index).unwrap(),
        "fixtures.module"
    );
    assert!(module
        .requires
        .iter()
        .any(|r| cp.module_or_package_name(r.requires_index).unwrap() == "java.base"));
    assert!(class
        .attributes
        .iter()
        .any(|a| matches!(a, Attribute::ModulePackages(p) if !p.is_empty())));
    assert!(class
        .attributes
        .iter()
        .any(|a| matches!(a, Attribute::ModuleMainClass { .. })));
}

#[test]
fn records_nests_sealed_and_inner_classes() {
    let point = parse("fixtures/Point.class");
    let components = find(&point.attributes, |a| match a {
        Attribute::Record(c) => Some(c),
        _ => None,
    })
    .unwrap();
    assert!(!components.is_empty());
    let shape = parse("fixtures/Shape.class");
    let permitted = find(&shape.attributes, |a| match a {
        Attribute::PermittedSubclasses(p) => Some(p.len()),
        _ => None,
    });
    assert_eq!(permitted, Some(3));
    let outer = parse("fixtures/Outer.class");
    assert!(outer
        .attributes
        .iter()
        .any(|a| matches!(a, Attribute::NestMembers(m) if m.len() >= 5)));
    assert!(outer
        .attributes
        .iter()
        .any(|a| matches!(a, Attribute::InnerClasses(e) if !e.is_empty())));
    let local = parse("fixtures/Outer$1Local.class");
    assert!(local.attributes.iter().any(
        |a| matches!(a, Attribute::EnclosingMethod { method_index, .. } if *method_index != 0)
    ));
    assert!(local
        .attributes
        .iter()
        .any(|a| matches!(a, Attribute::NestHost { .. })));
}

#[test]
fn source_debug_extension_and_unknown_attributes_are_kept() {
    let class = parse("fixtures/gen/SourceDebug.class");
    assert!(class
        .attributes
        .iter()
        .any(|a| matches!(a, Attribute::SourceDebugExtension(d) if !d.is_empty())));
    let class = parse("fixtures/gen/UnknownAttrs.class");
    let unknown = |attrs: &[Attribute]| {
        attrs
            .iter()
            .filter(|a| matches!(a, Attribute::Unknown { .. }))
            .count()
    };
    assert!(unknown(&class.attributes) >= 1);
    assert!(class.fields.iter().any(|f| unknown(&f.attributes) >= 1));
    assert!(class.methods.iter().any(|m| unknown(&m.attributes) >= 1));
    assert!(class
        .methods
        .iter()
        .filter_map(|m| m.code())
        .any(|c| unknown(&c.attributes) >= 1));
}

#[test]
fn version_limits() {
    let java25 = read("fixtures/gen/Java25.class");
    assert_eq!(ClassFile::parse(&java25).unwrap().major_version, 69);
    let as_java17 = ParseOptions::java17_runtime();
    let err = ClassFile::parse_with(&java25, as_java17).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnsupportedClassVersion);
    assert_eq!(
        err.message("fixtures/gen/Java25"),
        "fixtures/gen/Java25 has been compiled by a more recent version of the Java Runtime (class file version 69.0), \
         this version of the Java Runtime only recognizes class file versions up to 61.0"
    );
    let preview = read("fixtures/gen/Preview.class");
    let err = ClassFile::parse_with(&preview, as_java17).unwrap_err();
    assert_eq!(
        err.message("fixtures/gen/Preview"),
        "Preview features are not enabled for fixtures/gen/Preview (class file version 61.65535). \
         Try running with '--enable-preview'"
    );
    assert!(ClassFile::parse_with(
        &preview,
        ParseOptions {
            enable_preview: true,
            ..as_java17
        }
    )
    .is_ok());
}

#[test]
fn lambdas_bootstraps_and_method_parameters() {
    let class = parse("fixtures/Lambdas.class");
    let cp = &class.constant_pool;
    let bsm_names: Vec<_> = class
        .bootstrap_methods()
        .iter()
        .filter_map(|b| match cp.get(b.bootstrap_method_ref).unwrap() {
            Constant::MethodHandle {
                reference_index, ..
            } => Some(cp.member_ref(*reference_index).unwrap().name),
            _ => None,
        })
        .collect();
    for name in ["metafactory", "altMetafactory", "makeConcatWithConstants"] {
        assert!(bsm_names.contains(&name), "{name} in {bsm_names:?}");
    }
    assert!(class.methods.iter().any(|m| m
        .attributes
        .iter()
        .any(|a| matches!(a, Attribute::MethodParameters(p) if !p.is_empty()))));
}
