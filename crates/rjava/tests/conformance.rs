//! The conformance suite: every program under `testdata/conformance/` is compiled with javac 17,
//! run with rjava, and its stdout, stderr and exit code are compared byte for byte with what
//! HotSpot 17 printed (`expected.*`, written by `tools/record-expected`).
//!
//! The build and run procedure here must stay identical to `tools/record-expected`; it is
//! described in `testdata/conformance/README.md`.
//!
//! Environment knobs:
//! - `RJAVA_CONFORMANCE_FILTER=substring` runs only the tests whose name contains it; several
//!   may be given, separated by commas, and `=name` matches a name exactly.
//! - `RJAVA_CONFORMANCE_VERBOSE=1` prints the command and a full diff for every failing test,
//!   known failing ones included.
//! - `RJAVA_CONFORMANCE_TIMEOUT=secs` (default 60) and `RJAVA_CONFORMANCE_JOBS=n` (default: the
//!   number of CPUs).
//!
//! The invokedynamic tests (`indy_*`, `mh_*` and a few more) then run a second time with
//! `RJAVA_GENERAL_INDY=1`, which links every call site through the class library's bootstrap
//! methods instead of the VM's fast paths for lambdas and string concatenation.
//!
//! Then every test runs once more under the GC stress mode (`RJAVA_GC_STRESS=1000`: a young
//! collection at every allocation the interpreter makes, a full one every 1000th), which finds
//! references the VM holds outside the collector's roots. Tests listed in
//! `testdata/conformance/GC_STRESS_SKIP` (programs that allocate too much to collect at every
//! allocation in reasonable time) and known failing ones are left out of that pass;
//! `RJAVA_CONFORMANCE_NO_STRESS=1` skips it.
//!
//! `testdata/conformance/KNOWN_FAILING` lists tests that may fail: they are reported but do not
//! fail the run. A listed test that passes does fail the run, so the list only ever shrinks.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const DEFAULT_JDK: &str = "/usr/lib/jvm/java-17-openjdk-amd64";
const DEFAULT_TIMEOUT_SECS: u64 = 60;
/// Output beyond this many bytes per stream is dropped (a runaway program must not eat memory).
const OUTPUT_CAP: usize = 16 << 20;
/// A full diff shows at most this many lines per stream.
const MAX_DIFF_LINES: usize = 300;

fn suite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/conformance")
}

fn work_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("conformance")
}

/// The JDK 17 whose javac and jar build the tests: `JAVA_HOME` if it is a JDK 17, else the
/// Debian default location.
fn find_jdk() -> PathBuf {
    let mut candidates = Vec::new();
    if let Some(home) = std::env::var_os("JAVA_HOME").filter(|h| !h.is_empty()) {
        candidates.push(PathBuf::from(home));
    }
    candidates.push(PathBuf::from(DEFAULT_JDK));
    for home in &candidates {
        let out = Command::new(home.join("bin/javac"))
            .arg("-version")
            .output();
        if let Ok(out) = out {
            if String::from_utf8_lossy(&out.stdout).starts_with("javac 17.") {
                return home.clone();
            }
        }
    }
    panic!(
        "conformance: no JDK 17 javac found (tried {candidates:?}); install openjdk-17-jdk-headless or set JAVA_HOME"
    );
}

/// The exact environment of javac, jar and the program under test (the recorder uses the same).
fn child_env(cmd: &mut Command, jdk: &Path) {
    cmd.env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("LC_ALL", "C.UTF-8")
        .env("TZ", "UTC")
        .env("JAVA_HOME", jdk);
}

/// Set while the invokedynamic tests run on the general path.
static GENERAL_INDY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Tests that also run with `RJAVA_GENERAL_INDY=1`.
fn uses_indy(name: &str) -> bool {
    name.starts_with("indy_")
        || name.starts_with("mh_")
        || matches!(
            name,
            "method_handles_basic"
                | "records_basic"
                | "streams_lambdas"
                | "string_concat"
                | "switch_string_enum"
        )
}

