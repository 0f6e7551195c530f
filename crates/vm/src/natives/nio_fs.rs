//! `sun.nio.fs.UnixNativeDispatcher`: the system calls behind `java.nio.file` on Linux.
//!
//! Paths arrive as addresses of NUL-terminated native buffers; failures throw
//! `sun.nio.fs.UnixException(errno)`, which the provider translates into
//! `NoSuchFileException`, `AccessDeniedException` and the rest, with the texts HotSpot prints.
//! The capabilities reported leave out `openat` (so directory streams use `opendir`) and
//! birth times (Linux JDK 17 has none); they include `futimes`/`futimens`.

use super::native_io::{
    borrow_fd, c_path, close_fd, errno_of, new_byte_array, strerror, unix_exception, EBADF, EINVAL,
};
use super::Registry;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use std::collections::HashMap;
use std::ffi::CString;
use std::fs::{Metadata, ReadDir};
use std::io::{Read, Write};
use std::os::fd::IntoRawFd;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const UND: &str = "sun/nio/fs/UnixNativeDispatcher";

const SUPPORTS_FUTIMES: u64 = 1 << 2;
const SUPPORTS_FUTIMENS: u64 = 1 << 3;

const O_ACCMODE: i32 = 3;
const O_WRONLY: i32 = 1;
const O_RDWR: i32 = 2;

