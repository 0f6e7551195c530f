//! The bytecode interpreter (JVMS 2.11, 6.5).
//!
//! Java-to-Java calls push a frame onto the thread's slot stack and continue in the same loop, so
//! Java recursion never recurses in Rust. Rust re-enters the loop only through [`invoke`] (class
//! initializers, natives calling Java, VM-made exceptions), each entry returning when its own
//! frame does. The current frame's pc, sp and bases live in locals; they are written back to the
//! frame only before something that may look at the stack (calls, allocation, throwing).

use crate::alloc::{new_array, new_array_at_safepoint, new_object_at_safepoint};
use crate::class::{Class, ClassKind, Method, MethodCode};
use crate::exceptions::throw_new;
use crate::object::Ref;
use crate::quicken::{self as q, Insn};
use crate::rcp::{Resolved, ResolvedField, RuntimeConstantPool};
use crate::resolve::{resolve_class, resolve_field, resolve_method, select_interface, InvokeKind};
use crate::thread::{Frame, JResult, JavaThread, SlotStack, Throw};
use crate::types::BasicType;
use rjava_classfile::Constant;

/// Runs `method` with `args` (receiver first, longs and doubles taking two slots) and returns its
/// result as a slot value (0 for void). No collection runs until it returns: the Rust caller
/// may hold references outside the roots (see `gc.rs`).
pub fn invoke(thread: &mut JavaThread, method: &'static Method, args: &[u64]) -> JResult<u64> {
    thread.without_collections(|thread| invoke_gc_safe(thread, method, args))
}

/// As [`invoke`], for a caller that keeps every reference it still needs after the call in a
/// root (a handle, its frame), so collections may run in the Java code called.
pub fn invoke_gc_safe(
    thread: &mut JavaThread,
    method: &'static Method,
    args: &[u64],
) -> JResult<u64> {
    let base = thread.stack_top() as usize;
    if base + args.len() > thread.stack_limit {
        return Err(stack_overflow(thread));
    }
    for (i, &arg) in args.iter().enumerate() {
        thread.slots.set(base + i, arg);
    }
    if method.is_native() {
        return call_native(thread, method, base);
    }
    let entry = thread.frames.len();
    push_frame(thread, method, base)?;
    thread.native_depth += 1;
    let result = execute(thread, entry);
    thread.native_depth -= 1;
    result
}

/// Slots at the top of every JVM stack kept for constructing the `StackOverflowError` itself.
const STACK_RESERVE: usize = 8192;

#[inline(never)]
fn stack_overflow(thread: &mut JavaThread) -> Throw {
    if thread.in_stack_overflow {
        crate::exceptions::fatal(
            "java.lang.StackOverflowError while constructing a StackOverflowError",
        );
    }
    thread.in_stack_overflow = true;
    let throw = throw_new(thread, "java/lang/StackOverflowError", None);
    thread.in_stack_overflow = false;
    throw
}

/// Slots every frame occupies beyond its locals and operand stack, standing for the frame
/// metadata a native stack would hold: without it, a method with no locals calling itself with
/// an empty operand stack would use no stack at all, and `-Xss` would bound nothing.
const FRAME_OVERHEAD: usize = 6;

/// Pushes a frame for `method` whose arguments already sit at `args_base`.
fn push_frame(thread: &mut JavaThread, method: &'static Method, args_base: usize) -> JResult<()> {
    let Some(code) = method.code.as_ref() else {
        let msg = crate::resolve::method_description(
            method.class(),
            method.name,
            method.descriptor,
            method.is_static(),
        );
        return Err(throw_new(
            thread,
            "java/lang/AbstractMethodError",
            Some(&format!("'{msg}'")),
        ));
    };
    let stack_base = args_base + code.max_locals as usize + FRAME_OVERHEAD;
    let reserve = if thread.in_stack_overflow {
        0
    } else {
        STACK_RESERVE
    };
    if stack_base + code.max_stack as usize + reserve > thread.stack_limit {
        return Err(stack_overflow(thread));
    }
    let args_end = args_base + method.arg_slots as usize;
    for i in args_end.min(stack_base)..stack_base {
        thread.slots.set(i, 0);
    }
    thread.frames.push(Frame {
        method,
        pc: 0,
        locals: args_base as u32,
        stack_base: stack_base as u32,
        sp: stack_base as u32,
    });
    if method.is_synchronized() {
        if let Err(t) = lock_frame(thread, method, args_base, stack_base) {
            thread.frames.pop();
            return Err(t);
        }
    }
    Ok(())
}

/// The slot, in the gap between a frame's locals and its operand stack, where a synchronized
/// method's frame keeps the object it locked (a root while the frame lives).
#[inline(always)]
pub(crate) fn lock_slot(frame: &Frame) -> usize {
    frame.stack_base as usize - 1
}

/// Entry to a synchronized method: locks the receiver, or the class's mirror for a static one.
#[cold]
#[inline(never)]
fn lock_frame(
    thread: &mut JavaThread,
    method: &'static Method,
    args_base: usize,
    stack_base: usize,
) -> JResult<()> {
    let object = synchronized_object(thread, method, args_base)?;
    thread.slots.set(stack_base - 1, object.to_bits());
    crate::monitor::enter(thread, object)
}

/// What a synchronized method locks: its receiver (at `args_base`), or its class's mirror.
fn synchronized_object(
    thread: &mut JavaThread,
    method: &'static Method,
    args_base: usize,
) -> JResult<Ref> {
    if method.is_static() {
        crate::mirror::mirror(thread, method.class())
    } else {
        Ok(Ref::from_bits(thread.slots.get(args_base)).expect("a receiver"))
    }
}

/// What a method with a `return_hook` does as it returns (normally or not): a synchronized
/// method unlocks, a constructor publishes its final fields (JLS 17.5: none of its stores may
/// move below a later store of the reference).
#[cold]
#[inline(never)]
fn return_hook(thread: &mut JavaThread) -> JResult<()> {
    let frame = *thread.frames.last().expect("frame");
    if frame.method.is_initializer() {
        std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    }
    if frame.method.is_synchronized() && frame.method.code.is_some() {
        let object = Ref::from_bits(thread.slots.get(lock_slot(&frame))).expect("locked");
        crate::monitor::exit(thread, object)?;
    }
    Ok(())
}

/// Calls a native method whose arguments sit at `args_base`, under a frame of its own so stack
/// traces show it.
#[inline(never)]
fn call_native(thread: &mut JavaThread, method: &'static Method, args_base: usize) -> JResult<u64> {
    let native = crate::natives::bind(thread, method)?;
    let end = args_base + method.arg_slots as usize;
    let blocks_gc = !native.gc_safe as u32;
    thread.frames.push(Frame {
        method,
        pc: 0,
        locals: args_base as u32,
        stack_base: end as u32,
        sp: end as u32,
    });
    // Locking may wait (safely) while a collection moves the arguments: lock first.
    if method.is_synchronized() {
        if let Err(t) = lock_native(thread, method, args_base, true) {
            thread.frames.pop();
            return Err(t);
        }
    }
    // Natives get a copy of their arguments; most fit in a buffer on the Rust stack.
    let mut buffer = [0u64; 12];
    let spilled: Vec<u64>;
    let args: &[u64] = match buffer.get_mut(..end - args_base) {
        Some(args) => {
            for (i, a) in args.iter_mut().enumerate() {
                *a = thread.slots.get(args_base + i);
            }
            args
        }
        None => {
            spilled = thread.slots.range(args_base, end);
            &spilled
        }
    };
    thread.gc_blocked += blocks_gc;
    let result = (native.f)(thread, args);
    thread.gc_blocked -= blocks_gc;
    if method.is_synchronized() {
        let saved = thread.pending_exception.take();
        let unlocked = lock_native(thread, method, args_base, false);
        if saved.is_some() || unlocked.is_ok() {
            thread.pending_exception = saved;
        }
    }
    thread.frames.pop();
    result
}

/// Locks (`enter`) or unlocks a synchronized native's receiver or class mirror; the receiver
/// is read from the native's frame, a root.
#[cold]
#[inline(never)]
fn lock_native(
    thread: &mut JavaThread,
    method: &'static Method,
    args_base: usize,
    enter: bool,
) -> JResult<()> {
    let object = synchronized_object(thread, method, args_base)?;
    if enter {
        crate::monitor::enter(thread, object)
    } else {
        crate::monitor::exit(thread, object)
    }
}

