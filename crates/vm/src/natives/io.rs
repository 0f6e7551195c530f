//! `java.io` natives over real file descriptors: FileDescriptor, FileInputStream and
//! FileOutputStream (the streams behind `System.in/out/err` and file I/O).

use super::{nothing, Registry};
use crate::exceptions::throw_new;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use std::fs::File;
use std::io::{Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, IntoRawFd, RawFd};

pub(crate) fn register(r: &mut Registry) {
    for class in [
        "java/io/FileDescriptor",
        "java/io/FileInputStream",
        "java/io/FileOutputStream",
        "java/io/RandomAccessFile",
    ] {
        r.add(class, "initIDs", "()V", nothing);
    }
    r.add("java/io/FileDescriptor", "getHandle", "(I)J", |_, _| {
        Ok(-1i64 as u64)
    });
    r.add("java/io/FileDescriptor", "getAppend", "(I)Z", |_, _| Ok(0));
    r.add("java/io/FileDescriptor", "close0", "()V", fd_close);
    r.add(
        "java/io/FileOutputStream",
        "writeBytes",
        "([BIIZ)V",
        write_bytes,
    );
    r.add("java/io/FileOutputStream", "write", "(IZ)V", write_byte);
    r.add(
        "java/io/FileOutputStream",
        "open0",
        "(Ljava/lang/String;Z)V",
        |t, a| open(t, a, if a[2] != 0 { Mode::Append } else { Mode::Write }),
    );
    r.add(
        "java/io/FileInputStream",
        "open0",
        "(Ljava/lang/String;)V",
        |t, a| open(t, a, Mode::Read),
    );
    r.add(
        "java/io/FileInputStream",
        "readBytes",
        "([BII)I",
        read_bytes,
    );
    r.add("java/io/FileInputStream", "read0", "()I", read_byte);
    r.add("java/io/FileInputStream", "available0", "()I", available);
    r.add("java/io/FileInputStream", "skip0", "(J)J", skip);
    r.add("java/io/FileInputStream", "length0", "()J", |t, a| {
        let Some((_, fd)) = Ref::from_bits(a[0])
            .and_then(fd_of_stream)
            .filter(|(_, fd)| *fd >= 0)
        else {
            return Err(stream_closed(t));
        };
        borrow_fd(fd)
            .metadata()
            .map(|m| m.len())
            .map_err(|e| io_exception(t, e))
    });
    r.add("java/io/FileInputStream", "position0", "()J", |t, a| {
        let Some((_, fd)) = Ref::from_bits(a[0])
            .and_then(fd_of_stream)
            .filter(|(_, fd)| *fd >= 0)
        else {
            return Err(stream_closed(t));
        };
        std::io::Seek::stream_position(&mut &*borrow_fd(fd)).map_err(|e| io_exception(t, e))
    });
}

/// The `fd` int of the stream's `FileDescriptor` (`this.fd.fd`).
fn fd_of_stream(stream: Ref) -> Option<(Ref, RawFd)> {
    let sc = stream.class();
    let fd_field = find(sc, "fd", "Ljava/io/FileDescriptor;")?;
    let descriptor = stream.get_ref(fd_field)?;
    let int_field = find(descriptor.class(), "fd", "I")?;
    Some((descriptor, descriptor.get::<i32>(int_field)))
}

fn find(class: &'static crate::class::Class, name: &str, descriptor: &str) -> Option<usize> {
    class.instance_field_offset(name, descriptor)
}

/// Borrows an open descriptor as a `File` without taking ownership.
fn borrow_fd(fd: RawFd) -> ManuallyDrop<File> {
    // SAFETY: `fd` is the open descriptor of a Java FileDescriptor; ManuallyDrop keeps this
    // borrow from closing it, which only `close0` does.
    ManuallyDrop::new(unsafe { File::from_raw_fd(fd) })
}

fn io_exception(thread: &mut JavaThread, e: std::io::Error) -> crate::thread::Throw {
    throw_new(thread, "java/io/IOException", Some(&os_message(&e)))
}

/// The `strerror` text HotSpot's I/O natives put in messages.
fn os_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_owned()
}

fn stream_closed(thread: &mut JavaThread) -> crate::thread::Throw {
    throw_new(thread, "java/io/IOException", Some("Stream Closed"))
}

