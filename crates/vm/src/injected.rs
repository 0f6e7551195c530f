//! Fields the VM adds to a few JDK classes, invisible to reflection, as HotSpot injects them:
//! `Class`'s pointer to its runtime class, `MemberName.vmindex` (a field's offset or a method's
//! table index) and `ResolvedMethodName.vmtarget` (the runtime method).

use std::sync::OnceLock;

static MEMBER_NAME_VMINDEX: OnceLock<u32> = OnceLock::new();
static RESOLVED_METHOD_VMTARGET: OnceLock<u32> = OnceLock::new();

/// Called as each class is laid out: returns its instance size with the injected words added.
pub(crate) fn inject_fields(class_name: &str, instance_size: u32) -> u32 {
    let slot = match class_name {
        "java/lang/Class" => return crate::mirror::inject_vm_class_field(instance_size),
        "java/lang/invoke/MemberName" => &MEMBER_NAME_VMINDEX,
        "java/lang/invoke/ResolvedMethodName" => &RESOLVED_METHOD_VMTARGET,
        _ => return instance_size,
    };
    let offset = instance_size.next_multiple_of(8);
    let _ = slot.set(offset);
    offset + 8
}

/// Byte offset of `MemberName.vmindex`, once `MemberName` is laid out.
pub(crate) fn member_name_vmindex() -> Option<usize> {
    MEMBER_NAME_VMINDEX.get().map(|&o| o as usize)
}

/// Byte offset of `ResolvedMethodName.vmtarget`, once `ResolvedMethodName` is laid out.
pub(crate) fn resolved_method_vmtarget() -> Option<usize> {
    RESOLVED_METHOD_VMTARGET.get().map(|&o| o as usize)
}
