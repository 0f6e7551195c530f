//! `rjava-vm`: the runtime — method area, class loading and linking, the interpreter, natives.

pub mod alloc;
pub mod boot;
pub mod class;
pub mod class_writer;
pub mod exceptions;
pub mod gc;
pub mod indy;
pub mod init;
pub mod injected;
pub mod interp;
pub mod lambda;
pub mod launcher;
pub mod loader;
pub mod method_handles;
pub mod mirror;
pub mod monitor;
pub mod natives;
pub mod npe_message;
pub mod object;
pub mod quicken;
pub mod rcp;
pub mod resolve;
pub mod safepoint;
pub mod strings;
pub mod thread;
pub mod threads;
pub mod types;
pub mod verify;
pub mod vm;

pub use class::{Class, DefiningLoader, Method};
pub use thread::{JResult, JavaThread, Throw};
pub use vm::{Vm, VmOptions};