#[inline(always)]
fn code_of(method: &'static Method) -> &'static MethodCode {
    method
        .code
        .as_ref()
        .expect("frames are pushed only for methods with code")
}

/// The pre-decoded instructions of `method`, made on first use.
#[inline(always)]
fn insns_of(method: &'static Method) -> &'static [Insn] {
    let code = code_of(method);
    code.quickened.get_or_init(|| {
        let cp = &method
            .class()
            .class_file
            .as_ref()
            .expect("class file")
            .constant_pool;
        crate::quicken::quicken(code.bytecode, cp)
    })
}

#[inline(always)]
fn u2(code: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([code[at], code[at + 1]])
}

#[inline(always)]
fn i2(code: &[u8], at: usize) -> i16 {
    i16::from_be_bytes([code[at], code[at + 1]])
}

#[inline(always)]
fn i4(code: &[u8], at: usize) -> i32 {
    i32::from_be_bytes([code[at], code[at + 1], code[at + 2], code[at + 3]])
}

/// `a` can be assigned to a variable of type `b` (JVMS 6.5 checkcast/instanceof/aastore rules).
pub fn is_assignable(a: &Class, b: &Class) -> bool {
    if std::ptr::eq(a, b) {
        return true;
    }
    match (&a.kind, &b.kind) {
        (
            ClassKind::Array {
                component: ca,
                element: ea,
            },
            ClassKind::Array {
                component: cb,
                element: eb,
            },
        ) => {
            if ea.is_reference() && eb.is_reference() {
                is_assignable(ca, cb)
            } else {
                ea == eb && std::ptr::eq(*ca, *cb)
            }
        }
        (ClassKind::Array { .. }, _) => {
            matches!(
                &*b.name,
                "java/lang/Object" | "java/lang/Cloneable" | "java/io/Serializable"
            )
        }
        (_, ClassKind::Array { .. }) => false,
        _ => a.is_subclass_of(b),
    }
}

/// HotSpot's `ClassCastException` text.
#[inline(never)]
pub fn class_cast_message(thread: &JavaThread, from: &Class, to: &Class) -> String {
    let (a, b) = (from.external_name(), to.external_name());
    let (ma, mb) = (
        thread.vm.module_and_loader(from),
        thread.vm.module_and_loader(to),
    );
    if ma == mb {
        format!("class {a} cannot be cast to class {b} ({a} and {b} are in {ma})")
    } else {
        format!("class {a} cannot be cast to class {b} ({a} is in {ma}; {b} is in {mb})")
    }
}

/// Searches the top frame's exception table, then its callers', for a handler of the pending
/// exception; returns `Err` once the entry frame has been unwound.
#[inline(never)]
fn unwind(thread: &mut JavaThread, entry: usize) -> JResult<()> {
    loop {
        let Some(exception) = thread.pending_exception else {
            return Err(Throw);
        };
        let frame = *thread.frames.last().expect("a frame to unwind");
        if let Some(code) = frame.method.code.as_ref() {
            let class = frame.method.class();
            let mut handler = None;
            for h in code.exception_table.iter() {
                if (h.start_pc as u32) <= frame.pc && frame.pc < h.end_pc as u32 {
                    if h.catch_type == 0 {
                        handler = Some(h.handler_pc);
                        break;
                    }
                    // Resolving the catch type can fail; that failure then replaces the exception.
                    thread.pending_exception = None;
                    match resolve_class(thread, class, h.catch_type) {
                        Ok(catch) => {
                            thread.pending_exception = Some(exception);
                            if exception.class().is_subclass_of(catch) {
                                handler = Some(h.handler_pc);
                                break;
                            }
                        }
                        Err(_) => break,
                    }
                }
            }
            if let Some(pc) = handler {
                let exception = thread.pending_exception.take().expect("pending");
                let top = thread.frames.last_mut().expect("frame");
                top.pc = pc as u32;
                thread
                    .slots
                    .set(top.stack_base as usize, exception.to_bits());
                top.sp = top.stack_base + 1;
                return Ok(());
            }
            if thread.pending_exception.is_none() {
                // The catch type failed to resolve: unwind with that error from this same frame.
                continue;
            }
        }
        if frame.method.return_hook {
            // The exception propagates; an unlock failure here would only replace it.
            let saved = thread.pending_exception.take();
            let _ = return_hook(thread);
            thread.pending_exception = saved;
        }
        thread.frames.pop();
        if thread.frames.len() <= entry {
            return Err(Throw);
        }
    }
}

/// The length of the invoke instruction at `pc` (where a caller's frame waits).
#[inline(always)]
fn invoke_length(code: &[u8], pc: usize) -> usize {
    match code[pc] {
        0xb9 | 0xba => 5,
        _ => 3,
    }
}

/// Defines the operand-stack and local-variable macros (`push!`, `pop_l!`, `local!`, ...) over a
/// function's `slots`, `sp` and `lp` locals. (`$d` is a literal `$`, which the inner macros need.)
macro_rules! stack_macros {
    ($d:tt $slots:ident $sp:ident $lp:ident) => {
        macro_rules! push {
                                                    ($d v:expr) => {{
                                                        $slots.set($sp, $d v);
                                                        $sp += 1;
                                                    }};
                                                }
        macro_rules! pop {
            () => {{
                $sp -= 1;
                $slots.get($sp)
            }};
        }
        macro_rules! push_i {
                                                    ($d v:expr) => {
                                                        push!(($d v) as i32 as u32 as u64)
                                                    };
                                                }
        macro_rules! pop_i {
            () => {
                pop!() as u32 as i32
            };
        }
        macro_rules! push_l {
                                                    ($d v:expr) => {{
                                                        $slots.set($sp, ($d v) as i64 as u64);
                                                        $sp += 2;
                                                    }};
                                                }
        macro_rules! pop_l {
            () => {{
                $sp -= 2;
                $slots.get($sp) as i64
            }};
        }
        macro_rules! push_f {
                                                    ($d v:expr) => {
                                                        push!((($d v) as f32).to_bits() as u64)
                                                    };
                                                }
        macro_rules! pop_f {
            () => {
                f32::from_bits(pop!() as u32)
            };
        }
        macro_rules! push_d {
                                                    ($d v:expr) => {{
                                                        $slots.set($sp, (($d v) as f64).to_bits());
                                                        $sp += 2;
                                                    }};
                                                }
        macro_rules! pop_d {
            () => {{
                $sp -= 2;
                f64::from_bits($slots.get($sp))
            }};
        }
        macro_rules! local {
                                                    ($d i:expr) => {
                                                        $slots.get($lp + ($d i) as usize)
                                                    };
                                                }
        macro_rules! set_local {
                                                    ($d i:expr, $d v:expr) => {
                                                        $slots.set($lp + ($d i) as usize, $d v)
                                                    };
                                                }
    };
}

/// Runs frames until the one at index `entry` returns; its return value comes back.
pub fn execute(thread: &mut JavaThread, entry: usize) -> JResult<u64> {
    // Only what the hot instructions use is kept in locals; the rest is found from `method`.
    let frame = *thread.frames.last().expect("entry frame");
    let mut method = frame.method;
    let mut code: &'static [u8] = code_of(method).bytecode;
    let mut insns = insns_of(method);
    // The slot array, held here so that its address stays in a register.
    let slots = thread.slots;
    // The instruction being executed (declared before the macros that read it).
    let mut insn: &'static Insn;
    let mut pc = frame.pc as usize;
    let mut sp = frame.sp as usize;
    let mut lp = frame.locals as usize;

    // The current method's class and its constant pool.
    macro_rules! class {
        () => {
            method.class()
        };
    }
    macro_rules! rcp {
        () => {
            class!().constant_pool.as_ref().expect("rcp")
        };
    }
    macro_rules! cp {
        () => {
            &class!()
                .class_file
                .as_ref()
                .expect("class file")
                .constant_pool
        };
    }
    macro_rules! save {
        () => {{
            let f = thread.frames.last_mut().expect("frame");
            f.pc = pc as u32;
            f.sp = sp as u32;
        }};
    }
    macro_rules! load_state {
        () => {{
            let frame = *thread.frames.last().expect("frame");
            method = frame.method;
            code = &code_of(method).bytecode;
            insns = insns_of(method);
            pc = frame.pc as usize;
            sp = frame.sp as usize;
            lp = frame.locals as usize;
        }};
    }
    // Handles a pending exception: jump to a handler here or in a caller, or leave.
    macro_rules! throw {
        ($t:expr) => {{
            let _: Throw = $t;
            match unwind(thread, entry) {
                Ok(()) => {
                    load_state!();
                    continue;
                }
                Err(t) => return Err(t),
            }
        }};
    }
    macro_rules! check {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(t) => throw!(t),
            }
        };
    }
    macro_rules! throw_vm {
        ($class:expr, $msg:expr) => {{
            save!();
            throw!(throw_new(thread, $class, $msg))
        }};
    }
    stack_macros!($ slots sp lp);
    macro_rules! null_check {
        ($r:expr) => {
            match Ref::from_bits($r) {
                Some(r) => r,
                None => {
                    save!();
                    throw!(null_pointer(thread))
                }
            }
        };
    }
    // The JVMS opcode of a plain instruction.
    macro_rules! opcode {
        () => {
            (insn.op as u8)
        };
    }
    // Bounds-checked array element access: yields (array, index).
    macro_rules! array_index {
        () => {{
            let index = pop_i!();
            let array = null_check!(pop!());
            let length = array.array_length();
            if index < 0 || index >= length {
                save!();
                throw!(index_out_of_bounds(thread, index, length));
            }
            (array, index as usize)
        }};
    }
    macro_rules! array_store {
        ($value:expr) => {{
            let value = $value;
            let index = pop_i!();
            let array = null_check!(pop!());
            let length = array.array_length();
            if index < 0 || index >= length {
                save!();
                throw!(index_out_of_bounds(thread, index, length));
            }
            (array, index as usize, value)
        }};
    }
    macro_rules! initialize {
        ($c:expr) => {{
            let c: &'static Class = $c;
            if !c.is_initialized() {
                save!();
                check!(crate::init::initialize(thread, c));
            }
        }};
    }
    // Calls `target` whose `arg_slots` arguments are on the operand stack.
    macro_rules! ret {
        ($value:expr, $slots:expr) => {{
            let value: u64 = $value;
            if method.return_hook {
                save!();
                check!(return_hook(thread));
            }
            thread.frames.pop();
            if thread.frames.len() <= entry {
                return Ok(value);
            }
            load_state!();
            // The caller's sp already excludes the arguments.
            match $slots {
                0 => {}
                1 => push!(value),
                _ => {
                    slots.set(sp, value);
                    sp += 2;
                }
            }
            pc += invoke_length(code, pc);
            continue;
        }};
    }

    loop {
        // The instructions that need nothing of the VM run in `run_fast`; it stops at the first
        // one that does (or at one that is about to throw), which runs here.
        insn = insns.get(pc).unwrap_or(&q::END);
        if !always_slow(insn.op) {
            (pc, sp) = run_fast(slots, insns, code, rcp!(), pc, sp, lp);
            if sp & POLL != 0 {
                sp &= !POLL;
                save!();
                crate::safepoint::poll(thread);
                continue;
            }
            insn = insns.get(pc).unwrap_or(&q::END);
        }
        // Every call, return and allocation passes here: a safepoint poll.
        if crate::safepoint::PENDING.load(std::sync::atomic::Ordering::Relaxed) {
            save!();
            crate::safepoint::poll(thread);
        }
        match insn.op & 0x1ff {
            0x12..=0x14 => {
                // ldc, ldc_w, ldc2_w
                let (index, len) = if opcode!() == 0x12 {
                    (code[pc + 1] as u16, 2)
                } else {
                    (u2(code, pc + 1), 3)
                };
                match cp!().get(index) {
                    Ok(Constant::Integer(v)) => push_i!(*v),
                    Ok(Constant::Float(v)) => push_f!(*v),
                    Ok(Constant::Long(v)) => push_l!(*v),
                    Ok(Constant::Double(v)) => push_d!(*v),
                    Ok(Constant::String { string_index }) => {
                        let rcp = rcp!();
                        let table_index = match rcp.get(index) {
                            Some(Resolved::String(i)) => i,
                            _ => {
                                save!();
                                let units = cp!()
                                    .java_str(*string_index)
                                    .map(|s| s.to_utf16())
                                    .unwrap_or_default();
                                let i = check!(crate::strings::intern_index(thread, &units));
                                rcp.set(index, Resolved::String(i));
                                i
                            }
                        };
                        let s = crate::strings::interned(thread.vm, table_index)
                            .map_or(0, Ref::to_bits);
                        push!(s);
                    }
                    Ok(Constant::Class { .. }) => {
                        save!();
                        let c = check!(resolve_class(thread, class!(), index));
                        let mirror = check!(crate::mirror::mirror(thread, c));
                        push!(mirror.to_bits());
                    }
                    Ok(
                        Constant::MethodHandle { .. }
                        | Constant::MethodType { .. }
                        | Constant::Dynamic { .. },
                    ) => {
                        save!();
                        // Linking holds references in Rust across its upcalls.
                        let (v, n) = check!(thread.without_collections(|thread| {
                            crate::method_handles::ldc(thread, class!(), index)
                        }));
                        slots.set(sp, v);
                        sp += n;
                    }
                    _ => throw_vm!(
                        "java/lang/InternalError",
                        Some("ldc of an unsupported constant")
                    ),
                }
                pc += len;
            }
            0x2e => {
                let (a, i) = array_index!();
                push_i!(a.get::<i32>(Ref::element_offset(i, 4)));
                pc += 1;
            }
            0x2f => {
                let (a, i) = array_index!();
                push_l!(a.get::<i64>(Ref::element_offset(i, 8)));
                pc += 1;
            }
            0x30 => {
                let (a, i) = array_index!();
                push_f!(a.get::<f32>(Ref::element_offset(i, 4)));
                pc += 1;
            }
            0x31 => {
                let (a, i) = array_index!();
                push_d!(a.get::<f64>(Ref::element_offset(i, 8)));
                pc += 1;
            }
            0x32 => {
                let (a, i) = array_index!();
                push!(a.get::<u64>(Ref::element_offset(i, 8)));
                pc += 1;
            }
            0x33 => {
                let (a, i) = array_index!();
                push_i!(a.get::<i8>(Ref::element_offset(i, 1)) as i32);
                pc += 1;
            }
            0x34 => {
                let (a, i) = array_index!();
                push_i!(a.get::<u16>(Ref::element_offset(i, 2)) as i32);
                pc += 1;
            }
            0x35 => {
                let (a, i) = array_index!();
                push_i!(a.get::<i16>(Ref::element_offset(i, 2)) as i32);
                pc += 1;
            }
            0x4f => {
                let (a, i, v) = array_store!(pop_i!());
                a.set::<i32>(Ref::element_offset(i, 4), v);
                pc += 1;
            }
            0x50 => {
                let (a, i, v) = array_store!(pop_l!());
                a.set::<i64>(Ref::element_offset(i, 8), v);
                pc += 1;
            }
            0x51 => {
                let (a, i, v) = array_store!(pop_f!());
                a.set::<f32>(Ref::element_offset(i, 4), v);
                pc += 1;
            }
            0x52 => {
                let (a, i, v) = array_store!(pop_d!());
                a.set::<f64>(Ref::element_offset(i, 8), v);
                pc += 1;
            }
            0x53 => {
                // aastore: the value must fit the array's component type.
                let (a, i, v) = array_store!(pop!());
                if let Some(value) = Ref::from_bits(v) {
                    if let Some((_, component)) = a.class().array_element() {
                        if !is_assignable(value.class(), component) {
                            let msg = value.class().external_name();
                            throw_vm!("java/lang/ArrayStoreException", Some(&msg));
                        }
                    }
                }
                a.set::<u64>(Ref::element_offset(i, 8), v);
                pc += 1;
            }
            0x54 => {
                let (a, i, v) = array_store!(pop_i!());
                let boolean = matches!(a.class().array_element(), Some((BasicType::Boolean, _)));
                a.set::<i8>(
                    Ref::element_offset(i, 1),
                    if boolean { (v & 1) as i8 } else { v as i8 },
                );
                pc += 1;
            }
            0x55 | 0x56 => {
                let (a, i, v) = array_store!(pop_i!());
                a.set::<u16>(Ref::element_offset(i, 2), v as u16);
                pc += 1;
            }
            0x6c | 0x70 => {
                let b = pop_i!();
                let a = pop_i!();
                if b == 0 {
                    throw_vm!("java/lang/ArithmeticException", Some("/ by zero"));
                }
                push_i!(if opcode!() == 0x6c {
                    a.wrapping_div(b)
                } else {
                    a.wrapping_rem(b)
                });
                pc += 1;
            }
            0x6d | 0x71 => {
                let b = pop_l!();
                let a = pop_l!();
                if b == 0 {
                    throw_vm!("java/lang/ArithmeticException", Some("/ by zero"));
                }
                push_l!(if opcode!() == 0x6d {
                    a.wrapping_div(b)
                } else {
                    a.wrapping_rem(b)
                });
                pc += 1;
            }
            q::BAD => {
                let msg = format!("Bad instruction at bci {pc}");
                throw_vm!("java/lang/VerifyError", Some(&msg));
            }
            0xa9 => {
                pc = local!(insn.a) as usize;
            }
            0xac | 0xae | 0xb0 => {
                let v = pop!();
                ret!(v, 1)
            }
            0xad | 0xaf => {
                sp -= 2;
                let v = slots.get(sp);
                ret!(v, 2)
            }
            0xb1 => ret!(0, 0),
            0xb2 | 0xb3 => {
                // getstatic, putstatic (here when unresolved or not yet initialized)
                let index = insn.a;
                let field = match rcp!().get(index) {
                    Some(Resolved::Field(f)) => f,
                    _ => {
                        save!();
                        check!(resolve_field(thread, class!(), index, true))
                    }
                };
                initialize!(field.class);
                sp = static_access(slots, sp, &field, opcode!() == 0xb3);
                pc += 3;
            }
            0xb4 | 0xb5 => {
                // getfield, putfield (here when unresolved or the object is null)
                let index = insn.a;
                let field = match rcp!().get(index) {
                    Some(Resolved::Field(f)) => f,
                    _ => {
                        save!();
                        check!(resolve_field(thread, class!(), index, false))
                    }
                };
                let put = opcode!() == 0xb5;
                let object_at = sp - 1 - if put { field.basic_type.slots() } else { 0 };
                null_check!(slots.get(object_at));
                sp = field_access(slots, sp, &field, put);
                pc += 3;
            }
            0xb6..=0xb9 => {
                // Calls are handled out of line: the arm is large, and keeping it out of this
                // loop leaves registers for pc/sp in the hot instructions.
                save!();
                match invoke_instruction(thread, class!(), code, pc, sp, opcode!()) {
                    Ok(Invoked::Returned(new_sp)) => {
                        sp = new_sp;
                        pc += if opcode!() == 0xb9 { 5 } else { 3 };
                    }
                    Ok(Invoked::PushedFrame) => load_state!(),
                    Err(t) => throw!(t),
                }
            }
            0xba => {
                save!();
                let t = crate::indy::invokedynamic(thread, class!(), u2(code, pc + 1), sp);
                match t {
                    Ok(Invoked::Returned(new_sp)) => {
                        sp = new_sp;
                        pc += 5;
                    }
                    Ok(Invoked::PushedFrame) => load_state!(),
                    Err(t) => throw!(t),
                }
            }
            0xbb => {
                let index = u2(code, pc + 1);
                save!();
                let c = check!(resolve_class(thread, class!(), index));
                if c.is_abstract() || c.is_interface() {
                    throw_vm!("java/lang/InstantiationError", Some(&c.java_name()));
                }
                initialize!(c);
                let object = check!(new_object_at_safepoint(thread, c));
                push!(object.to_bits());
                pc += 3;
            }
            0xbc => {
                let length = pop_i!();
                save!();
                let element = BasicType::from_atype(code[pc + 1]).unwrap_or(BasicType::Int);
                let vm = thread.vm;
                let array_class =
                    check!(vm.array_class_of(thread, vm.primitive_class(element), element));
                let array = check!(new_array_at_safepoint(thread, array_class, length));
                push!(array.to_bits());
                pc += 2;
            }
            0xbd => {
                let length = pop_i!();
                save!();
                let component = check!(resolve_class(thread, class!(), u2(code, pc + 1)));
                let array_class =
                    check!(thread
                        .vm
                        .array_class_of(thread, component, BasicType::Reference));
                let array = check!(new_array_at_safepoint(thread, array_class, length));
                push!(array.to_bits());
                pc += 3;
            }
            0xbe => {
                let array = null_check!(pop!());
                push_i!(array.array_length());
                pc += 1;
            }
            0xbf => {
                let exception = null_check!(pop!());
                save!();
                throw!(thread.throw(exception))
            }
            0xc0 | 0xc1 => {
                let index = u2(code, pc + 1);
                let value = Ref::from_bits(slots.get(sp - 1));
                let target = match rcp!().get(index) {
                    Some(Resolved::Class(c)) => c,
                    _ => {
                        save!();
                        check!(resolve_class(thread, class!(), index))
                    }
                };
                if opcode!() == 0xc0 {
                    if let Some(v) = value {
                        if !is_assignable(v.class(), target) {
                            let msg = class_cast_message(thread, v.class(), target);
                            throw_vm!("java/lang/ClassCastException", Some(&msg));
                        }
                    }
                } else {
                    sp -= 1;
                    push_i!(value.is_some_and(|v| is_assignable(v.class(), target)) as i32);
                }
                pc += 3;
            }
            0xc2 | 0xc3 => {
                let object = null_check!(slots.get(sp - 1));
                save!();
                sp -= 1;
                if opcode!() == 0xc2 {
                    check!(crate::monitor::enter(thread, object));
                } else {
                    check!(crate::monitor::exit(thread, object));
                }
                pc += 1;
            }
            0xc4 => {
                // wide
                let inner = code[pc + 1];
                let index = u2(code, pc + 2) as usize;
                match inner {
                    0x15 | 0x17 | 0x19 => push!(local!(index)),
                    0x16 | 0x18 => {
                        slots.set(sp, local!(index));
                        sp += 2;
                    }
                    0x36 | 0x38 | 0x3a => set_local!(index, pop!()),
                    0x37 | 0x39 => {
                        sp -= 2;
                        set_local!(index, slots.get(sp));
                    }
                    0xa9 => {
                        pc = local!(index) as usize;
                        continue;
                    }
                    0x84 => {
                        let v = local!(index) as u32 as i32;
                        set_local!(index, v.wrapping_add(i2(code, pc + 4) as i32) as u32 as u64);
                        pc += 6;
                        continue;
                    }
                    _ => throw_vm!("java/lang/VerifyError", Some("Bad wide instruction")),
                }
                pc += 4;
            }
            0xc5 => {
                let index = u2(code, pc + 1);
                let dimensions = code[pc + 3] as usize;
                save!();
                let array_class = check!(resolve_class(thread, class!(), index));
                sp -= dimensions;
                let lengths: Vec<i32> = slots
                    .range(sp, sp + dimensions)
                    .iter()
                    .map(|&v| v as u32 as i32)
                    .collect();
                if let Some(&negative) = lengths.iter().find(|&&l| l < 0) {
                    throw_vm!(
                        "java/lang/NegativeArraySizeException",
                        Some(&negative.to_string())
                    );
                }
                save!();
                crate::alloc::reserve_at_safepoint(thread, multi_array_size(array_class, &lengths));
                let array = check!(multi_new_array(thread, array_class, &lengths));
                push!(array.to_bits());
                pc += 4;
            }
            // Undefined opcodes. (`run_fast` runs all the other instructions itself.)
            _ => {
                let msg = format!("Bad instruction: {:02x}", opcode!());
                throw_vm!("java/lang/VerifyError", Some(&msg));
            }
        }
    }
}

