//! Helpful NullPointerException messages compared with HotSpot 17's own.
//!
//! The programs in tests/npe/ each raise many NPEs, one per method, catch them and print the top
//! frame and `getMessage()`. They run on the real `java` with `-Xlog:exceptions`, whose records
//! give the method and bci each NPE was raised at; `extended_npe_message` must then produce
//! exactly HotSpot's text from the class file alone. Everything is compiled twice, with and
//! without `-g`, since local variable names come from the LocalVariableTable when there is one.

use rjava_classfile::attributes::Code;
use rjava_classfile::bytecode::{decode_all, op, Operands};
use rjava_classfile::ClassFile;
use rjava_vm::npe_message::extended_npe_message;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const PROGRAMS: [&str; 3] = ["NpeBasics", "NpeFlow", "NpeShapes"];

/// Each compilation must exercise at least this many distinct NPE sites.
const MIN_CASES: usize = 40;

/// The programs compiled once per flavour: `-g` (local variable names) or javac's default.
fn compiled(debug: bool) -> &'static Path {
    static WITH: OnceLock<PathBuf> = OnceLock::new();
    static WITHOUT: OnceLock<PathBuf> = OnceLock::new();
    let cell = if debug { &WITH } else { &WITHOUT };
    cell.get_or_init(|| {
        let flavour = if debug { "g" } else { "no-g" };
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join("npe-messages")
            .join(flavour);
        std::fs::create_dir_all(&out).unwrap();
        let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/npe");
        let mut javac = Command::new("javac");
        javac.arg("-d").arg(&out);
        if debug {
            javac.arg("-g");
        }
        for program in PROGRAMS {
            javac.arg(src.join(format!("{program}.java")));
        }
        let status = javac.status().expect("javac on PATH");
        assert!(status.success(), "javac failed");
        out
    })
}

/// One NPE as the program reported it.
#[derive(Debug)]
struct Reported {
    class: String,
    method: String,
    /// -1 when the method has no line numbers.
    line: i32,
    /// `getMessage()`, "null" for none.
    message: String,
}

/// Where `-Xlog:exceptions` says an NPE was raised.
#[derive(Debug)]
struct Raised {
    class: String,
    method: String,
    descriptor: String,
    bci: u32,
}

/// Runs `program` on the real JVM, interpreted so that every frame an exception passes through
/// is logged with its bci.
fn run_java(
    dir: &Path,
    program: &str,
    jvm_args: &[&str],
    args: &[String],
) -> (Vec<Reported>, Vec<Raised>) {
    let log = dir.join(format!("{program}.exceptions.log"));
    let _ = std::fs::remove_file(&log);
    let output = Command::new("java")
        .arg("-Xint")
        .arg(format!("-Xlog:exceptions=info:file={}", log.display()))
        .args(jvm_args)
        .arg("-cp")
        .arg(dir)
        .arg(program)
        .args(args)
        .output()
        .expect("java on PATH");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let reported = stdout.lines().map(|l| parse_report(program, l)).collect();
    let log = std::fs::read_to_string(&log).expect("exception log");
    (reported, raised_npes(&log))
}

fn parse_report(program: &str, line: &str) -> Reported {
    let fields: Vec<&str> = line.splitn(5, '\t').collect();
    assert!(
        fields.len() == 5 && fields[0] == "NPE",
        "{program}: a case did not raise an NPE: {line}"
    );
    Reported {
        class: fields[1].to_owned(),
        method: fields[2].to_owned(),
        line: fields[3].parse().unwrap(),
        message: fields[4].to_owned(),
    }
}

/// The frame each NullPointerException was first logged in, in order. The log has one record
/// per interpreted frame an exception passes through, innermost first:
///
/// ```text
/// [0.076s][info][exceptions] Exception <a 'java/lang/NullPointerException'{0x000000069ec184e8}>
///  thrown in interpreter method <{method} {0x00007fc357400410} 'a' '(Ljava/lang/String;)V' in 'T'>
///  at bci 1 for thread 0x00007fc3cc018400 (main)
/// ```
fn raised_npes(log: &str) -> Vec<Raised> {
    let mut raised = Vec::new();
    let mut previous_exception = None;
    for (exception, frame) in log.split("\n[").filter_map(parse_record) {
        let first_frame = previous_exception.as_ref() != Some(&exception);
        if first_frame && exception.starts_with("'java/lang/NullPointerException'") {
            raised.push(frame);
        }
        previous_exception = Some(exception);
    }
    raised
}