pub(crate) fn register(r: &mut Registry) {
    r.add(UND, "init", "()I", |_, _| {
        Ok(SUPPORTS_FUTIMES | SUPPORTS_FUTIMENS)
    });
    r.add(UND, "getcwd", "()[B", |t, _| {
        match std::env::current_dir() {
            Ok(dir) => Ok(new_byte_array(t, dir.as_os_str().as_bytes())?.to_bits()),
            Err(e) => Err(unix_exception(t, errno_of(&e))),
        }
    });
    r.add(UND, "strerror", "(I)[B", |t, a| {
        let message = strerror(a[0] as u32 as i32);
        Ok(new_byte_array(t, message.as_bytes())?.to_bits())
    });
    r.add(UND, "dup", "(I)I", |t, a| {
        let fd = a[0] as u32 as i32;
        let Some(file) = borrow_fd(fd) else {
            return Err(unix_exception(t, EBADF));
        };
        match file.try_clone() {
            Ok(copy) => Ok(copy.into_raw_fd() as u32 as u64),
            Err(e) => Err(unix_exception(t, errno_of(&e))),
        }
    });
    r.add(UND, "open0", "(JII)I", open);
    r.add(UND, "close0", "(I)V", |_, a| {
        close_fd(a[0] as u32 as i32);
        Ok(0)
    });
    r.add(
        UND,
        "stat0",
        "(JLsun/nio/fs/UnixFileAttributes;)V",
        |t, a| {
            let m = path_arg(t, a[0]).and_then(|p| with_errno(t, std::fs::metadata(p)))?;
            fill_attributes(a[2], &m);
            Ok(0)
        },
    );
    r.add(
        UND,
        "lstat0",
        "(JLsun/nio/fs/UnixFileAttributes;)V",
        |t, a| {
            let m = path_arg(t, a[0]).and_then(|p| with_errno(t, std::fs::symlink_metadata(p)))?;
            fill_attributes(a[2], &m);
            Ok(0)
        },
    );
    r.add(
        UND,
        "fstat",
        "(ILsun/nio/fs/UnixFileAttributes;)V",
        |t, a| {
            let Some(file) = borrow_fd(a[0] as u32 as i32) else {
                return Err(unix_exception(t, EBADF));
            };
            let m = with_errno(t, file.metadata())?;
            fill_attributes(a[1], &m);
            Ok(0)
        },
    );
    r.add(UND, "stat1", "(J)I", |_, a| {
        Ok(c_path(a[0])
            .ok()
            .and_then(|p| std::fs::metadata(p).ok())
            .map_or(0, |m| m.mode() as u64))
    });
    r.add(UND, "exists0", "(J)Z", |_, a| {
        Ok(c_path(a[0]).is_ok_and(|p| std::fs::metadata(p).is_ok()) as u64)
    });
    r.add(UND, "access0", "(JI)V", access);
    r.add(UND, "mkdir0", "(JI)V", |t, a| {
        let path = path_arg(t, a[0])?;
        let mode = a[2] as u32;
        with_errno(
            t,
            std::fs::DirBuilder::new().mode(mode & 0o7777).create(path),
        )?;
        Ok(0)
    });
    r.add(UND, "rmdir0", "(J)V", |t, a| {
        let path = path_arg(t, a[0])?;
        with_errno(t, std::fs::remove_dir(path))?;
        Ok(0)
    });
    r.add(UND, "unlink0", "(J)V", |t, a| {
        let path = path_arg(t, a[0])?;
        with_errno(t, std::fs::remove_file(path))?;
        Ok(0)
    });
    r.add(UND, "rename0", "(JJ)V", |t, a| {
        let (from, to) = (path_arg(t, a[0])?, path_arg(t, a[2])?);
        with_errno(t, std::fs::rename(from, to))?;
        Ok(0)
    });
    r.add(UND, "link0", "(JJ)V", |t, a| {
        let (existing, new) = (path_arg(t, a[0])?, path_arg(t, a[2])?);
        with_errno(t, std::fs::hard_link(existing, new))?;
        Ok(0)
    });
    r.add(UND, "symlink0", "(JJ)V", |t, a| {
        let (target, link) = (path_arg(t, a[0])?, path_arg(t, a[2])?);
        with_errno(t, std::os::unix::fs::symlink(target, link))?;
        Ok(0)
    });
    r.add(UND, "readlink0", "(J)[B", |t, a| {
        let target = path_arg(t, a[0]).and_then(|p| with_errno(t, std::fs::read_link(p)))?;
        Ok(new_byte_array(t, target.as_os_str().as_bytes())?.to_bits())
    });
    r.add(UND, "realpath0", "(J)[B", |t, a| {
        let real = path_arg(t, a[0]).and_then(|p| with_errno(t, std::fs::canonicalize(p)))?;
        Ok(new_byte_array(t, real.as_os_str().as_bytes())?.to_bits())
    });
    r.add(UND, "chmod0", "(JI)V", |t, a| {
        let path = path_arg(t, a[0])?;
        let permissions = std::fs::Permissions::from_mode(a[2] as u32);
        with_errno(t, std::fs::set_permissions(path, permissions))?;
        Ok(0)
    });
    r.add(UND, "fchmod", "(II)V", |t, a| {
        let Some(file) = borrow_fd(a[0] as u32 as i32) else {
            return Err(unix_exception(t, EBADF));
        };
        let permissions = std::fs::Permissions::from_mode(a[1] as u32);
        with_errno(t, file.set_permissions(permissions))?;
        Ok(0)
    });
    r.add(UND, "chown0", "(JII)V", |t, a| {
        let path = path_arg(t, a[0])?;
        let (uid, gid) = (a[2] as u32, a[3] as u32);
        with_errno(t, std::os::unix::fs::chown(path, Some(uid), Some(gid)))?;
        Ok(0)
    });
    r.add(UND, "lchown0", "(JII)V", |t, a| {
        let path = path_arg(t, a[0])?;
        let (uid, gid) = (a[2] as u32, a[3] as u32);
        with_errno(t, std::os::unix::fs::lchown(path, Some(uid), Some(gid)))?;
        Ok(0)
    });
    r.add(UND, "fchown", "(III)V", |t, a| {
        let Some(file) = borrow_fd(a[0] as u32 as i32) else {
            return Err(unix_exception(t, EBADF));
        };
        let (uid, gid) = (a[1] as u32, a[2] as u32);
        with_errno(t, std::os::unix::fs::fchown(&*file, Some(uid), Some(gid)))?;
        Ok(0)
    });
    // Times: microseconds for utimes/futimes, nanoseconds for futimens.
    r.add(UND, "futimes", "(IJJ)V", |t, a| {
        set_times_fd(t, a[0] as u32 as i32, a[1] as i64, a[3] as i64, 1_000)
    });
    r.add(UND, "futimens", "(IJJ)V", |t, a| {
        set_times_fd(t, a[0] as u32 as i32, a[1] as i64, a[3] as i64, 1)
    });
    r.add(UND, "utimes0", "(JJJ)V", |t, a| {
        let path = path_arg(t, a[0])?;
        let file = with_errno(t, std::fs::File::open(path))?;
        set_times_file(t, &file, a[2] as i64, a[4] as i64, 1_000)
    });
    r.add(UND, "opendir0", "(J)J", |t, a| {
        let path = path_arg(t, a[0])?;
        let entries = with_errno(t, std::fs::read_dir(path))?;
        Ok(add_dir(DirStream { entries, fd: None }))
    });
    r.add(UND, "fdopendir", "(I)J", |t, a| {
        // The descriptor is that of an open directory; read it through its /proc name, and
        // close it with the stream, as fdopendir hands it to the DIR.
        let fd = a[0] as u32 as i32;
        if fd < 0 {
            return Err(unix_exception(t, EBADF));
        }
        let entries = with_errno(t, std::fs::read_dir(format!("/proc/self/fd/{fd}")))?;
        Ok(add_dir(DirStream {
            entries,
            fd: Some(fd),
        }))
    });
    r.add(UND, "closedir", "(J)V", |_, a| {
        let stream = dirs()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&a[0]);
        if let Some(DirStream { fd: Some(fd), .. }) = stream {
            close_fd(fd);
        }
        Ok(0)
    });
    r.add(UND, "readdir", "(J)[B", |t, a| {
        let next = {
            let mut table = dirs().lock().unwrap_or_else(|e| e.into_inner());
            match table.get_mut(&a[0]) {
                Some(stream) => stream.entries.next(),
                None => return Err(unix_exception(t, EBADF)),
            }
        };
        match next {
            None => Ok(0),
            Some(Ok(entry)) => Ok(new_byte_array(t, entry.file_name().as_bytes())?.to_bits()),
            Some(Err(e)) => Err(unix_exception(t, errno_of(&e))),
        }
    });
    r.add(UND, "getpwuid", "(I)[B", |t, a| {
        let name = user_name(a[0] as u32).map_err(|errno| unix_exception(t, errno))?;
        Ok(new_byte_array(t, &name)?.to_bits())
    });
    r.add(UND, "getgrgid", "(I)[B", |t, a| {
        let name = group_name(a[0] as u32).map_err(|errno| unix_exception(t, errno))?;
        Ok(new_byte_array(t, &name)?.to_bits())
    });
    r.add(UND, "getpwnam0", "(J)I", |t, a| {
        let name = super::native_io::c_string(a[0]).map_err(|errno| unix_exception(t, errno))?;
        let id = user_id(&name).map_err(|errno| unix_exception(t, errno))?;
        Ok(id.map_or(-1i32 as u32, |id| id) as u64)
    });
    r.add(UND, "getgrnam0", "(J)I", |t, a| {
        let name = super::native_io::c_string(a[0]).map_err(|errno| unix_exception(t, errno))?;
        let id = group_id(&name).map_err(|errno| unix_exception(t, errno))?;
        Ok(id.map_or(-1i32 as u32, |id| id) as u64)
    });
    r.add("sun/nio/fs/UnixCopyFile", "transfer", "(IIJ)V", transfer);
    r.add(
        "sun/nio/fs/LinuxNativeDispatcher",
        "init",
        "()V",
        super::nothing,
    );
    r.add(UND, "read", "(IJI)I", |t, a| {
        let (fd, address, len) = (a[0] as u32 as i32, a[1], a[3] as u32 as i32);
        let Some(mut file) = borrow_fd(fd) else {
            return Err(unix_exception(t, EBADF));
        };
        // SAFETY: the JDK passes a native buffer of at least `len` bytes that it owns.
        let buffer = unsafe { super::native_io::native_slice_mut(address, len.max(0) as usize) };
        Ok(with_errno(t, file.read(buffer))? as u64)
    });
    r.add(UND, "write", "(IJI)I", |t, a| {
        let (fd, address, len) = (a[0] as u32 as i32, a[1], a[3] as u32 as i32);
        let Some(mut file) = borrow_fd(fd) else {
            return Err(unix_exception(t, EBADF));
        };
        // SAFETY: the JDK passes a native buffer of at least `len` bytes that it owns.
        let buffer = unsafe { super::native_io::native_slice(address, len.max(0) as usize) };
        Ok(with_errno(t, file.write(buffer))? as u64)
    });
}

