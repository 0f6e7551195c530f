//! Reader for the JDK runtime image, `$JAVA_HOME/lib/modules` (the "jimage" format).
//!
//! Since JDK 9 the platform classes no longer live in `rt.jar` but in this single
//! file. It is a hash-indexed archive designed to be memory-mapped: a lookup hashes
//! the resource path, follows one redirect, decodes one small location record and
//! returns a slice of the file. We do the same, so opening the image and finding a
//! class are O(1) and class bytes are never copied.
//!
//! Layout (all integers in the image's byte order, which is the byte order of the
//! machine that built it; we detect it from the magic number):
//!
//! ```text
//! header    7 x u32: magic 0xCAFEDADA, version (major << 16 | minor), flags,
//!                    resource_count, table_length, locations_size, strings_size
//! redirect  table_length x i32
//! offsets   table_length x u32   (offsets into the locations blob)
//! locations locations_size bytes (attribute-encoded location records)
//! strings   strings_size bytes   (NUL-terminated names)
//! content   resources, each at index_size + OFFSET attribute
//! ```
//!
//! The file is untrusted input as far as this module is concerned: every table
//! access and every offset is bounds-checked, and malformed data yields an error or
//! `None`, never a panic.

use std::fmt;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use memmap2::Mmap;

/// The magic number at the start of every jimage file.
pub const MAGIC: u32 = 0xCAFE_DADA;
/// The only major version of the format that exists (JDK 9 through at least 25).
pub const MAJOR_VERSION: u16 = 1;

const HEADER_SIZE: usize = 7 * 4;
/// Seed and multiplier of the FNV-style hash the image builder uses for its table.
const HASH_SEED: u32 = 0x0100_0193;

// Attribute kinds of a location record.
const ATTR_END: u8 = 0;
const ATTR_MODULE: u8 = 1;
const ATTR_PARENT: u8 = 2;
const ATTR_BASE: u8 = 3;
const ATTR_EXTENSION: u8 = 4;
const ATTR_OFFSET: u8 = 5;
const ATTR_COMPRESSED: u8 = 6;
const ATTR_UNCOMPRESSED: u8 = 7;

/// Why an image could not be opened or a resource could not be read.
#[derive(Debug)]
pub enum ImageError {
    /// The file could not be opened, stat'ed or mapped.
    Io { path: PathBuf, source: io::Error },
    /// The file does not start with 0xCAFEDADA in either byte order.
    BadMagic { found: u32 },
    /// A format version we do not know how to read.
    UnsupportedVersion { major: u16, minor: u16 },
    /// The file is shorter than its header says it must be.
    Truncated { needed: u64, actual: u64 },
    /// A resource is stored compressed; this reader does not implement the
    /// jimage decompressors because no JDK image we target uses them.
    CompressedResource { name: String },
    /// A location record or its content points outside the file.
    Malformed { name: String, reason: &'static str },
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageError::Io { path, source } => {
                write!(f, "cannot read runtime image {}: {source}", path.display())
            }
            ImageError::BadMagic { found } => write!(
                f,
                "not a jimage file: magic is {found:#010x}, expected {MAGIC:#010x}"
            ),
            ImageError::UnsupportedVersion { major, minor } => write!(
                f,
                "unsupported jimage version {major}.{minor} (only {MAJOR_VERSION}.x is supported)"
            ),
            ImageError::Truncated { needed, actual } => write!(
                f,
                "truncated jimage file: its index needs {needed} bytes but the file has {actual}"
            ),
            ImageError::CompressedResource { name } => write!(
                f,
                "resource {name} is compressed in the runtime image; compressed jimage \
                 resources are not supported (use an image built without jlink --compress)"
            ),
            ImageError::Malformed { name, reason } => {
                write!(f, "malformed jimage entry for {name}: {reason}")
            }
        }
    }
}

impl std::error::Error for ImageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImageError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// The jimage hash: FNV-1-like over the UTF-8 bytes, masked to a non-negative i32.
fn hash_with_seed(name: impl Iterator<Item = u8>, seed: u32) -> u32 {
    let mut h = seed;
    for b in name {
        h = h.wrapping_mul(HASH_SEED) ^ u32::from(b);
    }
    h & 0x7FFF_FFFF
}