/// The bytes `b[off..off+len]` of a Java byte array, bounds-checked as the JDK's natives do.
fn array_range(
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

fn write_bytes(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some((_, fd)) = Ref::from_bits(a[0])
        .and_then(fd_of_stream)
        .filter(|(_, fd)| *fd >= 0)
    else {
        return Err(stream_closed(thread));
    };
    let (array, off, len) = array_range(thread, a[1], a[2] as u32 as i32, a[3] as u32 as i32)?;
    let bytes: Vec<u8> = (off..off + len)
        .map(|i| array.get::<u8>(Ref::element_offset(i, 1)))
        .collect();
    let mut file = borrow_fd(fd);
    file.write_all(&bytes)
        .map_err(|e| io_exception(thread, e))?;
    Ok(0)
}

fn write_byte(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some((_, fd)) = Ref::from_bits(a[0])
        .and_then(fd_of_stream)
        .filter(|(_, fd)| *fd >= 0)
    else {
        return Err(stream_closed(thread));
    };
    borrow_fd(fd)
        .write_all(&[a[1] as u8])
        .map_err(|e| io_exception(thread, e))?;
    Ok(0)
}

fn read_bytes(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some((_, fd)) = Ref::from_bits(a[0])
        .and_then(fd_of_stream)
        .filter(|(_, fd)| *fd >= 0)
    else {
        return Err(stream_closed(thread));
    };
    let (array, off, len) = array_range(thread, a[1], a[2] as u32 as i32, a[3] as u32 as i32)?;
    if len == 0 {
        return Ok(0);
    }
    let mut buffer = vec![0u8; len];
    let n = borrow_fd(fd)
        .read(&mut buffer)
        .map_err(|e| io_exception(thread, e))?;
    if n == 0 {
        return Ok(-1i32 as u32 as u64);
    }
    for (i, b) in buffer[..n].iter().enumerate() {
        array.set::<u8>(Ref::element_offset(off + i, 1), *b);
    }
    Ok(n as u64)
}

fn read_byte(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some((_, fd)) = Ref::from_bits(a[0])
        .and_then(fd_of_stream)
        .filter(|(_, fd)| *fd >= 0)
    else {
        return Err(stream_closed(thread));
    };
    let mut b = [0u8];
    match borrow_fd(fd)
        .read(&mut b)
        .map_err(|e| io_exception(thread, e))?
    {
        0 => Ok(-1i32 as u32 as u64),
        _ => Ok(b[0] as u64),
    }
}

fn available(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some((_, fd)) = Ref::from_bits(a[0])
        .and_then(fd_of_stream)
        .filter(|(_, fd)| *fd >= 0)
    else {
        return Err(stream_closed(thread));
    };
    let file = borrow_fd(fd);
    let available = match (file.metadata(), std::io::Seek::stream_position(&mut &*file)) {
        (Ok(m), Ok(pos)) if m.is_file() => m.len().saturating_sub(pos).min(i32::MAX as u64),
        _ => 0,
    };
    Ok(available)
}

fn skip(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some((_, fd)) = Ref::from_bits(a[0])
        .and_then(fd_of_stream)
        .filter(|(_, fd)| *fd >= 0)
    else {
        return Err(stream_closed(thread));
    };
    let n = a[1] as i64;
    let mut file = borrow_fd(fd);
    let skipped = std::io::copy(&mut (&*file).take(n.max(0) as u64), &mut std::io::sink())
        .map_err(|e| io_exception(thread, e))?;
    let _ = &mut file;
    Ok(skipped)
}

enum Mode {
    Read,
    Write,
    Append,
}

fn open(thread: &mut JavaThread, a: &[u64], mode: Mode) -> JResult<u64> {
    let path = Ref::from_bits(a[1])
        .map(crate::strings::string_to_rust)
        .unwrap_or_default();
    let mut options = std::fs::OpenOptions::new();
    match mode {
        Mode::Read => options.read(true),
        Mode::Write => options.write(true).create(true).truncate(true),
        Mode::Append => options.append(true).create(true),
    };
    let result = if std::path::Path::new(&path).is_dir() {
        Err(std::io::Error::from_raw_os_error(21))
    } else {
        options.open(&path)
    };
    match result {
        Ok(file) => {
            let fd = file.into_raw_fd();
            if let Some((descriptor, _)) = Ref::from_bits(a[0]).and_then(fd_of_stream) {
                if let Some(offset) = find(descriptor.class(), "fd", "I") {
                    descriptor.set::<i32>(offset, fd);
                }
            }
            Ok(0)
        }
        Err(e) => {
            let msg = format!("{path} ({})", os_message(&e));
            Err(throw_new(
                thread,
                "java/io/FileNotFoundException",
                Some(&msg),
            ))
        }
    }
}

fn fd_close(_: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let Some(descriptor) = Ref::from_bits(a[0]) else {
        return Ok(0);
    };
    let Some(offset) = find(descriptor.class(), "fd", "I") else {
        return Ok(0);
    };
    let fd = descriptor.get::<i32>(offset);
    descriptor.set::<i32>(offset, -1);
    if fd > 2 {
        // SAFETY: the Java FileDescriptor owned this open descriptor, and has just given it up.
        drop(unsafe { File::from_raw_fd(fd) });
    }
    Ok(0)
}
