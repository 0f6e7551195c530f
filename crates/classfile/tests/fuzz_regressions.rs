//! Inputs that once made the parser hang or over-allocate, found while fuzzing it (`tools/fuzz`).
//! Bad input must only ever produce an error: never a panic, a hang, or memory out of proportion
//! to the input.
//!
//! The inputs that need hundreds of kilobytes to show the fault are built here rather than
//! inlined: a constant pool whose long string is named from tens of thousands of places. Before
//! the fixes each of them took seconds (minutes in a debug build), checking or hashing the same
//! 64 KB string once per reference; the time limits are far above what a linear parse needs.

use rjava_classfile::{ClassFile, ClassFormatError};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::{Duration, Instant};

/// Counts the bytes allocated by each thread, so a test can measure its own peak.
struct CountingAllocator;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = LIVE.try_with(|live| {
            live.set(live.get() + layout.size());
            let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
        });
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let _ = LIVE.try_with(|live| live.set(live.get().saturating_sub(layout.size())));
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Parses `bytes`, failing the test if that takes longer than `limit`.
fn parse_within(bytes: &[u8], limit: Duration) -> Result<ClassFile, ClassFormatError> {
    let start = Instant::now();
    let result = ClassFile::parse(bytes);
    let took = start.elapsed();
    assert!(
        took < limit,
        "parsing {} bytes took {took:?}, more than {limit:?}",
        bytes.len()
    );
    result
}

const LIMIT: Duration = Duration::from_secs(5);
const ACC_PUBLIC: u16 = 0x0001;
const ACC_STATIC: u16 = 0x0008;
const ACC_SUPER: u16 = 0x0020;
const ACC_NATIVE: u16 = 0x0100;

fn u2(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}

fn u4(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_be_bytes());
}

/// A constant pool under construction.
struct Pool {
    bytes: Vec<u8>,
    next: u16,
}

impl Pool {
    fn new() -> Pool {
        Pool {
            bytes: Vec::new(),
            next: 1,
        }
    }

    fn entry(&mut self, tag: u8, payload: &[u8]) -> u16 {
        self.bytes.push(tag);
        self.bytes.extend_from_slice(payload);
        self.next += 1;
        self.next - 1
    }

    fn utf8(&mut self, text: &[u8]) -> u16 {
        let mut payload = Vec::new();
        u2(&mut payload, text.len() as u16);
        payload.extend_from_slice(text);
        self.entry(1, &payload)
    }

    fn class(&mut self, name: &[u8]) -> u16 {
        let name = self.utf8(name);
        self.entry(7, &name.to_be_bytes())
    }
}

/// A class file `Test extends java/lang/Object` around `pool`, with the given fields, methods and
/// class attributes, each already starting with its count.
fn class_file(major: u16, pool: Pool, fields: &[u8], methods: &[u8], attributes: &[u8]) -> Vec<u8> {
    let mut pool = pool;
    let this = pool.class(b"Test");
    let object = pool.class(b"java/lang/Object");
    let mut out = Vec::new();
    u4(&mut out, 0xCAFE_BABE);
    u2(&mut out, 0);
    u2(&mut out, major);
    u2(&mut out, pool.next);
    out.extend_from_slice(&pool.bytes);
    u2(&mut out, ACC_PUBLIC | ACC_SUPER);
    u2(&mut out, this);
    u2(&mut out, object);
    u2(&mut out, 0); // interfaces
    for table in [fields, methods, attributes] {
        if table.is_empty() {
            u2(&mut out, 0);
        } else {
            out.extend_from_slice(table);
        }
    }
    out
}

/// A legal name as long as a Utf8 entry can be.
fn long_name() -> Vec<u8> {
    vec![b'a'; 65535]
}

#[test]
fn class_entries_naming_one_long_name() {
    let mut pool = Pool::new();
    let name = pool.utf8(&long_name());
    for _ in 0..65000 {
        pool.entry(7, &name.to_be_bytes());
    }
    parse_within(&class_file(61, pool, &[], &[], &[]), LIMIT).unwrap();
}

#[test]
fn name_and_type_entries_naming_one_long_descriptor() {
    let mut pool = Pool::new();
    let name = pool.utf8(b"f");
    let mut descriptor = long_name();
    descriptor[0] = b'L';
    *descriptor.last_mut().unwrap() = b';';
    let descriptor = pool.utf8(&descriptor);
    let mut payload = Vec::new();
    u2(&mut payload, name);
    u2(&mut payload, descriptor);
    for _ in 0..65000 {
        pool.entry(12, &payload);
    }
    parse_within(&class_file(61, pool, &[], &[], &[]), LIMIT).unwrap();
}

