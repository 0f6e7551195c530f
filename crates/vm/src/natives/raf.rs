//! `java.io.RandomAccessFile` over a real descriptor (also what `java.util.zip.ZipFile` reads
//! jars through). Messages follow the JDK's `io_util.c`: a closed file is "Stream Closed",
//! failures carry the `strerror` text.

use super::native_io::{
    array_range, borrow_fd, descriptor_of, fd_value, io_exception, os_message, read_array,
    set_fd_value, write_array,
};
use super::Registry;
use crate::exceptions::throw_new;
use crate::object::Ref;
use crate::strings::string_to_rust;
use crate::thread::{JResult, JavaThread, Throw};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::fd::IntoRawFd;
use std::os::unix::fs::OpenOptionsExt;

const RAF: &str = "java/io/RandomAccessFile";

// RandomAccessFile's mode bits.
const O_RDWR: i32 = 2;
const O_SYNC: i32 = 4;
const O_DSYNC: i32 = 8;

pub(crate) fn register(r: &mut Registry) {
    r.add(RAF, "open0", "(Ljava/lang/String;I)V", open);
    r.add(RAF, "read0", "()I", |t, a| {
        let file = file_of(t, a[0])?;
        let mut b = [0u8];
        match (&*file).read(&mut b).map_err(|e| io_exception(t, &e))? {
            0 => Ok(-1i32 as u32 as u64),
            _ => Ok(u64::from(b[0])),
        }
    });
    r.add(RAF, "readBytes", "([BII)I", |t, a| {
        let file = file_of(t, a[0])?;
        let (array, off, len) = array_range(t, a[1], a[2] as u32 as i32, a[3] as u32 as i32)?;
        if len == 0 {
            return Ok(0);
        }
        let mut buffer = vec![0u8; len.min(1 << 20)];
        let n = (&*file)
            .read(&mut buffer)
            .map_err(|e| io_exception(t, &e))?;
        if n == 0 {
            return Ok(-1i32 as u32 as u64);
        }
        write_array(array, off, &buffer[..n]);
        Ok(n as u64)
    });
    r.add(RAF, "write0", "(I)V", |t, a| {
        let file = file_of(t, a[0])?;
        (&*file)
            .write_all(&[a[1] as u8])
            .map_err(|e| io_exception(t, &e))?;
        Ok(0)
    });
    r.add(RAF, "writeBytes", "([BII)V", |t, a| {
        let file = file_of(t, a[0])?;
        let (array, off, len) = array_range(t, a[1], a[2] as u32 as i32, a[3] as u32 as i32)?;
        let bytes = read_array(array, off, len);
        (&*file)
            .write_all(&bytes)
            .map_err(|e| io_exception(t, &e))?;
        Ok(0)
    });
    r.add(RAF, "getFilePointer", "()J", |t, a| {
        let file = file_of(t, a[0])?;
        (&*file).stream_position().map_err(|e| io_exception(t, &e))
    });
    r.add(RAF, "seek0", "(J)V", |t, a| {
        let file = file_of(t, a[0])?;
        let position = a[1] as i64;
        if position < 0 {
            return Err(throw_new(
                t,
                "java/io/IOException",
                Some("Negative seek offset"),
            ));
        }
        (&*file)
            .seek(SeekFrom::Start(position as u64))
            .map_err(|e| io_exception(t, &e))?;
        Ok(0)
    });
    r.add(RAF, "length", "()J", |t, a| {
        let file = file_of(t, a[0])?;
        file.metadata()
            .map(|m| m.len())
            .map_err(|e| io_exception(t, &e))
    });
    r.add(RAF, "setLength", "(J)V", |t, a| {
        let file = file_of(t, a[0])?;
        let length = a[1] as i64;
        let result = (|| {
            let current = (&*file).stream_position()?;
            let length = u64::try_from(length)
                .map_err(|_| std::io::Error::from_raw_os_error(super::native_io::EINVAL))?;
            file.set_len(length)?;
            if current > length {
                (&*file).seek(SeekFrom::End(0))?;
            } else {
                (&*file).seek(SeekFrom::Start(current))?;
            }
            Ok::<(), std::io::Error>(())
        })();
        result.map_err(|e| io_exception(t, &e))?;
        Ok(0)
    });
}

/// The open descriptor of a `RandomAccessFile`, or a pending "Stream Closed".
fn file_of(thread: &mut JavaThread, raf: u64) -> JResult<ManuallyDrop<File>> {
    descriptor_of(raf)
        .and_then(|d| borrow_fd(fd_value(d.to_bits())))
        .ok_or_else(|| stream_closed(thread))
}

fn stream_closed(thread: &mut JavaThread) -> Throw {
    throw_new(thread, "java/io/IOException", Some("Stream Closed"))
}

fn open(thread: &mut JavaThread, a: &[u64]) -> JResult<u64> {
    let path = Ref::from_bits(a[1]).map(string_to_rust).unwrap_or_default();
    let mode = a[2] as u32 as i32;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    if mode & O_RDWR != 0 {
        options.write(true).create(true);
        let mut flags = 0;
        if mode & O_SYNC != 0 {
            flags |= libc::O_SYNC;
        } else if mode & O_DSYNC != 0 {
            flags |= libc::O_DSYNC;
        }
        options.custom_flags(flags).mode(0o666);
    }
    let result = options.open(&path).and_then(|file| {
        // Like the JDK, refuse directories (read-only open(2) of one succeeds).
        if file.metadata()?.is_dir() {
            Err(std::io::Error::from_raw_os_error(21))
        } else {
            Ok(file)
        }
    });
    match result {
        Ok(file) => {
            match descriptor_of(a[0]) {
                Some(descriptor) => set_fd_value(descriptor, file.into_raw_fd()),
                None => drop(file),
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
