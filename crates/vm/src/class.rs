//! The method area's runtime classes (JVMS 2.5.4, 5.3): what loading and linking make of a class
//! file, and what the interpreter reads on every field access and call.
//!
//! A `Class` is created once, fully linked (field layout, vtable, itable) and then leaked: classes
//! are never unloaded, so `&'static Class` is the class handle everywhere. What changes after
//! creation — initialization state, static values, the mirror, resolved constant-pool entries — is
//! held in atomics and `OnceLock`s, so the structure is ready for many threads.

use crate::rcp::RuntimeConstantPool;
use crate::types::{BasicType, Signature};
use rjava_classfile::access::*;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::OnceLock;

/// Which loader defined a class (JVMS 5.3); shapes `getClassLoader()` and error texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DefiningLoader {
    /// The bootstrap loader: `getClassLoader()` is null, HotSpot calls it `'bootstrap'`.
    Bootstrap,
    /// `jdk.internal.loader.ClassLoaders$PlatformClassLoader`: the JDK's non-core modules.
    Platform,
    /// `jdk.internal.loader.ClassLoaders$AppClassLoader`: HotSpot calls it `'app'`.
    App,
}

/// The method area's index of defined classes: per defining loader, by internal name.
/// Lookups borrow the name, so finding a class allocates nothing.
#[derive(Default)]
pub struct ClassTable {
    by_loader: [std::collections::HashMap<Box<str>, &'static Class>; 3],
}

impl ClassTable {
    pub fn get(&self, loader: DefiningLoader, name: &str) -> Option<&'static Class> {
        self.by_loader[loader as usize].get(name).copied()
    }

    pub fn insert(&mut self, loader: DefiningLoader, name: Box<str>, class: &'static Class) {
        self.by_loader[loader as usize].insert(name, class);
    }

    pub fn classes(&self) -> impl Iterator<Item = &'static Class> + '_ {
        self.by_loader.iter().flat_map(|m| m.values().copied())
    }
}

impl DefiningLoader {
    /// The loaders this one delegates to before itself, and itself: boot, then platform, then app.
    pub fn delegation_chain(self) -> &'static [DefiningLoader] {
        match self {
            DefiningLoader::Bootstrap => &[DefiningLoader::Bootstrap],
            DefiningLoader::Platform => &[DefiningLoader::Bootstrap, DefiningLoader::Platform],
            DefiningLoader::App => &[
                DefiningLoader::Bootstrap,
                DefiningLoader::Platform,
                DefiningLoader::App,
            ],
        }
    }

    /// The name HotSpot prints for the loader in linkage and cast messages.
    pub fn quoted_name(self) -> &'static str {
        match self {
            DefiningLoader::Bootstrap => "'bootstrap'",
            DefiningLoader::Platform => "'platform'",
            DefiningLoader::App => "'app'",
        }
    }
}

#[derive(Debug)]
pub enum ClassKind {
    Instance,
    /// `component` is the element class (`int` for `[I`, `[I` for `[[I`).
    Array {
        component: &'static Class,
        element: BasicType,
    },
    /// `int`, `void`...: the classes behind `int.class`; never instantiated.
    Primitive(BasicType),
}

/// JVMS 5.5 initialization states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum InitState {
    Linked = 0,
    BeingInitialized = 1,
    Initialized = 2,
    Erroneous = 3,
}

pub struct Field {
    pub name: &'static str,
    pub descriptor: &'static str,
    pub access_flags: u16,
    pub basic_type: BasicType,
    /// Instance fields: the byte offset in the object. Static fields: the index in `Class::statics`.
    pub offset: u32,
    /// The `ConstantValue` constant-pool index, for static finals.
    pub constant_value: Option<u16>,
}

impl Field {
    pub fn is_static(&self) -> bool {
        self.access_flags & ACC_STATIC != 0
    }

