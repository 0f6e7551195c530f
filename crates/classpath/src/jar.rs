//! Jar (zip) class path entries.
//!
//! Opening a jar reads only its central directory; entries are read on demand.
//! The archive is shared between threads without locking: the zip crate keeps
//! the parsed directory behind an `Arc`, and our reader (`SharedFile`) uses
//! positioned reads on a shared file handle, so cloning the archive for each
//! lookup is cheap and lookups from several threads never contend.

use std::fmt;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use zip::ZipArchive;

use crate::manifest::Manifest;

/// The Java release whose classes a multi-release jar should serve. Versioned
/// entries for releases 9..=TARGET_RELEASE are considered, newest first.
pub const TARGET_RELEASE: u32 = 17;

/// Versioned directories exist only from release 9 on (JEP 238).
const FIRST_VERSIONED_RELEASE: u32 = 9;

const MANIFEST_NAME: &str = "META-INF/MANIFEST.MF";
const VERSIONS_PREFIX: &str = "META-INF/versions/";

/// Entry sizes above this are not trusted for preallocation; a hostile
/// directory could claim gigabytes for a tiny entry.
const MAX_PREALLOCATION: u64 = 16 << 20;

/// Why a jar could not be opened or an entry could not be read.
#[derive(Debug)]
pub enum JarError {
    Io {
        path: PathBuf,
        source: io::Error,
    },
    /// The zip structure is invalid or uses an unsupported feature.
    Zip {
        path: PathBuf,
        entry: Option<String>,
        source: zip::result::ZipError,
    },
}

impl fmt::Display for JarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JarError::Io { path, source } => {
                write!(f, "cannot read jar file {}: {source}", path.display())
            }
            JarError::Zip {
                path,
                entry: None,
                source,
            } => write!(f, "invalid jar file {}: {source}", path.display()),
            JarError::Zip {
                path,
                entry: Some(entry),
                source,
            } => write!(
                f,
                "cannot read entry {entry} of jar file {}: {source}",
                path.display()
            ),
        }
    }
}

impl std::error::Error for JarError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            JarError::Io { source, .. } => Some(source),
            JarError::Zip { source, .. } => Some(source),
        }
    }
}

/// An open jar file.
pub struct JarFile {
    path: PathBuf,
    archive: ZipArchive<SharedFile>,
    manifest: Option<Manifest>,
    /// Releases (descending, within 9..=TARGET_RELEASE) that have a
    /// `META-INF/versions/N/` directory; empty unless the jar is multi-release.
    /// Knowing them up front keeps a lookup to the few names that can exist.
    versions: Vec<u32>,
}

impl fmt::Debug for JarFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JarFile")
            .field("path", &self.path)
            .field("entries", &self.archive.len())
            .field("versions", &self.versions)
            .finish_non_exhaustive()
    }
}

impl JarFile {
    /// Opens a jar, reading its central directory and manifest.
    pub fn open(path: impl AsRef<Path>) -> Result<JarFile, JarError> {
        let path = path.as_ref().to_path_buf();
        let file = File::open(&path).map_err(|source| JarError::Io {
            path: path.clone(),
            source,
        })?;
        let reader = SharedFile::new(file).map_err(|source| JarError::Io {
            path: path.clone(),
            source,
        })?;
        let archive = ZipArchive::new(reader).map_err(|source| JarError::Zip {
            path: path.clone(),
            entry: None,
            source,
        })?;
        let mut jar = JarFile {
            path,
            archive,
            manifest: None,
            versions: Vec::new(),
        };
        jar.manifest = jar.read_manifest()?;
        if jar
            .manifest
            .as_ref()
            .is_some_and(Manifest::is_multi_release)
        {
            jar.versions = jar.versioned_releases();
        }
        Ok(jar)
    }

