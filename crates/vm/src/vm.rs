//! The virtual machine: its options, heap, class paths and the tables every thread shares.

use crate::class::{Class, ClassTable, DefiningLoader, Method};
use rjava_classpath::{ClassPath, JImage};
pub use rjava_heap::{GcCause, GcLogConfig, Heap, HeapConfig};
use std::collections::HashMap;
use std::sync::atomic::AtomicU64;
use std::sync::Mutex;

/// A named module: its `java.lang.Module` object, version and defining loader.
pub(crate) type ModuleEntry = (u64, Option<Box<str>>, DefiningLoader);

/// A class by defining loader and name.
pub(crate) type ClassKey = (DefiningLoader, Box<str>);

/// What the launcher decided from the command line.
#[derive(Debug, Clone)]
pub struct VmOptions {
    /// The application class path (`-cp`, `CLASSPATH`, or the jar and its `Class-Path`).
    pub class_path: String,
    /// `-Xmx`, `-Xms`, `-Xmn`, `-XX:NewRatio/SurvivorRatio/MaxTenuringThreshold`.
    pub heap: HeapConfig,
    /// `-Xlog:gc`, `-Xlog:gc*`, `-verbose:gc`.
    pub gc_log: GcLogConfig,
    /// The GC stress mode (`-XX:+GCStress` or `RJAVA_GC_STRESS=N`): a young collection at every
    /// allocation the interpreter makes, and a full one every `N`th.
    pub gc_stress: Option<u32>,
    /// `-Xss`: bytes of JVM stack per thread.
    pub stack_size: usize,
    /// `-Dname=value`, in command-line order.
    pub properties: Vec<(String, String)>,
    /// `-verbose:class`.
    pub verbose_class: bool,
    /// `-ea`/`-da` directives in command-line order: (class, package with `...`, or "" for all
    /// non-system classes; enabled?).
    pub assertions: Vec<(String, bool)>,
    /// `-esa`/`-dsa`: assertions in system classes.
    pub system_assertions: bool,
    /// `-showversion`: print the version before running.
    pub show_version: bool,
    /// `-XX:+PrintVMStatistics`: at exit, the collector's totals and the peak resident set.
    pub print_statistics: bool,
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions {
            class_path: ".".into(),
            heap: HeapConfig::new(256 << 20),
            gc_log: GcLogConfig::default(),
            gc_stress: None,
            stack_size: 1 << 20,
            properties: Vec::new(),
            verbose_class: false,
            assertions: Vec::new(),
            system_assertions: false,
            show_version: false,
            print_statistics: false,
        }
    }
}

