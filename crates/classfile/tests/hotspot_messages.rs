//! Differential test against HotSpot 17: every malformed class file in
//! `testdata/classfile/malformed/cases/` must be rejected (or accepted) exactly as HotSpot 17's
//! `ClassLoader.defineClass` does, with the same exception class and the same message.
//!
//! The corpus and HotSpot's verdicts (`expected.tsv`) come from `tools/gen-malformed-classes`, which
//! runs `tools/cfe-oracle/CfeOracle.java` on a real JDK 17; `manifest.tsv` holds the binary name each
//! case was defined under. Regenerate them with the tool; never edit them by hand.

use rjava_classfile::access::ACC_MODULE;
use rjava_classfile::{Attribute, ClassFile, FormatChecks, ParseOptions};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// HotSpot 17 as an application class loader sees it: Java 17 class files, no preview features, every
/// format check.
fn hotspot_17() -> ParseOptions {
    let options = ParseOptions::java17_runtime();
    assert_eq!(options.max_major_version, 61);
    assert!(!options.enable_preview && !options.any_preview_version);
    assert_eq!(options.checks, FormatChecks::Full);
    options
}

/// Cases where the parser knowingly differs from HotSpot, each with the reason.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[(
    "interfaces-count-big.class",
    "HotSpot loads each interface as it reads it: the 2nd (java/lang/Object) fails with \
     IncompatibleClassChangeError before the bad 3rd index is read; the parser loads no classes",
)];

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/classfile/malformed")
}

/// What HotSpot did with one case.
enum Verdict {
    Ok,
    Threw { class: String, message: String },
}

fn read_tsv(name: &str) -> Vec<Vec<String>> {
    let path = corpus_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run tools/gen-malformed-classes)", path.display()));
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// The oracle's escaping: `\\`, `\t`, `\n`, `\r`, and `\uXXXX` for every other UTF-16 unit outside
/// printable ASCII, so that each message is one line.
fn escape(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for unit in message.encode_utf16() {
        match unit {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            0x20..=0x7E => out.push(unit as u8 as char),
            _ => write!(out, "\\u{unit:04x}").unwrap(),
        }
    }
    out
}

/// HotSpot's NoClassDefFoundError for a class, or an InnerClasses entry, flagged ACC_MODULE. The
/// parser accepts such a class (it reads module-info files); whoever defines classes raises the error.
const ACC_MODULE_ERROR: &str = "is not a class because access_flag ACC_MODULE is set";

/// Whether the class, or one of its InnerClasses entries, has ACC_MODULE as HotSpot reads the flags.
fn flagged_module(class: &ClassFile) -> bool {
    let inner_module = |a: &Attribute| match a {
        Attribute::InnerClasses(entries) => entries
            .iter()
            .any(|e| e.inner_class_access_flags & ACC_MODULE != 0),
        _ => false,
    };
    class.is_module_info()
        || (class.major_version >= 53 && class.attributes.iter().any(inner_module))
}

/// Exceptions thrown by `defineClass` that the parser decides.
fn decided_by_parser(class: &str) -> bool {
    matches!(
        class,
        "java.lang.ClassFormatError" | "java.lang.UnsupportedClassVersionError"
    )
}

#[test]
fn malformed_class_files_fail_as_in_hotspot_17() {
    let names: HashMap<String, String> = read_tsv("manifest.tsv")
        .into_iter()
        .map(|cols| (cols[0].clone(), cols[1].clone()))
        .collect();
    let expected = read_tsv("expected.tsv");
    assert!(
        expected.len() > 1000 && expected.len() == names.len(),
        "expected.tsv has {} cases, manifest.tsv {}",
        expected.len(),
        names.len()
    );
    let known: HashMap<&str, &str> = KNOWN_DIFFERENCES.iter().copied().collect();
    let options = hotspot_17();

    let mut mismatches = Vec::new();
    let mut stale_known = Vec::new();
    let mut checked = 0;
    for cols in &expected {
        let file = cols[0].as_str();
        let verdict = match cols[1].as_str() {
            "OK" => Verdict::Ok,
            class => Verdict::Threw {
                class: class.to_owned(),
                message: cols.get(2).cloned().unwrap_or_default(),
            },
        };
        let binary_name = names
            .get(file)
            .unwrap_or_else(|| panic!("{file} is not in manifest.tsv"));
        let internal_name = binary_name.replace('.', "/");
        let bytes = std::fs::read(corpus_dir().join("cases").join(file))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let result = ClassFile::parse_with(&bytes, options);

        let want = match &verdict {
            // The parser cannot know the requested name, so it cannot report a wrong one.
            Verdict::Threw { class, message }
                if class == "java.lang.NoClassDefFoundError"
                    && message.contains("(wrong name: ") =>
            {
                continue
            }
            Verdict::Threw { class, message } if decided_by_parser(class) => {
                format!("{class}: {message}")
            }
            Verdict::Threw { message, .. } if message.ends_with(ACC_MODULE_ERROR) => {
                "OK, flagged ACC_MODULE".to_owned()
            }
            // Accepted, or rejected by what follows parsing (loading and checking the superclass
            // and interfaces): the parser must accept it.
            _ => "OK".to_owned(),
        };
        let got = match &result {
            Ok(class) if flagged_module(class) => "OK, flagged ACC_MODULE".to_owned(),
            Ok(_) => "OK".to_owned(),
            Err(e) => format!(
                "{}: {}",
                e.kind().java_class_name(),
                escape(&e.message(&internal_name))
            ),
        };
        checked += 1;
        let hotspot = match &verdict {
            Verdict::Ok => "OK".to_owned(),
            Verdict::Threw { class, message } => format!("{class}: {message}"),
        };
        match (got == want, known.get(file)) {
            (true, None) => {}
            (true, Some(_)) => stale_known.push(file),
            (false, Some(_)) => {}
            (false, None) => mismatches.push(format!(
                "{file}\n    hotspot:  {hotspot}\n    expected: {want}\n    got:      {got}"
            )),
        }
    }
    let unknown_known: Vec<_> = known
        .keys()
        .filter(|f| !expected.iter().any(|c| c[0] == **f))
        .collect();
    assert!(
        mismatches.is_empty() && stale_known.is_empty() && unknown_known.is_empty(),
        "{} of {checked} cases differ from HotSpot 17:\n{}\n\
         KNOWN_DIFFERENCES that now match (remove them): {stale_known:?}\n\
         KNOWN_DIFFERENCES not in the corpus: {unknown_known:?}",
        mismatches.len(),
        mismatches.join("\n"),
    );
}
