//! Where class bytes come from: directories, jars and the JDK runtime image.
//!
//! A [`ClassPath`] is an ordered list of entries searched front to back, like the
//! JVM's boot and application class paths. Building one does no scanning: jars
//! read only their central directory, directories are not listed, and the
//! runtime image is memory-mapped, so startup cost does not grow with the
//! number of classes and each lookup is a few hash probes or one `open`.
//!
//! The only `unsafe` is the memory map of the runtime image (see `jimage.rs`).

#![deny(unsafe_code)]

pub mod directory;
pub mod jar;
pub mod java_home;
pub mod jimage;
pub mod manifest;

use std::borrow::Cow;
use std::fmt;
use std::io;
use std::ops::Deref;
use std::path::{Path, PathBuf};

pub use directory::Directory;
pub use jar::{JarError, JarFile};
pub use java_home::{find_java_home, JavaHomeError};
pub use jimage::{ImageError, JImage};
pub use manifest::Manifest;

/// Separator between class path elements, as in the `java` launcher.
pub const PATH_SEPARATOR: char = if cfg!(windows) { ';' } else { ':' };

/// One element of a class path.
#[derive(Debug)]
pub enum ClassPathEntry {
    Directory(Directory),
    Jar(JarFile),
    Image(JImage),
}

impl ClassPathEntry {
    /// The directory, jar or image file this entry reads from.
    pub fn path(&self) -> &Path {
        match self {
            ClassPathEntry::Directory(d) => d.root(),
            ClassPathEntry::Jar(j) => j.path(),
            ClassPathEntry::Image(i) => i.path(),
        }
    }

    /// Looks up a class by internal name (`java/lang/String`) in this entry only.
    pub fn find_class(&self, internal_name: &str) -> Result<Option<Cow<'_, [u8]>>, ClassPathError> {
        let found = match self {
            ClassPathEntry::Directory(d) => d
                .find_class(internal_name)
                .map_err(|source| ClassPathError::Directory {
                    path: d.class_file_path(internal_name).unwrap_or_default(),
                    source,
                })?
                .map(Cow::Owned),
            ClassPathEntry::Jar(j) => j.find_class(internal_name)?.map(Cow::Owned),
            ClassPathEntry::Image(i) => i.class(internal_name)?.map(Cow::Borrowed),
        };
        Ok(found)
    }
}

/// A class file's bytes and the class path entry they were found in.
#[derive(Debug)]
pub struct ClassBytes<'a> {
    /// Borrowed from the mapped runtime image, owned when read from a file.
    pub bytes: Cow<'a, [u8]>,
    /// Position of the entry in [`ClassPath::entries`].
    pub index: usize,
    pub entry: &'a ClassPathEntry,
}

impl Deref for ClassBytes<'_> {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.bytes
    }
}

/// A class exists on the class path but could not be read.
#[derive(Debug)]
pub enum ClassPathError {
    Directory { path: PathBuf, source: io::Error },
    Jar(JarError),
    Image(ImageError),
}

impl fmt::Display for ClassPathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClassPathError::Directory { path, source } => {
                write!(f, "cannot read class file {}: {source}", path.display())
            }
            ClassPathError::Jar(e) => e.fmt(f),
            ClassPathError::Image(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ClassPathError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ClassPathError::Directory { source, .. } => Some(source),
            ClassPathError::Jar(e) => Some(e),
            ClassPathError::Image(e) => Some(e),
        }
    }
}

impl From<JarError> for ClassPathError {
    fn from(e: JarError) -> Self {
        ClassPathError::Jar(e)
    }
}

impl From<ImageError> for ClassPathError {
    fn from(e: ImageError) -> Self {
        ClassPathError::Image(e)
    }
}

/// An ordered list of class path entries.
#[derive(Debug, Default)]
pub struct ClassPath {
    entries: Vec<ClassPathEntry>,
    skipped: Vec<JarError>,
}

impl ClassPath {
    pub fn new() -> ClassPath {
        ClassPath::default()
    }

    /// Parses a `-cp` value: elements separated by [`PATH_SEPARATOR`], an empty
    /// element meaning the current directory, `dir/*` meaning every `.jar` in
    /// `dir`. Like `java`, elements that do not exist are silently ignored;
    /// files that are not valid jars are ignored too but kept in
    /// [`ClassPath::skipped`] so callers can warn about them.
    pub fn from_spec(spec: &str) -> ClassPath {
        let mut class_path = ClassPath::new();
        class_path.push_spec(spec);
        class_path
    }