/// An interpreter-frame record: the exception (class and address) and the frame.
fn parse_record(record: &str) -> Option<(String, Raised)> {
    let exception = between(record, "Exception <a ", ">")?.to_owned();
    let method = record
        .split(" thrown in interpreter method <{method} {")
        .nth(1)?;
    let mut quoted = method.split('\'').skip(1).step_by(2);
    let name = quoted.next()?.to_owned();
    let descriptor = quoted.next()?.to_owned();
    let class = quoted.next()?.to_owned();
    let bci = between(record, " at bci ", " ")?.parse().ok()?;
    Some((
        exception,
        Raised {
            class,
            method: name,
            descriptor,
            bci,
        },
    ))
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &text[text.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

/// Loaded class files by binary name.
struct Classes<'d> {
    dir: &'d Path,
    loaded: HashMap<String, ClassFile>,
}

impl Classes<'_> {
    fn get(&mut self, name: &str) -> &ClassFile {
        let dir = self.dir;
        self.loaded.entry(name.to_owned()).or_insert_with(|| {
            let bytes = std::fs::read(dir.join(format!("{name}.class"))).unwrap();
            ClassFile::parse(&bytes).unwrap()
        })
    }
}

fn method_index(class: &ClassFile, name: &str, descriptor: &str) -> usize {
    let cp = &class.constant_pool;
    class
        .methods
        .iter()
        .position(|m| m.name(cp) == name && m.descriptor(cp) == descriptor)
        .unwrap_or_else(|| panic!("no method {name}{descriptor}"))
}

fn line_at(code: &Code, bci: u32) -> Option<u16> {
    code.line_numbers()
        .filter(|l| u32::from(l.start_pc) <= bci)
        .max_by_key(|l| l.start_pc)
        .map(|l| l.line_number)
}

/// The bci of the `invokespecial NullPointerException.<init>` in a method (the bci HotSpot
/// computes an explicitly created NPE's message for).
fn npe_constructor_call(class: &ClassFile, code: &Code) -> u32 {
    decode_all(&code.code)
        .unwrap()
        .into_iter()
        .find(|insn| {
            let Operands::Constant(index) = insn.operands else {
                return false;
            };
            insn.opcode == op::INVOKESPECIAL
                && class.constant_pool.member_ref(index).is_ok_and(|m| {
                    m.class_name == "java/lang/NullPointerException" && m.name == "<init>"
                })
        })
        .expect("an NPE constructor call")
        .pc
}

/// Runs `program` and checks the message of every NPE it reports against HotSpot's; returns how
/// many were checked, adding a line to `failures` for each that differs.
fn check_program(
    dir: &Path,
    program: &str,
    jvm_args: &[&str],
    args: &[String],
    failures: &mut Vec<String>,
) -> usize {
    let mut classes = Classes {
        dir,
        loaded: HashMap::new(),
    };
    let (reported, raised) = run_java(dir, program, jvm_args, args);
    assert_eq!(
        reported.len(),
        raised.len(),
        "{program}: NPEs printed vs logged\n{reported:#?}\n{raised:#?}"
    );
    for (report, site) in reported.iter().zip(&raised) {
        assert_eq!(
            (&report.class, &report.method),
            (&site.class, &site.method),
            "{program}: log and output disagree"
        );
        let class = classes.get(&site.class);
        let index = method_index(class, &site.method, &site.descriptor);
        let code = class.methods[index].code().unwrap();
        assert_eq!(
            line_at(code, site.bci).map_or(-1, i32::from),
            report.line,
            "{}.{} bci {}",
            site.class,
            site.method,
            site.bci
        );
        let (bci, expected) = if report.message == "null" {
            // The log has the athrow; HotSpot describes the NPE at its constructor call.
            (npe_constructor_call(class, code), None)
        } else {
            (site.bci, Some(report.message.as_str()))
        };
        let actual = extended_npe_message(class, index, bci);
        if actual.as_deref() != expected {
            failures.push(format!(
                "{}.{} bci {bci} (line {}):\n  expected {expected:?}\n  actual   {actual:?}",
                site.class, site.method, report.line
            ));
        }
    }
    reported.len()
}

