//! `rjavap --check` over whole runtime images: every class of the installed JDK 17 (and JDK 25,
//! when present) must parse, with the class count taken from the JDK's own `jimage list`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn rjavap() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rjavap"))
}

/// `.class` resources in an image, as the JDK's own `jimage` tool lists them.
fn jimage_class_count(java_home: &Path) -> Option<usize> {
    let out = Command::new(java_home.join("bin/jimage"))
        .arg("list")
        .arg(java_home.join("lib/modules"))
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.trim_end().ends_with(".class"))
            .count(),
    )
}

fn check_image(java_home: &Path) {
    let modules = java_home.join("lib/modules");
    let out = rjavap()
        .arg("--check")
        .arg(&modules)
        .output()
        .expect("run rjavap");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected_count = jimage_class_count(java_home).expect("jimage list works");
    assert_eq!(
        stdout.lines().last().unwrap_or(""),
        format!("checked {expected_count} classes, 0 errors"),
        "full output:\n{stdout}"
    );
    assert!(out.status.success());
}

fn jdk17_home() -> PathBuf {
    rjava_classpath::find_java_home().expect("a JDK 17 is installed (the CI installs one)")
}

#[test]
fn every_class_of_the_jdk17_image_parses() {
    check_image(&jdk17_home());
}

#[test]
fn every_class_of_the_jdk25_image_parses_when_present() {
    let home = Path::new("/usr/lib/jvm/temurin-25-jdk-amd64");
    if home.join("lib/modules").exists() {
        check_image(home);
    } else {
        eprintln!("no JDK 25 at {}; skipped", home.display());
    }
}

#[test]
fn check_reports_errors_and_fails() {
    let dir = std::env::temp_dir().join(format!("rjavap-check-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("p")).unwrap();
    std::fs::write(
        dir.join("p/Bad.class"),
        [0xCA, 0xFE, 0xBA, 0xBF, 0, 0, 0, 61],
    )
    .unwrap();
    std::fs::write(dir.join("p/Short.class"), [0xCA, 0xFE]).unwrap();
    let out = rjavap().arg("--check").arg(&dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout,
        "p/Bad: java.lang.ClassFormatError: Incompatible magic value 3405691583 in class file p/Bad\n\
         p/Short: java.lang.ClassFormatError: Truncated class file\n\
         checked 2 classes, 2 errors\n"
    );
    assert_eq!(out.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_needs_a_path() {
    let out = rjavap().arg("--check").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("rjavap: --check needs at least one path")
    );
}
