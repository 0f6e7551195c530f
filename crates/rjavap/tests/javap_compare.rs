//! rjavap's output, byte for byte, against JDK 17's `javap`: classes compiled here from
//! `tests/javap/sample` (for class-file versions 61, 52 and 51), the class-file fixtures of
//! `testdata/classfile`, and classes of the JDK itself. Skipped when no JDK 17 is installed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The JDK 17 whose javap is the reference, or `None` (the tests then pass vacuously).
fn jdk17() -> Option<PathBuf> {
    let home = rjava_classpath::find_java_home().ok()?;
    let out = Command::new(home.join("bin/javap"))
        .arg("-version")
        .output()
        .ok()?;
    let version = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() || !version.starts_with("17") {
        eprintln!("skipped: javap -version says {version:?}, not 17");
        return None;
    }
    home.join("bin/javac").exists().then_some(home)
}

/// A directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "rjavap-{tag}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/javap/sample")
}

/// Compiles sample sources (file names in `tests/javap/sample`) into `out` with extra javac options.
fn javac(home: &Path, out: &Path, options: &[&str], sources: &[&str]) {
    let status = Command::new(home.join("bin/javac"))
        .args(["-nowarn", "-Xlint:none", "-d"])
        .arg(out)
        .args(options)
        .args(sources.iter().map(|s| sample_dir().join(s)))
        .output()
        .expect("run javac");
    assert!(
        status.status.success(),
        "javac failed:\n{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// Every `.class` file under `dir`, sorted.
fn class_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "class") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Runs a tool with the same locale and time zone as the other, returning its standard output.
fn run(mut command: Command, args: &[&str], targets: &[String]) -> String {
    command.env("TZ", "UTC").args(args).args(targets);
    let out = command.output().expect("run tool");
    assert!(
        out.status.success(),
        "{command:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Asserts that `rjavap ARGS TARGETS` prints exactly what `javap ARGS TARGETS` prints.
fn assert_same(home: &Path, args: &[&str], targets: &[String]) {
    let mut javap = Command::new(home.join("bin/javap"));
    javap.args([
        "-J-Duser.timezone=UTC",
        "-J-Duser.language=en",
        "-J-Duser.country=US",
        "-J-Dfile.encoding=UTF-8",
        "-J-Dsun.stdout.encoding=UTF-8",
    ]);
    let expected = run(javap, args, targets);
    let actual = run(Command::new(env!("CARGO_BIN_EXE_rjavap")), args, targets);
    if expected == actual {
        return;
    }
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let from = first.saturating_sub(5);
    let show =
        |lines: &[&str]| lines[from.min(lines.len())..(first + 10).min(lines.len())].join("\n");
    panic!(
        "rjavap {args:?} differs from javap at line {} ({} vs {} lines)\n--- javap:\n{}\n--- rjavap:\n{}",
        first + 1,
        e.len(),
        a.len(),
        show(&e),
        show(&a)
    );
}

fn paths(files: &[PathBuf]) -> Vec<String> {
    files.iter().map(|p| p.display().to_string()).collect()
}

const MODES: &[&[&str]] = &[&[], &["-p"], &["-c", "-p"], &["-v", "-p"]];

#[test]
fn java17_classes_match_javap() {
    let Some(home) = jdk17() else { return };
    let dir = TempDir::new("release17");
    javac(
        &home,
        &dir.0,
        &["-g", "-parameters"],
        &[
            "Generics.java",
            "Shapes.java",
            "Control.java",
            "$Odd.java",
            "Legacy.java",
        ],
    );
    let files = paths(&class_files(&dir.0));
    assert!(files.len() > 25, "{files:?}");
    for mode in MODES {
        assert_same(&home, mode, &files);
    }
    // Without -p, the default mode still hides private members.
    assert_same(&home, &["-c"], &files);
}

#[test]
fn java8_and_java7_classes_match_javap() {
    let Some(home) = jdk17() else { return };
    let java8 = TempDir::new("release8");
    javac(
        &home,
        &java8.0,
        &["--release", "8"],
        &["Generics.java", "Legacy.java"],
    );
    let java7 = TempDir::new("release7");
    javac(
        &home,
        &java7.0,
        &["--release", "7", "-g:none"],
        &["Legacy.java"],
    );
    let mut files = class_files(&java8.0);
    files.extend(class_files(&java7.0));
    let files = paths(&files);
    for mode in MODES {
        assert_same(&home, mode, &files);
    }
}

#[test]
fn classfile_fixtures_match_javap() {
    let Some(home) = jdk17() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/classfile/classes");
    if !root.is_dir() {
        eprintln!("skipped: no fixtures at {}", root.display());
        return;
    }
    let files = paths(&class_files(&root));
    for mode in MODES {
        assert_same(&home, mode, &files);
    }
}

#[test]
fn jdk_classes_match_javap() {
    let Some(home) = jdk17() else { return };
    let classes: Vec<String> = ["java.lang.Object", "java.lang.String", "java.util.HashMap"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for mode in MODES {
        assert_same(&home, mode, &classes);
    }
    let more: Vec<String> = [
        "java.lang.Math",
        "java.lang.Double",
        "java.lang.invoke.MethodHandles",
        "java.util.concurrent.ConcurrentHashMap",
        "java.lang.Record",
        "java.lang.annotation.Retention",
        "java.util.Map$Entry",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_same(&home, &["-c", "-p"], &more);
    assert_same(&home, &["-v"], &more);
}