fn assert_no_failures(failures: &[String], checked: usize) {
    assert!(
        failures.is_empty(),
        "{} of {checked} messages differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Runs every javac-compiled program and checks every NPE's message; returns how many.
fn check_all(debug: bool) -> usize {
    let dir = compiled(debug);
    let mut failures = Vec::new();
    let checked = PROGRAMS
        .iter()
        .map(|program| check_program(dir, program, &[], &[], &mut failures))
        .sum();
    assert_no_failures(&failures, checked);
    checked
}

#[test]
fn messages_match_hotspot_without_local_variable_names() {
    let checked = check_all(false);
    assert!(checked >= MIN_CASES, "only {checked} cases");
}

#[test]
fn messages_match_hotspot_with_local_variable_names() {
    let checked = check_all(true);
    assert!(checked >= MIN_CASES, "only {checked} cases");
}

/// Instructions that cannot raise an NPE, and constructor calls, get no message; nothing panics
/// on any bci, on bcis inside instructions or past the code, or on bad method indices.
#[test]
fn every_bci_is_safe_and_only_dereferences_have_messages() {
    let dir = compiled(false);
    let mut classes = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "class") {
            continue;
        }
        let class = ClassFile::parse(&std::fs::read(&path).unwrap()).unwrap();
        classes += 1;
        for (index, method) in class.methods.iter().enumerate() {
            let Some(code) = method.code() else {
                assert_eq!(extended_npe_message(&class, index, 0), None);
                continue;
            };
            let starts: Vec<_> = decode_all(&code.code).unwrap();
            for bci in 0..=code.code.len() as u32 + 1 {
                let message = extended_npe_message(&class, index, bci);
                let Some(insn) = starts.iter().find(|i| i.pc == bci) else {
                    assert_eq!(message, None, "bci {bci} is not an instruction");
                    continue;
                };
                let dereferences = matches!(
                    insn.opcode,
                    op::GETFIELD
                        | op::PUTFIELD
                        | op::INVOKEVIRTUAL
                        | op::INVOKESPECIAL
                        | op::INVOKEINTERFACE
                        | op::ARRAYLENGTH
                        | op::ATHROW
                        | op::MONITORENTER
                        | op::MONITOREXIT
                ) || (op::IALOAD..=op::SALOAD).contains(&insn.opcode)
                    || (op::IASTORE..=op::SASTORE).contains(&insn.opcode);
                if !dereferences {
                    assert_eq!(message, None, "{} at {bci}", insn.name());
                } else if insn.opcode != op::INVOKESPECIAL {
                    assert!(message.is_some(), "{} at {bci}", insn.name());
                }
            }
        }
        assert_eq!(extended_npe_message(&class, class.methods.len(), 0), None);
        assert_eq!(extended_npe_message(&class, usize::MAX, 0), None);
    }
    assert!(classes >= PROGRAMS.len());
}

/// A constant pool and bootstrap-method table for a hand-written class file.
#[derive(Default)]
struct Pool {
    bytes: Vec<u8>,
    /// Entries so far; indices start at 1.
    count: u16,
    /// BootstrapMethods entries: method handles, all without static arguments.
    bootstraps: Vec<u16>,
}

impl Pool {
    fn add(&mut self, tag: u8, body: &[u8]) -> u16 {
        self.bytes.push(tag);
        self.bytes.extend_from_slice(body);
        self.count += 1;
        self.count
    }

    fn utf8(&mut self, text: &str) -> u16 {
        let mut body = (text.len() as u16).to_be_bytes().to_vec();
        body.extend_from_slice(text.as_bytes());
        self.add(1, &body)
    }

    fn class(&mut self, name: &str) -> u16 {
        let name = self.utf8(name);
        self.add(7, &name.to_be_bytes())
    }

    fn pair(&mut self, tag: u8, first: u16, second: u16) -> u16 {
        self.add(tag, &[first.to_be_bytes(), second.to_be_bytes()].concat())
    }

    fn name_and_type(&mut self, name: &str, descriptor: &str) -> u16 {
        let (name, descriptor) = (self.utf8(name), self.utf8(descriptor));
        self.pair(12, name, descriptor)
    }

    fn method(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        let class = self.class(class);
        let nat = self.name_and_type(name, descriptor);
        self.pair(10, class, nat)
    }

    /// A bootstrap method (a static method) registered in the BootstrapMethods table.
    fn bootstrap(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        let method = self.method(class, name, descriptor);
        let handle = self.add(15, &[&[6u8][..], &method.to_be_bytes()].concat());
        self.bootstraps.push(handle);
        self.bootstraps.len() as u16 - 1
    }