/// The path in a native buffer, or a pending `UnixException`.
fn path_arg(thread: &mut JavaThread, address: u64) -> JResult<PathBuf> {
    c_path(address).map_err(|errno| unix_exception(thread, errno))
}

/// The value of an I/O result, or a pending `UnixException` with its errno.
fn with_errno<T>(thread: &mut JavaThread, result: std::io::Result<T>) -> JResult<T> {
    result.map_err(|e| unix_exception(thread, errno_of(&e)))
}

fn open(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let path = path_arg(thread, a[0])?;
    let (flags, mode) = (a[2] as u32 as i32, a[3] as u32);
    let mut options = std::fs::OpenOptions::new();
    match flags & O_ACCMODE {
        O_WRONLY => options.write(true),
        O_RDWR => options.read(true).write(true),
        _ => options.read(true),
    };
    // The creation, truncation and other flags go to open(2) as they are.
    options.custom_flags(flags & !O_ACCMODE).mode(mode);
    let file = with_errno(thread, options.open(path))?;
    Ok(file.into_raw_fd() as u32 as u64)
}

fn access(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let path = path_arg(thread, a[0])?;
    let Ok(path) = CString::new(path.into_os_string().into_vec()) else {
        return Err(unix_exception(thread, EINVAL));
    };
    let mode = a[2] as u32 as i32;
    // SAFETY: `path` is a valid NUL-terminated string that outlives the call.
    if unsafe { libc::access(path.as_ptr(), mode) } == 0 {
        Ok(0)
    } else {
        let e = std::io::Error::last_os_error();
        Err(unix_exception(thread, errno_of(&e)))
    }
}

