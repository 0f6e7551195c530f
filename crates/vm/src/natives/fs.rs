//! `java.io.UnixFileSystem`: the file-system queries behind `java.io.File`.

use super::{nothing, Registry};
use crate::object::Ref;
use crate::strings::{new_string, string_to_rust};
use crate::thread::{JResult, JavaThread};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

const UFS: &str = "java/io/UnixFileSystem";
const BA_EXISTS: u64 = 0x01;
const BA_REGULAR: u64 = 0x02;
const BA_DIRECTORY: u64 = 0x04;

pub(crate) fn register(r: &mut Registry) {
    r.add(UFS, "initIDs", "()V", nothing);
    r.add(
        UFS,
        "canonicalize0",
        "(Ljava/lang/String;)Ljava/lang/String;",
        canonicalize,
    );
    r.add(UFS, "getBooleanAttributes0", "(Ljava/io/File;)I", |_, a| {
        Ok(match path_of_file(a[1]).map(std::fs::metadata) {
            Some(Ok(m)) => {
                BA_EXISTS
                    | if m.is_dir() {
                        BA_DIRECTORY
                    } else if m.is_file() {
                        BA_REGULAR
                    } else {
                        0
                    }
            }
            _ => 0,
        })
    });
    r.add(UFS, "checkAccess", "(Ljava/io/File;I)Z", |_, a| {
        let Some(Ok(m)) = path_of_file(a[1]).map(std::fs::metadata) else {
            return Ok(0);
        };
        let mode = m.permissions().mode();
        let wanted = a[2] as u32 & 7; // ACCESS_EXECUTE 1, WRITE 2, READ 4
        Ok((wanted == 0 || (mode >> 6) & wanted == wanted) as u64)
    });
    r.add(UFS, "getLength", "(Ljava/io/File;)J", |_, a| {
        Ok(path_of_file(a[1])
            .and_then(|p| std::fs::metadata(p).ok())
            .map_or(0, |m| m.len()))
    });
    r.add(UFS, "getLastModifiedTime", "(Ljava/io/File;)J", |_, a| {
        let modified = path_of_file(a[1])
            .and_then(|p| std::fs::metadata(p).ok())
            .and_then(|m| m.modified().ok());
        Ok(modified
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_millis() as u64))
    });
    r.add(
        UFS,
        "createFileExclusively",
        "(Ljava/lang/String;)Z",
        |t, a| {
            let path = Ref::from_bits(a[1]).map(string_to_rust).unwrap_or_default();
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(_) => Ok(1),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(0),
                Err(e) => Err(crate::exceptions::throw_new(
                    t,
                    "java/io/IOException",
                    Some(&e.to_string()),
                )),
            }
        },
    );
    r.add(UFS, "delete0", "(Ljava/io/File;)Z", |_, a| {
        let Some(p) = path_of_file(a[1]) else {
            return Ok(0);
        };
        Ok((if p.is_dir() {
            std::fs::remove_dir(&p)
        } else {
            std::fs::remove_file(&p)
        })
        .is_ok() as u64)
    });
    r.add(UFS, "createDirectory", "(Ljava/io/File;)Z", |_, a| {
        Ok(path_of_file(a[1]).is_some_and(|p| std::fs::create_dir(p).is_ok()) as u64)
    });
    r.add(UFS, "rename0", "(Ljava/io/File;Ljava/io/File;)Z", |_, a| {
        Ok(match (path_of_file(a[1]), path_of_file(a[2])) {
            (Some(f), Some(t)) => std::fs::rename(f, t).is_ok() as u64,
            _ => 0,
        })
    });
    r.add(UFS, "list", "(Ljava/io/File;)[Ljava/lang/String;", list);
    r.add(UFS, "getNameMax0", "(Ljava/lang/String;)J", |_, _| Ok(255));
}

/// The `path` field of a `java.io.File`.
fn path_of_file(file: u64) -> Option<PathBuf> {
    let file = Ref::from_bits(file)?;
    let f = file.class().declared_field("path", "Ljava/lang/String;")?;
    file.get_ref(f.offset as usize)
        .map(|s| PathBuf::from(string_to_rust(s)))
}

/// Like the JDK's `canonicalize_md.c`: resolve what exists, keep the rest lexically normalized.
fn canonicalize(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let path = Ref::from_bits(a[1]).map(string_to_rust).unwrap_or_default();
    let p = PathBuf::from(&path);
    let result = match std::fs::canonicalize(&p) {
        Ok(c) => c,
        Err(_) => {
            // Canonicalize the longest existing prefix and append the rest.
            let mut existing = p.clone();
            let mut rest = Vec::new();
            while !existing.exists() {
                match (
                    existing.file_name().map(|n| n.to_owned()),
                    existing.parent(),
                ) {
                    (Some(n), Some(parent)) => {
                        rest.push(n);
                        existing = parent.to_path_buf();
                    }
                    _ => break,
                }
            }
            let mut base = std::fs::canonicalize(&existing).unwrap_or(existing);
            for n in rest.into_iter().rev() {
                base.push(n);
            }
            base
        }
    };
    Ok(new_string(thread, &result.display().to_string())?.to_bits())
}

fn list(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(dir) = path_of_file(a[1]) else {
        return Ok(0);
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(0);
    };
    let names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let vm = thread.vm;
    let class = vm.load_class(
        thread,
        "[Ljava/lang/String;",
        crate::class::DefiningLoader::Bootstrap,
    )?;
    let array = crate::alloc::new_array(thread, class, names.len() as i32)?;
    for (i, n) in names.iter().enumerate() {
        let s = new_string(thread, n)?;
        array.set::<u64>(Ref::element_offset(i, 8), s.to_bits());
    }
    Ok(array.to_bits())
}