/// A decoded location record. String fields are offsets into the strings blob.
#[derive(Clone, Copy, Debug, Default)]
struct Location {
    module: u32,
    parent: u32,
    base: u32,
    extension: u32,
    offset: u64,
    compressed: u64,
    uncompressed: u64,
}

/// An open, memory-mapped runtime image.
pub struct JImage {
    path: PathBuf,
    map: Mmap,
    little_endian: bool,
    version: (u16, u16),
    table_length: u32,
    redirect_start: usize,
    offsets_start: usize,
    locations: std::ops::Range<usize>,
    strings: std::ops::Range<usize>,
    index_size: u64,
}

impl fmt::Debug for JImage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JImage")
            .field("path", &self.path)
            .field("version", &self.version)
            .field("table_length", &self.table_length)
            .finish_non_exhaustive()
    }
}

impl JImage {
    /// Maps the image and validates its header. Costs O(1): nothing is scanned.
    #[allow(unsafe_code)] // the crate's only unsafe: mapping the file
    pub fn open(path: impl AsRef<Path>) -> Result<JImage, ImageError> {
        let path = path.as_ref().to_path_buf();
        let io_err = |source| ImageError::Io {
            path: path.clone(),
            source,
        };
        let file = File::open(&path).map_err(io_err)?;
        let file_len = file.metadata().map_err(io_err)?.len();
        if file_len < HEADER_SIZE as u64 {
            // Checked before mapping: some platforms refuse to map empty files.
            return Err(ImageError::Truncated {
                needed: HEADER_SIZE as u64,
                actual: file_len,
            });
        }
        // SAFETY: the mapping is read-only and `lib/modules` is immutable JDK data
        // that nobody modifies while a JVM runs from it (the JDK itself maps it the
        // same way). Every access below is bounds-checked against the mapping's
        // length, so even a malformed file cannot cause out-of-bounds reads.
        let map = unsafe { Mmap::map(&file) }.map_err(io_err)?;
        Self::from_map(path, map)
    }

    fn from_map(path: PathBuf, map: Mmap) -> Result<JImage, ImageError> {
        let actual = map.len() as u64;
        let header = map.get(..HEADER_SIZE).ok_or(ImageError::Truncated {
            needed: HEADER_SIZE as u64,
            actual,
        })?;
        let word = |i: usize| -> [u8; 4] {
            let mut w = [0u8; 4];
            w.copy_from_slice(&header[i * 4..i * 4 + 4]);
            w
        };
        let little_endian = if u32::from_le_bytes(word(0)) == MAGIC {
            true
        } else if u32::from_be_bytes(word(0)) == MAGIC {
            false
        } else {
            return Err(ImageError::BadMagic {
                found: u32::from_le_bytes(word(0)),
            });
        };
        let read = |i: usize| {
            if little_endian {
                u32::from_le_bytes(word(i))
            } else {
                u32::from_be_bytes(word(i))
            }
        };
        let version = read(1);
        let (major, minor) = ((version >> 16) as u16, (version & 0xFFFF) as u16);
        if major != MAJOR_VERSION {
            return Err(ImageError::UnsupportedVersion { major, minor });
        }
        let table_length = read(4);
        let locations_size = u64::from(read(5));
        let strings_size = u64::from(read(6));

        // All in u64 so that no header value can overflow the arithmetic.
        let redirect_start = HEADER_SIZE as u64;
        let offsets_start = redirect_start + u64::from(table_length) * 4;
        let locations_start = offsets_start + u64::from(table_length) * 4;
        let strings_start = locations_start + locations_size;
        let index_size = strings_start + strings_size;
        if index_size > actual {
            return Err(ImageError::Truncated {
                needed: index_size,
                actual,
            });
        }
        // index_size <= map.len(), so every value below fits in usize.
        let to_usize = |v: u64| v as usize;
        Ok(JImage {
            path,
            map,
            little_endian,
            version: (major, minor),
            table_length,
            redirect_start: to_usize(redirect_start),
            offsets_start: to_usize(offsets_start),
            locations: to_usize(locations_start)..to_usize(strings_start),
            strings: to_usize(strings_start)..to_usize(index_size),
            index_size,
        })
    }