/// Copies a stat result into a `UnixFileAttributes`.
fn fill_attributes(attributes: u64, m: &Metadata) {
    let Some(object) = Ref::from_bits(attributes) else {
        return;
    };
    let class = object.class();
    let set_int = |name: &str, v: i32| {
        if let Some(o) = class.instance_field_offset(name, "I") {
            object.set::<i32>(o, v);
        }
    };
    let set_long = |name: &str, v: i64| {
        if let Some(o) = class.instance_field_offset(name, "J") {
            object.set::<i64>(o, v);
        }
    };
    set_int("st_mode", m.mode() as i32);
    set_long("st_ino", m.ino() as i64);
    set_long("st_dev", m.dev() as i64);
    set_long("st_rdev", m.rdev() as i64);
    set_int("st_nlink", m.nlink() as i32);
    set_int("st_uid", m.uid() as i32);
    set_int("st_gid", m.gid() as i32);
    set_long("st_size", m.size() as i64);
    set_long("st_atime_sec", m.atime());
    set_long("st_atime_nsec", m.atime_nsec());
    set_long("st_mtime_sec", m.mtime());
    set_long("st_mtime_nsec", m.mtime_nsec());
    set_long("st_ctime_sec", m.ctime());
    set_long("st_ctime_nsec", m.ctime_nsec());
}

/// A time given in `unit` nanoseconds since the epoch (negative values before it).
fn system_time(value: i64, unit: i64) -> SystemTime {
    let nanos = i128::from(value) * i128::from(unit);
    let magnitude = Duration::new(
        (nanos.unsigned_abs() / 1_000_000_000).min(u64::MAX as u128) as u64,
        (nanos.unsigned_abs() % 1_000_000_000) as u32,
    );
    let time = if nanos >= 0 {
        UNIX_EPOCH.checked_add(magnitude)
    } else {
        UNIX_EPOCH.checked_sub(magnitude)
    };
    time.unwrap_or(UNIX_EPOCH)
}

fn set_times_fd(
    thread: &mut JavaThread,
    fd: i32,
    access: i64,
    modified: i64,
    unit: i64,
) -> JResult<u64> {
    let Some(file) = borrow_fd(fd) else {
        return Err(unix_exception(thread, EBADF));
    };
    set_times_file(thread, &file, access, modified, unit)
}

fn set_times_file(
    thread: &mut JavaThread,
    file: &std::fs::File,
    access: i64,
    modified: i64,
    unit: i64,
) -> JResult<u64> {
    let times = std::fs::FileTimes::new()
        .set_accessed(system_time(access, unit))
        .set_modified(system_time(modified, unit));
    with_errno(thread, file.set_times(times))?;
    Ok(0)
}

/// An open directory stream: the handle Java holds is a key of [`dirs`].
struct DirStream {
    entries: ReadDir,
    /// The descriptor `fdopendir` took over, closed with the stream.
    fd: Option<i32>,
}

fn dirs() -> &'static Mutex<HashMap<u64, DirStream>> {
    static DIRS: std::sync::OnceLock<Mutex<HashMap<u64, DirStream>>> = std::sync::OnceLock::new();
    DIRS.get_or_init(|| Mutex::new(HashMap::new()))
}

fn add_dir(stream: DirStream) -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let handle = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    dirs()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(handle, stream);
    handle
}

/// `UnixCopyFile.transfer(dst, src, cancel)`: copies the rest of `src` to `dst`, stopping with
/// ECANCELED once the int at `cancel` (when non-zero) becomes non-zero.
fn transfer(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    const ECANCELED: i32 = 125;
    let (dst, src, cancel) = (a[0] as u32 as i32, a[1] as u32 as i32, a[2]);
    let (Some(mut dst), Some(mut src)) = (borrow_fd(dst), borrow_fd(src)) else {
        return Err(unix_exception(thread, EBADF));
    };
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        // SAFETY: a non-zero `cancel` is the address of the int the JDK's Cancellable polls,
        // alive for the whole copy.
        if cancel != 0 && unsafe { crate::object::raw::load::<i32>(cancel as usize) } != 0 {
            return Err(unix_exception(thread, ECANCELED));
        }
        let n = match src.read(&mut buffer) {
            Ok(0) => return Ok(0),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(unix_exception(thread, errno_of(&e))),
        };
        with_errno(thread, dst.write_all(&buffer[..n]))?;
    }
}