#[test]
fn method_type_entries_naming_one_long_descriptor() {
    let mut pool = Pool::new();
    let mut descriptor = long_name();
    descriptor[..2].copy_from_slice(b"(L");
    descriptor[65535 - 3..].copy_from_slice(b";)V");
    let descriptor = pool.utf8(&descriptor);
    for _ in 0..65000 {
        pool.entry(16, &descriptor.to_be_bytes());
    }
    parse_within(&class_file(61, pool, &[], &[], &[]), LIMIT).unwrap();
}

/// Members that all have one long name but distinct descriptors: each was checked, and hashed for
/// the duplicate check, with its 64 KB name.
fn members_named_alike(method: bool) -> Vec<u8> {
    let mut pool = Pool::new();
    let name = pool.utf8(&long_name());
    let count = 30000;
    let mut members = Vec::new();
    u2(&mut members, count);
    for i in 0..count {
        let descriptor = if method {
            format!("(LA{i};)V")
        } else {
            format!("LA{i};")
        };
        let descriptor = pool.utf8(descriptor.as_bytes());
        let flags = if method {
            ACC_PUBLIC | ACC_NATIVE
        } else {
            ACC_PUBLIC
        };
        u2(&mut members, flags);
        u2(&mut members, name);
        u2(&mut members, descriptor);
        u2(&mut members, 0); // attributes
    }
    if method {
        class_file(61, pool, &[], &members, &[])
    } else {
        class_file(61, pool, &members, &[], &[])
    }
}

#[test]
fn fields_sharing_one_long_name() {
    parse_within(&members_named_alike(false), LIMIT).unwrap();
}

#[test]
fn methods_sharing_one_long_name() {
    parse_within(&members_named_alike(true), LIMIT).unwrap();
}

#[test]
fn duplicate_fields_with_one_long_name() {
    let mut pool = Pool::new();
    let name = pool.utf8(&long_name());
    let descriptor = pool.utf8(b"I");
    let mut fields = Vec::new();
    u2(&mut fields, 65535);
    for _ in 0..65535 {
        for v in [ACC_PUBLIC, name, descriptor, 0] {
            u2(&mut fields, v);
        }
    }
    let err = parse_within(&class_file(61, pool, &fields, &[], &[]), LIMIT).unwrap_err();
    // (HotSpot cuts long messages short, so only the start is certain.)
    let message = err.message("Test");
    assert!(
        message.starts_with("Duplicate field name \"aaaa"),
        "{}",
        &message[..60]
    );
}

#[test]
fn record_components_sharing_one_long_name() {
    let mut pool = Pool::new();
    let name = pool.utf8(&long_name());
    let descriptor = pool.utf8(b"I");
    let record = pool.utf8(b"Record");
    let count = 65535;
    let mut attributes = Vec::new();
    u2(&mut attributes, 1);
    u2(&mut attributes, record);
    u4(&mut attributes, 2 + 6 * u32::from(count));
    u2(&mut attributes, count);
    for _ in 0..count {
        for v in [name, descriptor, 0] {
            u2(&mut attributes, v);
        }
    }
    parse_within(&class_file(61, pool, &[], &[], &attributes), LIMIT).unwrap();
}

#[test]
fn local_variables_sharing_one_long_name() {
    let mut pool = Pool::new();
    let method_name = pool.utf8(b"m");
    let method_descriptor = pool.utf8(b"()V");
    let code_name = pool.utf8(b"Code");
    let table_name = pool.utf8(b"LocalVariableTable");
    let name = pool.utf8(&long_name());
    let descriptor = pool.utf8(b"I");
    // 60000 nops and a return, with one local variable entry starting at each nop.
    let count: u16 = 60000;
    let mut table = Vec::new();
    u2(&mut table, count);
    for pc in 0..count {
        for v in [pc, 1, name, descriptor, 0] {
            u2(&mut table, v);
        }
    }
    let mut code = Vec::new();
    u2(&mut code, 0); // max_stack
    u2(&mut code, 1); // max_locals
    u4(&mut code, u32::from(count) + 1);
    code.resize(code.len() + usize::from(count), 0x00);
    code.push(0xB1);
    u2(&mut code, 0); // exception table
    u2(&mut code, 1);
    u2(&mut code, table_name);
    u4(&mut code, table.len() as u32);
    code.extend_from_slice(&table);
    let mut methods = Vec::new();
    for v in [
        1,
        ACC_PUBLIC | ACC_STATIC,
        method_name,
        method_descriptor,
        1,
        code_name,
    ] {
        u2(&mut methods, v);
    }
    u4(&mut methods, code.len() as u32);
    methods.extend_from_slice(&code);
    parse_within(&class_file(61, pool, &[], &methods, &[]), LIMIT).unwrap();
}

