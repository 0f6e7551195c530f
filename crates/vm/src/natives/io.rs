//! `java.io` natives over real file descriptors: FileDescriptor, FileInputStream and
//! FileOutputStream (the streams behind `System.in/out/err` and file I/O).

use super::native_io::{array_range, borrow_fd, close_fd, io_exception, os_message};
use super::{nothing, Registry};
use crate::exceptions::throw_new;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use std::fs::File;
use std::io::{Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{IntoRawFd, RawFd};

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
    // Reads may block (a terminal, a pipe): they wait as safe threads, so collections run
    // meanwhile, and re-read the array from their frame afterwards.
    r.add_gc_safe(
        "java/io/FileInputStream",
        "readBytes",
        "([BII)I",
        read_bytes,
    );
    r.add_gc_safe("java/io/FileInputStream", "read0", "()I", read_byte);
    r.add("java/io/FileInputStream", "available0", "()I", available);
    r.add("java/io/FileInputStream", "skip0", "(J)J", skip);
    r.add("java/io/FileInputStream", "length0", "()J", |t, a| {
        let file = open_file(t, a[0])?;
        file.metadata()
            .map(|m| m.len())
            .map_err(|e| io_exception(t, &e))
    });
    r.add("java/io/FileInputStream", "position0", "()J", |t, a| {
        let file = open_file(t, a[0])?;
        std::io::Seek::stream_position(&mut &*file).map_err(|e| io_exception(t, &e))
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

/// The open file of a stream receiver (borrowed), or `IOException: Stream Closed`.
fn open_file(thread: &mut JavaThread, stream: u64) -> JResult<ManuallyDrop<File>> {
    match Ref::from_bits(stream)
        .and_then(fd_of_stream)
        .and_then(|(_, fd)| borrow_fd(fd))
    {
        Some(file) => Ok(file),
        None => Err(stream_closed(thread)),
    }
}

fn stream_closed(thread: &mut JavaThread) -> crate::thread::Throw {
    throw_new(thread, "java/io/IOException", Some("Stream Closed"))
}

fn write_bytes(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let file = open_file(thread, a[0])?;
    let (array, off, len) = array_range(thread, a[1], a[2] as u32 as i32, a[3] as u32 as i32)?;
    let bytes: Vec<u8> = (off..off + len)
        .map(|i| array.get::<u8>(Ref::element_offset(i, 1)))
        .collect();
    let mut file = file;
    file.write_all(&bytes)
        .map_err(|e| io_exception(thread, &e))?;
    Ok(0)
}

fn write_byte(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let mut file = open_file(thread, a[0])?;
    file.write_all(&[a[1] as u8])
        .map_err(|e| io_exception(thread, &e))?;
    Ok(0)
}

fn read_bytes(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let mut file = open_file(thread, a[0])?;
    let (_, off, len) = array_range(thread, a[1], a[2] as u32 as i32, a[3] as u32 as i32)?;
    if len == 0 {
        return Ok(0);
    }
    let mut buffer = vec![0u8; len];
    let read = crate::safepoint::blocking(thread, || file.read(&mut buffer));
    let n = read.map_err(|e| io_exception(thread, &e))?;
    if n == 0 {
        return Ok(-1i32 as u32 as u64);
    }
    let array = Ref::from_bits(thread.native_arg(1)).expect("checked not null");
    for (i, b) in buffer[..n].iter().enumerate() {
        array.set::<u8>(Ref::element_offset(off + i, 1), *b);
    }
    Ok(n as u64)
}

fn read_byte(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let mut file = open_file(thread, a[0])?;
    let mut b = [0u8];
    let read = crate::safepoint::blocking(thread, || file.read(&mut b));
    match read.map_err(|e| io_exception(thread, &e))? {
        0 => Ok(-1i32 as u32 as u64),
        _ => Ok(b[0] as u64),
    }
}

fn available(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let file = open_file(thread, a[0])?;
    let available = match (file.metadata(), std::io::Seek::stream_position(&mut &*file)) {
        (Ok(m), Ok(pos)) if m.is_file() => m.len().saturating_sub(pos).min(i32::MAX as u64),
        _ => 0,
    };
    Ok(available)
}

fn skip(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let file = open_file(thread, a[0])?;
    let n = a[1] as i64;
    let mut file = file;
    let skipped = std::io::copy(&mut (&*file).take(n.max(0) as u64), &mut std::io::sink())
        .map_err(|e| io_exception(thread, &e))?;
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
    // The standard streams stay open, as the JDK's close0 leaves them.
    if fd > 2 {
        close_fd(fd);
    }
    Ok(0)
}