    pub fn is_volatile(&self) -> bool {
        self.access_flags & 0x0040 != 0
    }
}

/// The bytecode of a method and what the interpreter needs beside it.
pub struct MethodCode {
    pub max_stack: u16,
    pub max_locals: u16,
    pub bytecode: &'static [u8],
    pub exception_table: &'static [ExceptionHandler],
    /// The class file's Code attribute, for its line numbers.
    pub attribute: &'static rjava_classfile::attributes::Code,
    /// The pre-decoded form the interpreter runs, made at the method's first execution.
    pub quickened: OnceLock<Box<[crate::quicken::Insn]>>,
}

pub use rjava_classfile::attributes::ExceptionHandler;

impl MethodCode {
    /// Borrows a Code attribute of a class file that lives as long as the VM.
    pub fn new(attribute: &'static rjava_classfile::attributes::Code) -> MethodCode {
        MethodCode {
            max_stack: attribute.max_stack,
            max_locals: attribute.max_locals,
            bytecode: &attribute.code,
            exception_table: &attribute.exception_table,
            attribute,
            quickened: OnceLock::new(),
        }
    }

    /// The source line of `pc`, as `StackTraceElement`s show it (-1 without a table entry).
    /// HotSpot's `line_number_from_bci`: the first entry starting exactly at `pc`, else the
    /// closest one before it (the later of equals).
    pub fn line_number(&self, pc: usize) -> i32 {
        let (mut best_pc, mut best_line) = (0, -1);
        if pc >= self.bytecode.len() {
            return -1;
        }
        for l in self.attribute.line_numbers() {
            let start = l.start_pc as usize;
            if start == pc {
                return l.line_number as i32;
            }
            if start < pc && start >= best_pc {
                (best_pc, best_line) = (start, l.line_number as i32);
            }
        }
        best_line
    }
}

pub struct Method {
    class: OnceLock<&'static Class>,
    pub name: &'static str,
    pub descriptor: &'static str,
    pub access_flags: u16,
    pub signature: Signature,
    /// Slots the arguments fill, `this` included.
    pub arg_slots: u16,
    pub code: Option<MethodCode>,
    /// Index in the VM's method table, which backtraces record.
    pub id: u32,
    /// The Rust function of a native method, bound on first call.
    pub(crate) native: OnceLock<crate::natives::Bound>,
    /// Left out of stack traces, as HotSpot leaves out methods of hidden classes and those
    /// annotated `@Hidden` (lambda forms and their invokers).
    pub hidden: bool,
    /// Annotated `@CallerSensitive`: method handles to it bind the caller.
    pub caller_sensitive: bool,
    /// Uses `jsr`/`ret` subroutines (class files before version 51): collections wait while
    /// it is on the stack (see `gc::may_collect`).
    pub(crate) has_subroutines: bool,
    /// Returning needs more than popping the frame: the method is synchronized (unlock) or a
    /// constructor (publish its final fields).
    pub(crate) return_hook: bool,
    /// A lambda proxy method that only passes its arguments on to this static method: calls
    /// go straight to it (see `interp::invoke_instruction`).
    pub(crate) forward_to: OnceLock<&'static Method>,
    /// Which frame slots hold references at each instruction, computed when a collection first
    /// finds the method on a stack (`None` if the bytecode could not be analysed).
    pub(crate) ref_map: OnceLock<Option<rjava_classfile::ref_map::RefMap>>,
}

