//! `sun.nio.ch`: the file-channel natives behind `FileChannel`, `Files.newByteChannel`,
//! `Files.readAllBytes`/`write` and the streams `Files` hands out — `FileDispatcherImpl` reads
//! and writes through native buffers, `FileChannelImpl` maps files, `IOUtil` reads descriptor
//! ints, and `NativeThread` (no signalling of blocked threads: there is nothing to interrupt).
//!
//! Read and write results follow the JDK's `IOStatus` convention: -1 at end of file, -2 when a
//! non-blocking descriptor has nothing, -3 when interrupted; other failures throw
//! `IOException` with the `strerror` text.

use super::native_io::{
    borrow_fd, close_fd, descriptor_of, errno_of, fd_value, io_exception, native_slice,
    native_slice_mut, set_fd_value, EBADF,
};
use super::{nothing, Registry};
use crate::exceptions::throw_new;
use crate::object::{raw, Ref};
use crate::thread::{JResult, JavaThread};
use std::io::{IoSlice, IoSliceMut, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{FileExt, MetadataExt};

const FDI: &str = "sun/nio/ch/FileDispatcherImpl";
const FCI: &str = "sun/nio/ch/FileChannelImpl";
const IOU: &str = "sun/nio/ch/IOUtil";
const NT: &str = "sun/nio/ch/NativeThread";

const IOS_EOF: i64 = -1;
const IOS_UNAVAILABLE: i64 = -2;
const IOS_INTERRUPTED: i64 = -3;
const IOS_UNSUPPORTED: i64 = -4;

const EAGAIN: i32 = 11;
const EINTR: i32 = 4;

/// The size of one `struct iovec`: a pointer and a length.
const IOVEC_SIZE: u64 = 16;
const IOV_MAX: usize = 1024;

pub(crate) fn register(r: &mut Registry) {
    r.add(FDI, "init", "()V", nothing);
    r.add(FDI, "read0", "(Ljava/io/FileDescriptor;JI)I", |t, a| {
        let (fd, address, len) = (fd_value(a[0]), a[1], int(a[3]));
        let file = open_fd(t, fd)?;
        // SAFETY: the JDK passes a native buffer of `len` bytes that it owns for the call.
        let buffer = unsafe { native_slice_mut(address, len) };
        status(t, (&*file).read(buffer), true).map(int_result)
    });
    r.add(FDI, "pread0", "(Ljava/io/FileDescriptor;JIJ)I", |t, a| {
        let (fd, address, len, position) = (fd_value(a[0]), a[1], int(a[3]), a[4]);
        let file = open_fd(t, fd)?;
        // SAFETY: as for read0.
        let buffer = unsafe { native_slice_mut(address, len) };
        status(t, file.read_at(buffer, position), true).map(int_result)
    });
    r.add(FDI, "readv0", "(Ljava/io/FileDescriptor;JI)J", |t, a| {
        let (fd, address, count) = (fd_value(a[0]), a[1], int(a[3]).min(IOV_MAX));
        let file = open_fd(t, fd)?;
        let mut slices: Vec<IoSliceMut<'_>> = iovecs(address, count)
            .into_iter()
            // SAFETY: each iovec names a native buffer region the JDK owns for the call.
            .map(|(base, len)| IoSliceMut::new(unsafe { native_slice_mut(base, len) }))
            .collect();
        status(t, (&*file).read_vectored(&mut slices), true)
    });
    r.add(FDI, "write0", "(Ljava/io/FileDescriptor;JI)I", |t, a| {
        let (fd, address, len) = (fd_value(a[0]), a[1], int(a[3]));
        let file = open_fd(t, fd)?;
        // SAFETY: the JDK passes a native buffer of `len` bytes that it owns for the call.
        let buffer = unsafe { native_slice(address, len) };
        status(t, (&*file).write(buffer), false).map(int_result)
    });
    r.add(FDI, "pwrite0", "(Ljava/io/FileDescriptor;JIJ)I", |t, a| {
        let (fd, address, len, position) = (fd_value(a[0]), a[1], int(a[3]), a[4]);
        let file = open_fd(t, fd)?;
        // SAFETY: as for write0.
        let buffer = unsafe { native_slice(address, len) };
        status(t, file.write_at(buffer, position), false).map(int_result)
    });
    r.add(FDI, "writev0", "(Ljava/io/FileDescriptor;JI)J", |t, a| {
        let (fd, address, count) = (fd_value(a[0]), a[1], int(a[3]).min(IOV_MAX));
        let file = open_fd(t, fd)?;
        let slices: Vec<IoSlice<'_>> = iovecs(address, count)
            .into_iter()
            // SAFETY: each iovec names a native buffer region the JDK owns for the call.
            .map(|(base, len)| IoSlice::new(unsafe { native_slice(base, len) }))
            .collect();
        status(t, (&*file).write_vectored(&slices), false)
    });
    r.add(FDI, "force0", "(Ljava/io/FileDescriptor;Z)I", |t, a| {
        let file = open_fd(t, fd_value(a[0]))?;
        let result = if a[1] != 0 {
            file.sync_all()
        } else {
            file.sync_data()
        };
        result.map_err(|e| io_exception(t, &e))?;
        Ok(0)
    });
    r.add(FDI, "seek0", "(Ljava/io/FileDescriptor;J)J", |t, a| {
        let file = open_fd(t, fd_value(a[0]))?;
        let offset = a[1] as i64;
        let to = if offset < 0 {
            SeekFrom::Current(0)
        } else {
            SeekFrom::Start(offset as u64)
        };
        (&*file).seek(to).map_err(|e| io_exception(t, &e))
    });
    r.add(FDI, "truncate0", "(Ljava/io/FileDescriptor;J)I", |t, a| {
        let file = open_fd(t, fd_value(a[0]))?;
        file.set_len(a[1]).map_err(|e| io_exception(t, &e))?;
        Ok(0)
    });
    r.add(FDI, "size0", "(Ljava/io/FileDescriptor;)J", |t, a| {
        let file = open_fd(t, fd_value(a[0]))?;
        file.metadata()
            .map(|m| m.len())
            .map_err(|e| io_exception(t, &e))
    });
    r.add(FDI, "lock0", "(Ljava/io/FileDescriptor;ZJJZ)I", lock);
    r.add(FDI, "release0", "(Ljava/io/FileDescriptor;JJ)V", |t, a| {
        let fd = fd_value(a[0]);
        let (position, size) = (a[1] as i64, a[3] as i64);
        match fcntl_lock(fd, libc::F_SETLK, libc::F_UNLCK, position, size) {
            Ok(()) => Ok(0),
            Err(e) => Err(io_exception(t, &e)),
        }
    });
    r.add(FDI, "close0", "(Ljava/io/FileDescriptor;)V", |_, a| {
        if let Some(descriptor) = Ref::from_bits(a[0]) {
            let fd = fd_value(a[0]);
            set_fd_value(descriptor, -1);
            // The standard streams stay open, as the JDK keeps them (it points them at
            // /dev/null); closing them would let a later open reuse their numbers.
            if fd > 2 {
                close_fd(fd);
            }
        }
        Ok(0)
    });
    r.add(FDI, "preClose0", "(Ljava/io/FileDescriptor;)V", nothing);
    r.add(FDI, "closeIntFD", "(I)V", |_, a| {
        close_fd(a[0] as u32 as i32);
        Ok(0)
    });
    r.add(FDI, "canTransferToFromOverlappedMap0", "()Z", |_, _| Ok(1));
    r.add(FCI, "initIDs", "()J", |_, _| Ok(page_size()));
    r.add(FCI, "maxDirectTransferSize0", "()I", |_, _| Ok(0x7fff_f000));
    r.add(
        FCI,
        "transferTo0",
        "(Ljava/io/FileDescriptor;JJLjava/io/FileDescriptor;)J",
        // Not offered: FileChannelImpl then copies through buffers.
        |_, _| Ok(IOS_UNSUPPORTED as u64),
    );
    r.add(FCI, "map0", "(IJJZ)J", map);
    r.add(FCI, "unmap0", "(JJ)I", |t, a| {
        let (address, length) = (a[0], a[2]);
        // SAFETY: the JDK unmaps only what map0 mapped, with the same address and length,
        // once no buffer refers to it any more.
        if unsafe { libc::munmap(address as usize as *mut libc::c_void, length as usize) } != 0 {
            let e = std::io::Error::last_os_error();
            return Err(io_exception(t, &e));
        }
        Ok(0)
    });
    r.add(IOU, "initIDs", "()V", nothing);
    r.add(IOU, "iovMax", "()I", |_, _| Ok(IOV_MAX as u64));
    r.add(IOU, "fdLimit", "()I", |_, _| Ok(fd_limit()));
    r.add(IOU, "fdVal", "(Ljava/io/FileDescriptor;)I", |_, a| {
        Ok(fd_value(a[0]) as u32 as u64)
    });
    r.add(IOU, "setfdVal", "(Ljava/io/FileDescriptor;I)V", |_, a| {
        if let Some(descriptor) = Ref::from_bits(a[0]) {
            set_fd_value(descriptor, a[1] as u32 as i32);
        }
        Ok(0)
    });
    r.add("sun/nio/ch/FileKey", "initIDs", "()V", nothing);
    r.add(
        "sun/nio/ch/FileKey",
        "init",
        "(Ljava/io/FileDescriptor;)V",
        |t, a| {
            // The identity of the open file, for FileLockTable: its device and inode.
            let file = open_fd(t, fd_value(a[1]))?;
            let m = file.metadata().map_err(|e| io_exception(t, &e))?;
            if let Some(key) = Ref::from_bits(a[0]) {
                for (name, value) in [("st_dev", m.dev()), ("st_ino", m.ino())] {
                    if let Some(o) = key.class().instance_field_offset(name, "J") {
                        key.set::<i64>(o, value as i64);
                    }
                }
            }
            Ok(0)
        },
    );
    r.add(NT, "init", "()V", nothing);
    // No native thread handles: NativeThreadSet treats 0 as "none" and never signals it.
    r.add(NT, "current", "()J", |_, _| Ok(0));
    r.add(NT, "signal", "(J)V", nothing);
}

/// An `int` argument used as a length (negative ones as 0).
fn int(slot: u64) -> usize {
    (slot as u32 as i32).max(0) as usize
}

fn int_result(n: u64) -> u64 {
    n as i64 as i32 as u32 as u64
}

fn open_fd(thread: &mut JavaThread, fd: i32) -> JResult<std::mem::ManuallyDrop<std::fs::File>> {
    borrow_fd(fd).ok_or_else(|| {
        let e = std::io::Error::from_raw_os_error(EBADF);
        io_exception(thread, &e)
    })
}

/// A read or write result as `IOStatus`: bytes moved, EOF for a read of nothing, or a failure.
fn status(thread: &mut JavaThread, result: std::io::Result<usize>, reading: bool) -> JResult<u64> {
    match result {
        Ok(0) if reading => Ok(IOS_EOF as u64),
        Ok(n) => Ok(n as u64),
        Err(e) => match errno_of(&e) {
            EAGAIN => Ok(IOS_UNAVAILABLE as u64),
            EINTR => Ok(IOS_INTERRUPTED as u64),
            _ => Err(io_exception(thread, &e)),
        },
    }
}

/// The `(base, len)` pairs of an array of `count` iovecs at `address`.
fn iovecs(address: u64, count: usize) -> Vec<(u64, usize)> {
    if address == 0 {
        return Vec::new();
    }
    (0..count as u64)
        .map(|i| {
            let at = address.wrapping_add(i * IOVEC_SIZE) as usize;
            // SAFETY: the JDK's IOVecWrapper filled `count` iovecs at `address`.
            let (base, len): (u64, u64) = unsafe { (raw::load(at), raw::load(at.wrapping_add(8))) };
            (base, len as usize)
        })
        .collect()
}

fn page_size() -> u64 {
    // SAFETY: sysconf only reads a configuration value.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if size > 0 {
        size as u64
    } else {
        4096
    }
}