    /// Appends the elements of a `-cp` value; see [`ClassPath::from_spec`].
    pub fn push_spec(&mut self, spec: &str) {
        for element in spec.split(PATH_SEPARATOR) {
            let element = if element.is_empty() { "." } else { element };
            match wildcard_dir(element) {
                Some(dir) => {
                    for jar in jars_in(dir) {
                        self.push_path(&jar);
                    }
                }
                None => self.push_path(Path::new(element)),
            }
        }
    }

    /// Appends a directory or jar; nonexistent paths are ignored, broken jars
    /// are recorded in [`ClassPath::skipped`]. A jar's manifest `Class-Path`
    /// follows it, as the JDK's class path does: each element right after the
    /// jar naming it (depth first), an element already on the path skipped.
    pub fn push_path(&mut self, path: &Path) {
        if path.is_dir() {
            self.push_directory(Directory::new(path));
        } else if path.is_file() {
            match JarFile::open(path) {
                Ok(jar) => {
                    let referenced = jar.manifest_class_path();
                    self.push_jar(jar);
                    for element in referenced {
                        if !self.contains(&element) {
                            self.push_path(&element);
                        }
                    }
                }
                Err(e) => self.skipped.push(e),
            }
        }
    }

    /// Whether an entry reads from this file or directory already.
    fn contains(&self, path: &Path) -> bool {
        let canonical = std::fs::canonicalize(path).ok();
        self.entries.iter().any(|e| {
            e.path() == path
                || canonical.is_some() && std::fs::canonicalize(e.path()).ok() == canonical
        })
    }

    pub fn push_directory(&mut self, directory: Directory) {
        self.entries.push(ClassPathEntry::Directory(directory));
    }

    pub fn push_jar(&mut self, jar: JarFile) {
        self.entries.push(ClassPathEntry::Jar(jar));
    }

    /// Appends a runtime image. For JVM semantics (platform classes cannot be
    /// shadowed) push it before the application's entries.
    pub fn push_image(&mut self, image: JImage) {
        self.entries.push(ClassPathEntry::Image(image));
    }

    pub fn entries(&self) -> &[ClassPathEntry] {
        &self.entries
    }

    /// Jars that could not be opened when building this class path.
    pub fn skipped(&self) -> &[JarError] {
        &self.skipped
    }

    /// The first entry's copy of the class, by internal name (`a/b/C`).
    /// Unreadable copies count as absent; use [`ClassPath::try_find_class`] to
    /// report them instead.
    pub fn find_class(&self, internal_name: &str) -> Option<ClassBytes<'_>> {
        self.entries.iter().enumerate().find_map(|(index, entry)| {
            let bytes = entry.find_class(internal_name).ok()??;
            Some(ClassBytes {
                bytes,
                index,
                entry,
            })
        })
    }

    /// Like [`ClassPath::find_class`], but stops at the first entry that has
    /// the class and fails if that copy cannot be read (a corrupt jar entry),
    /// rather than silently falling through to a later entry.
    pub fn try_find_class(
        &self,
        internal_name: &str,
    ) -> Result<Option<ClassBytes<'_>>, ClassPathError> {
        for (index, entry) in self.entries.iter().enumerate() {
            if let Some(bytes) = entry.find_class(internal_name)? {
                return Ok(Some(ClassBytes {
                    bytes,
                    index,
                    entry,
                }));
            }
        }
        Ok(None)
    }
}

// A class path is shared by all threads of the VM.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<ClassPath>();
};

/// `dir/*` (or `*`) → `dir`: the launcher's jar wildcard.
fn wildcard_dir(element: &str) -> Option<&Path> {
    if element == "*" {
        return Some(Path::new("."));
    }
    let dir = element
        .strip_suffix("/*")
        .or_else(|| element.strip_suffix(&format!("{}*", std::path::MAIN_SEPARATOR)))?;
    Some(Path::new(if dir.is_empty() { "/" } else { dir }))
}