    /// An InvokeDynamic (tag 18) or Dynamic (tag 17) constant.
    fn dynamic(&mut self, tag: u8, bootstrap: u16, name: &str, descriptor: &str) -> u16 {
        let nat = self.name_and_type(name, descriptor);
        self.pair(tag, bootstrap, nat)
    }
}

fn u2(value: u16) -> [u8; 2] {
    value.to_be_bytes()
}

/// Methods of the hand-written class `Handmade`, all `static void (String, int)`: name, whether
/// the driver passes null (else "x"), and code.
fn handmade_methods(pool: &mut Pool) -> Vec<(&'static str, bool, Vec<u8>)> {
    let [lh, ll] = u2(pool.method("java/lang/String", "length", "()I"));
    let [hh, hl] = u2(pool.method("java/lang/Object", "hashCode", "()I"));
    let null_site = pool.bootstrap(
        "NpeHandmade",
        "nullSite",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
    );
    let null_constant = pool.bootstrap(
        "java/lang/invoke/ConstantBootstraps",
        "nullConstant",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;",
    );
    let [ih, il] = u2(pool.dynamic(18, null_site, "nothing", "()Ljava/lang/String;"));
    let [ch, cl] = u2(pool.dynamic(17, null_constant, "nothing", "Ljava/lang/String;"));
    let length = [0xb6, lh, ll];
    vec![
        // jsr pushes a return address and (for the analysis) does not fall through, and ret goes
        // nowhere it knows: the code after a jsr has no stack, so no because-clause.
        // 0 jsr 9; 3 aload_0; 4 invokevirtual length; 7 pop; 8 return; 9 astore_2; 10 ret 2
        (
            "afterSubroutine",
            true,
            [
                &[0xa8, 0, 9, 0x2a][..],
                &length,
                &[0x57, 0xb1, 0x4d, 0xa9, 2],
            ]
            .concat(),
        ),
        // Inside the subroutine the stack is known. 0 jsr 4; 3 return; 4 astore_2; 5 aload_0;
        // 6 invokevirtual length; 9 pop; 10 ret 2
        (
            "insideSubroutine",
            true,
            [
                &[0xa8, 0, 4, 0xb1, 0x4d, 0x2a][..],
                &length,
                &[0x57, 0xa9, 2],
            ]
            .concat(),
        ),
        // The analysis stops once a sweep reaches the faulting bci with a stack, before the
        // path that overwrites the parameter (reachable only backwards) is merged in.
        // 0 goto 10; 3 aconst_null; 4 astore_0; 5 goto 10; 8 nop; 9 nop; 10 aload_0;
        // 11 invokevirtual length; 14 ifne 20; 17 goto 3; 20 return
        (
            "stopsAtFirstSweep",
            true,
            [
                &[0xa7, 0, 10, 0x01, 0x4b, 0xa7, 0, 5, 0, 0, 0x2a][..],
                &length,
                &[0x9a, 0, 6, 0xa7, 0xff, 0xf2, 0xb1],
            ]
            .concat(),
        ),
        // A switch's stack also flows into the next instruction, here reached for real only by
        // the goto from the default target, which pushes null; the switch's path is the one
        // described. 0 aload_0; 1 iload_1; 2 tableswitch (default 25, 0..0 → 25);
        // 20 invokevirtual length; 23 pop; 24 return; 25 pop; 26 aconst_null; 27 goto 20
        (
            "switchFlowsOn",
            false,
            [
                &[0x2a, 0x1b, 0xaa, 0][..],
                &23i32.to_be_bytes(),
                &0i32.to_be_bytes(),
                &0i32.to_be_bytes(),
                &23i32.to_be_bytes(),
                &length,
                &[0x57, 0xb1, 0x57, 0x01, 0xa7, 0xff, 0xf9],
            ]
            .concat(),
        ),
        // 0 aload_0; 1 aconst_null; 2 swap; 3 pop; 4 invokevirtual length; 7 pop; 8 return
        (
            "swapped",
            false,
            [&[0x2a, 0x01, 0x5f, 0x57][..], &length, &[0x57, 0xb1]].concat(),
        ),
        // 0 aload_0; 1 iconst_1; 2 iconst_2; 3 dup_x2; 4 pop; 5 pop;
        // 6 invokevirtual length; 9 pop2; 10 return
        (
            "dupX2",
            true,
            [
                &[0x2a, 0x04, 0x05, 0x5b, 0x57, 0x57][..],
                &length,
                &[0x58, 0xb1],
            ]
            .concat(),
        ),
        // 0 aload_0; 1 monitorexit; 2 return
        ("monitorExit", true, vec![0x2a, 0xc3, 0xb1]),
        // 0 aload_0; 1 invokespecial Object.hashCode; 4 pop; 5 return
        (
            "invokespecialNotConstructor",
            true,
            vec![0x2a, 0xb7, hh, hl, 0x57, 0xb1],
        ),
        // A null from invokedynamic cannot be described, yet HotSpot has already written the
        // opening of the because-clause. 0 invokedynamic; 5 invokevirtual length; 8 pop; 9 return
        (
            "nullFromInvokedynamic",
            false,
            [&[0xba, ih, il, 0, 0][..], &length, &[0x57, 0xb1]].concat(),
        ),
        // For the analysis a dynamic constant pushes nothing, so the parameter below it is taken
        // for the receiver. 0 aload_0; 1 ldc_w; 4 invokevirtual length; 7 pop2; 8 return
        (
            "nullFromDynamicConstant",
            false,
            [&[0x2a, 0x13, ch, cl][..], &length, &[0x58, 0xb1]].concat(),
        ),
    ]
}

