//! A reader that goes away (`rjava -verbose:class ... | head -1`) must not make the VM panic:
//! like `java`, it keeps running and exits normally.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[test]
fn verbose_class_output_into_a_closed_pipe() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let classes = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("closed-stdout");
    let _ = std::fs::remove_dir_all(&classes);
    std::fs::create_dir_all(&classes).unwrap();
    let status = Command::new("javac")
        .arg("-d")
        .arg(&classes)
        .arg(root.join("testdata/bench/HelloWorld.java"))
        .status()
        .expect("javac runs");
    assert!(status.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_rjava"))
        .args(["-verbose:class", "-cp"])
        .arg(&classes)
        .arg("HelloWorld")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rjava runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(
        first.starts_with("[class,load] java.lang.Object"),
        "{first}"
    );
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status.code(), Some(0), "{stderr}");
}
