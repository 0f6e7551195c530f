//! Start-up and runtime natives with small bodies: CDS (absent), signals, Runtime, Shutdown,
//! System's stream setters, object monitors on one thread, native-library loading (every
//! library's natives are built into the VM), serialization's class queries.

use super::{nothing, Registry};
use crate::class::DefiningLoader;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};

pub(crate) fn register(r: &mut Registry) {
    let osc = "java/io/ObjectStreamClass";
    r.add(osc, "initNative", "()V", nothing);
    r.add(
        osc,
        "hasStaticInitializer",
        "(Ljava/lang/Class;)Z",
        |_, a| {
            let class = Ref::from_bits(a[0]).and_then(crate::mirror::class_of_mirror);
            Ok(class.is_some_and(|c| c.declared_method("<clinit>", "()V").is_some()) as u64)
        },
    );
    let cds = "jdk/internal/misc/CDS";
    for name in [
        "isDumpingClassList0",
        "isDumpingArchive0",
        "isSharingEnabled0",
    ] {
        r.add(cds, name, "()Z", |_, _| Ok(0));
    }
    r.add(cds, "getRandomSeedForDumping", "()J", |_, _| Ok(0));
    r.add(
        cds,
        "initializeFromArchive",
        "(Ljava/lang/Class;)V",
        nothing,
    );
    r.add(
        cds,
        "defineArchivedModules",
        "(Ljava/lang/ClassLoader;Ljava/lang/ClassLoader;)V",
        nothing,
    );
    r.add(
        cds,
        "logLambdaFormInvoker",
        "(Ljava/lang/String;)V",
        nothing,
    );
    let vm = "jdk/internal/misc/VM";
    r.add(vm, "initializeFromArchive", "(Ljava/lang/Class;)V", nothing);
    r.add(vm, "getNanoTimeAdjustment", "(J)J", nano_time_adjustment);
    r.add(
        vm,
        "latestUserDefinedLoader0",
        "()Ljava/lang/ClassLoader;",
        |t, _| {
            // The loader of the innermost frame's class that is not a built-in loader's
            // (HotSpot skips the bootstrap and platform loaders and reflection frames).
            let user = t
                .frames
                .iter()
                .rev()
                .any(|f| f.method.class().loader == DefiningLoader::App);
            if !user {
                return Ok(0);
            }
            Ok(crate::mirror::app_loader(t)?.map_or(0, Ref::to_bits))
        },
    );
    r.add(vm, "getuid", "()J", |_, _| Ok(0));
    r.add(vm, "geteuid", "()J", |_, _| Ok(0));
    r.add(vm, "getgid", "()J", |_, _| Ok(0));
    r.add(vm, "getegid", "()J", |_, _| Ok(0));
    let signal = "jdk/internal/misc/Signal";
    r.add(signal, "findSignal0", "(Ljava/lang/String;)I", find_signal);
    r.add(signal, "handle0", "(IJ)J", |_, _| Ok(0));
    r.add(signal, "raise0", "(I)V", nothing);
    let runtime = "java/lang/Runtime";
    r.add(runtime, "availableProcessors", "()I", |_, _| {
        Ok(std::thread::available_parallelism().map_or(1, |n| n.get()) as u64)
    });
    r.add(runtime, "maxMemory", "()J", |t, _| {
        Ok(t.vm.heap.max_capacity() as u64)
    });
    r.add(runtime, "totalMemory", "()J", |t, _| {
        Ok(t.vm.heap.capacity() as u64)
    });
    r.add(runtime, "freeMemory", "()J", |t, _| {
        Ok(t.vm.heap.capacity().saturating_sub(t.vm.heap.used()) as u64)
    });
    // Holds no references: a full collection, then the cleared references are enqueued.
    r.add_gc_safe(runtime, "gc", "()V", |t, _| {
        if crate::gc::may_collect(t) {
            crate::alloc::collect(t, rjava_heap::GcCause::SystemGc, true, false, |_| false);
        }
        Ok(0)
    });
    r.add("java/lang/Shutdown", "beforeHalt", "()V", nothing);
    r.add("java/lang/Shutdown", "halt0", "(I)V", |t, a| {
        t.vm.exit(a[0] as u32 as i32)
    });
    r.add(
        "jdk/internal/misc/ScopedMemoryAccess",
        "registerNatives",
        "()V",
        nothing,
    );
    r.add("java/lang/StringUTF16", "isBigEndian", "()Z", |_, _| {
        Ok(cfg!(target_endian = "big") as u64)
    });
    for (name, field) in [("setIn0", "in"), ("setOut0", "out"), ("setErr0", "err")] {
        let descriptor = match field {
            "in" => "(Ljava/io/InputStream;)V",
            _ => "(Ljava/io/PrintStream;)V",
        };
        r.add(
            "java/lang/System",
            name,
            descriptor,
            match field {
                "in" => |t, a| set_system_stream(t, "in", a[0]),
                "out" => |t, a| set_system_stream(t, "out", a[0]),
                _ => |t, a| set_system_stream(t, "err", a[0]),
            },
        );
    }
    r.add(
        "java/lang/System",
        "mapLibraryName",
        "(Ljava/lang/String;)Ljava/lang/String;",
        |t, a| {
            let name = Ref::from_bits(a[0])
                .map(crate::strings::string_to_rust)
                .unwrap_or_default();
            Ok(crate::strings::new_string(t, &format!("lib{name}.so"))?.to_bits())
        },
    );
    // Re-reads its receiver from its frame after allocating, so it may collect (programs clone
    // arrays in loops).
    r.add_gc_safe(
        "java/lang/Object",
        "clone",
        "()Ljava/lang/Object;",
        object_clone,
    );
    let libs = "jdk/internal/loader/NativeLibraries";
    r.add(
        libs,
        "findBuiltinLib",
        "(Ljava/lang/String;)Ljava/lang/String;",
        |_, a| Ok(a[0]),
    );
    r.add(
        libs,
        "load",
        "(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z",
        |_, _| Ok(1),
    );
    r.add(
        "jdk/internal/loader/BootLoader",
        "setBootLoaderUnnamedModule0",
        "(Ljava/lang/Module;)V",
        nothing,
    );
    r.add("java/lang/ClassLoader", "registerNatives", "()V", nothing);
    r.add(
        "java/util/concurrent/atomic/AtomicLong",
        "VMSupportsCS8",
        "()Z",
        |_, _| Ok(1),
    );
    r.add(
        "java/util/TimeZone",
        "getSystemTimeZoneID",
        "(Ljava/lang/String;)Ljava/lang/String;",
        |t, _| Ok(crate::strings::new_string(t, &system_time_zone())?.to_bits()),
    );
    r.add(
        "java/util/TimeZone",
        "getSystemGMTOffsetID",
        "()Ljava/lang/String;",
        |t, _| Ok(crate::strings::new_string(t, "GMT")?.to_bits()),
    );
}