/// Set in the sp `run_fast` returns when it stopped at a backward jump's target because a
/// safepoint is pending (sps are far below this bit).
const POLL: usize = 1 << 40;

/// Runs the instructions that need nothing of the VM (constants, locals, operand stack,
/// arithmetic, branches, array elements, fused sequences) from `pc`, and returns `(pc, sp)` at
/// the first instruction it does not run: one that calls, allocates, resolves, returns, or is
/// about to throw. That instruction has not started: the stack is as it found it. Kept apart
/// from [`execute`], it makes no calls, so its state stays in registers.
#[inline(never)]
fn run_fast(
    slots: SlotStack,
    insns: &'static [Insn],
    code: &'static [u8],
    rcp: &'static RuntimeConstantPool,
    mut pc: usize,
    mut sp: usize,
    lp: usize,
) -> (usize, usize) {
    let mut insn: &'static Insn;
    stack_macros!($ slots sp lp);
    // A jump; a backward one is a safepoint poll: with a safepoint pending, `run_fast` returns at
    // the target with `POLL` set in the returned sp.
    macro_rules! jump {
        ($target:expr) => {{
            let target: usize = $target;
            if target <= pc && crate::safepoint::PENDING.load(std::sync::atomic::Ordering::Relaxed)
            {
                return (target, sp | POLL);
            }
            pc = target;
        }};
    }
    macro_rules! branch {
        ($cond:expr) => {{
            if $cond {
                jump!(insn.x as usize);
            } else {
                pc += 3;
            }
            continue;
        }};
    }
    // The slot value of a local as an int.
    macro_rules! local_i {
        ($i:expr) => {
            local!($i) as u32 as i32
        };
    }
    // A fused operation's result: to local `b` when the store was fused too, else pushed.
    macro_rules! emit_i {
        ($v:expr) => {{
            let v: i32 = $v;
            if insn.cond != 0 {
                set_local!(insn.b, v as u32 as u64);
            } else {
                push_i!(v);
            }
            pc += insn.len as usize;
        }};
    }
    macro_rules! emit_l {
        ($v:expr) => {{
            let v: i64 = $v;
            if insn.cond != 0 {
                set_local!(insn.b, v as u64);
            } else {
                push_l!(v);
            }
            pc += insn.len as usize;
        }};
    }
    // Fused int and long operations with their operands (see `quicken`).
    macro_rules! local_const_op {
        ($k:expr) => {
            emit_i!(int_op($k, local_i!(insn.a), insn.x))
        };
    }
    macro_rules! const_op {
        ($k:expr) => {{
            let v = pop_i!();
            emit_i!(int_op($k, v, insn.x))
        }};
    }
    macro_rules! local_op {
        ($k:expr) => {{
            let v = pop_i!();
            emit_i!(int_op($k, v, local_i!(insn.a)))
        }};
    }
    macro_rules! op_istore {
        ($k:expr) => {{
            let w = pop_i!();
            let v = pop_i!();
            set_local!(insn.b, int_op($k, v, w) as u32 as u64);
            pc += insn.len as usize;
        }};
    }
    macro_rules! lconst_lop {
        ($k:expr) => {{
            let v = pop_l!();
            let c = (insn.x as u32 as u64 | (insn.y as u32 as u64) << 32) as i64;
            emit_l!(long_op($k, v, c))
        }};
    }
    macro_rules! local_lop {
        ($k:expr) => {{
            let v = pop_l!();
            emit_l!(long_op($k, v, local!(insn.a) as i64))
        }};
    }
    macro_rules! op_lstore {
        ($k:expr) => {{
            let w = pop_l!();
            let v = pop_l!();
            set_local!(insn.b, long_op($k, v, w) as u64);
            pc += insn.len as usize;
        }};
    }
    macro_rules! const_lshift {
        ($k:expr) => {{
            let v = pop_l!();
            let d = insn.x as u32 & 63;
            emit_l!(match $k {
                0 => v.wrapping_shl(d),
                1 => v.wrapping_shr(d),
                _ => (v as u64).wrapping_shr(d) as i64,
            })
        }};
    }
    // `aload a; iload b; <T>aload`: on a null array or a bad index, runs the loads and leaves the
    // plain array load to throw.
    macro_rules! array_load_locals {
        ($t:ty, $size:expr, $push:ident) => {{
            let index = local_i!(insn.b);
            match Ref::from_bits(local!(insn.a)) {
                Some(array) if (index as u32) < array.array_length() as u32 => {
                    $push!(array.get::<$t>(Ref::element_offset(index as usize, $size)));
                    pc += insn.len as usize;
                }
                _ => {
                    push!(local!(insn.a));
                    push!(local!(insn.b));
                    pc += insn.x as usize;
                }
            }
        }};
    }
    // The JVMS opcode of a plain instruction.
    macro_rules! opcode {
        () => {
            (insn.op as u8)
        };
    }
    // `aload a; iload b; dup2; <T>aload`: the same, keeping the array and index for the store.
    // (Not built on `array_load_locals!`: reading the two locals once here is measurably faster.)
    macro_rules! array_update_locals {
        ($t:ty, $size:expr, $push:ident) => {{
            let index = local_i!(insn.b);
            let array_bits = local!(insn.a);
            push!(array_bits);
            push!(index as u32 as u64);
            match Ref::from_bits(array_bits) {
                Some(array) if (index as u32) < array.array_length() as u32 => {
                    $push!(array.get::<$t>(Ref::element_offset(index as usize, $size)));
                    pc += insn.len as usize;
                }
                _ => {
                    push!(array_bits);
                    push!(index as u32 as u64);
                    pc += insn.x as usize;
                }
            }
        }};
    }
    macro_rules! push_widened {
        ($v:expr) => {
            push_i!($v as i32)
        };
    }

    // An array element load; stops at a null array or a bad index.
    macro_rules! array_load {
        ($t:ty, $size:expr, $push:ident) => {{
            let index = slots.get(sp - 1) as u32 as i32;
            match Ref::from_bits(slots.get(sp - 2)) {
                Some(array) if (index as u32) < array.array_length() as u32 => {
                    sp -= 2;
                    $push!(array.get::<$t>(Ref::element_offset(index as usize, $size)));
                    pc += 1;
                }
                _ => return (pc, sp),
            }
        }};
    }
    // An array element store of a value `$n` slots wide; stops at a null array or a bad index.
    macro_rules! array_store {
        ($n:expr, |$array:ident, $index:ident, $value:ident| $store:expr) => {{
            let index = slots.get(sp - $n - 1) as u32 as i32;
            match Ref::from_bits(slots.get(sp - $n - 2)) {
                Some($array) if (index as u32) < $array.array_length() as u32 => {
                    let $value = slots.get(sp - $n);
                    let $index = index as usize;
                    sp -= $n + 2;
                    $store;
                    pc += 1;
                }
                _ => return (pc, sp),
            }
        }};
    }

    loop {
        // Branch-free dispatch: a pc past the end finds a BAD instruction.
        insn = insns.get(pc).unwrap_or(&q::END);
        match insn.op & 0x1ff {
            0x00 => pc += 1, // nop
            0x01 => {
                push!(0);
                pc += 1;
            }
            0x02..=0x08 => {
                push_i!(opcode!() as i32 - 3);
                pc += 1;
            }
            0x09 | 0x0a => {
                push_l!(opcode!() as i64 - 9);
                pc += 1;
            }
            0x0b..=0x0d => {
                push_f!((opcode!() - 0x0b) as f32);
                pc += 1;
            }
            0x0e | 0x0f => {
                push_d!((opcode!() - 0x0e) as f64);
                pc += 1;
            }
            0x10 => {
                push_i!(insn.x);
                pc += 2;
            }
            0x11 => {
                push_i!(insn.x);
                pc += 3;
            }
            q::LDC_VALUE1 => {
                push_i!(insn.x);
                pc += insn.len as usize;
            }
            q::LDC_VALUE2 => {
                slots.set(sp, insn.x as u32 as u64 | (insn.y as u32 as u64) << 32);
                sp += 2;
                pc += insn.len as usize;
            }
            0x15 | 0x17 | 0x19 => {
                // iload, fload, aload
                push!(local!(insn.a));
                pc += 2;
            }
            0x16 | 0x18 => {
                // lload, dload
                slots.set(sp, local!(insn.a));
                sp += 2;
                pc += 2;
            }
            0x1a..=0x1d | 0x22..=0x25 | 0x2a..=0x2d => {
                push!(local!(insn.a));
                pc += 1;
            }
            0x1e..=0x21 | 0x26..=0x29 => {
                slots.set(sp, local!(insn.a));
                sp += 2;
                pc += 1;
            }
            0x36 | 0x38 | 0x3a => {
                set_local!(insn.a, pop!());
                pc += 2;
            }
            0x37 | 0x39 => {
                sp -= 2;
                set_local!(insn.a, slots.get(sp));
                pc += 2;
            }
            0x3b..=0x3e | 0x43..=0x46 | 0x4b..=0x4e => {
                set_local!(insn.a, pop!());
                pc += 1;
            }
            0x3f..=0x42 | 0x47..=0x4a => {
                sp -= 2;
                set_local!(insn.a, slots.get(sp));
                pc += 1;
            }
            0x57 => {
                sp -= 1;
                pc += 1;
            }
            0x58 => {
                sp -= 2;
                pc += 1;
            }
            0x59 => {
                let v = slots.get(sp - 1);
                push!(v);
                pc += 1;
            }
            0x5a => {
                // dup_x1
                let v1 = pop!();
                let v2 = pop!();
                push!(v1);
                push!(v2);
                push!(v1);
                pc += 1;
            }
            0x5b => {
                // dup_x2
                let v1 = pop!();
                let v2 = pop!();
                let v3 = pop!();
                push!(v1);
                push!(v3);
                push!(v2);
                push!(v1);
                pc += 1;
            }
            0x5c => {
                // dup2
                let v1 = slots.get(sp - 1);
                let v2 = slots.get(sp - 2);
                push!(v2);
                push!(v1);
                pc += 1;
            }
            0x5d => {
                // dup2_x1
                let v1 = pop!();
                let v2 = pop!();
                let v3 = pop!();
                push!(v2);
                push!(v1);
                push!(v3);
                push!(v2);
                push!(v1);
                pc += 1;
            }
            0x5e => {
                // dup2_x2
                let v1 = pop!();
                let v2 = pop!();
                let v3 = pop!();
                let v4 = pop!();
                push!(v2);
                push!(v1);
                push!(v4);
                push!(v3);
                push!(v2);
                push!(v1);
                pc += 1;
            }
            0x5f => {
                let v1 = pop!();
                let v2 = pop!();
                push!(v1);
                push!(v2);
                pc += 1;
            }
            0x60 => {
                let b = pop_i!();
                let a = pop_i!();
                push_i!(a.wrapping_add(b));
                pc += 1;
            }
            0x61 => {
                let b = pop_l!();
                let a = pop_l!();
                push_l!(a.wrapping_add(b));
                pc += 1;
            }
            0x62 => {
                let b = pop_f!();
                let a = pop_f!();
                push_f!(a + b);
                pc += 1;
            }
            0x63 => {
                let b = pop_d!();
                let a = pop_d!();
                push_d!(a + b);
                pc += 1;
            }
            0x64 => {
                let b = pop_i!();
                let a = pop_i!();
                push_i!(a.wrapping_sub(b));
                pc += 1;
            }
            0x65 => {
                let b = pop_l!();
                let a = pop_l!();
                push_l!(a.wrapping_sub(b));
                pc += 1;
            }
            0x66 => {
                let b = pop_f!();
                let a = pop_f!();
                push_f!(a - b);
                pc += 1;
            }
            0x67 => {
                let b = pop_d!();
                let a = pop_d!();
                push_d!(a - b);
                pc += 1;
            }
            0x68 => {
                let b = pop_i!();
                let a = pop_i!();
                push_i!(a.wrapping_mul(b));
                pc += 1;
            }
            0x69 => {
                let b = pop_l!();
                let a = pop_l!();
                push_l!(a.wrapping_mul(b));
                pc += 1;
            }
            0x6a => {
                let b = pop_f!();
                let a = pop_f!();
                push_f!(a * b);
                pc += 1;
            }
            0x6b => {
                let b = pop_d!();
                let a = pop_d!();
                push_d!(a * b);
                pc += 1;
            }
            0x6e => {
                let b = pop_f!();
                let a = pop_f!();
                push_f!(a / b);
                pc += 1;
            }
            0x6f => {
                let b = pop_d!();
                let a = pop_d!();
                push_d!(a / b);
                pc += 1;
            }
            0x72 => {
                let b = pop_f!();
                let a = pop_f!();
                push_f!(a % b);
                pc += 1;
            }
            0x73 => {
                let b = pop_d!();
                let a = pop_d!();
                push_d!(a % b);
                pc += 1;
            }
            0x74 => {
                let a = pop_i!();
                push_i!(a.wrapping_neg());
                pc += 1;
            }
            0x75 => {
                let a = pop_l!();
                push_l!(a.wrapping_neg());
                pc += 1;
            }
            0x76 => {
                let a = pop_f!();
                push_f!(-a);
                pc += 1;
            }
            0x77 => {
                let a = pop_d!();
                push_d!(-a);
                pc += 1;
            }
            0x78 => {
                let b = pop_i!();
                let a = pop_i!();
                push_i!(a.wrapping_shl(b as u32 & 31));
                pc += 1;
            }
            0x79 => {
                let b = pop_i!();
                let a = pop_l!();
                push_l!(a.wrapping_shl(b as u32 & 63));
                pc += 1;
            }
            0x7a => {
                let b = pop_i!();
                let a = pop_i!();
                push_i!(a.wrapping_shr(b as u32 & 31));
                pc += 1;
            }
            0x7b => {
                let b = pop_i!();
                let a = pop_l!();
                push_l!(a.wrapping_shr(b as u32 & 63));
                pc += 1;
            }
            0x7c => {
                let b = pop_i!();
                let a = pop_i!();
                push_i!((a as u32).wrapping_shr(b as u32 & 31) as i32);
                pc += 1;
            }
            0x7d => {
                let b = pop_i!();
                let a = pop_l!();
                push_l!((a as u64).wrapping_shr(b as u32 & 63) as i64);
                pc += 1;
            }
            0x7e => {
                let b = pop_i!();
                let a = pop_i!();
                push_i!(a & b);
                pc += 1;
            }
            0x7f => {
                let b = pop_l!();
                let a = pop_l!();
                push_l!(a & b);
                pc += 1;
            }
            0x80 => {
                let b = pop_i!();
                let a = pop_i!();
                push_i!(a | b);
                pc += 1;
            }
            0x81 => {
                let b = pop_l!();
                let a = pop_l!();
                push_l!(a | b);
                pc += 1;
            }
            0x82 => {
                let b = pop_i!();
                let a = pop_i!();
                push_i!(a ^ b);
                pc += 1;
            }
            0x83 => {
                let b = pop_l!();
                let a = pop_l!();
                push_l!(a ^ b);
                pc += 1;
            }
            0x84 => {
                set_local!(insn.a, local_i!(insn.a).wrapping_add(insn.x) as u32 as u64);
                pc += 3;
            }
            0x85 => {
                let a = pop_i!();
                push_l!(a as i64);
                pc += 1;
            }
            0x86 => {
                let a = pop_i!();
                push_f!(a as f32);
                pc += 1;
            }
            0x87 => {
                let a = pop_i!();
                push_d!(a as f64);
                pc += 1;
            }
            0x88 => {
                let a = pop_l!();
                push_i!(a as i32);
                pc += 1;
            }
            0x89 => {
                let a = pop_l!();
                push_f!(a as f32);
                pc += 1;
            }
            0x8a => {
                let a = pop_l!();
                push_d!(a as f64);
                pc += 1;
            }
            // Rust's float-to-int casts saturate and send NaN to 0, exactly as JVMS 2.8.3 says.
            0x8b => {
                let a = pop_f!();
                push_i!(a as i32);
                pc += 1;
            }
            0x8c => {
                let a = pop_f!();
                push_l!(a as i64);
                pc += 1;
            }
            0x8d => {
                let a = pop_f!();
                push_d!(a as f64);
                pc += 1;
            }
            0x8e => {
                let a = pop_d!();
                push_i!(a as i32);
                pc += 1;
            }
            0x8f => {
                let a = pop_d!();
                push_l!(a as i64);
                pc += 1;
            }
            0x90 => {
                let a = pop_d!();
                push_f!(a as f32);
                pc += 1;
            }
            0x91 => {
                let a = pop_i!();
                push_i!(a as i8 as i32);
                pc += 1;
            }
            0x92 => {
                let a = pop_i!();
                push_i!(a as u16 as i32);
                pc += 1;
            }
            0x93 => {
                let a = pop_i!();
                push_i!(a as i16 as i32);
                pc += 1;
            }
            0x94 => {
                let b = pop_l!();
                let a = pop_l!();
                push_i!(a.cmp(&b) as i32);
                pc += 1;
            }
            0x95 | 0x96 => {
                let b = pop_f!();
                let a = pop_f!();
                push_i!(compare_floats(a as f64, b as f64, opcode!() == 0x96));
                pc += 1;
            }
            0x97 | 0x98 => {
                let b = pop_d!();
                let a = pop_d!();
                push_i!(compare_floats(a, b, opcode!() == 0x98));
                pc += 1;
            }
            0x99 => branch!(pop_i!() == 0),
            0x9a => branch!(pop_i!() != 0),
            0x9b => branch!(pop_i!() < 0),
            0x9c => branch!(pop_i!() >= 0),
            0x9d => branch!(pop_i!() > 0),
            0x9e => branch!(pop_i!() <= 0),
            0x9f..=0xa4 => {
                let b = pop_i!();
                let a = pop_i!();
                branch!(match opcode!() {
                    0x9f => a == b,
                    0xa0 => a != b,
                    0xa1 => a < b,
                    0xa2 => a >= b,
                    0xa3 => a > b,
                    _ => a <= b,
                })
            }
            0xa5 => {
                let b = pop!();
                let a = pop!();
                branch!(a == b)
            }
            0xa6 => {
                let b = pop!();
                let a = pop!();
                branch!(a != b)
            }
            0xa7 => branch!(true),
            0xa8 => {
                // jsr: the return address is the next instruction.
                push!((pc + 3) as u64);
                branch!(true)
            }
            q::IINC_GOTO => {
                set_local!(insn.a, local_i!(insn.a).wrapping_add(insn.x) as u32 as u64);
                jump!(insn.y as usize);
            }
            q::IF_LOCAL_LOCAL => {
                let (a, b) = (local_i!(insn.a), local_i!(insn.b));
                if q::taken(insn.cond, a, b) {
                    jump!(insn.x as usize);
                } else {
                    pc += insn.len as usize;
                }
            }
            q::IF_LOCAL_CONST => {
                let a = local_i!(insn.a);
                if q::taken(insn.cond, a, insn.y) {
                    jump!(insn.x as usize);
                } else {
                    pc += insn.len as usize;
                }
            }
            q::IF_LOCAL => {
                let a = local_i!(insn.a);
                if q::taken(insn.cond, a, 0) {
                    jump!(insn.x as usize);
                } else {
                    pc += insn.len as usize;
                }
            }
            q::LOAD_LOAD => {
                let (a, b) = (local!(insn.a), local!(insn.b));
                push!(a);
                push!(b);
                pc += insn.len as usize;
            }
            q::IALOAD_LOCALS => array_load_locals!(i32, 4, push_i),
            q::LALOAD_LOCALS => array_load_locals!(i64, 8, push_l),
            q::FALOAD_LOCALS => array_load_locals!(f32, 4, push_f),
            q::DALOAD_LOCALS => array_load_locals!(f64, 8, push_d),
            q::AALOAD_LOCALS => array_load_locals!(u64, 8, push),
            q::BALOAD_LOCALS => array_load_locals!(i8, 1, push_widened),
            q::CALOAD_LOCALS => array_load_locals!(u16, 2, push_widened),
            q::SALOAD_LOCALS => array_load_locals!(i16, 2, push_widened),
            q::IALOAD_UPDATE_LOCALS => array_update_locals!(i32, 4, push_i),
            q::LALOAD_UPDATE_LOCALS => array_update_locals!(i64, 8, push_l),
            q::FALOAD_UPDATE_LOCALS => array_update_locals!(f32, 4, push_f),
            q::DALOAD_UPDATE_LOCALS => array_update_locals!(f64, 8, push_d),
            q::AALOAD_UPDATE_LOCALS => array_update_locals!(u64, 8, push),
            q::BALOAD_UPDATE_LOCALS => array_update_locals!(i8, 1, push_widened),
            q::CALOAD_UPDATE_LOCALS => array_update_locals!(u16, 2, push_widened),
            q::SALOAD_UPDATE_LOCALS => array_update_locals!(i16, 2, push_widened),
            q::LOCAL_CONST_IADD => local_const_op!(0),
            q::LOCAL_CONST_ISUB => local_const_op!(1),
            q::LOCAL_CONST_IMUL => local_const_op!(2),
            q::LOCAL_CONST_ISHL => local_const_op!(3),
            q::LOCAL_CONST_ISHR => local_const_op!(4),
            q::LOCAL_CONST_IUSHR => local_const_op!(5),
            q::LOCAL_CONST_IAND => local_const_op!(6),
            q::LOCAL_CONST_IOR => local_const_op!(7),
            q::LOCAL_CONST_IXOR => local_const_op!(8),
            q::CONST_IADD => const_op!(0),
            q::CONST_ISUB => const_op!(1),
            q::CONST_IMUL => const_op!(2),
            q::CONST_ISHL => const_op!(3),
            q::CONST_ISHR => const_op!(4),
            q::CONST_IUSHR => const_op!(5),
            q::CONST_IAND => const_op!(6),
            q::CONST_IOR => const_op!(7),
            q::CONST_IXOR => const_op!(8),
            q::LOCAL_IADD => local_op!(0),
            q::LOCAL_ISUB => local_op!(1),
            q::LOCAL_IMUL => local_op!(2),
            q::LOCAL_ISHL => local_op!(3),
            q::LOCAL_ISHR => local_op!(4),
            q::LOCAL_IUSHR => local_op!(5),
            q::LOCAL_IAND => local_op!(6),
            q::LOCAL_IOR => local_op!(7),
            q::LOCAL_IXOR => local_op!(8),
            q::IADD_ISTORE => op_istore!(0),
            q::ISUB_ISTORE => op_istore!(1),
            q::IMUL_ISTORE => op_istore!(2),
            q::ISHL_ISTORE => op_istore!(3),
            q::ISHR_ISTORE => op_istore!(4),
            q::IUSHR_ISTORE => op_istore!(5),
            q::IAND_ISTORE => op_istore!(6),
            q::IOR_ISTORE => op_istore!(7),
            q::IXOR_ISTORE => op_istore!(8),
            q::LCONST_LADD => lconst_lop!(0),
            q::LCONST_LSUB => lconst_lop!(1),
            q::LCONST_LMUL => lconst_lop!(2),
            q::LCONST_LAND => lconst_lop!(3),
            q::LCONST_LOR => lconst_lop!(4),
            q::LCONST_LXOR => lconst_lop!(5),
            q::LOCAL_LADD => local_lop!(0),
            q::LOCAL_LSUB => local_lop!(1),
            q::LOCAL_LMUL => local_lop!(2),
            q::LOCAL_LAND => local_lop!(3),
            q::LOCAL_LOR => local_lop!(4),
            q::LOCAL_LXOR => local_lop!(5),
            q::LADD_LSTORE => op_lstore!(0),
            q::LSUB_LSTORE => op_lstore!(1),
            q::LMUL_LSTORE => op_lstore!(2),
            q::LAND_LSTORE => op_lstore!(3),
            q::LOR_LSTORE => op_lstore!(4),
            q::LXOR_LSTORE => op_lstore!(5),
            q::CONST_LSHL => const_lshift!(0),
            q::CONST_LSHR => const_lshift!(1),
            q::CONST_LUSHR => const_lshift!(2),
            0xaa => {
                let base = (pc + 4) & !3;
                let default = i4(code, base);
                let low = i4(code, base + 4);
                let high = i4(code, base + 8);
                let key = pop_i!();
                let offset = if key < low || key > high {
                    default
                } else {
                    i4(code, base + 12 + 4 * (key as i64 - low as i64) as usize)
                };
                pc = (pc as isize + offset as isize) as usize;
            }
            0xab => {
                let base = (pc + 4) & !3;
                let default = i4(code, base);
                let npairs = i4(code, base + 4).max(0) as usize;
                let key = pop_i!();
                let mut lo = 0usize;
                let mut hi = npairs;
                let mut offset = default;
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    let k = i4(code, base + 8 + 8 * mid);
                    match k.cmp(&key) {
                        std::cmp::Ordering::Less => lo = mid + 1,
                        std::cmp::Ordering::Greater => hi = mid,
                        std::cmp::Ordering::Equal => {
                            offset = i4(code, base + 12 + 8 * mid);
                            break;
                        }
                    }
                }
                pc = (pc as isize + offset as isize) as usize;
            }
            0xc6 => branch!(pop!() == 0),
            0xc7 => branch!(pop!() != 0),
            0xc8 => jump!(insn.x as usize),
            0xc9 => {
                push!((pc + 5) as u64);
                pc = insn.x as usize;
            }
            0x2e => array_load!(i32, 4, push_i),
            0x2f => array_load!(i64, 8, push_l),
            0x30 => array_load!(f32, 4, push_f),
            0x31 => array_load!(f64, 8, push_d),
            0x32 => array_load!(u64, 8, push),
            0x33 => array_load!(i8, 1, push_widened),
            0x34 => array_load!(u16, 2, push_widened),
            0x35 => array_load!(i16, 2, push_widened),
            0x4f => array_store!(1, |a, i, v| a
                .set::<i32>(Ref::element_offset(i, 4), v as u32 as i32)),
            0x50 => array_store!(2, |a, i, v| a
                .set::<i64>(Ref::element_offset(i, 8), v as i64)),
            0x51 => array_store!(1, |a, i, v| a
                .set::<i32>(Ref::element_offset(i, 4), v as u32 as i32)),
            0x52 => array_store!(2, |a, i, v| a.set::<u64>(Ref::element_offset(i, 8), v)),
            0x54 => array_store!(1, |a, i, v| {
                let boolean = matches!(a.class().array_element(), Some((BasicType::Boolean, _)));
                a.set::<i8>(
                    Ref::element_offset(i, 1),
                    if boolean { (v & 1) as i8 } else { v as i8 },
                )
            }),
            0x55 | 0x56 => array_store!(1, |a, i, v| a
                .set::<u16>(Ref::element_offset(i, 2), v as u16)),
            0x6c | 0x70 => {
                if slots.get(sp - 1) as u32 == 0 {
                    return (pc, sp);
                }
                let b = pop_i!();
                let a = pop_i!();
                push_i!(if opcode!() == 0x6c {
                    a.wrapping_div(b)
                } else {
                    a.wrapping_rem(b)
                });
                pc += 1;
            }
            0x6d | 0x71 => {
                if slots.get(sp - 2) == 0 {
                    return (pc, sp);
                }
                let b = pop_l!();
                let a = pop_l!();
                push_l!(if opcode!() == 0x6d {
                    a.wrapping_div(b)
                } else {
                    a.wrapping_rem(b)
                });
                pc += 1;
            }
            0xb2 | 0xb3 => match rcp.get(insn.a) {
                Some(Resolved::Field(field)) if field.class.is_initialized() => {
                    sp = static_access(slots, sp, &field, opcode!() == 0xb3);
                    pc += 3;
                }
                _ => return (pc, sp),
            },
            0xb4 | 0xb5 => {
                let Some(Resolved::Field(field)) = rcp.get(insn.a) else {
                    return (pc, sp);
                };
                let put = opcode!() == 0xb5;
                let object_at = sp - 1 - if put { field.basic_type.slots() } else { 0 };
                if slots.get(object_at) == 0 {
                    return (pc, sp);
                }
                sp = field_access(slots, sp, &field, put);
                pc += 3;
            }
            0xbe => match Ref::from_bits(slots.get(sp - 1)) {
                Some(array) => {
                    sp -= 1;
                    push_i!(array.array_length());
                    pc += 1;
                }
                None => return (pc, sp),
            },
            _ => return (pc, sp),
        }
    }
}