/// Set while the GC stress pass runs.
static GC_STRESS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// rjava's debugging switches pass through to it (they are not set when recording).
fn debug_env(cmd: &mut Command) {
    if GENERAL_INDY.load(Ordering::Relaxed) {
        cmd.env("RJAVA_GENERAL_INDY", "1");
    }
    if GC_STRESS.load(Ordering::Relaxed) {
        cmd.env("RJAVA_GC_STRESS", "1000");
    }
    for (key, value) in std::env::vars_os() {
        let Some(k) = key.to_str() else { continue };
        if (k.starts_with("RJAVA_") && !k.starts_with("RJAVA_CONFORMANCE_"))
            || k == "RUST_BACKTRACE"
        {
            cmd.env(&key, &value);
        }
    }
}

struct Jar {
    name: String,
    entries: Vec<String>,
    manifest: Vec<String>,
}

/// A parsed `run` file.
struct RunSpec {
    jars: Vec<Jar>,
    java: Vec<String>,
}

impl RunSpec {
    fn parse(test_dir: &Path) -> Result<RunSpec, String> {
        let path = test_dir.join("run");
        let mut jars: Vec<Jar> = Vec::new();
        let mut java: Option<Vec<String>> = None;
        fn jar_mut<'a>(jars: &'a mut Vec<Jar>, name: &str) -> &'a mut Jar {
            if let Some(i) = jars.iter().position(|j| j.name == name) {
                &mut jars[i]
            } else {
                jars.push(Jar {
                    name: name.to_string(),
                    entries: Vec::new(),
                    manifest: Vec::new(),
                });
                jars.last_mut().unwrap()
            }
        }
        if path.exists() {
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            for (n, raw) in text.lines().enumerate() {
                let line = raw.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
                let rest = rest.trim();
                let at = format!("{}:{}", path.display(), n + 1);
                match word {
                    "jar" => {
                        let toks: Vec<&str> = rest.split_whitespace().collect();
                        if toks.len() < 2 || !toks[0].ends_with(".jar") {
                            return Err(format!("{at}: expected `jar NAME.jar ENTRY...`"));
                        }
                        let jar = jar_mut(&mut jars, toks[0]);
                        if !jar.entries.is_empty() {
                            return Err(format!("{at}: jar {} declared twice", toks[0]));
                        }
                        jar.entries = toks[1..].iter().map(|s| s.to_string()).collect();
                    }
                    "manifest" => {
                        let (name, header) = rest.split_once(' ').unwrap_or((rest, ""));
                        let header = header.trim();
                        if !name.ends_with(".jar") || !header.contains(':') {
                            return Err(format!(
                                "{at}: expected `manifest NAME.jar Header: value`"
                            ));
                        }
                        jar_mut(&mut jars, name).manifest.push(header.to_string());
                    }
                    "java" => {
                        if java.is_some() {
                            return Err(format!("{at}: more than one `java` line"));
                        }
                        java = Some(rest.split_whitespace().map(str::to_string).collect());
                    }
                    _ => return Err(format!("{at}: unknown directive `{word}`")),
                }
            }
        }
        if let Some(j) = jars.iter().find(|j| j.entries.is_empty()) {
            return Err(format!(
                "{}: jar {} has a manifest but no `jar` line",
                path.display(),
                j.name
            ));
        }
        let java = java.unwrap_or_else(|| vec!["-cp".into(), "{classes}".into(), "Main".into()]);
        Ok(RunSpec { jars, java })
    }

    /// Replaces the placeholders of one `java` token: {classes} and {jar:NAME}.
    fn expand(&self, tok: &str) -> Result<String, String> {
        let mut out = String::new();
        let mut rest = tok;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let end = rest[start..]
                .find('}')
                .ok_or_else(|| format!("unclosed placeholder in `{tok}`"))?
                + start;
            let key = &rest[start + 1..end];
            if key == "classes" {
                out.push_str("classes");
            } else if let Some(jar) = key
                .strip_prefix("jar:")
                .filter(|j| self.jars.iter().any(|x| x.name == *j))
            {
                out.push_str(jar);
            } else {
                return Err(format!("unknown placeholder {{{key}}}"));
            }
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }
}

/// Every `*.java` below the test directory, relative, '/'-separated, sorted by bytes.
fn sources(test_dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}/{name}")
            };
            let path = entry.path();
            if path.is_dir() {
                walk(&path, &rel, out);
            } else if name.ends_with(".java") {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    walk(test_dir, "", &mut out);
    out.sort();
    out
}

