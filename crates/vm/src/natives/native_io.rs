//! Helpers shared by the NIO, `RandomAccessFile` and zip natives: file descriptors held by
//! `java.io.FileDescriptor` objects, native memory handed over by JDK classes (buffers from
//! `Unsafe.allocateMemory`, direct byte buffers), byte arrays, and the exceptions these natives
//! throw.

use crate::class::DefiningLoader;
use crate::exceptions::throw_new;
use crate::object::{raw, Ref};
use crate::thread::{JResult, JavaThread, Throw};
use std::ffi::OsString;
use std::fs::File;
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, RawFd};
use std::os::unix::ffi::OsStringExt;
use std::path::PathBuf;

pub(crate) const EBADF: i32 = 9;
pub(crate) const EFAULT: i32 = 14;
pub(crate) const EINVAL: i32 = 22;
pub(crate) const ENAMETOOLONG: i32 = 36;
pub(crate) const EIO: i32 = 5;

/// The `int fd` of a `java.io.FileDescriptor` (-1 for null or closed).
pub(crate) fn fd_value(descriptor: u64) -> RawFd {
    Ref::from_bits(descriptor)
        .and_then(|d| {
            d.class()
                .instance_field_offset("fd", "I")
                .map(|o| d.get::<i32>(o))
        })
        .unwrap_or(-1)
}

/// Sets the `int fd` of a `java.io.FileDescriptor`.
pub(crate) fn set_fd_value(descriptor: Ref, fd: RawFd) {
    if let Some(o) = descriptor.class().instance_field_offset("fd", "I") {
        descriptor.set::<i32>(o, fd);
    }
}

/// The `FileDescriptor fd` field of an object (a stream or `RandomAccessFile`).
pub(crate) fn descriptor_of(object: u64) -> Option<Ref> {
    let object = Ref::from_bits(object)?;
    let offset = object
        .class()
        .instance_field_offset("fd", "Ljava/io/FileDescriptor;")?;
    object.get_ref(offset)
}

/// Borrows an open descriptor as a `File` without taking ownership; `None` for a negative one.
pub(crate) fn borrow_fd(fd: RawFd) -> Option<ManuallyDrop<File>> {
    if fd < 0 {
        return None;
    }
    // SAFETY: `fd` is non-negative and is the open descriptor a Java FileDescriptor (or a JDK
    // class holding the int) owns; ManuallyDrop keeps this borrow from closing it. A descriptor
    // that is not open only makes the system calls on it fail with EBADF.
    Some(ManuallyDrop::new(unsafe { File::from_raw_fd(fd) }))
}

/// Takes ownership of a descriptor to close it (dropping the `File` closes it).
pub(crate) fn close_fd(fd: RawFd) {
    if fd >= 0 {
        // SAFETY: the caller gives up its descriptor: the Java object that owned it has already
        // forgotten it (or is the JDK class whose `close` this is).
        drop(unsafe { File::from_raw_fd(fd) });
    }
}

/// The errno of an I/O error (EIO for errors that did not come from the system).
pub(crate) fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(EIO)
}

/// The `strerror` text of an errno, as HotSpot's natives put it in messages.
pub(crate) fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    s.split(" (os error").next().unwrap_or(&s).to_owned()
}

/// The message of an I/O error without std's " (os error N)" suffix.
pub(crate) fn os_message(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(errno) => strerror(errno),
        None => e.to_string(),
    }
}

/// `IOException` with the error's `strerror` text (JNU_ThrowIOExceptionWithLastError).
pub(crate) fn io_exception(thread: &mut JavaThread, e: &std::io::Error) -> Throw {
    throw_new(thread, "java/io/IOException", Some(&os_message(e)))
}

/// Creates an object of a bootstrap class with the constructor `descriptor` and `args` (after
/// the receiver).
pub(crate) fn construct(
    thread: &mut JavaThread,
    class_name: &str,
    descriptor: &str,
    args: &[u64],
) -> JResult<Ref> {
    let vm = thread.vm;
    let class = vm.load_class(thread, class_name, DefiningLoader::Bootstrap)?;
    crate::init::initialize(thread, class)?;
    let Some(init) = class.declared_method("<init>", descriptor) else {
        let msg = format!("{class_name}.<init>{descriptor}");
        return Err(throw_new(thread, "java/lang/NoSuchMethodError", Some(&msg)));
    };
    let object = crate::alloc::new_object(thread, class)?;
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(object.to_bits());
    all.extend_from_slice(args);
    crate::interp::invoke(thread, init, &all)?;
    Ok(object)
}