/// The int operation `k` of the fused operations (see `quicken::INT_OPS`).
#[inline(always)]
fn int_op(k: u16, a: i32, b: i32) -> i32 {
    match k {
        0 => a.wrapping_add(b),
        1 => a.wrapping_sub(b),
        2 => a.wrapping_mul(b),
        3 => a.wrapping_shl(b as u32 & 31),
        4 => a.wrapping_shr(b as u32 & 31),
        5 => (a as u32).wrapping_shr(b as u32 & 31) as i32,
        6 => a & b,
        7 => a | b,
        _ => a ^ b,
    }
}

/// The long operation `k` of the fused operations (see `quicken::LONG_OPS`).
#[inline(always)]
fn long_op(k: u16, a: i64, b: i64) -> i64 {
    match k {
        0 => a.wrapping_add(b),
        1 => a.wrapping_sub(b),
        2 => a.wrapping_mul(b),
        3 => a & b,
        4 => a | b,
        _ => a ^ b,
    }
}

#[cold]
fn unreachable_resolution() -> &'static Method {
    crate::exceptions::fatal("a method reference resolved to something that is not a method")
}

/// invokespecial of a non-private, non-initializer method selects from the current class's
/// superclass when the resolved method's class is a superclass (JVMS 6.5, ACC_SUPER semantics).
fn special_select(current: &'static Class, resolved: &'static Method) -> &'static Method {
    let declaring = resolved.class();
    if declaring.is_interface()
        || !current.is_subclass_of(declaring)
        || std::ptr::eq(current, declaring)
    {
        return resolved;
    }
    let mut c = current.super_class;
    while let Some(k) = c {
        if let Some(m) = k.declared_method(resolved.name, resolved.descriptor) {
            if !m.is_static() {
                return m;
            }
        }
        c = k.super_class;
    }
    resolved
}