    fn read_manifest(&self) -> Result<Option<Manifest>, JarError> {
        let index = self
            .archive
            .index_for_name_raw(MANIFEST_NAME.as_bytes())
            .or_else(|| {
                // The JDK also accepts a differently-cased manifest name.
                self.archive
                    .file_names_raw()
                    .position(|name| name.eq_ignore_ascii_case(MANIFEST_NAME.as_bytes()))
            });
        match index {
            None => Ok(None),
            Some(index) => Ok(Some(Manifest::parse(
                &self.read_index(index, MANIFEST_NAME)?,
            ))),
        }
    }

    fn versioned_releases(&self) -> Vec<u32> {
        let mut found = [false; (TARGET_RELEASE + 1) as usize];
        for name in self.archive.file_names_raw() {
            let Some(rest) = name.strip_prefix(VERSIONS_PREFIX.as_bytes()) else {
                continue;
            };
            let digits = rest.split(|&b| b == b'/').next().unwrap_or_default();
            let release = std::str::from_utf8(digits)
                .ok()
                .and_then(|d| d.parse::<u32>().ok());
            if let Some(release @ FIRST_VERSIONED_RELEASE..=TARGET_RELEASE) = release {
                found[release as usize] = true;
            }
        }
        (FIRST_VERSIONED_RELEASE..=TARGET_RELEASE)
            .rev()
            .filter(|&r| found[r as usize])
            .collect()
    }

    /// The file this jar was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The parsed `META-INF/MANIFEST.MF`, if the jar has one.
    pub fn manifest(&self) -> Option<&Manifest> {
        self.manifest.as_ref()
    }

    /// Whether the manifest declares `Multi-Release: true`.
    pub fn is_multi_release(&self) -> bool {
        self.manifest
            .as_ref()
            .is_some_and(Manifest::is_multi_release)
    }

    /// The manifest's `Class-Path`, resolved against the jar's directory.
    pub fn manifest_class_path(&self) -> Vec<PathBuf> {
        let dir = self.path.parent().unwrap_or(Path::new(""));
        self.manifest
            .as_ref()
            .map(|m| m.class_path(dir))
            .unwrap_or_default()
    }

    fn read_index(&self, index: usize, name: &str) -> Result<Vec<u8>, JarError> {
        let zip_err = |source| JarError::Zip {
            path: self.path.clone(),
            entry: Some(name.to_string()),
            source,
        };
        // Cloning shares the parsed directory and the file handle; only the
        // read position is per clone.
        let mut archive = self.archive.clone();
        let mut file = archive.by_index(index).map_err(zip_err)?;
        let mut bytes = Vec::with_capacity(file.size().min(MAX_PREALLOCATION) as usize);
        file.read_to_end(&mut bytes)
            .map_err(|e| zip_err(zip::result::ZipError::Io(e)))?;
        Ok(bytes)
    }

    /// Reads the entry with exactly this name (no multi-release mapping).
    pub fn read_entry(&self, name: &str) -> Result<Option<Vec<u8>>, JarError> {
        match self.archive.index_for_name_raw(name.as_bytes()) {
            None => Ok(None),
            Some(index) => self.read_index(index, name).map(Some),
        }
    }

    /// Reads a resource as the JDK does for release [`TARGET_RELEASE`]: in a
    /// multi-release jar, `META-INF/versions/N/<name>` for the newest
    /// N ≤ TARGET_RELEASE that has it shadows the base entry.
    pub fn read_resource(&self, name: &str) -> Result<Option<Vec<u8>>, JarError> {
        for release in &self.versions {
            let versioned = format!("{VERSIONS_PREFIX}{release}/{name}");
            if let Some(bytes) = self.read_entry(&versioned)? {
                return Ok(Some(bytes));
            }
        }
        self.read_entry(name)
    }

    /// Reads the class file for an internal name such as `a/b/C`.
    pub fn find_class(&self, internal_name: &str) -> Result<Option<Vec<u8>>, JarError> {
        self.read_resource(&format!("{internal_name}.class"))
    }