    /// The file this image was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The whole mapped file, for a reader that parses the image itself (the JDK's
    /// `BasicImageReader` reads this mapping through a direct `ByteBuffer`).
    pub fn mapped_bytes(&self) -> &[u8] {
        &self.map
    }

    /// Format version as (major, minor).
    pub fn version(&self) -> (u16, u16) {
        self.version
    }

    /// Number of slots in the hash table, i.e. the number of resources including
    /// the synthetic `/modules/...` and `/packages/...` directory entries.
    pub fn table_length(&self) -> u32 {
        self.table_length
    }

    fn u32_at(&self, pos: usize) -> Option<u32> {
        let bytes: [u8; 4] = self.map.get(pos..pos.checked_add(4)?)?.try_into().ok()?;
        Some(if self.little_endian {
            u32::from_le_bytes(bytes)
        } else {
            u32::from_be_bytes(bytes)
        })
    }

    /// Entry `i` of the redirect table (`i < table_length` is guaranteed by callers
    /// and the header check, but we re-check rather than trust it).
    fn redirect(&self, i: u32) -> Option<i32> {
        if i >= self.table_length {
            return None;
        }
        self.u32_at(self.redirect_start + i as usize * 4)
            .map(|v| v as i32)
    }

    fn location_offset(&self, slot: u32) -> Option<u32> {
        if slot >= self.table_length {
            return None;
        }
        self.u32_at(self.offsets_start + slot as usize * 4)
    }

    /// Decodes the location record at `offset` in the locations blob.
    fn location(&self, offset: u32) -> Option<Location> {
        let blob = self.map.get(self.locations.clone())?;
        let mut pos = offset as usize;
        let mut loc = Location::default();
        loop {
            let byte = *blob.get(pos)?;
            let kind = byte >> 3;
            if kind == ATTR_END {
                return Some(loc);
            }
            let len = usize::from(byte & 7) + 1;
            let value_bytes = blob.get(pos + 1..pos + 1 + len)?;
            let value = value_bytes
                .iter()
                .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            let as_string_offset = || u32::try_from(value).ok();
            match kind {
                ATTR_MODULE => loc.module = as_string_offset()?,
                ATTR_PARENT => loc.parent = as_string_offset()?,
                ATTR_BASE => loc.base = as_string_offset()?,
                ATTR_EXTENSION => loc.extension = as_string_offset()?,
                ATTR_OFFSET => loc.offset = value,
                ATTR_COMPRESSED => loc.compressed = value,
                ATTR_UNCOMPRESSED => loc.uncompressed = value,
                _ => return None,
            }
            pos += 1 + len;
        }
    }

    /// The NUL-terminated string at `offset` in the strings blob, as bytes.
    fn string_bytes(&self, offset: u32) -> Option<&[u8]> {
        let blob = self.map.get(self.strings.clone())?;
        let tail = blob.get(offset as usize..)?;
        let end = tail.iter().position(|&b| b == 0)?;
        Some(&tail[..end])
    }

    fn string(&self, offset: u32) -> Option<&str> {
        std::str::from_utf8(self.string_bytes(offset)?).ok()
    }

    /// The four name parts of a location, or `None` if any is out of bounds.
    fn name_parts(&self, loc: &Location) -> Option<[&[u8]; 4]> {
        Some([
            self.string_bytes(loc.module)?,
            self.string_bytes(loc.parent)?,
            self.string_bytes(loc.base)?,
            self.string_bytes(loc.extension)?,
        ])
    }

    /// Finds the location for a full resource name, given as a byte iterator so
    /// callers can look up composed names (module + class name) without allocating.
    fn locate<I>(&self, name: I) -> Option<Location>
    where
        I: Iterator<Item = u8> + Clone,
    {
        if self.table_length == 0 {
            return None;
        }
        let index = hash_with_seed(name.clone(), HASH_SEED) % self.table_length;
        let redirect = self.redirect(index)?;
        let slot = match redirect.cmp(&0) {
            std::cmp::Ordering::Equal => return None,
            // Negative: a direct slot index, encoded as -1 - slot.
            std::cmp::Ordering::Less => u32::try_from(-1 - i64::from(redirect)).ok()?,
            // Positive: a second-level seed for colliding names.
            std::cmp::Ordering::Greater => {
                hash_with_seed(name.clone(), redirect as u32) % self.table_length
            }
        };
        let loc = self.location(self.location_offset(slot)?)?;
        // Names that are not in the image hash to arbitrary slots, so the slot's
        // location must be compared against the requested name.
        let parts = self.name_parts(&loc)?;
        if full_name(parts).eq(name) {
            Some(loc)
        } else {
            None
        }
    }

