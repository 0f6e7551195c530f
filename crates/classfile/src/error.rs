//! Errors raised while reading a class file, shaped after HotSpot's exception texts.
//!
//! HotSpot names the class being loaded inside most messages ("... in class file Foo"), and the name
//! comes from the load request, not from the bytes. So an error stores its text around a hole for that
//! name, and the caller fills it in with [`ClassFormatError::message`].

use std::fmt;

/// Which Java exception the error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `java.lang.ClassFormatError`
    ClassFormat,
    /// `java.lang.UnsupportedClassVersionError`
    UnsupportedClassVersion,
}

impl ErrorKind {
    /// The Java class name of the exception, in binary form with dots.
    pub fn java_class_name(self) -> &'static str {
        match self {
            ErrorKind::ClassFormat => "java.lang.ClassFormatError",
            ErrorKind::UnsupportedClassVersion => "java.lang.UnsupportedClassVersionError",
        }
    }
}

/// A malformed or unsupported class file.
#[derive(Clone, PartialEq, Eq)]
pub struct ClassFormatError {
    kind: ErrorKind,
    before: String,
    after: String,
    /// Whether the class name goes between `before` and `after`.
    named: bool,
}

/// HotSpot formats its messages into a 1024-byte buffer: they end after 1023 bytes of (modified)
/// UTF-8.
const MAX_MESSAGE_BYTES: usize = 1023;

impl ClassFormatError {
    /// A `ClassFormatError` whose text is `before` + class name + `after`.
    pub fn named(before: impl Into<String>, after: impl Into<String>) -> Self {
        ClassFormatError {
            kind: ErrorKind::ClassFormat,
            before: before.into(),
            after: after.into(),
            named: true,
        }
    }

    /// The common shape: `text` followed by ` in class file NAME`.
    pub fn in_class_file(text: impl Into<String>) -> Self {
        let mut before = text.into();
        before.push_str(" in class file ");
        Self::named(before, "")
    }

    /// A message that does not name the class.
    pub fn plain(text: impl Into<String>) -> Self {
        ClassFormatError {
            kind: ErrorKind::ClassFormat,
            before: text.into(),
            after: String::new(),
            named: false,
        }
    }

    /// HotSpot's "Truncated class file".
    pub fn truncated() -> Self {
        Self::plain("Truncated class file")
    }

    /// A class-file version newer than `max_major` (or older than 45), as HotSpot reports it.
    pub fn unsupported_version(major: u16, minor: u16, max_major: u16) -> Self {
        ClassFormatError {
            kind: ErrorKind::UnsupportedClassVersion,
            before: String::new(),
            after: format!(
                " has been compiled by a more recent version of the Java Runtime (class file version {major}.{minor}), \
                 this version of the Java Runtime only recognizes class file versions up to {max_major}.0"
            ),
            named: true,
        }
    }

    /// Any other `UnsupportedClassVersionError`: `before` + class name + `after`.
    pub fn unsupported_version_text(before: impl Into<String>, after: impl Into<String>) -> Self {
        ClassFormatError {
            kind: ErrorKind::UnsupportedClassVersion,
            before: before.into(),
            after: after.into(),
            named: true,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The exception message, naming `class_name` (internal form, `a/b/C`, as HotSpot prints it)
    /// where HotSpot does.
    pub fn message(&self, class_name: &str) -> String {
        let mut message = if self.named {
            format!("{}{}{}", self.before, class_name, self.after)
        } else {
            self.before.clone()
        };
        // Cut as HotSpot's buffer does, counting modified UTF-8 bytes (NUL takes two, supplementary
        // characters six) and keeping whole characters.
        let mut bytes = 0;
        let cut = message.char_indices().find_map(|(i, c)| {
            bytes += match c {
                '\0' => 2,
                c if c.len_utf8() == 4 => 6,
                c => c.len_utf8(),
            };
            (bytes > MAX_MESSAGE_BYTES).then_some(i)
        });
        if let Some(cut) = cut {
            message.truncate(cut);
        }
        message
    }
}

impl fmt::Debug for ClassFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            self.kind.java_class_name(),
            self.message("<class>")
        )
    }
}

impl fmt::Display for ClassFormatError {
    /// Without a class name at hand, `<class>` stands in for it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message("<class>"))
    }
}

impl std::error::Error for ClassFormatError {}

pub type Result<T> = std::result::Result<T, ClassFormatError>;