/// Instructions `run_fast` never runs (calls, returns, allocation, ...): calling it for them
/// would cost a call for nothing.
#[inline(always)]
fn always_slow(op: u16) -> bool {
    matches!(
        op,
        0x12..=0x14 | 0x53 | 0xa9 | 0xac..=0xb1 | 0xb6..=0xbd | 0xbf..=0xc5 | q::BAD
    )
}

/// getstatic (`put` false) or putstatic of a resolved field of an initialized class, with the
/// operand stack's top at `sp`; returns the new top.
#[inline(always)]
fn static_access(slots: SlotStack, sp: usize, field: &ResolvedField, put: bool) -> usize {
    let width = field.basic_type.slots();
    if put {
        let sp = sp - width;
        let v = slots.get(sp);
        let v = if width == 2 {
            v
        } else {
            narrow(field.basic_type, v)
        };
        volatile_store(field, || field.class.set_static_value(field.offset, v));
        sp
    } else {
        slots.set(sp, field.class.static_value(field.offset));
        volatile_load(field);
        sp + width
    }
}

/// A store to `field`: a volatile one is a release, then a full fence, so that no later load
/// moves above it (JLS 17.4: volatile accesses are sequentially consistent).
#[inline(always)]
fn volatile_store(field: &ResolvedField, store: impl FnOnce()) {
    if field.is_volatile {
        std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
        store();
        std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
    } else {
        store();
    }
}