/// Compiles the test and builds its jars into `run_dir`, unless an identical build is there.
fn build(jdk: &Path, test_dir: &Path, run_dir: &Path, spec: &RunSpec) -> Result<(), String> {
    let srcs = sources(test_dir);
    // The stamp is everything the build depends on, verbatim.
    let mut stamp = format!("{}\n", jdk.display()).into_bytes();
    for s in &srcs {
        let bytes = fs::read(test_dir.join(s)).map_err(|e| format!("{s}: {e}"))?;
        stamp.extend_from_slice(format!("{s}\0{}\0", bytes.len()).as_bytes());
        stamp.extend_from_slice(&bytes);
    }
    stamp.extend_from_slice(&fs::read(test_dir.join("run")).unwrap_or_default());
    let stamp_path = run_dir.join(".build-stamp");
    if fs::read(&stamp_path).ok().as_deref() == Some(&stamp[..]) {
        return Ok(());
    }
    if run_dir.exists() {
        fs::remove_dir_all(run_dir).map_err(|e| format!("{}: {e}", run_dir.display()))?;
    }
    let classes = run_dir.join("classes");
    fs::create_dir_all(&classes).map_err(|e| format!("{}: {e}", classes.display()))?;

    let mut javac = Command::new(jdk.join("bin/javac"));
    child_env(&mut javac, jdk);
    javac
        .args(["-J-XX:TieredStopAtLevel=1", "-encoding", "UTF-8", "-d"])
        .arg(&classes)
        .args(&srcs)
        .current_dir(test_dir)
        .stdin(Stdio::null());
    let out = javac
        .output()
        .map_err(|e| format!("cannot run javac: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "javac failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    for jar in &spec.jars {
        let mf = run_dir.join(format!("{}.MF", jar.name));
        let mut text = String::from("Manifest-Version: 1.0\n");
        for line in &jar.manifest {
            text.push_str(line);
            text.push('\n');
        }
        fs::write(&mf, text).map_err(|e| format!("{}: {e}", mf.display()))?;
        let mut cmd = Command::new(jdk.join("bin/jar"));
        child_env(&mut cmd, jdk);
        cmd.args(["--create", "--file"])
            .arg(run_dir.join(&jar.name))
            .arg("--manifest")
            .arg(&mf);
        for entry in &jar.entries {
            cmd.arg("-C").arg(&classes).arg(entry);
        }
        let out = cmd
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run jar: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "jar {} failed:\n{}",
                jar.name,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let _ = fs::remove_file(&mf);
    }
    fs::write(&stamp_path, &stamp).map_err(|e| format!("{}: {e}", stamp_path.display()))?;
    Ok(())
}

/// The arguments after the launcher: the `java` line, then one argument per line of `args`.
fn command_args(test_dir: &Path, spec: &RunSpec) -> Result<Vec<String>, String> {
    let mut args = spec
        .java
        .iter()
        .map(|t| spec.expand(t))
        .collect::<Result<Vec<_>, _>>()?;
    if let Ok(text) = fs::read_to_string(test_dir.join("args")) {
        args.extend(text.lines().map(str::to_string));
    }
    Ok(args)
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    exit: String,
    timed_out: bool,
}

fn exit_code(status: ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0))
}

fn read_capped(mut r: impl Read) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        match r.read(&mut buf) {
            Ok(0) | Err(_) => return out,
            Ok(n) => {
                let keep = n.min(OUTPUT_CAP.saturating_sub(out.len()));
                out.extend_from_slice(&buf[..keep]);
            }
        }
    }
}

fn run_program(
    program: &Path,
    args: &[String],
    jdk: &Path,
    test_dir: &Path,
    run_dir: &Path,
    timeout: Duration,
) -> Result<Outcome, String> {
    let stdin_path = test_dir.join("stdin");
    let stdin = if stdin_path.exists() {
        Stdio::from(
            fs::File::open(&stdin_path).map_err(|e| format!("{}: {e}", stdin_path.display()))?,
        )
    } else {
        Stdio::null()
    };
    let mut cmd = Command::new(program);
    child_env(&mut cmd, jdk);
    debug_env(&mut cmd);
    cmd.args(args)
        .current_dir(run_dir)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    let out = child.stdout.take().unwrap();
    let err = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || read_capped(out));
    let err_reader = thread::spawn(move || read_capped(err));
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| e.to_string())?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for the program: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Outcome {
        stdout,
        stderr,
        exit: format!("{}\n", exit_code(status)),
        timed_out,
    })
}

