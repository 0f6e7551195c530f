//! Directory class path entries: class `a/b/C` lives at `DIR/a/b/C.class`.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// A directory on the class path. Nothing is read until a class is requested.
#[derive(Clone, Debug)]
pub struct Directory {
    root: PathBuf,
}

impl Directory {
    /// A class path directory rooted at `root`. The directory need not exist
    /// (lookups then find nothing), matching how the JDK treats class paths.
    pub fn new(root: impl Into<PathBuf>) -> Directory {
        Directory { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The file a class would be stored in, or `None` for names that cannot be
    /// class names and might escape the directory (`..`, empty segments, `\`).
    pub fn class_file_path(&self, internal_name: &str) -> Option<PathBuf> {
        let valid = !internal_name.is_empty()
            && internal_name.split('/').all(|segment| {
                !segment.is_empty()
                    && segment != "."
                    && segment != ".."
                    && !segment.contains(['\\', '\0'])
                    && !(cfg!(windows) && segment.contains(':'))
            });
        if !valid {
            return None;
        }
        let mut path = self.root.clone();
        path.extend(internal_name.split('/'));
        path.as_mut_os_string().push(".class");
        Some(path)
    }

    /// Reads `DIR/<internal_name>.class`; `Ok(None)` if there is no such file.
    pub fn find_class(&self, internal_name: &str) -> io::Result<Option<Vec<u8>>> {
        let Some(path) = self.class_file_path(internal_name) else {
            return Ok(None);
        };
        match fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            // A missing file, a missing parent, or a parent that is a file.
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                Ok(None)
            }
            // `a/b.class` may be a directory; it is not a class then.
            Err(_) if path.is_dir() => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Internal names of all class files below the root, sorted. Follows
    /// symbolic links, as the JDK would when loading, but visits each real
    /// directory only once so link cycles terminate. Files whose names are not
    /// UTF-8 are skipped: they cannot be named by a class file.
    pub fn class_files(&self) -> io::Result<Vec<String>> {
        let mut classes = Vec::new();
        let mut visited = HashSet::new();
        let mut pending = vec![(self.root.clone(), String::new())];
        while let Some((dir, prefix)) = pending.pop() {
            if !visited.insert(fs::canonicalize(&dir)?) {
                continue;
            }
            for entry in fs::read_dir(&dir)? {
                let entry = entry?;
                let Ok(name) = entry.file_name().into_string() else {
                    continue;
                };
                let path = entry.path();
                let mut file_type = entry.file_type()?;
                if file_type.is_symlink() {
                    match fs::metadata(&path) {
                        Ok(meta) => file_type = meta.file_type(),
                        Err(_) => continue, // dangling link
                    }
                }
                if file_type.is_dir() {
                    pending.push((path, format!("{prefix}{name}/")));
                } else if let Some(stem) = name.strip_suffix(".class") {
                    if !stem.is_empty() {
                        classes.push(format!("{prefix}{stem}"));
                    }
                }
            }
        }
        classes.sort_unstable();
        Ok(classes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("rjava-classpath-dir-{}-{tag}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn finds_and_lists_classes() {
        let root = temp_dir("lookup");
        fs::create_dir_all(root.join("a/b")).unwrap();
        fs::create_dir_all(root.join("a/Dir.class")).unwrap();
        fs::write(root.join("Top.class"), b"top").unwrap();
        fs::write(root.join("a/b/C.class"), b"abc").unwrap();
        fs::write(root.join("a/b/C$Inner.class"), b"inner").unwrap();
        fs::write(root.join("a/notes.txt"), b"no").unwrap();
        fs::write(root.join("a/.class"), b"no").unwrap();
        let dir = Directory::new(&root);

        assert_eq!(
            dir.find_class("a/b/C").unwrap().as_deref(),
            Some(&b"abc"[..])
        );
        assert_eq!(
            dir.find_class("a/b/C$Inner").unwrap().as_deref(),
            Some(&b"inner"[..])
        );
        assert_eq!(dir.find_class("Top").unwrap().as_deref(), Some(&b"top"[..]));
        for missing in [
            "a/b/D", "x/y/Z", "a/Dir", "Top/X", "", "a//C", "../a/b/C", "a/./b/C", "/a/b/C",
        ] {
            assert_eq!(dir.find_class(missing).unwrap(), None, "{missing}");
        }
        assert_eq!(dir.class_files().unwrap(), ["Top", "a/b/C", "a/b/C$Inner"]);

        #[cfg(unix)]
        {
            // A link cycle must not make listing loop forever.
            std::os::unix::fs::symlink(&root, root.join("a/loop")).unwrap();
            std::os::unix::fs::symlink(root.join("nowhere"), root.join("dangling")).unwrap();
            assert_eq!(dir.class_files().unwrap(), ["Top", "a/b/C", "a/b/C$Inner"]);
        }

        let absent = Directory::new(root.join("absent"));
        assert_eq!(absent.find_class("a/b/C").unwrap(), None);
        assert!(absent.class_files().is_err());
        let _ = fs::remove_dir_all(root);
    }
}
