//! The runtime constant pool (JVMS 5.1): one lazily filled cache slot per constant-pool entry, so
//! a symbolic reference is resolved once and every later execution of the instruction reads the
//! resolved form with one atomic load — never a lookup by name.

use crate::class::{Class, Method};
use crate::types::BasicType;
use std::sync::OnceLock;

/// A field reference resolved to where the value lives.
#[derive(Debug, Clone, Copy)]
pub struct ResolvedField {
    /// The class that declares the field (whose statics hold a static field's value).
    pub class: &'static Class,
    /// Byte offset (instance) or statics index (static).
    pub offset: u32,
    pub basic_type: BasicType,
    pub is_static: bool,
    /// Accesses are sequentially consistent (JLS 17.4): fenced in the interpreter.
    pub is_volatile: bool,
    /// Index in `class.fields`, for messages and reflection.
    pub index: u16,
}

/// What a constant-pool entry resolved to.
#[derive(Debug, Clone, Copy)]
pub enum Resolved {
    Class(&'static Class),
    Field(ResolvedField),
    /// A method reference resolved per JVMS 5.4.3.3/5.4.3.4, dispatched without a table
    /// (static, special, private and final methods).
    Method(&'static Method),
    /// A method selected through the receiver's vtable slot.
    Virtual(&'static Method, u32),
    /// An interface method selected through the receiver's itable: the interface and the
    /// method's index in it.
    Interface(&'static Method, u32),
    /// A `CONSTANT_String`: the index of the interned string in the VM's string table.
    String(u32),
    /// The invokedynamic instructions using this entry, each linked.
    Indy(&'static crate::indy::IndySites),
    /// A call of a method-handle intrinsic (`invokeBasic`, `linkTo*`), with the argument slots
    /// the call site passes.
    Intrinsic(crate::method_handles::Intrinsic, u16),
    /// A call site linked to a Java invoker method that takes one more argument, the appendix:
    /// a signature-polymorphic call (`invokeExact`, `invoke`, VarHandle access modes) or a
    /// general invokedynamic.
    Linked(&'static crate::method_handles::LinkedSite),
    /// A loadable object constant (MethodHandle, MethodType, dynamic constant), in a root slot.
    Object(&'static std::sync::atomic::AtomicU64),
}

pub struct RuntimeConstantPool {
    entries: Box<[OnceLock<Resolved>]>,
}

impl RuntimeConstantPool {
    pub fn new(len: usize) -> Self {
        RuntimeConstantPool {
            entries: (0..len).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The resolved form of entry `index`, if resolution already happened.
    #[inline(always)]
    pub fn get(&self, index: u16) -> Option<Resolved> {
        self.entries
            .get(index as usize)
            .and_then(|e| e.get().copied())
    }

    /// Records a resolution; a racing resolver's equal result is simply dropped.
    pub fn set(&self, index: u16, resolved: Resolved) {
        if let Some(e) = self.entries.get(index as usize) {
            let _ = e.set(resolved);
        }
    }
}
