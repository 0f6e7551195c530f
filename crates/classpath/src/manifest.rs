//! `META-INF/MANIFEST.MF` parsing, following the JAR File Specification.
//!
//! A manifest is a main section followed by per-entry sections, separated by
//! blank lines. Each section is a list of `Name: value` headers. Lines are at most
//! 72 bytes, so long values continue on lines that start with a single space;
//! continuations are joined as bytes before UTF-8 decoding because the writer
//! may split a multi-byte character across lines. Line ends may be CRLF, LF or CR.
//!
//! Parsing is lenient (like the JDK's tools in practice): lines that are not
//! headers are ignored rather than failing the whole jar.

use std::path::{Path, PathBuf};

/// The headers of one manifest section. Header names are case-insensitive.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes {
    entries: Vec<(String, String)>,
}

impl Attributes {
    /// The value of header `name` (case-insensitive); the first one wins if a
    /// section repeats a header.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// All headers in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A parsed manifest.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Manifest {
    main: Attributes,
    sections: Vec<(String, Attributes)>,
}

impl Manifest {
    /// Parses manifest bytes. Never fails: malformed lines are skipped.
    pub fn parse(bytes: &[u8]) -> Manifest {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut manifest = Manifest::default();
        let mut current = Attributes::default();
        let mut in_main = true;
        let mut finish_section = |current: &mut Attributes, in_main: &mut bool| {
            let attrs = std::mem::take(current);
            if *in_main {
                manifest.main = attrs;
                *in_main = false;
            } else if let Some(name) = attrs.get("Name") {
                let name = name.to_string();
                manifest.sections.push((name, attrs));
            }
        };
        let mut section_started = false;
        for line in logical_lines(bytes) {
            match line {
                None => {
                    // A blank line ends the main section even if it is empty, but
                    // runs of blank lines between entry sections are harmless.
                    if in_main || section_started {
                        finish_section(&mut current, &mut in_main);
                        section_started = false;
                    }
                }
                Some(line) => {
                    section_started = true;
                    if let Some((name, value)) = split_header(&line) {
                        current.entries.push((name, value));
                    }
                }
            }
        }
        if in_main || section_started {
            finish_section(&mut current, &mut in_main);
        }
        manifest
    }

    /// The main section's headers.
    pub fn main_attributes(&self) -> &Attributes {
        &self.main
    }

    /// A main-section header, e.g. `get("Created-By")`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.main.get(name)
    }

    /// The per-entry section for entry `name` (e.g. `a/b/C.class` or `a/b/`).
    pub fn entry_attributes(&self, name: &str) -> Option<&Attributes> {
        self.sections
            .iter()
            .find(|(entry, _)| entry == name)
            .map(|(_, attrs)| attrs)
    }

    /// `Main-Class`, as written: a binary name with dots (`com.example.Main`).
    pub fn main_class(&self) -> Option<&str> {
        self.get("Main-Class")
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// Whether the main section says `Multi-Release: true`.
    pub fn is_multi_release(&self) -> bool {
        self.get("Multi-Release")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    }

    /// `Class-Path` entries resolved against `base_dir` (the jar's directory).
    ///
    /// The header holds space-separated relative URLs, so `%xx` escapes are
    /// decoded and `file:` URLs accepted; other URL schemes cannot name local
    /// class path entries and are skipped, as the JDK does.
    pub fn class_path(&self, base_dir: &Path) -> Vec<PathBuf> {
        let Some(value) = self.get("Class-Path") else {
            return Vec::new();
        };
        value
            .split([' ', '\t'])
            .filter(|url| !url.is_empty())
            .filter_map(|url| {
                let path = match url.strip_prefix("file:") {
                    Some(rest) => rest,
                    None if has_url_scheme(url) => return None,
                    None => url,
                };
                let decoded = percent_decode(path)?;
                let path = Path::new(&decoded);
                Some(if path.is_absolute() {
                    path.to_path_buf()
                } else {
                    base_dir.join(path)
                })
            })
            .collect()
    }
}

/// Splits `bytes` into logical lines (continuations joined), `None` for blank lines.
fn logical_lines(bytes: &[u8]) -> impl Iterator<Item = Option<String>> + '_ {
    let mut physical = physical_lines(bytes).peekable();
    std::iter::from_fn(move || {
        let first = physical.next()?;
        if first.is_empty() {
            return Some(None);
        }
        let mut line = first.to_vec();
        while let Some(next) = physical.peek() {
            match next.strip_prefix(b" ") {
                Some(rest) => {
                    line.extend_from_slice(rest);
                    physical.next();
                }
                None => break,
            }
        }
        Some(Some(String::from_utf8_lossy(&line).into_owned()))
    })
}