    /// The content of a located resource; `name` is only for error messages.
    fn content(&self, loc: &Location, name: impl FnOnce() -> String) -> Result<&[u8], ImageError> {
        if loc.compressed != 0 {
            return Err(ImageError::CompressedResource { name: name() });
        }
        let range = self
            .index_size
            .checked_add(loc.offset)
            .and_then(|start| Some(start..start.checked_add(loc.uncompressed)?));
        let range = match range {
            Some(range) if range.end <= self.map.len() as u64 => range,
            _ => {
                return Err(ImageError::Malformed {
                    name: name(),
                    reason: "content extends past the end of the file",
                })
            }
        };
        // range.end <= map.len(), so both ends fit in usize.
        Ok(&self.map[range.start as usize..range.end as usize])
    }

    /// Looks up a resource by its full name, e.g. `/java.base/java/lang/String.class`.
    ///
    /// `Ok(None)` means the image has no such resource; `Err` means it has one but
    /// cannot return it (compressed, or its record points outside the file).
    pub fn resource(&self, name: &str) -> Result<Option<&[u8]>, ImageError> {
        match self.locate(name.bytes()) {
            None => Ok(None),
            Some(loc) => self.content(&loc, || name.to_string()).map(Some),
        }
    }

    /// Like [`JImage::resource`], folding unreadable resources into `None`.
    pub fn find_resource(&self, name: &str) -> Option<&[u8]> {
        self.resource(name).ok().flatten()
    }

    /// The module that defines `package` (internal form, `java/lang`), using the
    /// image's own `/packages/<java.lang>` directory resource, so no scan is needed.
    pub fn module_of_package(&self, package: &str) -> Option<&str> {
        let name = b"/packages/"
            .iter()
            .copied()
            .chain(package.bytes().map(|b| if b == b'/' { b'.' } else { b }));
        let loc = self.locate(name)?;
        let content = self.content(&loc, String::new).ok()?;
        // The content is a list of (is_empty: u32, module name offset: u32) pairs in
        // the image byte order: one per module containing a directory for the
        // package. Modules where the directory has no resources are flagged empty.
        content.chunks_exact(8).find_map(|pair| {
            let word = |i: usize| {
                let bytes: [u8; 4] = pair.get(i..i + 4)?.try_into().ok()?;
                Some(if self.little_endian {
                    u32::from_le_bytes(bytes)
                } else {
                    u32::from_be_bytes(bytes)
                })
            };
            if word(0)? != 0 {
                return None;
            }
            self.string(word(4)?)
        })
    }

    /// Resolves a class by internal name (`java/lang/String`): package → module
    /// via [`JImage::module_of_package`], then one direct lookup.
    pub fn class(&self, internal_name: &str) -> Result<Option<&[u8]>, ImageError> {
        // Classes in the unnamed package cannot be in a named module.
        let Some((package, _)) = internal_name.rsplit_once('/') else {
            return Ok(None);
        };
        let Some(module) = self.module_of_package(package) else {
            return Ok(None);
        };
        let name = b"/"
            .iter()
            .chain(module.as_bytes())
            .chain(b"/")
            .chain(internal_name.as_bytes())
            .chain(b".class")
            .copied();
        match self.locate(name) {
            None => Ok(None),
            Some(loc) => self
                .content(&loc, || format!("/{module}/{internal_name}.class"))
                .map(Some),
        }
    }

    /// Like [`JImage::class`], folding unreadable resources into `None`.
    pub fn find_class(&self, internal_name: &str) -> Option<&[u8]> {
        self.class(internal_name).ok().flatten()
    }