pub struct Vm {
    pub options: VmOptions,
    pub heap: Heap,
    pub java_home: std::path::PathBuf,
    /// The runtime image, also the source of the package-to-module map.
    pub(crate) image: &'static JImage,
    pub(crate) boot_path: ClassPath,
    pub(crate) app_path: ClassPath,
    /// Defined classes by defining loader and internal name.
    pub(crate) classes: Mutex<ClassTable>,
    /// Classes being loaded right now, with the loading thread's index: the same class again on
    /// that thread is a circularity, on another one a wait (`loading_done`).
    pub(crate) loading: Mutex<Vec<(ClassKey, u16)>>,
    pub(crate) loading_done: std::sync::Condvar,
    /// Every method by id: backtraces store ids, not pointers.
    pub(crate) methods: Mutex<Vec<&'static Method>>,
    /// Interned strings: text → index in `string_refs`; the references are collector roots.
    pub(crate) string_table: Mutex<HashMap<Box<[u16]>, u32>>,
    pub(crate) string_refs: Mutex<Vec<AtomicU64>>,
    /// `java.lang.Module` objects of the named modules, by name, with their versions (collector roots).
    pub(crate) modules: Mutex<HashMap<Box<str>, ModuleEntry>>,
    /// Every class defined, array, primitive and hidden ones included: their statics, mirrors
    /// and initialization errors are collector roots.
    pub(crate) all_classes: Mutex<Vec<&'static Class>>,
    /// `int.class` and friends, by descriptor character.
    pub(crate) primitive_classes: Mutex<HashMap<char, &'static Class>>,
    /// References the VM keeps outside frames and classes, each in a slot of its own: linked
    /// call sites' appendices, resolved dynamic constants (collector roots).
    pub(crate) vm_roots: Mutex<Vec<&'static AtomicU64>>,
    /// `java.lang.ref.Reference`s whose referents the collector cleared, linked through their
    /// `discovered` fields, until `Reference.getAndClearReferencePendingList` takes them (a root).
    pub(crate) reference_pending_list: AtomicU64,
    /// Wakes the Reference Handler thread when the pending list fills.
    pub(crate) reference_pending_lock: Mutex<()>,
    pub(crate) reference_pending_wake: std::sync::Condvar,
    /// Set once a class with `jsr`/`ret` subroutines (class files before version 51) is
    /// loaded: collections then first check that no such method is on the stack (`gc.rs`).
    pub(crate) subroutines_loaded: std::sync::atomic::AtomicBool,
    /// Every live thread, the safepoint protocol's lock, and the non-daemon count.
    pub threads: crate::threads::Threads,
    /// Classes being initialized, with the index of the thread running their `<clinit>`
    /// (JVMS 5.5's per-class lock is this one lock; `init_done` wakes the waiters).
    pub(crate) initializing: Mutex<Vec<(&'static Class, u16)>>,
    pub(crate) init_done: std::sync::Condvar,
}

/// Why the VM could not be created.
#[derive(Debug)]
pub enum VmCreationError {
    NoJavaHome(String),
    Image(String),
    Heap(std::io::Error),
    /// Heap flags HotSpot's Serial collector refuses: its text.
    InvalidHeapFlags(&'static str),
}

impl std::fmt::Display for VmCreationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VmCreationError::NoJavaHome(e) => f.write_str(e),
            VmCreationError::Image(e) => write!(f, "cannot open the runtime image: {e}"),
            VmCreationError::InvalidHeapFlags(e) => f.write_str(e),
            VmCreationError::Heap(e) => {
                write!(f, "Could not reserve enough space for object heap ({e})")
            }
        }
    }
}

impl Vm {
    /// Finds the JDK, opens its image and reserves the heap. The VM lives as long as the process.
    pub fn create(options: VmOptions) -> Result<&'static Vm, VmCreationError> {
        let started = std::time::Instant::now();
        // HotSpot's lower bounds (with its Serial collector).
        if options.heap.max_heap < 2 << 20 {
            return Err(VmCreationError::InvalidHeapFlags("Too small maximum heap"));
        }
        if options.heap.initial_heap.is_some_and(|n| n < 1 << 20) {
            return Err(VmCreationError::InvalidHeapFlags("Too small initial heap"));
        }
        if options.heap.new_ratio == 0 {
            return Err(VmCreationError::InvalidHeapFlags(
                "Invalid young gen ratio specified",
            ));
        }
        let java_home = rjava_classpath::find_java_home()
            .map_err(|e| VmCreationError::NoJavaHome(e.to_string()))?;
        let image = JImage::open(rjava_classpath::java_home::modules_image(&java_home))
            .map_err(|e| VmCreationError::Image(e.to_string()))?;
        let image: &'static JImage = Box::leak(Box::new(image));
        let boot_path = ClassPath::new();
        let app_path = ClassPath::from_spec(&options.class_path);
        let heap =
            Heap::new(&options.heap, options.gc_log, started).map_err(VmCreationError::Heap)?;
        Ok(Box::leak(Box::new(Vm {
            options,
            heap,
            java_home,
            image,
            boot_path,
            app_path,
            classes: Mutex::new(ClassTable::default()),
            loading: Mutex::new(Vec::new()),
            loading_done: std::sync::Condvar::new(),
            methods: Mutex::new(Vec::new()),
            string_table: Mutex::new(HashMap::new()),
            string_refs: Mutex::new(Vec::new()),
            primitive_classes: Mutex::new(HashMap::new()),
            all_classes: Mutex::new(Vec::new()),
            modules: Mutex::new(HashMap::new()),
            vm_roots: Mutex::new(Vec::new()),
            reference_pending_list: AtomicU64::new(0),
            subroutines_loaded: std::sync::atomic::AtomicBool::new(false),
            threads: crate::threads::Threads::default(),
            reference_pending_lock: Mutex::new(()),
            reference_pending_wake: std::sync::Condvar::new(),
            initializing: Mutex::new(Vec::new()),
            init_done: std::sync::Condvar::new(),
        })))
    }

    /// A new root slot holding `value`, for a reference the VM keeps for the rest of the run.
    pub fn new_root(&self, value: u64) -> &'static AtomicU64 {
        let slot: &'static AtomicU64 = Box::leak(Box::new(AtomicU64::new(value)));
        self.vm_roots.lock().expect("roots").push(slot);
        slot
    }

    pub(crate) fn register_class(&self, class: &'static Class) {
        self.all_classes.lock().expect("classes").push(class);
    }

    /// Ends the process with `status`, printing the statistics first if they were asked for.
    pub fn exit(&self, status: i32) -> ! {
        self.print_statistics();
        std::process::exit(status)
    }

    /// `-XX:+PrintVMStatistics`: the collector's totals and the peak resident set, to stderr.
    pub fn print_statistics(&self) {
        if !self.options.print_statistics {
            return;
        }
        let s = self.heap.stats();
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        let peak = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|t| {
                t.lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
            })
            .unwrap_or(0);
        eprintln!(
            "rjava statistics:\n  gc: {} young collections ({:.3} ms), {} full ({:.3} ms), {:.3} ms in all; {} KB promoted\n  heap: {} KB maximum; peak resident set {} KB",
            s.young_collections,
            ms(s.young_pause),
            s.full_collections,
            ms(s.full_pause),
            ms(s.young_pause + s.full_pause),
            s.promoted_bytes >> 10,
            self.heap.sizes().max_heap >> 10,
            peak
        );
    }

    /// The method with a backtrace id.
    pub fn method_by_id(&self, id: u32) -> Option<&'static Method> {
        self.methods.lock().ok()?.get(id as usize).copied()
    }
}