enum Verdict {
    Pass,
    /// The program ran but its output differs: a one-line summary, the first differing lines,
    /// and full diffs.
    Fail {
        summary: String,
        first: String,
        diffs: String,
    },
    /// The test itself is broken (does not compile, is not recorded, bad `run` file).
    Broken(String),
}

struct TestResult {
    name: String,
    verdict: Verdict,
    secs: f64,
}

fn split_lines(data: &[u8]) -> Vec<&[u8]> {
    if data.is_empty() {
        return Vec::new();
    }
    let mut lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    if data.ends_with(b"\n") {
        lines.pop();
    }
    lines
}

fn show(line: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(line))
}

/// Where two outputs first differ ("line N" or "final newline") and what each has there.
fn first_difference(expected: &[u8], actual: &[u8]) -> (String, String) {
    let (e, a) = (split_lines(expected), split_lines(actual));
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => {
                let render = |l: Option<&&[u8]>| {
                    l.map_or_else(|| "<end of output>".to_string(), |l| show(l))
                };
                return (
                    format!("line {}", i + 1),
                    format!(
                        "        expected {}\n        actual   {}\n",
                        render(x),
                        render(y)
                    ),
                );
            }
        }
    }
    // Same lines: only the final newline differs.
    let has = |d: &[u8]| {
        if d.ends_with(b"\n") {
            "present"
        } else {
            "absent"
        }
    };
    (
        "final newline".into(),
        format!(
            "        expected {}, actual {}\n",
            has(expected),
            has(actual)
        ),
    )
}

/// A line diff (longest common subsequence) with three lines of context, like `diff -u`.
fn full_diff(expected: &[u8], actual: &[u8]) -> String {
    let (e, a) = (split_lines(expected), split_lines(actual));
    let (n, m) = (e.len(), a.len());
    if n.saturating_mul(m) > 25_000_000 {
        let (at, what) = first_difference(expected, actual);
        return format!(
            "    (outputs too large for a full diff; first difference at {at})\n{what}"
        );
    }
    // lcs[i][j] = LCS length of e[i..] and a[j..]
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if e[i] == a[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &[u8])> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && e[i] == a[j] {
            ops.push((' ', e[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', e[i]));
            i += 1;
        } else {
            ops.push(('+', a[j]));
            j += 1;
        }
    }
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, (k, _))| *k != ' ')
        .map(|(i, _)| i)
        .collect();
    let mut out = String::new();
    let mut last_shown: Option<usize> = None;
    let mut shown = 0;
    for (idx, (kind, line)) in ops.iter().enumerate() {
        let near = changed.iter().any(|&c| c.abs_diff(idx) <= 3);
        if !near {
            continue;
        }
        if shown == MAX_DIFF_LINES {
            let rest = changed.iter().filter(|&&c| c >= idx).count();
            out.push_str(&format!(
                "    ... (diff cut after {MAX_DIFF_LINES} lines; {rest} more changed lines)\n"
            ));
            return out;
        }
        shown += 1;
        if last_shown.is_some_and(|l| l + 1 != idx) || (last_shown.is_none() && idx > 0) {
            out.push_str("    ...\n");
        }
        let text = String::from_utf8_lossy(line);
        let text: String = text
            .chars()
            .map(|c| {
                if c.is_control() && c != '\t' {
                    '\u{fffd}'
                } else {
                    c
                }
            })
            .collect();
        out.push_str(&format!("    {kind} {text}\n"));
        last_shown = Some(idx);
    }
    if last_shown.is_some_and(|l| l + 1 != ops.len()) {
        out.push_str("    ...\n");
    }
    if expected.ends_with(b"\n") != actual.ends_with(b"\n")
        && !expected.is_empty()
        && !actual.is_empty()
    {
        out.push_str("    (the final newline differs)\n");
    }
    out
}

fn run_test(name: &str, jdk: &Path, rjava: &Path, timeout: Duration) -> TestResult {
    let start = Instant::now();
    let verdict = check_test(name, jdk, rjava, timeout);
    TestResult {
        name: name.to_string(),
        verdict,
        secs: start.elapsed().as_secs_f64(),
    }
}