    /// Names of all `.class` entries, including versioned ones under
    /// `META-INF/versions/`, in archive order. Names that are not valid UTF-8
    /// are skipped since no class can have them.
    pub fn class_entries(&self) -> impl Iterator<Item = &str> {
        self.archive
            .file_names_raw()
            .filter(|name| name.ends_with(b".class"))
            .filter_map(|name| std::str::from_utf8(name).ok())
    }

    /// Number of entries (files and directories) in the archive.
    pub fn len(&self) -> usize {
        self.archive.len()
    }

    pub fn is_empty(&self) -> bool {
        self.archive.is_empty()
    }
}

/// A `Read + Seek` view of a shared file with its own position and a small
/// read-ahead buffer. Cloning is cheap (an `Arc` bump), and clones can be used
/// concurrently because reads are positioned (`pread`) rather than going through
/// the file's shared cursor.
struct SharedFile {
    file: Arc<File>,
    len: u64,
    pos: u64,
    /// Buffered bytes of the file starting at `buf_start`. Zip parsing does
    /// many tiny reads of headers; the buffer turns them into few syscalls.
    buf: Vec<u8>,
    buf_start: u64,
}

const READ_AHEAD: usize = 16 * 1024;

impl SharedFile {
    fn new(file: File) -> io::Result<SharedFile> {
        let len = file.metadata()?.len();
        Ok(SharedFile {
            file: Arc::new(file),
            len,
            pos: 0,
            buf: Vec::new(),
            buf_start: 0,
        })
    }
}

/// A positioned read that does not use or move the file's shared cursor.
fn read_at(file: &File, out: &mut [u8], offset: u64) -> io::Result<usize> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_at(file, out, offset)
    }
    #[cfg(windows)]
    {
        std::os::windows::fs::FileExt::seek_read(file, out, offset)
    }
}

impl Clone for SharedFile {
    fn clone(&self) -> SharedFile {
        SharedFile {
            file: Arc::clone(&self.file),
            len: self.len,
            pos: self.pos,
            buf: Vec::new(),
            buf_start: 0,
        }
    }
}

