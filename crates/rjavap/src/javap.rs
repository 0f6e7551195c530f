//! javap-style printing of a class file (placeholder until the printer lands).

use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Default, Clone)]
pub struct Options {
    pub code: bool,
    pub verbose: bool,
    pub private: bool,
}

/// Where a class file was found, for the `Classfile` header of `-v`.
pub enum Origin {
    File(PathBuf),
    ClassPath(PathBuf),
}

pub fn print_class(
    out: &mut dyn Write,
    bytes: &[u8],
    _origin: &Origin,
    _options: &Options,
) -> Result<(), String> {
    let class = rjava_classfile::ClassFile::parse(bytes).map_err(|e| e.to_string())?;
    writeln!(out, "class {}", class.this_class_name().replace('/', ".")).map_err(|e| e.to_string())
}