/// Physical lines, terminated by CRLF, LF or CR. A final unterminated line counts.
fn physical_lines(mut bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    std::iter::from_fn(move || {
        if bytes.is_empty() {
            return None;
        }
        let end = bytes
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(bytes.len());
        let (line, rest) = bytes.split_at(end);
        bytes = match rest {
            [b'\r', b'\n', tail @ ..] | [b'\r', tail @ ..] | [b'\n', tail @ ..] => tail,
            _ => rest,
        };
        Some(line)
    })
}

/// `Name: value` → (name, value). The spec requires ": " but a missing space is
/// tolerated; names must be non-empty and made of the spec's header characters.
fn split_header(line: &str) -> Option<(String, String)> {
    let (name, value) = line.split_once(':')?;
    let valid = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !valid {
        return None;
    }
    let value = value.strip_prefix(' ').unwrap_or(value);
    Some((name.to_string(), value.to_string()))
}

/// Whether `url` starts with `scheme:` (RFC 3986), ignoring one-letter schemes,
/// which are Windows drive letters.
fn has_url_scheme(url: &str) -> bool {
    match url.split_once(':') {
        Some((scheme, _)) => {
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Decodes `%xx` escapes; `None` if an escape is invalid or the result is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let hi = (bytes.next()? as char).to_digit(16)?;
            let lo = (bytes.next()? as char).to_digit(16)?;
            out.push((hi * 16 + lo) as u8);
        } else {
            out.push(b);
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_main_section_with_continuations() {
        let text = "Manifest-Version: 1.0\r\n\
                    Main-Class: com.example.VeryLongPackageNameThatGoesOnAndOn.AndOnAndOnUntilI\r\n \
                    tWraps\r\n\
                    Class-Path: lib/a.jar lib/b%20c.jar\r\n  ../d.jar\r\n\
                    created-by: test\r\n\
                    \r\n\
                    Name: a/B.class\r\n\
                    Sealed: true\r\n";
        let m = Manifest::parse(text.as_bytes());
        assert_eq!(
            m.main_class(),
            Some("com.example.VeryLongPackageNameThatGoesOnAndOn.AndOnAndOnUntilItWraps")
        );
        assert_eq!(m.get("Created-By"), Some("test"));
        assert_eq!(m.get("CREATED-BY"), Some("test"));
        assert_eq!(m.get("Sealed"), None, "entry sections are not main");
        assert_eq!(
            m.entry_attributes("a/B.class").unwrap().get("sealed"),
            Some("true")
        );
        assert_eq!(
            m.class_path(Path::new("/x/y")),
            [
                PathBuf::from("/x/y/lib/a.jar"),
                PathBuf::from("/x/y/lib/b c.jar"),
                PathBuf::from("/x/y/../d.jar"),
            ]
        );
        assert!(!m.is_multi_release());
    }

    #[test]
    fn line_endings_and_split_utf8() {
        // "é" is C3 A9; split between the two bytes by a continuation.
        let bytes = b"A: x\xC3\n \xA9y\rMulti-Release: TRUE\nB:nospace\n";
        let m = Manifest::parse(bytes);
        assert_eq!(m.get("A"), Some("xéy"));
        assert_eq!(m.get("B"), Some("nospace"));
        assert!(m.is_multi_release());
        assert_eq!(m.main_attributes().len(), 3);
    }

    #[test]
    fn tolerates_junk() {
        let m = Manifest::parse(b"\xEF\xBB\xBFjunk line\n: no name\nOk: 1\n\n\n\nName: x\n \n");
        assert_eq!(m.get("Ok"), Some("1"));
        assert_eq!(m.main_attributes().len(), 1);
        assert_eq!(m.entry_attributes("x").map(Attributes::len), Some(1));
        assert_eq!(Manifest::parse(b""), Manifest::default());
        assert_eq!(Manifest::parse(b"\n\n").main_class(), None);
        assert_eq!(Manifest::parse(b"Main-Class:   \n").main_class(), None);
    }

    #[test]
    fn class_path_urls() {
        let m = Manifest::parse(
            b"Class-Path: file:/abs/x.jar http://host/y.jar bad%zz.jar dir/ C:/w.jar\n",
        );
        let base = Path::new("/base");
        assert_eq!(
            m.class_path(base),
            [
                PathBuf::from("/abs/x.jar"),
                PathBuf::from("/base/dir/"),
                base.join("C:/w.jar"),
            ]
        );
        assert!(Manifest::default().class_path(base).is_empty());
    }
}
