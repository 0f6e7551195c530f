//! The collector seen from the command line: binary-trees in `-Xmx64m` collects the young
//! generation many times and Old rarely, `-Xlog:gc` prints HotSpot's line shape, the resident
//! set stays within the heap plus a bounded overhead, and the program prints what HotSpot prints.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The bench programs, compiled once.
fn classes() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("gc-tests");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let status = Command::new("javac")
            .arg("-d")
            .arg(&dir)
            .arg(root.join("testdata/bench/BinaryTrees.java"))
            .status()
            .expect("javac runs");
        assert!(status.success());
        dir
    })
}

struct Run {
    log: Vec<String>,
    output: Vec<String>,
    stderr: String,
}

fn rjava(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_rjava"))
        .args(args)
        .env_remove("RJAVA_GC_STRESS")
        .output()
        .expect("rjava runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let (log, output) = stdout
        .lines()
        .map(str::to_owned)
        .partition(|l| l.starts_with('['));
    Run {
        log,
        output,
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// `[0.123s][info][gc] GC(3) Pause Young (Allocation Failure) 24M->3M(64M) 1.234ms`
fn is_pause_line(line: &str, kind: &str) -> bool {
    let Some(rest) = line.strip_prefix('[') else {
        return false;
    };
    let Some((uptime, rest)) = rest.split_once("s][info][gc] GC(") else {
        return false;
    };
    let Some((id, rest)) = rest.split_once(") ") else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(kind) else {
        return false;
    };
    let Some((sizes, pause)) = rest.rsplit_once(' ') else {
        return false;
    };
    let decimal3 = |s: &str| {
        s.split_once('.').is_some_and(|(a, b)| {
            a.parse::<u64>().is_ok() && b.len() == 3 && b.parse::<u64>().is_ok()
        })
    };
    let sizes_ok = sizes
        .strip_suffix("M)")
        .and_then(|s| s.split_once("M->"))
        .and_then(|(before, rest)| Some((before, rest.split_once("M(")?)))
        .is_some_and(|(b, (a, c))| [b, a, c].iter().all(|n| n.parse::<u64>().is_ok()));
    decimal3(uptime)
        && id.parse::<u64>().is_ok()
        && sizes_ok
        && pause.strip_suffix("ms").is_some_and(decimal3)
}

#[test]
fn binary_trees_in_64m_collects_young_often_and_old_rarely() {
    let dir = classes().to_str().unwrap().to_owned();
    let run = rjava(&[
        "-Xmx64m",
        "-Xlog:gc",
        "-XX:+PrintVMStatistics",
        "-cp",
        &dir,
        "BinaryTrees",
        "16",
    ]);
    let java = Command::new("java")
        .args(["-Xmx64m", "-cp", &dir, "BinaryTrees", "16"])
        .output()
        .expect("java runs");
    let expected: Vec<String> = String::from_utf8(java.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(run.output, expected);

    assert_eq!(
        run.log[0],
        "[0.000s][info][gc] Using Serial".replace("0.000", &run.log[0][1..6])
    );
    let young = run
        .log
        .iter()
        .filter(|l| is_pause_line(l, "Pause Young (Allocation Failure) "))
        .count();
    let full = run.log.iter().filter(|l| l.contains("Pause Full")).count();
    assert_eq!(
        young + full + 1,
        run.log.len(),
        "every line has the shape: {:#?}",
        run.log
    );
    assert!(young >= 20, "{young} young collections");
    assert!(full <= 2, "{full} full collections");

    // Peak resident set: the heap's 64 MB plus the VM (class metadata, code, the image's pages).
    let peak_kb: u64 = run
        .stderr
        .lines()
        .find_map(|l| {
            l.split_once("peak resident set ")?
                .1
                .strip_suffix(" KB")?
                .parse()
                .ok()
        })
        .expect("statistics printed");
    assert!(peak_kb < (64 + 96) << 10, "peak resident set {peak_kb} KB");
}

#[test]
fn detailed_log_shows_each_space_and_promotion() {
    let dir = classes().to_str().unwrap().to_owned();
    let run = rjava(&["-Xmx64m", "-Xlog:gc*", "-cp", &dir, "BinaryTrees", "14"]);
    let has = |tags: &str, text: &str| {
        run.log
            .iter()
            .any(|l| l.contains(&format!("][info][{tags}")) && l.contains(text))
    };
    assert!(
        has("gc,start", "GC(0) Pause Young (Allocation Failure)"),
        "{:#?}",
        run.log
    );
    assert!(has("gc,heap", "GC(0) DefNew: "));
    assert!(has("gc,heap", " Eden: "));
    assert!(has("gc,heap", "GC(0) Tenured: "));
    assert!(has("gc,promotion", "GC(0) Promoted: "));
    assert!(has("gc,init", "Heap Max Capacity: 64M"));
}