/// Throws `sun.nio.fs.UnixException(errno)`, which the file-system provider turns into
/// `NoSuchFileException`, `AccessDeniedException` and the like.
pub(crate) fn unix_exception(thread: &mut JavaThread, errno: i32) -> Throw {
    match construct(
        thread,
        "sun/nio/fs/UnixException",
        "(I)V",
        &[errno as u32 as u64],
    ) {
        Ok(e) => thread.throw(e),
        Err(t) => t,
    }
}

/// A new `byte[]` holding `bytes`.
pub(crate) fn new_byte_array(thread: &mut JavaThread, bytes: &[u8]) -> JResult<Ref> {
    let vm = thread.vm;
    let class = vm.load_class(thread, "[B", DefiningLoader::Bootstrap)?;
    let Ok(length) = i32::try_from(bytes.len()) else {
        return Err(throw_new(
            thread,
            "java/lang/OutOfMemoryError",
            Some("Requested array size exceeds VM limit"),
        ));
    };
    let array = crate::alloc::new_array(thread, class, length)?;
    for (i, b) in bytes.iter().enumerate() {
        array.set::<u8>(Ref::element_offset(i, 1), *b);
    }
    Ok(array)
}

/// The range `off..off + len` of a Java byte array, checked as the JDK's natives check it.
pub(crate) fn array_range(
    thread: &mut JavaThread,
    array: u64,
    off: i32,
    len: i32,
) -> JResult<(Ref, usize, usize)> {
    let Some(array) = Ref::from_bits(array) else {
        return Err(throw_new(thread, "java/lang/NullPointerException", None));
    };
    let length = array.array_length();
    if off < 0 || len < 0 || off as i64 + len as i64 > length as i64 {
        return Err(throw_new(
            thread,
            "java/lang/IndexOutOfBoundsException",
            None,
        ));
    }
    Ok((array, off as usize, len as usize))
}

/// Copies `array[off..off + len]` (already range-checked) out of the heap.
pub(crate) fn read_array(array: Ref, off: usize, len: usize) -> Vec<u8> {
    (off..off + len)
        .map(|i| array.get::<u8>(Ref::element_offset(i, 1)))
        .collect()
}

/// Copies `bytes` into `array` from index `off` (the range already checked).
pub(crate) fn write_array(array: Ref, off: usize, bytes: &[u8]) {
    for (i, b) in bytes.iter().enumerate() {
        array.set::<u8>(Ref::element_offset(off + i, 1), *b);
    }
}

/// The NUL-terminated bytes at a native address (a `NativeBuffer` the JDK filled with a path).
pub(crate) fn c_string(address: u64) -> Result<Vec<u8>, i32> {
    if address == 0 {
        return Err(EFAULT);
    }
    const LIMIT: usize = 1 << 20;
    let mut bytes = Vec::new();
    for i in 0..LIMIT {
        // SAFETY: the JDK passes the address of a NUL-terminated copy of the path in memory it
        // allocated; reading stops at the NUL.
        let b: u8 = unsafe { raw::load((address as usize).wrapping_add(i)) };
        if b == 0 {
            return Ok(bytes);
        }
        bytes.push(b);
    }
    Err(ENAMETOOLONG)
}

/// The path in a native buffer.
pub(crate) fn c_path(address: u64) -> Result<PathBuf, i32> {
    c_string(address).map(|b| PathBuf::from(OsString::from_vec(b)))
}

/// The `len` bytes of native memory at `address`, for reading.
///
/// # Safety
/// `address..address + len` is memory the caller's JDK class owns and keeps alive for the call
/// (a direct buffer or `Unsafe.allocateMemory` block), as the JDK's own natives assume.
pub(crate) unsafe fn native_slice<'a>(address: u64, len: usize) -> &'a [u8] {
    if address == 0 || len == 0 {
        return &[];
    }
    // SAFETY: per this function's contract.
    unsafe { std::slice::from_raw_parts(address as usize as *const u8, len) }
}

/// The `len` bytes of native memory at `address`, for writing.
///
/// # Safety
/// As for [`native_slice`], and nothing else refers to the range during the call.
pub(crate) unsafe fn native_slice_mut<'a>(address: u64, len: usize) -> &'a mut [u8] {
    if address == 0 || len == 0 {
        return &mut [];
    }
    // SAFETY: per this function's contract.
    unsafe { std::slice::from_raw_parts_mut(address as usize as *mut u8, len) }
}
