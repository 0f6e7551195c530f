//! The loader's error paths, against HotSpot: classes made inconsistent by separate compilation
//! (a class extending what became an interface, implementing what became a class, extending what
//! became final, a missing superclass, a superclass cycle) and by patched bytes (wrong name, bad
//! magic, too new a version). rjava's output must equal `java`'s byte for byte.

use std::path::{Path, PathBuf};
use std::process::Command;

fn javac(args: &[&str], dir: &Path) {
    let status = Command::new("javac")
        .args(args)
        .current_dir(dir)
        .status()
        .expect("javac runs");
    assert!(status.success(), "javac {args:?}");
}

/// Builds the scenario into a fresh directory and returns its class directory.
fn build() -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/loader_errors");
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("loader-errors");
    let _ = std::fs::remove_dir_all(&work);
    let (out, v2out) = (work.join("out"), work.join("v2out"));
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(&v2out).unwrap();
    let v1: Vec<String> = std::fs::read_dir(src.join("v1"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    let mut args = vec!["-d", out.to_str().unwrap()];
    args.extend(v1.iter().map(String::as_str));
    javac(&args, &src);
    let v2 = src.join("v2");
    let v2o = v2out.to_str().unwrap();
    javac(
        &[
            "-d",
            v2o,
            "Iface.java",
            "Base.java",
            "Fin.java",
            "CycB.java",
        ],
        &v2,
    );
    javac(&["-cp", v2o, "-d", v2o, "CycA.java"], &v2);
    for c in ["Iface", "Base", "Fin", "CycA"] {
        std::fs::copy(
            v2out.join(format!("{c}.class")),
            out.join(format!("{c}.class")),
        )
        .unwrap();
    }
    std::fs::remove_file(out.join("Missing.class")).unwrap();
    let base = std::fs::read(out.join("Base.class")).unwrap();
    std::fs::write(out.join("WrongName.class"), &base).unwrap();
    let mut bad_magic = base.clone();
    bad_magic[3] = 0xBF;
    std::fs::write(out.join("BadMagic.class"), bad_magic).unwrap();
    let mut too_new = base;
    too_new[7] = 62;
    std::fs::write(out.join("TooNew.class"), too_new).unwrap();
    out
}

fn run(program: &str, classes: &Path) -> (String, String, Option<i32>) {
    let out = Command::new(program)
        .arg("-cp")
        .arg(classes)
        .arg("Main")
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
        out.status.code(),
    )
}

#[test]
fn loader_errors_match_hotspot() {
    let classes = build();
    let expected = run("java", &classes);
    let actual = run(env!("CARGO_BIN_EXE_rjava"), &classes);
    assert_eq!(actual, expected);
    // The scenario really exercises each path.
    for needle in [
        "has interface Iface as super class",
        "can not implement Base, because it is not an interface",
        "cannot inherit from final class Fin",
        "NoClassDefFoundError: Missing",
        "ClassCircularityError: CycA",
        "WrongName (wrong name: Base)",
        "Incompatible magic value 3405691583 in class file BadMagic",
        "TooNew has been compiled by a more recent version",
    ] {
        assert!(expected.0.contains(needle), "{needle} in {}", expected.0);
    }
}