impl Method {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        name: &'static str,
        descriptor: &'static str,
        access_flags: u16,
        code: Option<MethodCode>,
        id: u32,
    ) -> Method {
        let signature = Signature::parse(descriptor);
        let arg_slots =
            (signature.parameter_slots + usize::from(access_flags & ACC_STATIC == 0)) as u16;
        Method {
            class: OnceLock::new(),
            name,
            descriptor,
            access_flags,
            signature,
            arg_slots,
            code,
            id,
            native: OnceLock::new(),
            hidden: false,
            has_subroutines: false,
            return_hook: access_flags & ACC_SYNCHRONIZED != 0 || name == "<init>",
            caller_sensitive: false,
            forward_to: OnceLock::new(),
            ref_map: OnceLock::new(),
        }
    }

    /// The declaring class.
    #[inline(always)]
    pub fn class(&self) -> &'static Class {
        self.class
            .get()
            .copied()
            .expect("a method's class is set when the class is defined")
    }

    pub(crate) fn set_class(&self, class: &'static Class) {
        let _ = self.class.set(class);
    }

    pub fn is_static(&self) -> bool {
        self.access_flags & ACC_STATIC != 0
    }
    pub fn is_native(&self) -> bool {
        self.access_flags & ACC_NATIVE != 0
    }
    pub fn is_abstract(&self) -> bool {
        self.access_flags & ACC_ABSTRACT != 0
    }
    pub fn is_private(&self) -> bool {
        self.access_flags & ACC_PRIVATE != 0
    }
    pub fn is_synchronized(&self) -> bool {
        self.access_flags & ACC_SYNCHRONIZED != 0
    }
    pub fn is_public(&self) -> bool {
        self.access_flags & ACC_PUBLIC != 0
    }
    pub fn is_protected(&self) -> bool {
        self.access_flags & ACC_PROTECTED != 0
    }
    pub fn is_initializer(&self) -> bool {
        self.name == "<init>"
    }

    /// This method's slot in its class's vtable (and so in every subclass's), if it has one.
    pub fn vtable_index(&self) -> Option<u32> {
        self.class()
            .vtable
            .iter()
            .position(|m| std::ptr::eq(*m, self))
            .map(|i| i as u32)
    }
}

impl std::fmt::Debug for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let class = self.class.get().map_or("?", |c| &c.name);
        write!(f, "{}.{}{}", class, self.name, self.descriptor)
    }
}

