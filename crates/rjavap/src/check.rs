//! `rjavap --check`: parse every class of directories, jars and runtime images fully — format
//! checks, every attribute, every method's bytecode — and report each one that fails.

use rjava_classfile::bytecode::decode_all;
use rjava_classfile::{Attribute, ClassFile};
use rjava_classpath::{Directory, JImage, JarFile};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A container of class files named on the command line.
enum Source {
    Image(JImage),
    Jar(JarFile),
    Directory(Directory),
    File(PathBuf),
}

impl Source {
    fn open(path: &Path) -> Result<Source, String> {
        let shown = path.display();
        if path.is_dir() {
            return Ok(Source::Directory(Directory::new(path)));
        }
        let mut magic = [0u8; 4];
        let read = std::fs::File::open(path)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
            .map_err(|e| format!("{shown}: {e}"));
        match (magic, read) {
            (_, Err(e)) => Err(e),
            ([0xCA, 0xFE, 0xBA, 0xBE], _) => Ok(Source::File(path.to_path_buf())),
            ([0xDA, 0xDA, 0xFE, 0xCA] | [0xCA, 0xFE, 0xDA, 0xDA], _) => JImage::open(path)
                .map(Source::Image)
                .map_err(|e| format!("{shown}: {e}")),
            _ => JarFile::open(path)
                .map(Source::Jar)
                .map_err(|e| format!("{shown}: {e}")),
        }
    }

    /// The names of the classes inside, in a stable order.
    fn class_names(&self) -> Result<Vec<String>, String> {
        Ok(match self {
            Source::Image(image) => image
                .entries()
                .filter(|e| e.is_class())
                .map(|e| e.path())
                .collect(),
            Source::Jar(jar) => jar.class_entries().map(str::to_owned).collect(),
            Source::Directory(dir) => dir
                .class_files()
                .map_err(|e| format!("{}: {e}", dir.root().display()))?,
            Source::File(path) => vec![path.display().to_string()],
        })
    }

    /// Reads one class and checks it; `Err` holds the report line.
    fn check(&self, name: &str) -> Result<(), String> {
        let owned;
        let bytes: &[u8] = match self {
            Source::Image(image) => image
                .resource(name)
                .map_err(|e| e.to_string())?
                .ok_or("resource vanished from the image")?,
            Source::Jar(jar) => {
                owned = jar
                    .read_entry(name)
                    .map_err(|e| e.to_string())?
                    .ok_or("entry vanished from the jar")?;
                &owned
            }
            Source::Directory(dir) => {
                owned = dir
                    .find_class(name)
                    .map_err(|e| e.to_string())?
                    .ok_or("file vanished")?;
                &owned
            }
            Source::File(path) => {
                owned = std::fs::read(path).map_err(|e| e.to_string())?;
                &owned
            }
        };
        check_class(bytes, &class_name_of(name))
    }
}

/// `/java.base/java/lang/String.class` or `a/B.class` → `java/lang/String`, `a/B`.
fn class_name_of(entry: &str) -> String {
    let name = entry.strip_suffix(".class").unwrap_or(entry);
    let name = match name.strip_prefix('/') {
        Some(rest) => rest.split_once('/').map_or(rest, |(_module, path)| path),
        None => name,
    };
    let name = match name.strip_prefix("META-INF/versions/") {
        Some(rest) => rest.split_once('/').map_or(rest, |(_version, path)| path),
        None => name,
    };
    name.rsplit_once(".class").map_or(name, |_| name).to_owned()
}

/// Parses `bytes` with every format check, then decodes every method's bytecode and requires
/// every predefined attribute to have parsed.
pub fn check_class(bytes: &[u8], class_name: &str) -> Result<(), String> {
    let class = ClassFile::parse(bytes)
        .map_err(|e| format!("{}: {}", e.kind().java_class_name(), e.message(class_name)))?;
    let cp = &class.constant_pool;
    let malformed = |attrs: &[Attribute], place: &str| -> Result<(), String> {
        for a in attrs {
            if let Attribute::Malformed { name_index, .. } = a {
                return Err(format!(
                    "malformed {} attribute in {place}",
                    cp.utf8(*name_index).unwrap_or("?")
                ));
            }
            if let Attribute::Record(components) = a {
                for c in components {
                    if let Some(Attribute::Malformed { name_index, .. }) = c
                        .attributes
                        .iter()
                        .find(|a| matches!(a, Attribute::Malformed { .. }))
                    {
                        return Err(format!(
                            "malformed {} attribute in record component {}",
                            cp.utf8(*name_index).unwrap_or("?"),
                            cp.utf8(c.name_index).unwrap_or("?")
                        ));
                    }
                }
            }
        }
        Ok(())
    };
    malformed(&class.attributes, "the class")?;
    for f in &class.fields {
        malformed(&f.attributes, &format!("field {}", f.name(cp)))?;
    }
    for m in &class.methods {
        let place = format!("method {}{}", m.name(cp), m.descriptor(cp));
        malformed(&m.attributes, &place)?;
        if let Some(code) = m.code() {
            malformed(&code.attributes, &place)?;
            decode_all(&code.code).map_err(|e| format!("VerifyError: {e} in {place}"))?;
        }
    }
    Ok(())
}

pub fn run(paths: &[String]) -> ExitCode {
    let mut checked = 0usize;
    let mut errors = 0usize;
    for path in paths {
        let source = match Source::open(Path::new(path)) {
            Ok(s) => s,
            Err(e) => {
                println!("error: {e}");
                errors += 1;
                continue;
            }
        };
        let names = match source.class_names() {
            Ok(n) => n,
            Err(e) => {
                println!("error: {e}");
                errors += 1;
                continue;
            }
        };
        let failures = check_all(&source, &names);
        checked += names.len();
        errors += failures.len();
        for (index, message) in failures {
            println!("{}: {}", names[index], message);
        }
    }
    println!("checked {checked} classes, {errors} errors");
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Checks `names` on every core, handing out work in small batches; failures come back in order.
fn check_all(source: &Source, names: &[String]) -> Vec<(usize, String)> {
    const BATCH: usize = 64;
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(16);
    let mut failures: Vec<(usize, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut found = Vec::new();
                    loop {
                        let start = next.fetch_add(BATCH, Ordering::Relaxed);
                        if start >= names.len() {
                            return found;
                        }
                        for (i, name) in names.iter().enumerate().skip(start).take(BATCH) {
                            if let Err(e) = source.check(name) {
                                found.push((i, e));
                            }
                        }
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    failures.sort_by_key(|&(i, _)| i);
    failures
}

#[cfg(test)]
mod tests {
    use super::class_name_of;

    #[test]
    fn class_names_from_entries() {
        assert_eq!(
            class_name_of("/java.base/java/lang/String.class"),
            "java/lang/String"
        );
        assert_eq!(class_name_of("a/B.class"), "a/B");
        assert_eq!(class_name_of("META-INF/versions/11/a/B.class"), "a/B");
        assert_eq!(class_name_of("/java.base/module-info.class"), "module-info");
    }
}