impl Vm {
    /// The `java.lang.Module` of a named module, once the module system has defined it.
    pub fn module_object(&self, name: &str) -> Option<crate::object::Ref> {
        self.modules
            .lock()
            .ok()?
            .get(name)
            .and_then(|(m, _, _)| crate::object::Ref::from_bits(*m))
    }

    /// The version a named module was defined with.
    pub fn module_version(&self, name: &str) -> Option<String> {
        self.modules
            .lock()
            .ok()?
            .get(name)
            .and_then(|(_, v, _)| v.as_deref().map(str::to_owned))
    }

    /// Which loader the runtime image's copy of a class belongs to: its module's loader once the
    /// module system has defined it (before that, only java.base is in use: the bootstrap loader).
    pub fn image_loader_of(&self, internal_name: &str) -> Option<DefiningLoader> {
        let package = internal_name.rsplit_once('/').map_or("", |(p, _)| p);
        let module = self.image.module_of_package(package)?;
        let modules = self.modules.lock().ok()?;
        Some(
            modules
                .get(module)
                .map_or(DefiningLoader::Bootstrap, |(_, _, l)| *l),
        )
    }

    /// Every class defined so far.
    pub fn loaded_classes(&self) -> Vec<&'static Class> {
        self.classes
            .lock()
            .map(|c| c.classes().collect())
            .unwrap_or_default()
    }
}

impl VmOptions {
    /// Whether `-ea`/`-da` enable assertions for a class (binary name with dots): the last
    /// directive naming the class, else its most specific package, else the general one.
    pub fn assertions_enabled(&self, class_name: &str, system: bool) -> bool {
        if system {
            return self.system_assertions;
        }
        let mut best: Option<(usize, bool)> = None;
        for (target, on) in &self.assertions {
            let specificity = if target.is_empty() {
                Some(0)
            } else if let Some(package) = target.strip_suffix("...") {
                let inside = class_name
                    .rsplit_once('.')
                    .is_some_and(|(p, _)| p == package || p.starts_with(&format!("{package}.")))
                    || (package.is_empty() && !class_name.contains('.'));
                inside.then_some(1 + package.len())
            } else {
                (target == class_name).then_some(usize::MAX)
            };
            if let Some(s) = specificity {
                if best.is_none_or(|(b, _)| s >= b) {
                    best = Some((s, *on));
                }
            }
        }
        best.is_some_and(|(_, on)| on)
    }
}