fn fd_limit() -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes the struct we pass and nothing else.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
        return i32::MAX as u64;
    }
    limit.rlim_max.min(i32::MAX as u64)
}

/// `FileDispatcherImpl.lock0`: 0 locked, -1 not available (non-blocking), 2 interrupted.
fn lock(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    const LOCKED: u64 = 0;
    const NO_LOCK: i32 = -1;
    const INTERRUPTED: u64 = 2;
    let fd = fd_value(a[0]);
    let blocking = a[1] != 0;
    let (position, size, shared) = (a[2] as i64, a[4] as i64, a[6] != 0);
    let command = if blocking {
        libc::F_SETLKW
    } else {
        libc::F_SETLK
    };
    let kind = if shared { libc::F_RDLCK } else { libc::F_WRLCK };
    match fcntl_lock(fd, command, kind, position, size) {
        Ok(()) => Ok(LOCKED),
        Err(e) => match errno_of(&e) {
            libc::EAGAIN | libc::EACCES if !blocking => Ok(NO_LOCK as u32 as u64),
            EINTR => Ok(INTERRUPTED),
            _ => Err(io_exception(thread, &e)),
        },
    }
}

fn fcntl_lock(
    fd: i32,
    command: libc::c_int,
    kind: libc::c_int,
    position: i64,
    size: i64,
) -> std::io::Result<()> {
    // SAFETY: an all-zero `flock` is a valid value of this plain C struct.
    let mut request: libc::flock = unsafe { std::mem::zeroed() };
    request.l_type = kind as libc::c_short;
    request.l_whence = libc::SEEK_SET as libc::c_short;
    request.l_start = position;
    // A size of Long.MAX_VALUE means "to the end, however far": 0 in fcntl's terms.
    request.l_len = if size == i64::MAX { 0 } else { size };
    // SAFETY: fcntl with a lock command reads the struct we pass; a bad fd fails with EBADF.
    if unsafe { libc::fcntl(fd, command, &request) } == -1 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// `FileChannelImpl.map0(prot, position, length, isSync)` on the channel's descriptor.
fn map(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    const MAP_RO: i32 = 0;
    const MAP_RW: i32 = 1;
    let fd = descriptor_of(a[0]).map_or(-1, |d| fd_value(d.to_bits()));
    let (mode, position, length) = (a[1] as u32 as i32, a[2] as i64, a[4] as usize);
    let (protection, flags) = match mode {
        MAP_RO => (libc::PROT_READ, libc::MAP_SHARED),
        MAP_RW => (libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED),
        _ => (libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE),
    };
    // SAFETY: a fresh mapping chosen by the kernel (no fixed address), so no existing memory
    // is affected; a bad descriptor or range makes mmap fail, which is reported below.
    let address = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            length,
            protection,
            flags,
            fd,
            position,
        )
    };
    if address == libc::MAP_FAILED {
        let e = std::io::Error::last_os_error();
        if errno_of(&e) == libc::ENOMEM {
            return Err(throw_new(
                thread,
                "java/lang/OutOfMemoryError",
                Some("Map failed"),
            ));
        }
        return Err(io_exception(thread, &e));
    }
    Ok(address as usize as u64)
}
