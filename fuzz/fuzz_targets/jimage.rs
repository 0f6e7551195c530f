//! Opens arbitrary bytes as a JDK runtime image (`lib/modules`) and reads it the way the class
//! path does: every entry with its content, then a few lookups by name.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rjava_classpath::JImage;
use std::fs::File;
use std::hint::black_box;
use std::io::{Seek, Write};
use std::os::fd::AsRawFd;
use std::path::PathBuf;
use std::sync::Mutex;

/// The image is opened by path and memory-mapped, so each input is written to a scratch file. The
/// file is unlinked as soon as it is created and reopened through `/proc/self/fd`, so nothing is
/// left behind when the fuzzer stops.
fn scratch() -> &'static Mutex<(File, PathBuf)> {
    static SCRATCH: std::sync::OnceLock<Mutex<(File, PathBuf)>> = std::sync::OnceLock::new();
    SCRATCH.get_or_init(|| {
        let path = std::env::temp_dir().join(format!("rjava-fuzz-jimage-{}", std::process::id()));
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .expect("create scratch image");
        std::fs::remove_file(&path).expect("unlink scratch image");
        let fd_path = PathBuf::from(format!("/proc/self/fd/{}", file.as_raw_fd()));
        Mutex::new((file, fd_path))
    })
}

fuzz_target!(|data: &[u8]| {
    let mut scratch = scratch().lock().unwrap();
    let (file, path) = &mut *scratch;
    file.set_len(0).expect("truncate scratch image");
    file.rewind().expect("rewind scratch image");
    file.write_all(data).expect("write scratch image");
    let Ok(image) = JImage::open(path) else {
        return;
    };
    for entry in image.entries().take(10_000) {
        black_box(entry.path());
        black_box(entry.class_name());
        black_box((entry.size(), entry.is_compressed()));
        black_box(image.entry_content(&entry).map(<[u8]>::len).ok());
    }
    // The seed image (fuzz/seeds/jimage) holds java/lang/A.
    for name in ["java/lang/A", "java/lang/Object", "module-info", "a", ""] {
        black_box(image.class(name).ok());
    }
    for name in ["/java.base/java/lang/A.class", "/a/b.c", "/"] {
        black_box(image.resource(name).ok());
    }
    for package in ["java/lang", "java.lang", "a", ""] {
        black_box(image.module_of_package(package));
    }
});