fn check_test(name: &str, jdk: &Path, rjava: &Path, timeout: Duration) -> Verdict {
    let test_dir = suite_dir().join(name);
    let run_dir = work_dir().join(name);
    let read = |f: &str| fs::read(test_dir.join(f));
    let (Ok(exp_out), Ok(exp_err), Ok(exp_exit)) = (
        read("expected.stdout"),
        read("expected.stderr"),
        read("expected.exit"),
    ) else {
        return Verdict::Broken(
            "expected.stdout/stderr/exit missing: run tools/record-expected".into(),
        );
    };
    let spec = match RunSpec::parse(&test_dir) {
        Ok(spec) => spec,
        Err(e) => return Verdict::Broken(e),
    };
    if let Err(e) = build(jdk, &test_dir, &run_dir, &spec) {
        return Verdict::Broken(e);
    }
    let args = match command_args(&test_dir, &spec) {
        Ok(args) => args,
        Err(e) => return Verdict::Broken(e),
    };
    let outcome = match run_program(rjava, &args, jdk, &test_dir, &run_dir, timeout) {
        Ok(o) => o,
        Err(e) => return Verdict::Broken(e),
    };
    let exp_exit = String::from_utf8_lossy(&exp_exit).into_owned();
    if !outcome.timed_out
        && outcome.stdout == exp_out
        && outcome.stderr == exp_err
        && outcome.exit == exp_exit
    {
        return Verdict::Pass;
    }
    let mut summary = Vec::new();
    let mut first = String::new();
    let mut diffs = format!(
        "    command: (cd {} && rjava {})\n",
        run_dir.display(),
        args.join(" ")
    );
    if outcome.timed_out {
        summary.push(format!("timed out after {} s", timeout.as_secs()));
    }
    if outcome.exit != exp_exit {
        summary.push(format!(
            "exit {} (expected {})",
            outcome.exit.trim(),
            exp_exit.trim()
        ));
    }
    for (stream, exp, act) in [
        ("stdout", &exp_out, &outcome.stdout),
        ("stderr", &exp_err, &outcome.stderr),
    ] {
        if exp != act {
            let (at, what) = first_difference(exp, act);
            summary.push(format!("{stream} differs at {at}"));
            first.push_str(&format!("    {stream} differs at {at}:\n{what}"));
            diffs.push_str(&format!(
                "    {stream} diff (- expected, + actual):\n{}",
                full_diff(exp, act)
            ));
        }
    }
    Verdict::Fail {
        summary: summary.join("; "),
        first,
        diffs,
    }
}

fn known_failing() -> BTreeSet<String> {
    test_list("KNOWN_FAILING")
}

