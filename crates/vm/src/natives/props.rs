//! System properties the VM supplies: `jdk.internal.util.SystemProps$Raw.vmProperties` (the VM's
//! own and `-D` ones) and `platformProperties` (the OS's, at the indices the class declares).

use super::Registry;
use crate::alloc::new_array;
use crate::class::DefiningLoader;
use crate::object::Ref;
use crate::strings::new_string;
use crate::thread::{JResult, JavaThread};

pub(crate) fn register(r: &mut Registry) {
    let raw = "jdk/internal/util/SystemProps$Raw";
    r.add(raw, "vmProperties", "()[Ljava/lang/String;", vm_properties);
    r.add(
        raw,
        "platformProperties",
        "()[Ljava/lang/String;",
        platform_properties,
    );
}

fn string_array(thread: &mut JavaThread, values: &[Option<String>]) -> JResult<u64> {
    let vm = thread.vm;
    let class = vm.load_class(thread, "[Ljava/lang/String;", DefiningLoader::Bootstrap)?;
    let array = new_array(thread, class, values.len() as i32)?;
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            let s = new_string(thread, v)?;
            array.set::<u64>(Ref::element_offset(i, 8), s.to_bits());
        }
    }
    Ok(array.to_bits())
}

fn vm_properties(thread: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    let vm = thread.vm;
    let home = vm.java_home.display().to_string();
    let mut props: Vec<(String, String)> = vec![
        ("java.home".into(), home.clone()),
        (
            "java.vm.specification.name".into(),
            "Java Virtual Machine Specification".into(),
        ),
        (
            "java.vm.specification.vendor".into(),
            "Oracle Corporation".into(),
        ),
        ("java.vm.specification.version".into(), "17".into()),
        ("java.vm.name".into(), "OpenJDK 64-Bit Server VM".into()),
        ("java.vm.vendor".into(), vendor(&home)),
        (
            "java.vm.version".into(),
            release_value(&home, "JAVA_RUNTIME_VERSION").unwrap_or_default(),
        ),
        ("java.vm.info".into(), "interpreted mode".into()),
        ("jdk.debug".into(), "release".into()),
        ("java.class.path".into(), vm.options.class_path.clone()),
        (
            "java.library.path".into(),
            "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib".into(),
        ),
        ("sun.boot.library.path".into(), format!("{home}/lib")),
        ("sun.java.launcher".into(), "SUN_STANDARD".into()),
        (
            "sun.management.compiler".into(),
            "HotSpot 64-Bit Tiered Compilers".into(),
        ),
        ("java.vm.compressedOopsMode".into(), "Zero based".into()),
    ];
    for (k, v) in &vm.options.properties {
        props.retain(|(pk, _)| pk != k);
        props.push((k.clone(), v.clone()));
    }
    let flat: Vec<Option<String>> = props
        .into_iter()
        .flat_map(|(k, v)| [Some(k), Some(v)])
        .collect();
    string_array(thread, &flat)
}

/// A value of the JDK's `release` file.
fn release_value(home: &str, key: &str) -> Option<String> {
    let text = std::fs::read_to_string(format!("{home}/release")).ok()?;
    let prefix = format!("{key}=");
    text.lines().find_map(|l| {
        l.strip_prefix(&prefix)
            .map(|v| v.trim_matches('"').to_owned())
    })
}

/// The `IMPLEMENTOR` of the JDK's `release` file, which HotSpot reports as the VM vendor.
fn vendor(home: &str) -> String {
    std::fs::read_to_string(format!("{home}/release"))
        .ok()
        .and_then(|r| {
            r.lines().find_map(|l| {
                l.strip_prefix("IMPLEMENTOR=")
                    .map(|v| v.trim_matches('"').to_owned())
            })
        })
        .unwrap_or_else(|| "Oracle Corporation".into())
}

fn platform_properties(thread: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    let vm = thread.vm;
    let raw = vm.load_class(
        thread,
        "jdk/internal/util/SystemProps$Raw",
        DefiningLoader::Bootstrap,
    )?;
    let cf = raw.class_file.as_ref().expect("class file");
    // The indices are the class's own `_xxx_NDX` constants.
    let index_of = |name: &str| -> Option<usize> {
        let f = raw.fields.iter().find(|f| f.name == name)?;
        match cf.constant_pool.get(f.constant_value?) {
            Ok(rjava_classfile::Constant::Integer(v)) => Some(*v as usize),
            _ => None,
        }
    };
    let len = index_of("FIXED_LENGTH").unwrap_or(39);
    let mut values: Vec<Option<String>> = vec![None; len];
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "/".into());
    let user = std::env::var("USER").unwrap_or_else(|_| user_name());
    let home = std::env::var("HOME").unwrap_or_else(|_| "?".into());
    let os_version = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_owned())
        .unwrap_or_default();
    let encoding = native_encoding();
    for (name, value) in [
        ("_file_encoding_NDX", encoding.clone()),
        ("_file_separator_NDX", "/".into()),
        ("_java_io_tmpdir_NDX", "/tmp".into()),
        ("_line_separator_NDX", "\n".into()),
        (
            "_os_arch_NDX",
            std::env::consts::ARCH.replace("x86_64", "amd64"),
        ),
        ("_os_name_NDX", "Linux".into()),
        ("_os_version_NDX", os_version),
        ("_path_separator_NDX", ":".into()),
        ("_sun_arch_data_model_NDX", "64".into()),
        ("_sun_cpu_endian_NDX", "little".into()),
        ("_sun_io_unicode_encoding_NDX", "UnicodeLittle".into()),
        ("_sun_jnu_encoding_NDX", encoding),
        ("_user_dir_NDX", cwd),
        ("_user_home_NDX", home),
        ("_user_name_NDX", user),
        ("_display_language_NDX", "en".into()),
        ("_format_language_NDX", "en".into()),
    ] {
        if let Some(i) = index_of(name) {
            if i < values.len() {
                values[i] = Some(value);
            }
        }
    }
    string_array(thread, &values)
}

/// The platform encoding as HotSpot derives it from the locale: UTF-8 for UTF-8 locales, else
/// `ANSI_X3.4-1968` (the C/POSIX locale's name for ASCII).
fn native_encoding() -> String {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
    match locale {
        Some(l)
            if l.to_ascii_uppercase().contains("UTF-8")
                || l.to_ascii_uppercase().contains("UTF8") =>
        {
            "UTF-8".into()
        }
        _ => "ANSI_X3.4-1968".into(),
    }
}

fn user_name() -> String {
    std::fs::read_to_string("/proc/self/loginuid")
        .ok()
        .map_or_else(|| "?".into(), |_| "root".into())
}
