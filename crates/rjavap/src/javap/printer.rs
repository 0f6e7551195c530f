//! A line buffer with javap's layout rules: two-space indentation levels, a comment column 40
//! characters past the indentation, and no trailing spaces.

use std::io::{self, Write};

const INDENT_WIDTH: usize = 2;
const TAB_COLUMN: usize = 40;

/// Collects one line at a time. Spaces are held back until something follows them, so lines never
/// end in spaces; the indentation is added when a line's first visible character arrives.
pub(crate) struct Printer<'a> {
    out: &'a mut dyn Write,
    line: String,
    pending_spaces: usize,
    indent: usize,
    error: Option<io::Error>,
}

impl<'a> Printer<'a> {
    pub fn new(out: &'a mut dyn Write) -> Self {
        Printer {
            out,
            line: String::with_capacity(256),
            pending_spaces: 0,
            indent: 0,
            error: None,
        }
    }

    /// Appends text; `\n` ends the line.
    pub fn print(&mut self, text: &str) {
        let mut rest = text;
        while !rest.is_empty() {
            let end = rest.find([' ', '\n']).unwrap_or(rest.len());
            if end > 0 {
                self.visible(&rest[..end]);
            }
            match rest.as_bytes().get(end) {
                Some(b' ') => self.pending_spaces += 1,
                Some(b'\n') => self.newline(),
                _ => {}
            }
            rest = rest.get(end + 1..).unwrap_or("");
        }
    }

    fn visible(&mut self, text: &str) {
        if self.line.is_empty() {
            self.pending_spaces += self.indent * INDENT_WIDTH;
        }
        for _ in 0..self.pending_spaces {
            self.line.push(' ');
        }
        self.pending_spaces = 0;
        self.line.push_str(text);
    }

    pub fn println(&mut self, text: &str) {
        self.print(text);
        self.newline();
    }

    /// Ends the line, dropping spaces not followed by anything.
    pub fn newline(&mut self) {
        self.pending_spaces = 0;
        self.line.push('\n');
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(self.line.as_bytes()) {
                self.error = Some(e);
            }
        }
        self.line.clear();
    }

    /// Moves to the comment column (at least one space on).
    pub fn tab(&mut self) {
        let column = self.indent * INDENT_WIDTH + TAB_COLUMN;
        // Columns count UTF-16 units, as javap's do.
        let len = if self.line.is_ascii() {
            self.line.len()
        } else {
            self.line.encode_utf16().count()
        };
        self.pending_spaces += if column <= len { 1 } else { column - len };
    }

    pub fn indent(&mut self) {
        self.indent += 1;
    }

    pub fn outdent(&mut self) {
        self.indent = self.indent.saturating_sub(1);
    }

    pub fn indent_by(&mut self, levels: usize) {
        self.indent += levels;
    }

    pub fn outdent_by(&mut self, levels: usize) {
        self.indent = self.indent.saturating_sub(levels);
    }

    /// Flushes a partial line and reports the first write error.
    pub fn finish(mut self) -> io::Result<()> {
        if !self.line.is_empty() {
            self.newline();
        }
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(f: impl FnOnce(&mut Printer<'_>)) -> String {
        let mut out = Vec::new();
        let mut p = Printer::new(&mut out);
        f(&mut p);
        p.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn indentation_and_trailing_spaces() {
        let text = render(|p| {
            p.indent();
            p.println("a b  ");
            p.println("");
            p.print("x\ny");
            p.newline();
        });
        assert_eq!(text, "  a b\n\n  x\n  y\n");
    }

    #[test]
    fn tab_column() {
        let text = render(|p| {
            p.indent();
            p.print("#1");
            p.tab();
            p.println("// c");
            p.print(&"x".repeat(50));
            p.tab();
            p.println("// d");
        });
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines[0].find("//"), Some(42));
        assert_eq!(lines[1].find("//"), Some(53));
    }
}