fn nano_time_adjustment(_: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let offset = a[0] as i64;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let seconds = now.as_secs() as i64 - offset;
    // HotSpot answers -1 when the offset is too far away to express in a long of nanoseconds.
    if seconds.abs() > (1i64 << 32) {
        return Ok(-1i64 as u64);
    }
    Ok((seconds * 1_000_000_000 + now.subsec_nanos() as i64) as u64)
}

fn find_signal(_: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let name = Ref::from_bits(a[0])
        .map(crate::strings::string_to_rust)
        .unwrap_or_default();
    let number: i32 = match name.as_str() {
        "HUP" => 1,
        "INT" => 2,
        "QUIT" => 3,
        "KILL" => 9,
        "USR1" => 10,
        "USR2" => 12,
        "PIPE" => 13,
        "TERM" => 15,
        _ => -1,
    };
    Ok(number as u32 as u64)
}

fn set_system_stream(thread: &mut JavaThread, field: &str, value: u64) -> JResult<u64> {
    let vm = thread.vm;
    let system = vm.load_class(thread, "java/lang/System", DefiningLoader::Bootstrap)?;
    if let Some(f) = system
        .fields
        .iter()
        .find(|f| f.name == field && f.is_static())
    {
        system.set_static_value(f.offset, value);
    }
    Ok(0)
}

/// `Object.clone`: a shallow copy; `CloneNotSupportedException` unless the class is Cloneable.
fn object_clone(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let object = Ref::from_bits(a[0]).expect("receiver");
    let class = object.class();
    let vm = thread.vm;
    if let Some((element, _)) = class.array_element() {
        let length = object.array_length();
        let copy = crate::alloc::new_array_at_safepoint(thread, class, length)?;
        let object = Ref::from_bits(thread.native_arg(0)).expect("receiver");
        let bytes = length as usize * element.size();
        Ref::copy_elements(
            object,
            Ref::element_offset(0, 1),
            copy,
            Ref::element_offset(0, 1),
            bytes,
        );
        return Ok(copy.to_bits());
    }
    let cloneable = vm.load_class(thread, "java/lang/Cloneable", DefiningLoader::Bootstrap)?;
    if !class.is_subclass_of(cloneable) {
        let msg = class.java_name();
        return Err(crate::exceptions::throw_new(
            thread,
            "java/lang/CloneNotSupportedException",
            Some(&msg),
        ));
    }
    let copy = crate::alloc::new_object_at_safepoint(thread, class)?;
    let object = Ref::from_bits(thread.native_arg(0)).expect("receiver");
    let header = crate::object::HEADER_SIZE;
    Ref::copy_elements(
        object,
        header,
        copy,
        header,
        class.instance_size as usize - header,
    );
    Ok(copy.to_bits())
}

/// The zone id as the JDK's TimeZone_md.c finds it: `TZ`, else `/etc/timezone`, else the
/// `/etc/localtime` link's target under zoneinfo; UTC when nothing says otherwise.
fn system_time_zone() -> String {
    if let Ok(tz) = std::env::var("TZ") {
        let tz = tz.trim_start_matches(':');
        if !tz.is_empty() {
            return tz.to_owned();
        }
    }
    if let Ok(zone) = std::fs::read_to_string("/etc/timezone") {
        let zone = zone.trim();
        if !zone.is_empty() {
            return zone.to_owned();
        }
    }
    if let Ok(target) = std::fs::read_link("/etc/localtime") {
        let target = target.display().to_string();
        if let Some((_, zone)) = target.split_once("zoneinfo/") {
            return zone.to_owned();
        }
    }
    "UTC".to_owned()
}
