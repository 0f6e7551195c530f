//! `java.lang.ProcessEnvironment.environ`: the process environment as alternating name and
//! value byte arrays, the way the JDK's `ProcessEnvironment_md.c` reads `environ`.

use super::native_io::new_byte_array;
use super::Registry;
use crate::class::DefiningLoader;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use std::os::unix::ffi::OsStrExt;

pub(crate) fn register(r: &mut Registry) {
    r.add("java/lang/ProcessEnvironment", "environ", "()[[B", environ);
}

fn environ(thread: &mut JavaThread, _: &[u64]) -> JResult<u64> {
    let vars: Vec<(Vec<u8>, Vec<u8>)> = std::env::vars_os()
        .map(|(k, v)| (k.as_bytes().to_vec(), v.as_bytes().to_vec()))
        .collect();
    let vm = thread.vm;
    let class = vm.load_class(thread, "[[B", DefiningLoader::Bootstrap)?;
    let array = crate::alloc::new_array(thread, class, (vars.len() * 2) as i32)?;
    for (i, (name, value)) in vars.iter().enumerate() {
        let name = new_byte_array(thread, name)?;
        array.set::<u64>(Ref::element_offset(2 * i, 8), name.to_bits());
        let value = new_byte_array(thread, value)?;
        array.set::<u64>(Ref::element_offset(2 * i + 1, 8), value.to_bits());
    }
    Ok(array.to_bits())
}