/// The methods of one interface as a class implements them (JVMS 5.4.6 selection done ahead).
pub struct ItableEntry {
    pub interface: &'static Class,
    /// Indexed like `interface.methods`; `None` where no implementation exists (AbstractMethodError).
    pub methods: Box<[Option<&'static Method>]>,
}

pub struct Class {
    /// Internal name: `java/lang/String`, `[I`, `[Ljava/lang/String;`; `int` for primitives.
    pub name: Box<str>,
    pub kind: ClassKind,
    pub access_flags: u16,
    pub loader: DefiningLoader,
    /// The module a bootstrap class belongs to (`java.base`); `None` for the unnamed module.
    pub module: Option<Box<str>>,
    pub super_class: Option<&'static Class>,
    /// Direct superinterfaces.
    pub interfaces: Box<[&'static Class]>,
    /// Every superinterface, transitively (for `instanceof` and itables).
    pub all_interfaces: Box<[&'static Class]>,
    /// The superclass chain from `java/lang/Object` down to the direct superclass:
    /// `supers[c.depth] == c` decides "is a proper subclass of c" in one load.
    pub supers: Box<[&'static Class]>,
    pub depth: usize,
    pub fields: Box<[Field]>,
    pub methods: &'static [Method],
    /// Object size in bytes, header and superclass fields included.
    pub instance_size: u32,
    /// Offsets of every reference field, inherited ones included (the collector's map), except
    /// `Reference.referent`, which the collector treats by the reference's strength.
    pub reference_offsets: Box<[u32]>,
    pub statics: Box<[AtomicU64]>,
    /// Indices in `statics` of the reference-typed static fields (collector roots).
    pub static_references: Box<[u32]>,
    /// For `java.lang.ref.Reference` subclasses: the strength and the referent's offset.
    pub java_reference: Option<(rjava_heap::ReferenceKind, u32)>,
    pub vtable: Box<[&'static Method]>,
    pub itable: Box<[ItableEntry]>,
    pub constant_pool: Option<RuntimeConstantPool>,
    pub source_file: Option<Box<str>>,
    /// The parsed class file, for what reflection and invokedynamic read later.
    pub class_file: Option<&'static rjava_classfile::ClassFile>,
    init_state: AtomicU8,
    /// The `java.lang.Class` object, created on first use.
    pub(crate) mirror: AtomicU64,
    /// Why initialization failed: the `ExceptionInInitializerError` later
    /// `NoClassDefFoundError`s carry as their cause (a collector root).
    pub(crate) init_error: AtomicU64,
    /// The class of arrays of this class, created on first use.
    pub(crate) array_class: OnceLock<&'static Class>,
    /// Defined by `Lookup.defineHiddenClass` (or as a lambda proxy): not found by name, named
    /// `N/0x…`, its frames hidden from stack traces.
    pub hidden: bool,
    /// A hidden nestmate's nest host (the lookup class's host), which no attribute names.
    pub(crate) dynamic_nest_host: Option<&'static Class>,
}

impl std::fmt::Debug for Class {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Class({})", self.name)
    }
}

impl Class {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        name: &str,
        kind: ClassKind,
        access_flags: u16,
        loader: DefiningLoader,
        module: Option<Box<str>>,
        super_class: Option<&'static Class>,
        interfaces: Box<[&'static Class]>,
        fields: Box<[Field]>,
        methods: &'static [Method],
    ) -> Class {
        let mut all: Vec<&'static Class> = super_class
            .map(|s| s.all_interfaces.to_vec())
            .unwrap_or_default();
        for &i in interfaces.iter() {
            for &j in i.all_interfaces.iter().chain(std::iter::once(&i)) {
                if !all.iter().any(|k| std::ptr::eq(*k, j)) {
                    all.push(j);
                }
            }
        }
        let depth = super_class.map_or(0, |s| s.depth + 1);
        let supers: Box<[&'static Class]> = match super_class {
            Some(s) => s.supers.iter().copied().chain(std::iter::once(s)).collect(),
            None => Box::new([]),
        };
        Class {
            name: name.into(),
            kind,
            access_flags,
            loader,
            module,
            super_class,
            interfaces,
            all_interfaces: all.into(),
            supers,
            depth,
            fields,
            methods,
            instance_size: 0,
            reference_offsets: Box::new([]),
            statics: Box::new([]),
            static_references: Box::new([]),
            java_reference: None,
            vtable: Box::new([]),
            itable: Box::new([]),
            constant_pool: None,
            source_file: None,
            class_file: None,
            init_state: AtomicU8::new(InitState::Linked as u8),
            mirror: AtomicU64::new(0),
            init_error: AtomicU64::new(0),
            array_class: OnceLock::new(),
            hidden: false,
            dynamic_nest_host: None,
        }
    }

    pub fn is_interface(&self) -> bool {
        self.access_flags & ACC_INTERFACE != 0
    }
    pub fn is_abstract(&self) -> bool {
        self.access_flags & ACC_ABSTRACT != 0
    }
    pub fn is_array(&self) -> bool {
        matches!(self.kind, ClassKind::Array { .. })
    }
    pub fn is_primitive(&self) -> bool {
        matches!(self.kind, ClassKind::Primitive(_))
    }

    /// For arrays: the element type and the component class.
    pub fn array_element(&self) -> Option<(BasicType, &'static Class)> {
        match self.kind {
            ClassKind::Array { component, element } => Some((element, component)),
            _ => None,
        }
    }

    pub fn init_state(&self) -> InitState {
        match self.init_state.load(Ordering::Acquire) {
            0 => InitState::Linked,
            1 => InitState::BeingInitialized,
            2 => InitState::Initialized,
            _ => InitState::Erroneous,
        }
    }

    #[inline(always)]
    pub fn is_initialized(&self) -> bool {
        self.init_state.load(Ordering::Acquire) == InitState::Initialized as u8
    }

    pub(crate) fn set_init_state(&self, state: InitState) {
        self.init_state.store(state as u8, Ordering::Release);
    }

    /// `self` is `other` or a subclass or implementation of it (JVMS 6.5 checkcast rules for
    /// non-array classes); arrays are handled by `Vm::is_assignable`.
    #[inline]
    pub fn is_subclass_of(&self, other: &Class) -> bool {
        if other.is_interface() {
            return std::ptr::eq(self, other)
                || self.all_interfaces.iter().any(|i| std::ptr::eq(*i, other));
        }
        std::ptr::eq(self, other)
            || self
                .supers
                .get(other.depth)
                .is_some_and(|c| std::ptr::eq(*c, other))
    }

    /// Finds a method declared in this class.
    pub fn declared_method(&self, name: &str, descriptor: &str) -> Option<&'static Method> {
        self.methods
            .iter()
            .find(|m| m.name == name && m.descriptor == descriptor)
    }

    /// The byte offset of instance field `name` (with `descriptor`) declared here or in a
    /// superclass — how natives find the fields of library classes they read.
    pub fn instance_field_offset(&self, name: &str, descriptor: &str) -> Option<usize> {
        let mut class = Some(self);
        while let Some(c) = class {
            if let Some(f) = c
                .declared_field(name, descriptor)
                .filter(|f| !f.is_static())
            {
                return Some(f.offset as usize);
            }
            class = c.super_class;
        }
        None
    }

    /// The nest host this class names (JVMS 4.7.28), or the class itself.
    pub fn nest_host_name(&self) -> String {
        if let Some(host) = self.dynamic_nest_host {
            return host.nest_host_name();
        }
        self.class_file
            .as_ref()
            .and_then(|cf| {
                cf.attributes.iter().find_map(|a| match a {
                    rjava_classfile::Attribute::NestHost { host_class_index } => cf
                        .constant_pool
                        .class_name(*host_class_index)
                        .ok()
                        .map(str::to_owned),
                    _ => None,
                })
            })
            .unwrap_or_else(|| self.name.to_string())
    }

    /// Finds a field declared in this class.
    pub fn declared_field(&self, name: &str, descriptor: &str) -> Option<&Field> {
        self.fields
            .iter()
            .find(|f| f.name == name && f.descriptor == descriptor)
    }

    /// The external name, as `Class.getName()` returns it: `java.lang.String`, `[I`, `[Ljava.lang.String;`.
    pub fn java_name(&self) -> String {
        match self.hidden_suffix() {
            Some((base, suffix)) => format!("{}/{suffix}", base.replace('/', ".")),
            None => self.name.replace('/', "."),
        }
    }

    /// A hidden class's name split before its `/0x…` suffix.
    fn hidden_suffix(&self) -> Option<(&str, &str)> {
        self.hidden.then(|| self.name.rsplit_once('/')).flatten()
    }

    /// The name `ClassCastException` and friends print: `java.lang.String`, `int[]`... HotSpot's
    /// `external_name` prints arrays in descriptor form, so this equals [`Class::java_name`].
    pub fn external_name(&self) -> String {
        self.java_name()
    }

    /// The package in internal form (`java/lang`), empty for the unnamed package.
    pub fn package_name(&self) -> &str {
        let name = self.hidden_suffix().map_or(&*self.name, |(base, _)| base);
        match name.rfind('/') {
            Some(i) if !self.is_array() => &name[..i],
            _ => "",
        }
    }

    /// The value of a static field slot.
    #[inline(always)]
    pub fn static_value(&self, index: u32) -> u64 {
        self.statics[index as usize].load(Ordering::Relaxed)
    }

    #[inline(always)]
    pub fn set_static_value(&self, index: u32, value: u64) {
        self.statics[index as usize].store(value, Ordering::Relaxed)
    }
}