/// After a load of `field`: a volatile one is an acquire.
#[inline(always)]
fn volatile_load(field: &ResolvedField) {
    if field.is_volatile {
        std::sync::atomic::fence(std::sync::atomic::Ordering::Acquire);
    }
}

/// getfield (`put` false) or putfield of a resolved field, the object under the value (if any) on
/// the operand stack checked not to be null; returns the new top.
#[inline(always)]
fn field_access(slots: SlotStack, sp: usize, field: &ResolvedField, put: bool) -> usize {
    let offset = field.offset as usize;
    let width = field.basic_type.slots();
    if put {
        let v = slots.get(sp - width);
        let at = sp - width - 1;
        let object = Ref::from_bits(slots.get(at)).expect("checked not null");
        volatile_store(field, || match field.basic_type {
            BasicType::Long | BasicType::Double => object.set::<i64>(offset, v as i64),
            BasicType::Int | BasicType::Float => object.set::<i32>(offset, v as u32 as i32),
            BasicType::Reference => object.set_ref(offset, Ref::from_bits(v)),
            BasicType::Boolean => object.set::<i8>(offset, (v & 1) as i8),
            BasicType::Byte => object.set::<i8>(offset, v as i8),
            BasicType::Char | BasicType::Short => object.set::<u16>(offset, v as u16),
            BasicType::Void => {}
        });
        at
    } else {
        let at = sp - 1;
        let object = Ref::from_bits(slots.get(at)).expect("checked not null");
        let v = match field.basic_type {
            BasicType::Int | BasicType::Float => object.get::<i32>(offset) as u32 as u64,
            BasicType::Reference | BasicType::Long | BasicType::Double => object.get::<u64>(offset),
            BasicType::Boolean | BasicType::Byte => object.get::<i8>(offset) as i32 as u32 as u64,
            BasicType::Char => object.get::<u16>(offset) as u64,
            BasicType::Short => object.get::<i16>(offset) as i32 as u32 as u64,
            BasicType::Void => 0,
        };
        volatile_load(field);
        slots.set(at, v);
        at + width
    }
}

