//! Text conversions javap makes: string escapes and quoting of names that are not Java
//! identifiers.

use rjava_classfile::JavaStr;

/// The UTF-16 units of a constant-pool string as the characters javap writes: an unpaired
/// surrogate comes out as `?`, as Java's UTF-8 encoder writes it.
fn java_chars(s: JavaStr<'_>) -> Box<dyn Iterator<Item = char> + '_> {
    if s.has_unpaired_surrogates() {
        let units = s.to_utf16();
        Box::new(
            char::decode_utf16(units)
                .map(|r| r.unwrap_or('?'))
                .collect::<Vec<_>>()
                .into_iter(),
        )
    } else {
        Box::new(s.as_str().chars())
    }
}

/// A constant-pool string as javap shows Utf8 and String entries: Java escapes for the usual
/// control characters and quotes, `\uXXXX` for other ISO control characters.
pub fn escape_utf8(s: JavaStr<'_>) -> String {
    let text = s.as_str();
    if !s.has_unpaired_surrogates()
        && !text.chars().any(|c| {
            matches!(
                c,
                '\t' | '\n' | '\r' | '\u{8}' | '\u{c}' | '"' | '\'' | '\\'
            ) || is_iso_control(c)
        })
    {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in java_chars(s) {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '"' => out.push_str("\\\""),
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            c if is_iso_control(c) => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A constant-pool string with unpaired surrogates shown as `?`, unescaped.
pub fn plain(s: JavaStr<'_>) -> String {
    if s.has_unpaired_surrogates() {
        java_chars(s).collect()
    } else {
        s.as_str().to_owned()
    }
}

/// Bytes decoded as Java's `new String(bytes, UTF_8)` does: each malformed sequence, and each
/// three-byte encoding of a surrogate, becomes U+FFFD.
pub fn decode_utf8(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or(""));
                // A surrogate in three bytes (ED A0..BF xx) is one malformed character.
                let skip = match bad {
                    [0xed, b1, b2, ..] if (0xa0..=0xbf).contains(b1) && b2 & 0xc0 == 0x80 => 3,
                    _ => e.error_len().unwrap_or(bad.len()).max(1),
                };
                out.push('\u{fffd}');
                rest = &bad[skip.min(bad.len())..];
            }
        }
    }
    out
}

fn is_iso_control(c: char) -> bool {
    matches!(c as u32, 0..=0x1f | 0x7f..=0x9f)
}

fn is_identifier_ignorable(c: char) -> bool {
    matches!(c as u32, 0..=8 | 0xe..=0x1b | 0x7f..=0x9f)
        || matches!(
            c as u32,
            0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f
                | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb
        )
}

/// `Character.isJavaIdentifierStart`, closely enough for names in class files.
fn is_identifier_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '$' || c == '_';
    }
    c.is_alphabetic()
        || matches!(c as u32, 0xa2..=0xa5 | 0x20a0..=0x20cf | 0x203f | 0x2040 | 0x2054 | 0xfe33 | 0xfe34 | 0xfe4d..=0xfe4f | 0xff04 | 0xff3f | 0xffe0 | 0xffe1 | 0xffe5 | 0xffe6)
}

/// `Character.isJavaIdentifierPart`, closely enough for names in class files.
fn is_identifier_part(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '$' || c == '_' || is_identifier_ignorable(c);
    }
    is_identifier_start(c) || c.is_numeric() || is_identifier_ignorable(c)
}

/// javap's `checkName`: a name made of `/`-separated Java identifiers is shown as it is; anything
/// else is quoted, with `\`, `"`, newline and tab escaped.
pub fn check_name(name: &str) -> String {
    if name.is_empty() {
        return "\"\"".into();
    }
    let mut previous = '/';
    let ok = name.chars().all(|c| {
        let fine =
            (previous != '/' || is_identifier_start(c)) && (c == '/' || is_identifier_part(c));
        previous = c;
        fine
    });
    if ok {
        return name.to_owned();
    }
    let mut out = String::with_capacity(name.len() + 4);
    out.push('"');
    for c in name.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rjava_classfile::JavaString;

    #[test]
    fn names_and_escapes() {
        assert_eq!(check_name("java/lang/Object"), "java/lang/Object");
        assert_eq!(check_name("<init>"), "\"<init>\"");
        assert_eq!(check_name("[I"), "\"[I\"");
        assert_eq!(check_name("a$1"), "a$1");
        assert_eq!(check_name("module-info"), "\"module-info\"");
        assert_eq!(check_name(""), "\"\"");
        let s = JavaString::from_utf16(&"a\tb\"\u{1}\u{e9}".encode_utf16().collect::<Vec<_>>());
        assert_eq!(escape_utf8(s.as_java_str()), "a\\tb\\\"\\u0001\u{e9}");
        let lone = JavaString::from_utf16(&[0x61, 0xd800]);
        assert_eq!(escape_utf8(lone.as_java_str()), "a?");
    }
}