    /// All real resources of the image in hash-table slot order, skipping any
    /// slot whose record is malformed and the synthetic directory entries the
    /// builder adds for the JDK's jrt file system: `/modules/...`,
    /// `/packages/...` and the module-less roots `/modules` and `/packages`.
    /// Every real resource belongs to a module.
    pub fn entries(&self) -> Entries<'_> {
        Entries {
            image: self,
            slot: 0,
        }
    }

    /// The content of an entry returned by [`JImage::entries`].
    pub fn entry_content(&self, entry: &Entry<'_>) -> Result<&[u8], ImageError> {
        self.content(&entry.location, || entry.path())
    }
}

/// The bytes of `/module/parent/base.extension`, omitting empty parts the same
/// way the image builder does.
fn full_name(parts: [&[u8]; 4]) -> impl Iterator<Item = u8> + Clone + '_ {
    let [module, parent, base, extension] = parts;
    let sep = |present: bool, s: &'static [u8]| if present { s } else { &[][..] };
    [
        sep(!module.is_empty(), b"/"),
        module,
        sep(!module.is_empty(), b"/"),
        parent,
        sep(!parent.is_empty(), b"/"),
        base,
        sep(!extension.is_empty(), b"."),
        extension,
    ]
    .into_iter()
    .flatten()
    .copied()
}

/// One resource of the image, as yielded by [`JImage::entries`].
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// Module name, e.g. `java.base`.
    pub module: &'a str,
    /// Directory within the module, e.g. `java/lang` (may be empty).
    pub parent: &'a str,
    /// File name without extension, e.g. `String`.
    pub base: &'a str,
    /// Extension without the dot, e.g. `class` (may be empty).
    pub extension: &'a str,
    location: Location,
}

impl Entry<'_> {
    /// The full resource name, `/java.base/java/lang/String.class`.
    pub fn path(&self) -> String {
        let parts = [
            self.module.as_bytes(),
            self.parent.as_bytes(),
            self.base.as_bytes(),
            self.extension.as_bytes(),
        ];
        // The parts are valid UTF-8 and separators are ASCII.
        String::from_utf8_lossy(&full_name(parts).collect::<Vec<u8>>()).into_owned()
    }

    /// Whether this is a `.class` file (including `module-info.class`).
    pub fn is_class(&self) -> bool {
        self.extension == "class"
    }

    /// For a class file, its internal name (`java/lang/String`, or `module-info`).
    pub fn class_name(&self) -> Option<String> {
        if !self.is_class() {
            return None;
        }
        Some(if self.parent.is_empty() {
            self.base.to_string()
        } else {
            format!("{}/{}", self.parent, self.base)
        })
    }

    /// Uncompressed size of the content in bytes.
    pub fn size(&self) -> u64 {
        self.location.uncompressed
    }

    /// Whether the image stores this resource compressed.
    pub fn is_compressed(&self) -> bool {
        self.location.compressed != 0
    }
}

/// Iterator returned by [`JImage::entries`].
pub struct Entries<'a> {
    image: &'a JImage,
    slot: u32,
}