/// Calls a `get*_r` lookup with a growing scratch buffer until it fits; `Ok(None)` when there
/// is no such entry. `call` gets the buffer and returns the function's result code and
/// whether an entry was found.
fn lookup<T>(
    mut call: impl FnMut(&mut [libc::c_char]) -> (i32, Option<T>),
) -> Result<Option<T>, i32> {
    let mut size = 1024;
    loop {
        let mut buffer = vec![0 as libc::c_char; size];
        match call(&mut buffer) {
            (0, found) => return Ok(found),
            (libc::ERANGE, _) if size < (1 << 20) => size *= 4,
            (errno, _) => return Err(errno),
        }
    }
}

/// The bytes of a C string the lookup functions return.
///
/// # Safety
/// `name` points to a NUL-terminated string alive for the call (inside the scratch buffer).
unsafe fn c_bytes(name: *const libc::c_char) -> Vec<u8> {
    // SAFETY: per this function's contract.
    unsafe { std::ffi::CStr::from_ptr(name) }
        .to_bytes()
        .to_vec()
}

/// The user name of a uid, ENOENT when there is none (the JDK then shows the number).
fn user_name(uid: u32) -> Result<Vec<u8>, i32> {
    let found = lookup(|buffer| {
        // SAFETY: an all-zero `passwd` is a valid value of this plain C struct.
        let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: every pointer is to live memory of the stated size; the strings the entry
        // points to lie in `buffer`, read before it is dropped.
        unsafe {
            let rc = libc::getpwuid_r(
                uid,
                &mut entry,
                buffer.as_mut_ptr(),
                buffer.len(),
                &mut result,
            );
            (
                rc,
                (!result.is_null() && !entry.pw_name.is_null()).then(|| c_bytes(entry.pw_name)),
            )
        }
    })?;
    found.filter(|n| !n.is_empty()).ok_or(libc::ENOENT)
}

/// The group name of a gid, ENOENT when there is none.
fn group_name(gid: u32) -> Result<Vec<u8>, i32> {
    let found = lookup(|buffer| {
        // SAFETY: an all-zero `group` is a valid value of this plain C struct.
        let mut entry: libc::group = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::group = std::ptr::null_mut();
        // SAFETY: as in `user_name`.
        unsafe {
            let rc = libc::getgrgid_r(
                gid,
                &mut entry,
                buffer.as_mut_ptr(),
                buffer.len(),
                &mut result,
            );
            (
                rc,
                (!result.is_null() && !entry.gr_name.is_null()).then(|| c_bytes(entry.gr_name)),
            )
        }
    })?;
    found.filter(|n| !n.is_empty()).ok_or(libc::ENOENT)
}

/// The uid of a user name, `None` when there is no such user.
fn user_id(name: &[u8]) -> Result<Option<u32>, i32> {
    let Ok(name) = CString::new(name) else {
        return Ok(None);
    };
    lookup(|buffer| {
        // SAFETY: an all-zero `passwd` is a valid value of this plain C struct.
        let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: as in `user_name`; `name` is NUL-terminated.
        let rc = unsafe {
            libc::getpwnam_r(
                name.as_ptr(),
                &mut entry,
                buffer.as_mut_ptr(),
                buffer.len(),
                &mut result,
            )
        };
        (rc, (!result.is_null()).then_some(entry.pw_uid))
    })
}

/// The gid of a group name, `None` when there is no such group.
fn group_id(name: &[u8]) -> Result<Option<u32>, i32> {
    let Ok(name) = CString::new(name) else {
        return Ok(None);
    };
    lookup(|buffer| {
        // SAFETY: an all-zero `group` is a valid value of this plain C struct.
        let mut entry: libc::group = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::group = std::ptr::null_mut();
        // SAFETY: as in `user_name`; `name` is NUL-terminated.
        let rc = unsafe {
            libc::getgrnam_r(
                name.as_ptr(),
                &mut entry,
                buffer.as_mut_ptr(),
                buffer.len(),
                &mut result,
            )
        };
        (rc, (!result.is_null()).then_some(entry.gr_gid))
    })
}