impl Read for SharedFile {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() || self.pos >= self.len {
            return Ok(0);
        }
        let buffered = self
            .pos
            .checked_sub(self.buf_start)
            .filter(|&off| off < self.buf.len() as u64);
        let offset = match buffered {
            Some(offset) => offset as usize,
            None if out.len() >= READ_AHEAD => {
                // Large reads (entry data) bypass the buffer.
                let n = read_at(&self.file, out, self.pos)?;
                self.pos += n as u64;
                return Ok(n);
            }
            None => {
                self.buf.resize(READ_AHEAD, 0);
                let filled = match read_at(&self.file, &mut self.buf, self.pos) {
                    Ok(n) => n,
                    Err(e) => {
                        self.buf.clear();
                        return Err(e);
                    }
                };
                self.buf.truncate(filled);
                self.buf_start = self.pos;
                0
            }
        };
        let available = &self.buf[offset..];
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for SharedFile {
    fn seek(&mut self, target: SeekFrom) -> io::Result<u64> {
        let new = match target {
            SeekFrom::Start(p) => Some(p),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
        };
        match new {
            Some(p) => {
                self.pos = p;
                Ok(p)
            }
            None => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "seek to a negative or overflowing position",
            )),
        }
    }

    fn stream_position(&mut self) -> io::Result<u64> {
        Ok(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    pub(crate) fn temp_dir(tag: &str) -> PathBuf {
        static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "rjava-classpath-jar-{}-{tag}-{n}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Writes a jar with the given (name, content) entries, deflating every
    /// other entry so both storage methods are exercised.
    pub(crate) fn write_jar(path: &Path, entries: &[(&str, &[u8])]) {
        let mut zip = ZipWriter::new(File::create(path).unwrap());
        for (i, (name, content)) in entries.iter().enumerate() {
            let method = if i % 2 == 0 {
                CompressionMethod::Deflated
            } else {
                CompressionMethod::Stored
            };
            zip.start_file(
                *name,
                SimpleFileOptions::default().compression_method(method),
            )
            .unwrap();
            zip.write_all(content).unwrap();
        }
        zip.finish().unwrap();
    }

    const MANIFEST: &[u8] = b"Manifest-Version: 1.0\r\n\
        Main-Class: com.example.app.MainClassWithAQuiteLongNameSoThatItNeedsToWr\r\n \
        ap\r\n\
        Class-Path: lib/dep.jar other.jar\r\n\
        Multi-Release: true\r\n\
        Created-By: rjava tests\r\n\r\n";

    fn sample_jar(dir: &Path) -> PathBuf {
        let path = dir.join("app.jar");
        let big: Vec<u8> = (0..100_000u32).flat_map(|i| i.to_le_bytes()).collect();
        write_jar(
            &path,
            &[
                ("META-INF/MANIFEST.MF", MANIFEST),
                ("a/", b""),
                ("a/B.class", b"base B"),
                ("a/C.class", b"base C"),
                ("a/D.class", b"base D"),
                ("a/Big.class", &big),
                ("META-INF/versions/9/a/B.class", b"v9 B"),
                ("META-INF/versions/11/a/B.class", b"v11 B"),
                ("META-INF/versions/11/a/C.class", b"v11 C"),
                ("META-INF/versions/21/a/B.class", b"v21 B"),
                ("META-INF/versions/21/a/D.class", b"v21 D"),
                ("META-INF/versions/9/a/OnlyVersioned.class", b"v9 only"),
                ("README", b"not a class"),
            ],
        );
        path
    }

    #[test]
    fn reads_manifest_and_classes() {
        let dir = temp_dir("sample");
        let jar = JarFile::open(sample_jar(&dir)).unwrap();
        let manifest = jar.manifest().expect("manifest");
        assert_eq!(
            manifest.main_class(),
            Some("com.example.app.MainClassWithAQuiteLongNameSoThatItNeedsToWrap")
        );
        assert_eq!(manifest.get("created-by"), Some("rjava tests"));
        assert_eq!(
            jar.manifest_class_path(),
            [dir.join("lib/dep.jar"), dir.join("other.jar")]
        );
        assert!(jar.is_multi_release());
        assert_eq!(jar.versions, [11, 9]);

        let class = |name| jar.find_class(name).unwrap();
        // Release 11 overrides 9 and the base; release 21 is newer than 17.
        assert_eq!(class("a/B").as_deref(), Some(&b"v11 B"[..]));
        assert_eq!(class("a/C").as_deref(), Some(&b"v11 C"[..]));
        assert_eq!(class("a/D").as_deref(), Some(&b"base D"[..]));
        assert_eq!(class("a/OnlyVersioned").as_deref(), Some(&b"v9 only"[..]));
        assert_eq!(class("a/Missing"), None);
        assert_eq!(class("README"), None);
        let big = class("a/Big").unwrap();
        assert_eq!(big.len(), 400_000);
        assert_eq!(&big[396..400], &99u32.to_le_bytes());
        assert_eq!(
            jar.read_entry("README").unwrap().as_deref(),
            Some(&b"not a class"[..])
        );

        let mut classes: Vec<_> = jar.class_entries().collect();
        classes.sort_unstable();
        assert_eq!(classes.len(), 10);
        assert!(classes.contains(&"META-INF/versions/21/a/D.class"));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn versioned_entries_ignored_without_multi_release() {
        let dir = temp_dir("plain");
        let path = dir.join("plain.jar");
        write_jar(
            &path,
            &[
                ("a/B.class", b"base"),
                ("META-INF/versions/11/a/B.class", b"v11"),
            ],
        );
        let jar = JarFile::open(&path).unwrap();
        assert!(jar.manifest().is_none());
        assert!(!jar.is_multi_release());
        assert!(jar.manifest_class_path().is_empty());
        assert_eq!(
            jar.find_class("a/B").unwrap().as_deref(),
            Some(&b"base"[..])
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn lookups_from_many_threads() {
        let dir = temp_dir("threads");
        let jar = JarFile::open(sample_jar(&dir)).unwrap();
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..50 {
                        assert_eq!(jar.find_class("a/B").unwrap().unwrap(), b"v11 B");
                        assert_eq!(jar.find_class("a/Big").unwrap().unwrap().len(), 400_000);
                    }
                });
            }
        });
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn corrupt_jars_give_errors() {
        let dir = temp_dir("corrupt");
        let missing = JarFile::open(dir.join("missing.jar"));
        assert!(matches!(missing, Err(JarError::Io { .. })));

        let not_zip = dir.join("not.jar");
        std::fs::write(&not_zip, b"this is not a zip file at all").unwrap();
        let err = JarFile::open(&not_zip).unwrap_err();
        assert!(err.to_string().contains("not.jar"), "{err}");
        std::fs::write(&not_zip, b"").unwrap();
        assert!(JarFile::open(&not_zip).is_err());

        // Damage every part of a small jar (local headers, data, central
        // directory): opening or reading may fail, but must not panic.
        let good = dir.join("good.jar");
        write_jar(
            &good,
            &[
                ("META-INF/MANIFEST.MF", MANIFEST),
                ("a/B.class", b"base B base B base B"),
                ("a/C.class", b"base C"),
                ("META-INF/versions/11/a/B.class", b"v11 B v11 B v11 B"),
            ],
        );
        let bytes = std::fs::read(&good).unwrap();
        let bad = dir.join("bad.jar");
        let mut opened = 0;
        let try_all = |path: &Path| {
            let Ok(jar) = JarFile::open(path) else {
                return false;
            };
            for name in ["a/B", "a/C", "a/Missing"] {
                let _ = jar.find_class(name);
            }
            let _ = jar.class_entries().count();
            true
        };
        for start in (0..bytes.len()).step_by(3) {
            let mut copy = bytes.clone();
            for b in copy.iter_mut().skip(start).take(4) {
                *b ^= 0xA5;
            }
            std::fs::write(&bad, &copy).unwrap();
            opened += usize::from(try_all(&bad));
        }
        assert!(
            opened > 0,
            "damage to entry data should not prevent opening"
        );
        for len in 0..bytes.len() {
            std::fs::write(&bad, &bytes[..len]).unwrap();
            try_all(&bad);
        }
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn shared_file_reads_and_seeks() {
        let dir = temp_dir("shared");
        let path = dir.join("data");
        let data: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &data).unwrap();
        let mut f = SharedFile::new(File::open(&path).unwrap()).unwrap();
        let mut small = [0u8; 10];
        f.seek(SeekFrom::Start(20_000)).unwrap();
        f.read_exact(&mut small).unwrap();
        assert_eq!(small, data[20_000..20_010]);
        let mut g = f.clone();
        f.seek(SeekFrom::Current(-5)).unwrap();
        f.read_exact(&mut small).unwrap();
        assert_eq!(small, data[20_005..20_015]);
        g.read_exact(&mut small).unwrap();
        assert_eq!(small, data[20_010..20_020]);
        let mut rest = Vec::new();
        g.seek(SeekFrom::End(-100)).unwrap();
        g.read_to_end(&mut rest).unwrap();
        assert_eq!(rest, data[data.len() - 100..]);
        let mut all = Vec::new();
        g.seek(SeekFrom::Start(0)).unwrap();
        g.read_to_end(&mut all).unwrap();
        assert_eq!(all, data);
        assert!(g.seek(SeekFrom::Current(-1_000_000)).is_err());
        g.seek(SeekFrom::Start(1 << 40)).unwrap();
        assert_eq!(g.read(&mut small).unwrap(), 0);
        let _ = std::fs::remove_dir_all(dir);
    }
}
