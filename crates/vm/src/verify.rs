//! Where bytecode verification (JVMS 4.10) happens: once per class, when it is linked, before any
//! of its code can run. The type-checking verifier is its own piece of work; until it lands, every
//! class is accepted, which is what HotSpot does for classes of the bootstrap loader. What depends
//! on verified code today: the interpreter keeps bad bytecode memory-safe on its own (slot access
//! is masked, bytecode and array access are bounds-checked), so the verifier's job will be to
//! turn such code into `VerifyError`s instead of misbehaviour.

use crate::class::DefiningLoader;
use crate::thread::{JResult, JavaThread};
use rjava_classfile::ClassFile;

/// Verifies a class about to be linked; an `Err` leaves a `VerifyError` pending.
pub fn verify(
    _thread: &mut JavaThread,
    _class_file: &ClassFile,
    _loader: DefiningLoader,
) -> JResult<()> {
    Ok(())
}