/// An annotation whose element is an array of 65535 arrays of 65535 arrays ..., 250 deep, followed
/// by 200 KB: every level reserved room for a third of the bytes remaining, 390 MB in all.
#[test]
fn nested_annotation_arrays_reserve_little() {
    let mut pool = Pool::new();
    let annotations = pool.utf8(b"RuntimeVisibleAnnotations");
    let type_name = pool.utf8(b"LA;");
    let element = pool.utf8(b"value");
    let mut body = Vec::new();
    for v in [1, type_name, 1, element] {
        u2(&mut body, v);
    }
    for _ in 0..250 {
        body.push(b'[');
        u2(&mut body, 65535);
    }
    body.resize(body.len() + 200_000, 0);
    let mut attributes = Vec::new();
    u2(&mut attributes, 1);
    u2(&mut attributes, annotations);
    u4(&mut attributes, body.len() as u32);
    attributes.extend_from_slice(&body);
    let bytes = class_file(61, pool, &[], &[], &attributes);
    PEAK.with(|peak| peak.set(LIVE.with(Cell::get)));
    let before = PEAK.with(Cell::get);
    // The annotation does not parse, so HotSpot-like, it is kept as raw bytes.
    parse_within(&bytes, LIMIT).unwrap();
    let used = PEAK.with(Cell::get) - before;
    assert!(
        used < 8 * bytes.len(),
        "parsing {} bytes allocated {used} bytes at the peak",
        bytes.len()
    );
}

/// 30000 member classes, each named once. HotSpot's scan for duplicate and circular entries
/// compares every entry with every later one and walks each outer-class chain by searching the
/// whole table: a literal port took 15 s (release build) for these 700 KB, and a long chain of
/// outer classes made it cubic.
#[test]
fn inner_classes_with_many_distinct_members() {
    let mut pool = Pool::new();
    let outer = pool.class(b"Test");
    let inner_classes = pool.utf8(b"InnerClasses");
    let count: u16 = 30000;
    let mut body = Vec::new();
    u2(&mut body, count);
    for i in 0..count {
        let inner = pool.class(format!("Test${i}").as_bytes());
        for v in [inner, outer, 0, ACC_STATIC] {
            u2(&mut body, v);
        }
    }
    let mut attributes = Vec::new();
    u2(&mut attributes, 1);
    u2(&mut attributes, inner_classes);
    u4(&mut attributes, body.len() as u32);
    attributes.extend_from_slice(&body);
    parse_within(&class_file(61, pool, &[], &[], &attributes), LIMIT).unwrap();
}

/// Member classes nested 20000 deep, `Test$0` in `Test$1` in ... `Test`: HotSpot walks the chain of
/// outer classes from every entry, each step a search of the table.
#[test]
fn inner_classes_nested_deeply() {
    let mut pool = Pool::new();
    let top = pool.class(b"Test");
    let inner_classes = pool.utf8(b"InnerClasses");
    let count: u16 = 20000;
    let classes: Vec<u16> = (0..count)
        .map(|i| pool.class(format!("Test${i}").as_bytes()))
        .collect();
    let mut body = Vec::new();
    u2(&mut body, count);
    for (i, &inner) in classes.iter().enumerate() {
        let outer = classes.get(i + 1).copied().unwrap_or(top);
        for v in [inner, outer, 0, ACC_STATIC] {
            u2(&mut body, v);
        }
    }
    let mut attributes = Vec::new();
    u2(&mut attributes, 1);
    u2(&mut attributes, inner_classes);
    u4(&mut attributes, body.len() as u32);
    attributes.extend_from_slice(&body);
    parse_within(&class_file(61, pool, &[], &[], &attributes), LIMIT).unwrap();
}