/// Narrows an int slot to a static field's type (JVMS putstatic: boolean is masked with 1).
#[inline(always)]
fn narrow(t: BasicType, v: u64) -> u64 {
    match t {
        BasicType::Boolean => v & 1,
        BasicType::Byte => v as i8 as i32 as u32 as u64,
        BasicType::Char => v as u16 as u64,
        BasicType::Short => v as i16 as i32 as u32 as u64,
        _ => v,
    }
}

/// fcmpl/fcmpg and dcmpl/dcmpg: -1, 0, 1, with NaN giving 1 for the `g` forms and -1 otherwise.
#[inline(always)]
fn compare_floats(a: f64, b: f64, nan_is_greater: bool) -> i32 {
    if a < b {
        -1
    } else if a > b {
        1
    } else if a == b {
        0
    } else if nan_is_greater {
        1
    } else {
        -1
    }
}

/// The bytes a multi-dimensional array takes in all (saturating: only compared with Eden's size).
fn multi_array_size(class: &'static Class, lengths: &[i32]) -> usize {
    let Some(&first) = lengths.first() else {
        return 0;
    };
    let outer = crate::alloc::array_size(class, first);
    match (lengths.len() > 1, class.array_element()) {
        (true, Some((_, component))) => outer.saturating_add(
            (first.max(0) as usize).saturating_mul(multi_array_size(component, &lengths[1..])),
        ),
        _ => outer,
    }
}

