//! `NullPointerException.getExtendedNPEMessage`: the helpful message (JEP 358) for the frame that
//! raised the exception, computed from its bytecode by `npe_message`.

use super::Registry;
use crate::object::Ref;
use crate::strings::new_string;
use crate::thread::{JResult, JavaThread};

pub(crate) fn register(r: &mut Registry) {
    r.add(
        "java/lang/NullPointerException",
        "getExtendedNPEMessage",
        "()Ljava/lang/String;",
        extended_message,
    );
}

fn extended_message(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(npe) = Ref::from_bits(a[0]) else {
        return Ok(0);
    };
    let Some(&(method, bci)) = crate::exceptions::backtrace_of(thread, npe).first() else {
        return Ok(0);
    };
    if method.is_native() {
        return Ok(0);
    }
    let class = method.class();
    let Some(class_file) = class.class_file.as_ref() else {
        return Ok(0);
    };
    let Some(index) = class.methods.iter().position(|m| std::ptr::eq(m, method)) else {
        return Ok(0);
    };
    match crate::npe_message::extended_npe_message(class_file, index, bci) {
        Some(message) => Ok(new_string(thread, &message)?.to_bits()),
        None => Ok(0),
    }
}