impl<'a> Iterator for Entries<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        let image = self.image;
        while self.slot < image.table_length {
            let slot = self.slot;
            self.slot += 1;
            let entry = (|| {
                let location = image.location(image.location_offset(slot)?)?;
                Some(Entry {
                    module: image.string(location.module)?,
                    parent: image.string(location.parent)?,
                    base: image.string(location.base)?,
                    extension: image.string(location.extension)?,
                    location,
                })
            })();
            match entry {
                Some(e) if !matches!(e.module, "" | "modules" | "packages") => return Some(e),
                _ => continue,
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.image.table_length.saturating_sub(self.slot) as usize;
        (0, Some(remaining))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::java_home;
    use std::sync::OnceLock;

    const DEBIAN_JDK17: &str = "/usr/lib/jvm/java-17-openjdk-amd64/lib/modules";
    const TEMURIN_JDK25: &str = "/usr/lib/jvm/temurin-25-jdk-amd64/lib/modules";

    /// The JDK 17 image, opened once for all tests, or `None` (with a note) when
    /// this machine has no JDK 17. The Debian path comes first so that the exact
    /// counts below are checked whatever `JAVA_HOME` says.
    fn jdk17() -> Option<&'static JImage> {
        static IMAGE: OnceLock<Option<JImage>> = OnceLock::new();
        IMAGE
            .get_or_init(|| {
                let path = Some(PathBuf::from(DEBIAN_JDK17))
                    .filter(|p| p.is_file())
                    .or_else(|| {
                        let home = java_home::find_java_home().ok()?;
                        Some(java_home::modules_image(&home))
                    });
                let Some(path) = path else {
                    eprintln!("note: skipping jimage test, no JDK 17 found");
                    return None;
                };
                match JImage::open(&path) {
                    Ok(image) => Some(image),
                    Err(e) => {
                        eprintln!("note: skipping jimage test: {e}");
                        None
                    }
                }
            })
            .as_ref()
    }

    fn temp_path(tag: &str) -> PathBuf {
        static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        std::env::temp_dir().join(format!(
            "rjava-classpath-jimage-{}-{tag}-{n}",
            std::process::id()
        ))
    }

    #[test]
    fn hash_matches_known_values() {
        // The empty string hashes to the seed.
        assert_eq!(
            hash_with_seed("".bytes(), HASH_SEED),
            HASH_SEED & 0x7FFF_FFFF
        );
        let expected = (HASH_SEED.wrapping_mul(HASH_SEED) ^ u32::from(b'a')) & 0x7FFF_FFFF;
        assert_eq!(hash_with_seed("a".bytes(), HASH_SEED), expected);
    }

    #[test]
    fn finds_string_class() {
        let Some(image) = jdk17() else { return };
        assert_eq!(image.version(), (1, 0));
        let bytes = image.find_class("java/lang/String").expect("String.class");
        assert_eq!(&bytes[..4], &[0xCA, 0xFE, 0xBA, 0xBE]);
        let same = image
            .find_resource("/java.base/java/lang/String.class")
            .expect("by full name");
        assert_eq!(bytes.as_ptr(), same.as_ptr(), "zero-copy slices of the map");
        assert!(image.find_class("java/lang/NoSuchClass").is_none());
        assert!(image.find_class("no/such/package/Foo").is_none());
        assert!(image.find_class("String").is_none());
        assert!(image.find_class("").is_none());
        assert!(image
            .find_resource("/java.base/java/lang/String.clas")
            .is_none());
        // A class from a module other than java.base.
        let sql = image.find_class("java/sql/Connection").expect("java.sql");
        assert_eq!(&sql[..4], &[0xCA, 0xFE, 0xBA, 0xBE]);
    }

    #[test]
    fn maps_packages_to_modules() {
        let Some(image) = jdk17() else { return };
        assert_eq!(image.module_of_package("java/lang"), Some("java.base"));
        assert_eq!(image.module_of_package("java/sql"), Some("java.sql"));
        assert_eq!(
            image.module_of_package("javax/swing/text"),
            Some("java.desktop")
        );
        assert_eq!(image.module_of_package("no/such/package"), None);
        assert_eq!(image.module_of_package(""), None);
    }

    #[test]
    fn lists_every_class() {
        let Some(image) = jdk17() else { return };
        let mut classes = 0;
        for entry in image.entries() {
            assert!(!matches!(entry.module, "" | "modules" | "packages"));
            assert!(!entry.is_compressed(), "{}", entry.path());
            if entry.is_class() {
                classes += 1;
            }
        }
        if image
            .path()
            .starts_with("/usr/lib/jvm/java-17-openjdk-amd64")
        {
            assert_eq!(classes, 26_588);
        } else {
            assert!(classes > 20_000, "only {classes} classes");
        }
        // Every listed class can be found again by name, through its package.
        let string = image
            .entries()
            .find(|e| e.class_name().as_deref() == Some("java/lang/String"))
            .expect("String in entries");
        assert_eq!(string.path(), "/java.base/java/lang/String.class");
        let content = image.entry_content(&string).unwrap();
        assert_eq!(Some(content), image.find_class("java/lang/String"));
    }

    #[test]
    fn reads_the_jdk25_image_too() {
        let Ok(image) = JImage::open(TEMURIN_JDK25) else {
            eprintln!("note: skipping, no JDK 25 image at {TEMURIN_JDK25}");
            return;
        };
        let classes = image.entries().filter(Entry::is_class).count();
        assert_eq!(classes, 27_045);
        assert_eq!(image.module_of_package("java/util"), Some("java.base"));
        let string = image.find_class("java/lang/String").unwrap();
        assert_eq!(&string[..4], &[0xCA, 0xFE, 0xBA, 0xBE]);
    }

    /// Writes `bytes` to a fresh temp file and opens it as an image.
    fn open_bytes(tag: &str, bytes: &[u8]) -> Result<JImage, ImageError> {
        let path = temp_path(tag);
        std::fs::write(&path, bytes).unwrap();
        let result = JImage::open(&path);
        let _ = std::fs::remove_file(&path);
        result
    }

    fn header(words: [u32; 7]) -> Vec<u8> {
        words.iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    #[test]
    fn rejects_bad_headers() {
        assert!(matches!(
            open_bytes("empty", &[]),
            Err(ImageError::Truncated { .. })
        ));
        assert!(matches!(
            open_bytes("short", &[0xDA, 0xDA, 0xFE, 0xCA, 0, 0]),
            Err(ImageError::Truncated { .. })
        ));
        assert!(matches!(
            open_bytes("magic", &header([0xCAFEBABE, 0x10000, 0, 0, 0, 0, 0])),
            Err(ImageError::BadMagic { found: 0xCAFEBABE })
        ));
        assert!(matches!(
            open_bytes("version", &header([MAGIC, 0x20000, 0, 0, 0, 0, 0])),
            Err(ImageError::UnsupportedVersion { major: 2, minor: 0 })
        ));
        assert!(matches!(
            open_bytes(
                "huge",
                &header([MAGIC, 0x10000, 0, 9, u32::MAX, u32::MAX, u32::MAX])
            ),
            Err(ImageError::Truncated { .. })
        ));
        assert!(matches!(
            open_bytes("nofile-dir", &header([MAGIC, 0x10000, 0, 1, 1, 0, 0])),
            Err(ImageError::Truncated { .. })
        ));
        // Big-endian images are recognised by their magic.
        let be: Vec<u8> = [MAGIC, 0x10000, 0, 0, 0, 0, 0]
            .iter()
            .flat_map(|w| w.to_be_bytes())
            .collect();
        let image = open_bytes("be", &be).unwrap();
        assert!(!image.little_endian);
        assert!(image.find_class("java/lang/String").is_none());
        assert_eq!(image.entries().count(), 0);
        let missing = JImage::open(temp_path("missing"));
        assert!(matches!(missing, Err(ImageError::Io { .. })));
    }

    /// Builds a tiny image with one resource `/m/p/R.class` whose record can be
    /// tampered with, to check that lookups of broken records fail softly.
    fn tiny_image(tamper: impl Fn(&mut Vec<u8>, &mut Vec<u8>, &mut u32)) -> Vec<u8> {
        let mut strings = b"\0m\0p\0R\0class\0".to_vec();
        // Offsets: "" 0, "m" 1, "p" 3, "R" 5, "class" 7.
        let content = b"\xCA\xFE\xBA\xBEhello".to_vec();
        let mut locations = vec![
            ATTR_MODULE << 3,
            1,
            ATTR_PARENT << 3,
            3,
            ATTR_BASE << 3,
            5,
            ATTR_EXTENSION << 3,
            7,
            ATTR_OFFSET << 3,
            0,
            ATTR_UNCOMPRESSED << 3,
            content.len() as u8,
            ATTR_END,
        ];
        let mut location_offset = 0u32;
        tamper(&mut locations, &mut strings, &mut location_offset);
        let table_length = 1u32;
        let mut out = header([
            MAGIC,
            0x10000,
            0,
            1,
            table_length,
            locations.len() as u32,
            strings.len() as u32,
        ]);
        out.extend((-1i32).to_le_bytes()); // redirect: direct slot 0
        out.extend(location_offset.to_le_bytes());
        out.extend(&locations);
        out.extend(&strings);
        out.extend(&content);
        out
    }

    #[test]
    fn reads_a_synthetic_image() {
        let image = open_bytes("tiny", &tiny_image(|_, _, _| {})).unwrap();
        assert_eq!(
            image.find_resource("/m/p/R.class"),
            Some(&b"\xCA\xFE\xBA\xBEhello"[..])
        );
        // With a table of one slot every name lands on it; verification rejects it.
        assert_eq!(image.find_resource("/m/p/S.class"), None);
        let entries: Vec<_> = image.entries().map(|e| e.path()).collect();
        assert_eq!(entries, ["/m/p/R.class"]);
    }

    /// Edits (locations blob, strings blob, offset of the only location).
    type Tamper = Box<dyn Fn(&mut Vec<u8>, &mut Vec<u8>, &mut u32)>;

    #[test]
    fn survives_corrupt_records() {
        let cases: Vec<(&str, Tamper)> = vec![
            ("loc-offset", Box::new(|_, _, off| *off = 1_000_000)),
            ("loc-offset-max", Box::new(|_, _, off| *off = u32::MAX)),
            (
                "no-end",
                Box::new(|loc, _, _| {
                    loc.pop();
                }),
            ),
            (
                "value-past-end",
                Box::new(|loc, _, _| {
                    loc.pop();
                    loc.push(ATTR_OFFSET << 3 | 7);
                }),
            ),
            ("bad-kind", Box::new(|loc, _, _| loc.insert(0, 9 << 3))),
            ("string-offset", Box::new(|loc, _, _| loc[1] = 200)),
            (
                "huge-string-offset",
                Box::new(|loc, _, _| {
                    loc[0] = ATTR_MODULE << 3 | 7;
                    loc.splice(1..2, [0xFF; 8]);
                }),
            ),
            (
                "unterminated",
                Box::new(|_, strings, _| {
                    strings.pop();
                }),
            ),
            ("content-offset", Box::new(|loc, _, _| loc[9] = 250)),
            ("content-size", Box::new(|loc, _, _| loc[11] = 250)),
            (
                "content-overflow",
                Box::new(|loc, _, _| {
                    loc[8] = ATTR_OFFSET << 3 | 7;
                    loc.splice(9..10, [0xFF; 8]);
                }),
            ),
            (
                "compressed",
                Box::new(|loc, _, _| loc.splice(0..0, [ATTR_COMPRESSED << 3, 3]).for_each(drop)),
            ),
        ];
        for (tag, tamper) in cases {
            let image = open_bytes(tag, &tiny_image(tamper)).unwrap();
            assert_eq!(image.find_resource("/m/p/R.class"), None, "{tag}");
            let _ = image.module_of_package("p");
            let _ = image.find_class("p/R");
            for entry in image.entries() {
                let _ = entry.path();
                let _ = image.entry_content(&entry);
            }
        }
        let compressed = open_bytes(
            "compressed-err",
            &tiny_image(|loc, _, _| {
                loc.splice(0..0, [ATTR_COMPRESSED << 3, 3]);
            }),
        )
        .unwrap();
        let err = compressed.resource("/m/p/R.class").unwrap_err();
        assert!(matches!(err, ImageError::CompressedResource { .. }));
        assert!(err.to_string().contains("/m/p/R.class"), "{err}");
    }

    #[test]
    fn truncated_copies_of_the_real_header_fail_cleanly() {
        let Some(image) = jdk17() else { return };
        let index_size = image.index_size as usize;
        let index = &image.map[..index_size];
        for len in [0, 4, 27, 28, 100, index_size / 2, index_size - 1] {
            assert!(
                matches!(
                    open_bytes("trunc", &index[..len]),
                    Err(ImageError::Truncated { .. })
                ),
                "len {len}"
            );
        }
        // The index alone (no content) opens, but no content can be read.
        let index_only = open_bytes("index-only", index).unwrap();
        assert!(index_only.find_class("java/lang/String").is_none());
        assert!(index_only.module_of_package("java/lang").is_none());
        assert_eq!(index_only.entries().count(), image.entries().count());
        // Scrambled tables: lookups and iteration must not panic.
        let mut scrambled = index.to_vec();
        let mut x = 0x1234_5678u32;
        for byte in scrambled[28..].iter_mut().step_by(7) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            *byte = x as u8;
        }
        let scrambled = open_bytes("scrambled", &scrambled).unwrap();
        let _ = scrambled.find_class("java/lang/String");
        let _ = scrambled.module_of_package("java/lang");
        for entry in scrambled.entries() {
            let _ = scrambled.entry_content(&entry);
        }
    }
}