/// A list of test names in `testdata/conformance/FILE`, one per line, `#` comments allowed.
fn test_list(file: &str) -> BTreeSet<String> {
    let path = suite_dir().join(file);
    let text = fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn filter_matches(filter: &str, name: &str) -> bool {
    match filter.strip_prefix('=') {
        Some(exact) => name == exact,
        None => name.contains(filter),
    }
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Runs `selected` on `jobs` threads and reports: passed, failed, known failing, problems.
fn run_suite(
    selected: &[String],
    known: &BTreeSet<String>,
    jdk: &Path,
    rjava: &Path,
    timeout: Duration,
    jobs: usize,
    verbose: bool,
) -> (usize, usize, usize, Vec<String>) {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<TestResult>> = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..jobs.min(selected.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = selected.get(i) else { break };
                let r = run_test(name, jdk, rjava, timeout);
                results.lock().unwrap().push(r);
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.name.cmp(&b.name));

    let (mut passed, mut failed, mut known_failed) = (0, 0, 0);
    let mut problems = Vec::new();
    for r in &results {
        let is_known = known.contains(&r.name);
        match &r.verdict {
            Verdict::Pass => {
                passed += 1;
                if is_known {
                    println!(
                        "PASS {} ({:.2} s) -- but it is listed in KNOWN_FAILING",
                        r.name, r.secs
                    );
                    problems.push(format!(
                        "remove {} from KNOWN_FAILING (it passes now)",
                        r.name
                    ));
                } else if verbose {
                    println!("PASS {} ({:.2} s)", r.name, r.secs);
                }
            }
            Verdict::Fail {
                summary,
                first,
                diffs,
            } => {
                failed += 1;
                if is_known {
                    known_failed += 1;
                    println!("known failing: {}: {summary}", r.name);
                    if verbose {
                        print!("{first}{diffs}");
                    }
                } else {
                    println!("FAIL {} ({:.2} s): {summary}", r.name, r.secs);
                    print!("{first}");
                    if verbose {
                        print!("{diffs}");
                    }
                    problems.push(format!("{} fails", r.name));
                }
            }
            Verdict::Broken(msg) => {
                failed += 1;
                println!("BROKEN {}: {msg}", r.name);
                problems.push(format!(
                    "{} is broken: {}",
                    r.name,
                    msg.lines().next().unwrap_or("")
                ));
            }
        }
    }
    (passed, failed, known_failed, problems)
}

#[test]
fn conformance() {
    let rjava = PathBuf::from(env!("CARGO_BIN_EXE_rjava"));
    let jdk = find_jdk();
    let verbose = env_flag("RJAVA_CONFORMANCE_VERBOSE");
    let timeout = Duration::from_secs(
        std::env::var("RJAVA_CONFORMANCE_TIMEOUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_TIMEOUT_SECS),
    );
    let jobs = std::env::var("RJAVA_CONFORMANCE_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(|| thread::available_parallelism().map_or(2, |n| n.get()));
    let filters: Vec<String> = std::env::var("RJAVA_CONFORMANCE_FILTER")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();

    let all: Vec<String> = {
        let mut v: Vec<String> = fs::read_dir(suite_dir())
            .expect("testdata/conformance exists")
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let selected: Vec<String> = all
        .iter()
        .filter(|n| filters.is_empty() || filters.iter().any(|f| filter_matches(f, n)))
        .cloned()
        .collect();
    assert!(
        !selected.is_empty(),
        "conformance: no test matches RJAVA_CONFORMANCE_FILTER={filters:?}"
    );
    let known = known_failing();
    fs::create_dir_all(work_dir()).expect("create the conformance work directory");

    let (passed, failed, known_failed, mut problems) =
        run_suite(&selected, &known, &jdk, &rjava, timeout, jobs, verbose);
    let general: Vec<String> = selected.iter().filter(|n| uses_indy(n)).cloned().collect();
    if !general.is_empty() {
        println!("conformance: the invokedynamic tests again, with RJAVA_GENERAL_INDY=1");
        GENERAL_INDY.store(true, Ordering::Relaxed);
        let (p, f, k, general_problems) =
            run_suite(&general, &known, &jdk, &rjava, timeout, jobs, verbose);
        GENERAL_INDY.store(false, Ordering::Relaxed);
        println!(
            "conformance (general invokedynamic path): {p} passed, {f} failed ({k} known failing)"
        );
        problems.extend(
            general_problems
                .into_iter()
                .map(|p| format!("{p} (with RJAVA_GENERAL_INDY=1)")),
        );
    }
    if !env_flag("RJAVA_CONFORMANCE_NO_STRESS") {
        let skip = test_list("GC_STRESS_SKIP");
        let stressed: Vec<String> = selected
            .iter()
            .filter(|n| !skip.contains(*n) && !known.contains(*n))
            .cloned()
            .collect();
        if !stressed.is_empty() {
            println!("conformance: again under the GC stress mode (RJAVA_GC_STRESS=1000)");
            GC_STRESS.store(true, Ordering::Relaxed);
            let (p, f, k, stress_problems) =
                run_suite(&stressed, &known, &jdk, &rjava, timeout, jobs, verbose);
            GC_STRESS.store(false, Ordering::Relaxed);
            println!("conformance (GC stress): {p} passed, {f} failed ({k} known failing)");
            problems.extend(
                stress_problems
                    .into_iter()
                    .map(|p| format!("{p} (with RJAVA_GC_STRESS=1000)")),
            );
        }
        for s in &skip {
            if !all.contains(s) {
                problems.push(format!("GC_STRESS_SKIP names {s}, which is not a test"));
            }
        }
    }
    if filters.is_empty() {
        for k in &known {
            if !all.contains(k) {
                problems.push(format!("KNOWN_FAILING names {k}, which is not a test"));
            }
        }
    }
    println!("conformance: {passed} passed, {failed} failed ({known_failed} known failing)");
    if !problems.is_empty() {
        panic!("conformance suite failed:\n  {}", problems.join("\n  "));
    }
}