/// Allocates a multi-dimensional array without collecting (the instruction reserved the room),
/// so the outer arrays need not be in roots while the inner ones are made.
#[inline(never)]
pub(crate) fn multi_new_array(
    thread: &mut JavaThread,
    class: &'static Class,
    lengths: &[i32],
) -> JResult<Ref> {
    let array = new_array(thread, class, lengths[0])?;
    if lengths.len() > 1 {
        if let Some((_, component)) = class.array_element() {
            for i in 0..lengths[0] as usize {
                let inner = multi_new_array(thread, component, &lengths[1..])?;
                array.set::<u64>(Ref::element_offset(i, 8), inner.to_bits());
            }
        }
    }
    Ok(array)
}

/// What an invoke instruction did: ran a native (leaving its result on the caller's stack,
/// whose top is given), or pushed the callee's frame.
pub enum Invoked {
    Returned(usize),
    PushedFrame,
}

/// invokevirtual/special/static/interface at `pc` of the top frame (whose pc and sp the caller has
/// saved): resolves through the runtime constant pool, selects (JVMS 5.4.6), checks the receiver,
/// and calls.
#[inline(never)]
fn invoke_instruction(
    thread: &mut JavaThread,
    class: &'static Class,
    code: &[u8],
    pc: usize,
    sp: usize,
    opcode: u8,
) -> JResult<Invoked> {
    let index = u2(code, pc + 1);
    let kind = match opcode {
        0xb6 => InvokeKind::Virtual,
        0xb7 => InvokeKind::Special,
        0xb8 => InvokeKind::Static,
        _ => InvokeKind::Interface,
    };
    let rcp = class.constant_pool.as_ref().expect("rcp");
    let resolved = match rcp.get(index) {
        Some(
            r @ (Resolved::Method(_)
            | Resolved::Virtual(..)
            | Resolved::Interface(..)
            | Resolved::Intrinsic(..)
            | Resolved::Linked(_)),
        ) => r,
        _ => resolve_method(thread, class, index, kind)?,
    };
    let receiver_of = |thread: &JavaThread, m: &Method| {
        Ref::from_bits(thread.slots.get(sp - m.arg_slots as usize))
    };
    let npe = |thread: &mut JavaThread| throw_new(thread, "java/lang/NullPointerException", None);
    let target = match resolved {
        Resolved::Intrinsic(intrinsic, arg_slots) => {
            return invoke_intrinsic(thread, intrinsic, arg_slots, sp)
        }
        Resolved::Linked(site) => return invoke_linked(thread, site, sp),
        Resolved::Method(m) => {
            if kind == InvokeKind::Static {
                if !m.class().is_initialized() {
                    crate::init::initialize(thread, m.class())?;
                }
            } else if receiver_of(thread, m).is_none() {
                return Err(npe(thread));
            }
            if kind == InvokeKind::Special && !m.is_initializer() && !m.is_private() {
                // invokespecial of a superclass method (JVMS 6.5 invokespecial selection).
                special_select(class, m)
            } else {
                m
            }
        }
        Resolved::Virtual(m, slot) => {
            let Some(receiver) = receiver_of(thread, m) else {
                return Err(npe(thread));
            };
            receiver
                .class()
                .vtable
                .get(slot as usize)
                .copied()
                .unwrap_or(m)
        }
        Resolved::Interface(m, slot) => {
            let Some(receiver) = receiver_of(thread, m) else {
                return Err(npe(thread));
            };
            if m.is_private() {
                m
            } else {
                match select_interface(receiver.class(), m, slot) {
                    Some(t) => t,
                    None => {
                        return Err(crate::resolve::abstract_method_error(
                            thread,
                            Some(receiver.class()),
                            m,
                        ))
                    }
                }
            }
        }
        _ => unreachable_resolution(),
    };
    if target.is_abstract() {
        let receiver = receiver_of(thread, target).map(|r| r.class());
        return Err(crate::resolve::abstract_method_error(
            thread, receiver, target,
        ));
    }
    let args_base = sp - target.arg_slots as usize;
    if let Some(&forward) = target.forward_to.get() {
        // A lambda proxy's pass-through method: its arguments after the receiver are the static
        // method's, so that runs on them in place; its result lands where the receiver was.
        thread.frames.last_mut().expect("frame").sp = args_base as u32;
        push_frame(thread, forward, args_base + 1)?;
        return Ok(Invoked::PushedFrame);
    }
    call_target(thread, target, args_base)
}

/// Calls `target` with its arguments at `args_base` on the caller's operand stack.
fn call_target(
    thread: &mut JavaThread,
    target: &'static Method,
    args_base: usize,
) -> JResult<Invoked> {
    thread.frames.last_mut().expect("frame").sp = args_base as u32;
    if target.is_native() {
        let result = call_native(thread, target, args_base)?;
        let slots = target.signature.return_type.slots();
        if slots > 0 {
            thread.slots.set(args_base, result);
        }
        return Ok(Invoked::Returned(args_base + slots));
    }
    push_frame(thread, target, args_base)?;
    Ok(Invoked::PushedFrame)
}

/// A method-handle intrinsic (`invokeBasic`, `linkTo*`) whose `arg_slots` arguments end at `sp`.
fn invoke_intrinsic(
    thread: &mut JavaThread,
    intrinsic: crate::method_handles::Intrinsic,
    arg_slots: u16,
    sp: usize,
) -> JResult<Invoked> {
    let base = sp - arg_slots as usize;
    let (target, _) = crate::method_handles::intrinsic_target(
        thread,
        intrinsic,
        thread.slots,
        base,
        arg_slots as usize,
    )?;
    call_target(thread, target, base)
}

/// A call site linked to an invoker: its arguments end at `sp`, the appendix goes after them.
pub(crate) fn invoke_linked(
    thread: &mut JavaThread,
    site: &crate::method_handles::LinkedSite,
    sp: usize,
) -> JResult<Invoked> {
    if sp + 1 >= thread.stack_limit {
        return Err(stack_overflow(thread));
    }
    if site.has_appendix {
        thread
            .slots
            .set(sp, site.appendix.load(std::sync::atomic::Ordering::Relaxed));
    }
    call_target(thread, site.invoker, sp - site.arg_slots as usize)
}

#[cold]
#[inline(never)]
fn null_pointer(thread: &mut JavaThread) -> Throw {
    throw_new(thread, "java/lang/NullPointerException", None)
}

#[cold]
#[inline(never)]
fn index_out_of_bounds(thread: &mut JavaThread, index: i32, length: i32) -> Throw {
    let msg = format!("Index {index} out of bounds for length {length}");
    throw_new(
        thread,
        "java/lang/ArrayIndexOutOfBoundsException",
        Some(&msg),
    )
}
