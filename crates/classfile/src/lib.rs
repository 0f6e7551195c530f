//! `rjava-classfile`: reads Java class files (JVMS SE 17 chapter 4, versions 45 through 69) into
//! plain Rust structures, checking their format as HotSpot does, and decodes bytecode.
//!
//! Nothing here panics on bad input: every fault is a [`ClassFormatError`] carrying HotSpot's text,
//! or a [`bytecode::BytecodeError`] for malformed instructions.

pub mod access;
pub mod annotations;
pub mod attributes;
pub mod bytecode;
pub mod class_file;
pub mod constant_pool;
pub mod descriptor;
pub mod error;
pub mod format_check;
pub mod module_attr;
pub mod mutf8;
mod reader;
pub mod ref_map;
pub mod stack_map;

pub use attributes::{Attribute, Code};
pub use class_file::{ClassFile, FieldInfo, MethodInfo, ParseOptions};
pub use constant_pool::{Constant, ConstantPool};
pub use error::{ClassFormatError, ErrorKind};
pub use format_check::FormatChecks;
pub use mutf8::{JavaStr, JavaString};