/// The `.jar`/`.JAR` files directly in `dir`, sorted for a deterministic order
/// (the launcher leaves the order unspecified).
fn jars_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(children) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut jars: Vec<PathBuf> = children
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("jar"))
                && p.is_file()
        })
        .collect();
    jars.sort();
    jars
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn temp_dir(tag: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("rjava-classpath-lib-{}-{tag}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write_jar(path: &Path, entries: &[(&str, &[u8])]) {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(fs::File::create(path).unwrap());
        for (name, content) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap();
    }

    #[test]
    fn searches_entries_in_order() {
        let root = temp_dir("order");
        fs::create_dir_all(root.join("classes/p")).unwrap();
        fs::write(root.join("classes/p/A.class"), b"dir A").unwrap();
        fs::create_dir_all(root.join("lib")).unwrap();
        write_jar(
            &root.join("lib/one.jar"),
            &[("p/A.class", b"jar A"), ("p/B.class", b"jar B")],
        );
        write_jar(&root.join("lib/two.JAR"), &[("p/C.class", b"jar C")]);
        fs::write(root.join("lib/broken.jar"), b"garbage").unwrap();
        fs::write(root.join("lib/readme.txt"), b"text").unwrap();

        let spec = [
            root.join("missing").display().to_string(),
            root.join("classes").display().to_string(),
            format!("{}/*", root.join("lib").display()),
        ]
        .join(&PATH_SEPARATOR.to_string());
        let cp = ClassPath::from_spec(&spec);
        assert_eq!(cp.entries().len(), 3, "{:?}", cp.entries());
        assert_eq!(cp.skipped().len(), 1);
        assert!(cp.skipped()[0].to_string().contains("broken.jar"));

        let a = cp.find_class("p/A").unwrap();
        assert_eq!(&*a, b"dir A");
        assert_eq!(a.index, 0);
        assert!(matches!(a.entry, ClassPathEntry::Directory(_)));
        let b = cp.try_find_class("p/B").unwrap().unwrap();
        assert_eq!(&*b, b"jar B");
        assert_eq!(b.entry.path(), root.join("lib/one.jar"));
        assert_eq!(&*cp.find_class("p/C").unwrap(), b"jar C");
        assert!(cp.find_class("p/D").is_none());
        assert!(cp.try_find_class("p/D").unwrap().is_none());
        let _ = fs::remove_dir_all(root);
    }

    #[test]
    fn manifest_class_path_follows_its_jar() {
        let root = temp_dir("manifest");
        let manifest = |class_path: &str| {
            format!("Manifest-Version: 1.0\r\nClass-Path: {class_path}\r\n\r\n").into_bytes()
        };
        // app.jar names lib.jar and itself; lib.jar names app.jar back: no entry twice.
        write_jar(
            &root.join("app.jar"),
            &[
                (
                    "META-INF/MANIFEST.MF",
                    &manifest("lib.jar app.jar missing.jar"),
                ),
                ("app/Main.class", b"main"),
            ],
        );
        write_jar(
            &root.join("lib.jar"),
            &[
                ("META-INF/MANIFEST.MF", &manifest("app.jar")),
                ("lib/Greeter.class", b"greeter"),
            ],
        );
        fs::create_dir_all(root.join("classes")).unwrap();
        let spec = [root.join("app.jar"), root.join("classes")]
            .map(|p| p.display().to_string())
            .join(&PATH_SEPARATOR.to_string());
        let cp = ClassPath::from_spec(&spec);
        let paths: Vec<&Path> = cp.entries().iter().map(ClassPathEntry::path).collect();
        assert_eq!(
            paths,
            [
                root.join("app.jar"),
                root.join("lib.jar"),
                root.join("classes")
            ]
        );
        assert_eq!(&*cp.find_class("lib/Greeter").unwrap(), b"greeter");
        let _ = fs::remove_dir_all(root);
    }

    #[test]
    fn empty_element_is_current_directory() {
        let cp = ClassPath::from_spec("");
        assert_eq!(cp.entries().len(), 1);
        assert_eq!(cp.entries()[0].path(), Path::new("."));
        let cp = ClassPath::from_spec(&format!("/nonexistent/rjava{PATH_SEPARATOR}"));
        assert_eq!(cp.entries().len(), 1);
        assert_eq!(wildcard_dir("a/*"), Some(Path::new("a")));
        assert_eq!(wildcard_dir("/*"), Some(Path::new("/")));
        assert_eq!(wildcard_dir("a/b"), None);
    }

    #[test]
    fn image_classes_are_borrowed() {
        let Ok(home) = find_java_home() else {
            eprintln!("note: no JDK here, skipping");
            return;
        };
        let Ok(image) = JImage::open(java_home::modules_image(&home)) else {
            eprintln!("note: cannot open the runtime image, skipping");
            return;
        };
        let mut cp = ClassPath::new();
        cp.push_image(image);
        cp.push_spec("/nonexistent/rjava");
        let object = cp.find_class("java/lang/Object").unwrap();
        assert!(matches!(object.bytes, Cow::Borrowed(_)));
        assert_eq!(&object[..4], &[0xCA, 0xFE, 0xBA, 0xBE]);
        assert!(cp.find_class("java/lang/Nope").is_none());
    }
}
