//! Modified UTF-8 (JVMS 4.4.7): NUL as two bytes (`C0 80`), supplementary characters as two
//! three-byte surrogates, no four-byte forms.

use std::fmt;

/// The text of a `CONSTANT_Utf8` entry, borrowed from its constant pool.
///
/// Almost every entry is valid UTF-8 as well, so the text is a Rust string. Java strings may hold
/// unpaired surrogates, which no Rust string can; for those the exact UTF-16 units are kept
/// beside a lossy display form.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct JavaStr<'a> {
    text: &'a str,
    exact_utf16: Option<&'a [u16]>,
}

/// An owned [`JavaStr`]: what decoding produces before the text joins its pool.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct JavaString {
    text: String,
    exact_utf16: Option<Box<[u16]>>,
}

/// Why bytes are not legal modified UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IllegalUtf8;

/// The text of `bytes` when it reads the same as UTF-8 and as modified UTF-8, which is almost
/// always: UTF-8 that has neither a raw NUL nor a four-byte form (modified UTF-8 allows neither,
/// and writes NUL and supplementary characters in forms UTF-8 rejects).
fn as_plain_utf8(bytes: &[u8]) -> Option<&str> {
    // One branch-free pass the compiler vectorizes, then the standard validation.
    let special = bytes
        .iter()
        .fold(false, |any, &b| any | (b == 0) | (b >= 0xF0));
    if special {
        return None;
    }
    std::str::from_utf8(bytes).ok()
}

impl JavaString {
    /// Decodes modified UTF-8, enforcing HotSpot's legality rules. `lenient_overlong` allows the
    /// overlong two-byte forms older class files (version <= 47) may contain.
    pub fn decode(bytes: &[u8], lenient_overlong: bool) -> Result<JavaString, IllegalUtf8> {
        if let Some(text) = as_plain_utf8(bytes) {
            return Ok(JavaString {
                text: text.to_owned(),
                exact_utf16: None,
            });
        }
        let units = decode_units(bytes, lenient_overlong)?;
        Ok(Self::from_utf16(&units))
    }

    /// Builds a Java string from UTF-16 code units.
    pub fn from_utf16(units: &[u16]) -> JavaString {
        match String::from_utf16(units) {
            Ok(text) => JavaString {
                text,
                exact_utf16: None,
            },
            Err(_) => JavaString {
                text: String::from_utf16_lossy(units),
                exact_utf16: Some(units.into()),
            },
        }
    }

    pub fn as_java_str(&self) -> JavaStr<'_> {
        JavaStr {
            text: &self.text,
            exact_utf16: self.exact_utf16.as_deref(),
        }
    }

    /// The lossy text and, for unpaired surrogates, the exact units.
    pub(crate) fn into_parts(self) -> (String, Option<Box<[u16]>>) {
        (self.text, self.exact_utf16)
    }
}

impl<'a> JavaStr<'a> {
    pub(crate) fn new(text: &'a str, exact_utf16: Option<&'a [u16]>) -> JavaStr<'a> {
        JavaStr { text, exact_utf16 }
    }

    /// The text; unpaired surrogates appear as U+FFFD (see [`JavaStr::to_utf16`] for exact units).
    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// True when [`JavaStr::as_str`] is not the exact Java string.
    pub fn has_unpaired_surrogates(&self) -> bool {
        self.exact_utf16.is_some()
    }

    /// The exact UTF-16 code units of the Java string.
    pub fn to_utf16(&self) -> Vec<u16> {
        match self.exact_utf16 {
            Some(units) => units.to_vec(),
            None => self.text.encode_utf16().collect(),
        }
    }
}

fn decode_units(bytes: &[u8], lenient_overlong: bool) -> Result<Vec<u16>, IllegalUtf8> {
    let mut units = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let continuation = |i: usize| match bytes.get(i) {
        Some(&b) if b & 0xC0 == 0x80 => Ok((b & 0x3F) as u16),
        _ => Err(IllegalUtf8),
    };
    while i < bytes.len() {
        let b = bytes[i];
        match b >> 4 {
            0x0..=0x7 => {
                if b == 0 {
                    return Err(IllegalUtf8);
                }
                units.push(b as u16);
                i += 1;
            }
            0xC | 0xD => {
                let c1 = continuation(i + 1)?;
                // Overlong forms are illegal except the NUL encoding C0 80.
                if b < 0xC2 && !lenient_overlong && !(b == 0xC0 && c1 == 0) {
                    return Err(IllegalUtf8);
                }
                units.push(((b & 0x1F) as u16) << 6 | c1);
                i += 2;
            }
            0xE => {
                let c1 = continuation(i + 1)?;
                let c2 = continuation(i + 2)?;
                let unit = ((b & 0x0F) as u16) << 12 | c1 << 6 | c2;
                if unit < 0x800 && !lenient_overlong {
                    return Err(IllegalUtf8);
                }
                units.push(unit);
                i += 3;
            }
            _ => return Err(IllegalUtf8),
        }
    }
    Ok(units)
}

impl fmt::Display for JavaStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

impl fmt::Debug for JavaStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.text, f)
    }
}

impl fmt::Debug for JavaString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_java_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_path() {
        let s = JavaString::decode(b"java/lang/Object", false).unwrap();
        let s = s.as_java_str();
        assert_eq!(s.as_str(), "java/lang/Object");
        assert!(!s.has_unpaired_surrogates());
    }

    #[test]
    fn two_byte_nul() {
        let s = JavaString::decode(&[b'a', 0xC0, 0x80, b'b'], false).unwrap();
        let s = s.as_java_str();
        assert_eq!(s.as_str(), "a\0b");
        assert_eq!(s.to_utf16(), vec![0x61, 0, 0x62]);
    }

    #[test]
    fn raw_nul_is_illegal() {
        assert_eq!(JavaString::decode(&[b'a', 0], false), Err(IllegalUtf8));
    }

    #[test]
    fn surrogate_pair_joins() {
        // U+1F600 as the surrogates D83D DE00, each in three bytes.
        let bytes = [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80];
        let s = JavaString::decode(&bytes, false).unwrap();
        let s = s.as_java_str();
        assert_eq!(s.as_str(), "\u{1F600}");
        assert_eq!(s.to_utf16(), vec![0xD83D, 0xDE00]);
    }

    #[test]
    fn unpaired_surrogate_is_kept_exactly() {
        let s = JavaString::decode(&[0xED, 0xA0, 0x80], false).unwrap();
        let s = s.as_java_str();
        assert!(s.has_unpaired_surrogates());
        assert_eq!(s.to_utf16(), vec![0xD800]);
        assert_eq!(s.as_str(), "\u{FFFD}");
    }

    #[test]
    fn four_byte_form_and_bad_continuations_are_illegal() {
        assert!(JavaString::decode(&[0xF0, 0x9F, 0x98, 0x80], false).is_err());
        assert!(JavaString::decode(&[0xC3], false).is_err());
        assert!(JavaString::decode(&[0xE2, 0x82], false).is_err());
        assert!(JavaString::decode(&[0x80], false).is_err());
    }

    #[test]
    fn overlong_forms() {
        assert!(JavaString::decode(&[0xC1, 0x81], false).is_err());
        assert_eq!(JavaString::decode(&[0xC1, 0x81], true).unwrap().text, "A");
        assert_eq!(JavaString::decode(&[0xC3, 0xA9], false).unwrap().text, "é");
    }
}