/// The class file `Handmade` (version 55, no stack maps: run unverified).
fn handmade_class() -> (Vec<u8>, Vec<(&'static str, bool)>) {
    let mut pool = Pool::default();
    let methods = handmade_methods(&mut pool);
    let this = pool.class("Handmade");
    let superclass = pool.class("java/lang/Object");
    let code_name = pool.utf8("Code");
    let descriptor = pool.utf8("(Ljava/lang/String;I)V");
    let bootstrap_name = pool.utf8("BootstrapMethods");
    let mut method_bytes = Vec::new();
    for (name, _, code) in &methods {
        let name = pool.utf8(name);
        for value in [0x0009, name, descriptor, 1, code_name] {
            method_bytes.extend_from_slice(&u2(value));
        }
        method_bytes.extend_from_slice(&(12 + code.len() as u32).to_be_bytes());
        method_bytes.extend_from_slice(&[0, 4, 0, 3]); // max_stack, max_locals
        method_bytes.extend_from_slice(&(code.len() as u32).to_be_bytes());
        method_bytes.extend_from_slice(code);
        method_bytes.extend_from_slice(&[0, 0, 0, 0]); // no handlers, no attributes
    }
    let mut bootstraps = u2(pool.bootstraps.len() as u16).to_vec();
    for handle in &pool.bootstraps {
        bootstraps.extend_from_slice(&u2(*handle));
        bootstraps.extend_from_slice(&u2(0));
    }
    let mut out = vec![0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 55];
    out.extend_from_slice(&u2(pool.count + 1));
    out.extend_from_slice(&pool.bytes);
    for value in [0x0021, this, superclass, 0, 0, methods.len() as u16] {
        out.extend_from_slice(&u2(value));
    }
    out.extend_from_slice(&method_bytes);
    out.extend_from_slice(&u2(1));
    out.extend_from_slice(&u2(bootstrap_name));
    out.extend_from_slice(&(bootstraps.len() as u32).to_be_bytes());
    out.extend_from_slice(&bootstraps);
    let cases = methods.iter().map(|(n, null, _)| (*n, *null)).collect();
    (out, cases)
}

/// Bytecode shapes javac does not produce, where HotSpot's analysis shows its quirks.
#[test]
fn handmade_bytecode_matches_hotspot() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("npe-messages/handmade");
    std::fs::create_dir_all(&dir).unwrap();
    let (bytes, cases) = handmade_class();
    std::fs::write(dir.join("Handmade.class"), bytes).unwrap();
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/npe/NpeHandmade.java");
    let status = Command::new("javac")
        .arg("-d")
        .arg(&dir)
        .arg(source)
        .status()
        .expect("javac on PATH");
    assert!(status.success());
    let args: Vec<String> = cases
        .iter()
        .map(|(name, null)| format!("{name}={}", if *null { "null" } else { "x" }))
        .collect();
    let mut failures = Vec::new();
    let checked = check_program(
        &dir,
        "NpeHandmade",
        &[
            "-XX:+UnlockDiagnosticVMOptions",
            "-XX:-BytecodeVerificationRemote",
        ],
        &args,
        &mut failures,
    );
    assert_eq!(checked, cases.len());
    assert_no_failures(&failures, checked);
}
