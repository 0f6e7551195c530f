//! The interpreter end to end: javac-compiled code run on the real JDK 17 class library.

use rjava_vm::object::Ref;
use rjava_vm::{DefiningLoader, JavaThread, Vm, VmOptions};
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

/// Compiles tests/java/*.java once into a temporary class directory.
fn classes() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("vm-test-classes");
        std::fs::create_dir_all(&out).unwrap();
        let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/java");
        let files: Vec<PathBuf> = std::fs::read_dir(&src)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        let status = Command::new("javac")
            .arg("-d")
            .arg(&out)
            .args(&files)
            .status()
            .expect("javac");
        assert!(status.success());
        out
    })
}

fn thread() -> Box<JavaThread> {
    let options = VmOptions {
        class_path: classes().display().to_string(),
        ..VmOptions::default()
    };
    let vm = Vm::create(options).expect("vm");
    JavaThread::new(vm, 1 << 20)
}

/// Calls a static method of `Basics` and returns its raw result, or the pending exception's
/// class name and message.
fn call(
    thread: &mut JavaThread,
    name: &str,
    descriptor: &str,
    args: &[u64],
) -> Result<u64, String> {
    let vm = thread.vm;
    let class = vm
        .load_class(thread, "Basics", DefiningLoader::App)
        .map_err(|_| describe(thread))?;
    rjava_vm::init::initialize(thread, class).map_err(|_| describe(thread))?;
    let method = class.declared_method(name, descriptor).expect("method");
    rjava_vm::interp::invoke(thread, method, args).map_err(|_| describe(thread))
}

fn describe(thread: &mut JavaThread) -> String {
    let e = thread.take_exception().expect("pending exception");
    let full = rjava_vm::exceptions::describe(thread, e);
    // The first line is what the assertions compare; the rest helps when they fail.
    eprintln!("{full}");
    full.lines().next().unwrap_or("").to_owned()
}

fn string(v: u64) -> String {
    rjava_vm::strings::string_to_rust(Ref::from_bits(v).expect("non-null string"))
}

#[test]
fn arithmetic_calls_and_loops() {
    let mut t = thread();
    assert_eq!(call(&mut t, "fib", "(I)I", &[20]).unwrap(), 6765);
    assert_eq!(
        call(&mut t, "sumArray", "(I)J", &[1000]).unwrap() as i64,
        332_833_500
    );
    assert_eq!(call(&mut t, "switches", "(I)I", &[2]).unwrap(), 20);
    assert_eq!(
        call(&mut t, "switches", "(I)I", &[(-50000i32) as u32 as u64]).unwrap(),
        2
    );
    assert_eq!(call(&mut t, "switches", "(I)I", &[7777777]).unwrap(), 3);
    assert_eq!(call(&mut t, "switches", "(I)I", &[9]).unwrap(), 0);
    assert_eq!(call(&mut t, "multi", "()I", &[]).unwrap(), 347);
}

#[test]
fn exceptions_thrown_and_caught() {
    let mut t = thread();
    assert_eq!(
        call(&mut t, "divide", "(II)I", &[1, 0]),
        Err("java.lang.ArithmeticException: / by zero".into())
    );
    assert_eq!(call(&mut t, "catchIt", "(I)I", &[0]).unwrap() as i32, -1);
    assert_eq!(call(&mut t, "catchIt", "(I)I", &[5]).unwrap(), 2);
    assert_eq!(
        call(&mut t, "aioobe", "()I", &[]),
        Err("java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3".into())
    );
    assert_eq!(
        call(&mut t, "cce", "()Ljava/lang/Object;", &[]),
        Err("java.lang.ClassCastException: class java.lang.Object cannot be cast to class java.lang.String \
             (java.lang.Object and java.lang.String are in module java.base of loader 'bootstrap')"
            .into())
    );
    assert_eq!(
        call(&mut t, "cceApp", "()Ljava/lang/Object;", &[]),
        Err(
            "java.lang.ClassCastException: class Basics$Dog cannot be cast to class Basics$Square \
             (Basics$Dog and Basics$Square are in unnamed module of loader 'app')"
                .into()
        )
    );
    assert_eq!(
        call(&mut t, "arrayStore", "()Ljava/lang/Object;", &[]),
        Err("java.lang.ArrayStoreException: java.lang.Object".into())
    );
}

#[test]
fn objects_dispatch_and_strings() {
    let mut t = thread();
    assert_eq!(
        f64::from_bits(call(&mut t, "shapes", "()D", &[]).unwrap()),
        4.0 + 3.0 + 600.0 + 5000.0
    );
    assert_eq!(
        string(call(&mut t, "dog", "()Ljava/lang/String;", &[]).unwrap()),
        "woof!"
    );
    assert_eq!(
        string(call(&mut t, "sb", "()Ljava/lang/String;", &[]).unwrap()),
        "4,3,2,1,0"
    );
    // Arguments: int, long (2 slots), char, boolean, Object (null).
    let r = call(
        &mut t,
        "concat",
        "(IJCZLjava/lang/Object;)Ljava/lang/String;",
        &[42, u64::MAX, 0, 0x263A, 1, 0],
    );
    assert_eq!(
        string(r.unwrap()),
        "i=42 l=-1 c=\u{263A} z=true o=null hello"
    );
}

#[test]
fn immutable_list_dispatch() {
    let mut t = thread();
    let vm = t.vm;
    let c = vm
        .load_class(
            &mut t,
            "java/util/ImmutableCollections$List12",
            DefiningLoader::Bootstrap,
        )
        .unwrap();
    let names: Vec<String> = c.vtable.iter().map(|m| format!("{m:?}")).collect();
    let sizes: Vec<&String> = names.iter().filter(|n| n.contains(".size")).collect();
    assert_eq!(sizes.len(), 1, "{sizes:?}");
    assert!(
        sizes[0].starts_with("java/util/ImmutableCollections$List12.size"),
        "{sizes:?}"
    );
}
