//! `java.util.zip` natives: `Inflater` and `Deflater` (zlib's inflate and deflate through
//! `flate2`; `ZipFile`/`JarFile` read compressed entries with the first, `ZipOutputStream` and
//! `GZIPOutputStream` write with the second), and the `CRC32`/`Adler32` checksums.
//!
//! The `long` address an `Inflater` or `Deflater` holds is a key of a table of streams here,
//! not a pointer: a stale or forged value finds nothing and fails with an exception instead of
//! touching memory.

use super::native_io::{array_range, native_slice, native_slice_mut, read_array, write_array};
use super::{nothing, Registry};
use crate::exceptions::throw_new;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread, Throw};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

const INF: &str = "java/util/zip/Inflater";
const DEF: &str = "java/util/zip/Deflater";

pub(crate) fn register(r: &mut Registry) {
    register_inflater(r);
    register_deflater(r);
    let crc = "java/util/zip/CRC32";
    r.add(crc, "update", "(II)I", |_, a| {
        Ok(u64::from(crc32(a[0] as u32, &[a[1] as u8])))
    });
    r.add(crc, "updateBytes0", "(I[BII)I", |t, a| {
        let (array, off, len) = array_range(t, a[1], int(a[2]), int(a[3]))?;
        Ok(u64::from(crc32(a[0] as u32, &read_array(array, off, len))))
    });
    r.add(crc, "updateByteBuffer0", "(IJII)I", |_, a| {
        // SAFETY: the JDK passes a direct buffer's address, position and remaining length.
        let bytes = unsafe { buffer_bytes(a[1], a[3], a[4]) };
        Ok(u64::from(crc32(a[0] as u32, bytes)))
    });
    let adler = "java/util/zip/Adler32";
    r.add(adler, "update", "(II)I", |_, a| {
        Ok(u64::from(adler32(a[0] as u32, &[a[1] as u8])))
    });
    r.add(adler, "updateBytes", "(I[BII)I", |t, a| {
        let (array, off, len) = array_range(t, a[1], int(a[2]), int(a[3]))?;
        Ok(u64::from(adler32(
            a[0] as u32,
            &read_array(array, off, len),
        )))
    });
    r.add(adler, "updateByteBuffer", "(IJII)I", |_, a| {
        // SAFETY: as for CRC32.updateByteBuffer0.
        let bytes = unsafe { buffer_bytes(a[1], a[3], a[4]) };
        Ok(u64::from(adler32(a[0] as u32, bytes)))
    });
}

fn register_inflater(r: &mut Registry) {
    r.add(INF, "initIDs", "()V", nothing);
    r.add(INF, "init", "(Z)J", |_, a| {
        Ok(streams::add(Stream::Inflate(InflateStream::new(a[0] != 0))))
    });
    r.add(INF, "setDictionary", "(J[BII)V", |t, a| {
        let (array, off, len) = array_range(t, a[2], int(a[3]), int(a[4]))?;
        set_dictionary(t, a[0], &read_array(array, off, len))
    });
    r.add(INF, "setDictionaryBuffer", "(JJI)V", |t, a| {
        // SAFETY: the JDK passes a direct buffer's address and remaining length.
        let dictionary = unsafe { native_slice(a[2], length(a[4])) };
        set_dictionary(t, a[0], dictionary)
    });
    r.add(INF, "inflateBytesBytes", "(J[BII[BII)J", |t, a| {
        let (input, in_off, in_len) = array_range(t, a[3], int(a[4]), int(a[5]))?;
        let (output, out_off, out_len) = array_range(t, a[6], int(a[7]), int(a[8]))?;
        let input = read_array(input, in_off, in_len);
        let mut buffer = vec![0u8; out_len];
        let (result, written) = inflate(t, a[0], a[1], &input, &mut buffer)?;
        write_array(output, out_off, &buffer[..written]);
        Ok(result)
    });
    r.add(INF, "inflateBytesBuffer", "(J[BIIJI)J", |t, a| {
        let (input, in_off, in_len) = array_range(t, a[3], int(a[4]), int(a[5]))?;
        let input = read_array(input, in_off, in_len);
        // SAFETY: the JDK passes a direct buffer's address and remaining length.
        let output = unsafe { native_slice_mut(a[6], length(a[8])) };
        inflate(t, a[0], a[1], &input, output).map(|(result, _)| result)
    });
    r.add(INF, "inflateBufferBytes", "(JJI[BII)J", |t, a| {
        let (output, out_off, out_len) = array_range(t, a[6], int(a[7]), int(a[8]))?;
        // SAFETY: the JDK passes a direct buffer's address and remaining length.
        let input = unsafe { native_slice(a[3], length(a[5])) };
        let mut buffer = vec![0u8; out_len];
        let (result, written) = inflate(t, a[0], a[1], input, &mut buffer)?;
        write_array(output, out_off, &buffer[..written]);
        Ok(result)
    });
    r.add(INF, "inflateBufferBuffer", "(JJIJI)J", |t, a| {
        // SAFETY: the JDK passes two distinct direct buffers' addresses and remaining lengths.
        let (input, output) = unsafe {
            (
                native_slice(a[3], length(a[5])),
                native_slice_mut(a[6], length(a[8])),
            )
        };
        inflate(t, a[0], a[1], input, output).map(|(result, _)| result)
    });
    r.add(
        INF,
        "getAdler",
        "(J)I",
        |t, a| match streams::with_inflate(a[0], |s| s.adler) {
            Some(adler) => Ok(u64::from(adler)),
            None => Err(bad_stream(t)),
        },
    );
    r.add(INF, "reset", "(J)V", |t, a| {
        match streams::with_inflate(a[0], |s| *s = InflateStream::new(s.nowrap)) {
            Some(()) => Ok(0),
            None => Err(bad_stream(t)),
        }
    });
    r.add(INF, "end", "(J)V", |_, a| {
        streams::remove(a[0]);
        Ok(0)
    });
}

fn register_deflater(r: &mut Registry) {
    r.add(DEF, "init", "(IIZ)J", |_, a| {
        let (level, nowrap) = (a[0] as u32 as i32, a[2] != 0);
        Ok(streams::add(Stream::Deflate(DeflateStream::new(
            level, nowrap,
        ))))
    });
    r.add(DEF, "setDictionary", "(J[BII)V", |t, a| {
        let (array, off, len) = array_range(t, a[2], int(a[3]), int(a[4]))?;
        set_deflate_dictionary(t, a[0], &read_array(array, off, len))
    });
    r.add(DEF, "setDictionaryBuffer", "(JJI)V", |t, a| {
        // SAFETY: the JDK passes a direct buffer's address and remaining length.
        let dictionary = unsafe { native_slice(a[2], length(a[4])) };
        set_deflate_dictionary(t, a[0], dictionary)
    });
    r.add(DEF, "deflateBytesBytes", "(J[BII[BIIII)J", |t, a| {
        let (input, in_off, in_len) = array_range(t, a[3], int(a[4]), int(a[5]))?;
        let (output, out_off, out_len) = array_range(t, a[6], int(a[7]), int(a[8]))?;
        let input = read_array(input, in_off, in_len);
        let mut buffer = vec![0u8; out_len];
        let (result, written) = deflate(t, a[1], &input, &mut buffer, int(a[9]), int(a[10]))?;
        write_array(output, out_off, &buffer[..written]);
        Ok(result)
    });
    r.add(DEF, "deflateBytesBuffer", "(J[BIIJIII)J", |t, a| {
        let (input, in_off, in_len) = array_range(t, a[3], int(a[4]), int(a[5]))?;
        let input = read_array(input, in_off, in_len);
        // SAFETY: the JDK passes a direct buffer's address and remaining length.
        let output = unsafe { native_slice_mut(a[6], length(a[8])) };
        deflate(t, a[1], &input, output, int(a[9]), int(a[10])).map(|(result, _)| result)
    });
    r.add(DEF, "deflateBufferBytes", "(JJI[BIIII)J", |t, a| {
        let (output, out_off, out_len) = array_range(t, a[6], int(a[7]), int(a[8]))?;
        // SAFETY: the JDK passes a direct buffer's address and remaining length.
        let input = unsafe { native_slice(a[3], length(a[5])) };
        let mut buffer = vec![0u8; out_len];
        let (result, written) = deflate(t, a[1], input, &mut buffer, int(a[9]), int(a[10]))?;
        write_array(output, out_off, &buffer[..written]);
        Ok(result)
    });
    r.add(DEF, "deflateBufferBuffer", "(JJIJIII)J", |t, a| {
        // SAFETY: the JDK passes two distinct direct buffers' addresses and remaining lengths.
        let (input, output) = unsafe {
            (
                native_slice(a[3], length(a[5])),
                native_slice_mut(a[6], length(a[8])),
            )
        };
        deflate(t, a[1], input, output, int(a[9]), int(a[10])).map(|(result, _)| result)
    });
    r.add(
        DEF,
        "getAdler",
        "(J)I",
        |t, a| match streams::with_deflate(a[0], |s| s.adler) {
            Some(adler) => Ok(u64::from(adler)),
            None => Err(bad_stream(t)),
        },
    );
    r.add(DEF, "reset", "(J)V", |t, a| {
        match streams::with_deflate(a[0], |s| *s = DeflateStream::new(s.level, s.nowrap)) {
            Some(()) => Ok(0),
            None => Err(bad_stream(t)),
        }
    });
    r.add(DEF, "end", "(J)V", |_, a| {
        streams::remove(a[0]);
        Ok(0)
    });
}

/// An `int` argument.
fn int(slot: u64) -> i32 {
    slot as u32 as i32
}

/// An `int` length argument (negative ones as 0).
fn length(slot: u64) -> usize {
    int(slot).max(0) as usize
}

/// `len` bytes at `address + off` (both ints in slots).
///
/// # Safety
/// As for [`native_slice`].
unsafe fn buffer_bytes<'a>(address: u64, off: u64, len: u64) -> &'a [u8] {
    let (off, len) = (int(off), int(len));
    if off < 0 || len < 0 {
        return &[];
    }
    // SAFETY: per this function's contract.
    unsafe { native_slice(address.wrapping_add(off as u64), len as usize) }
}

/// One inflater's zlib stream.
struct InflateStream {
    inflate: Decompress,
    nowrap: bool,
    /// What zlib's `strm->adler` holds: the running Adler-32 of the output of a zlib stream,
    /// or the id of the dictionary a stream asks for.
    adler: u32,
}

impl InflateStream {
    fn new(nowrap: bool) -> InflateStream {
        InflateStream {
            inflate: Decompress::new(!nowrap),
            nowrap,
            adler: 1,
        }
    }
}

/// One deflater's zlib stream.
struct DeflateStream {
    deflate: Compress,
    nowrap: bool,
    level: i32,
    /// zlib's `strm->adler`: the running Adler-32 of the input of a zlib stream.
    adler: u32,
}

impl DeflateStream {
    fn new(level: i32, nowrap: bool) -> DeflateStream {
        DeflateStream {
            deflate: Compress::new(compression(level), !nowrap),
            nowrap,
            level,
            adler: 1,
        }
    }
}

/// A level as `Deflater` numbers them: 0 to 9, or -1 for zlib's default (6).
fn compression(level: i32) -> Compression {
    match u32::try_from(level) {
        Ok(level @ 0..=9) => Compression::new(level),
        _ => Compression::default(),
    }
}

enum Stream {
    Inflate(InflateStream),
    Deflate(DeflateStream),
}

/// The table of live streams, keyed by the handles the Java objects hold.
mod streams {
    use super::*;

    fn table() -> &'static Mutex<HashMap<u64, Stream>> {
        static TABLE: OnceLock<Mutex<HashMap<u64, Stream>>> = OnceLock::new();
        TABLE.get_or_init(|| Mutex::new(HashMap::new()))
    }

    pub(super) fn add(stream: Stream) -> u64 {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        let handle = NEXT.fetch_add(1, Ordering::Relaxed);
        table()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(handle, stream);
        handle
    }

    pub(super) fn with_inflate<T>(
        handle: u64,
        f: impl FnOnce(&mut InflateStream) -> T,
    ) -> Option<T> {
        match table()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_mut(&handle)
        {
            Some(Stream::Inflate(s)) => Some(f(s)),
            _ => None,
        }
    }

    pub(super) fn with_deflate<T>(
        handle: u64,
        f: impl FnOnce(&mut DeflateStream) -> T,
    ) -> Option<T> {
        match table()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_mut(&handle)
        {
            Some(Stream::Deflate(s)) => Some(f(s)),
            _ => None,
        }
    }

    pub(super) fn remove(handle: u64) {
        table()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&handle);
    }
}

/// A handle that names no live stream (the JDK never passes one after `end`).
fn bad_stream(thread: &mut JavaThread) -> Throw {
    throw_new(thread, "java/lang/NullPointerException", None)
}

fn set_dictionary(thread: &mut JavaThread, handle: u64, dictionary: &[u8]) -> JResult<u64> {
    let result = streams::with_inflate(handle, |s| {
        let r = s.inflate.set_dictionary(dictionary);
        if let Ok(adler) = r {
            s.adler = adler;
        }
        r.map_err(|e| e.message().unwrap_or("invalid dictionary").to_owned())
    });
    dictionary_result(thread, result)
}

fn set_deflate_dictionary(thread: &mut JavaThread, handle: u64, dictionary: &[u8]) -> JResult<u64> {
    let result = streams::with_deflate(handle, |s| {
        let r = s.deflate.set_dictionary(dictionary);
        if let Ok(adler) = r {
            s.adler = adler;
        }
        r.map_err(|e| e.message().unwrap_or("invalid dictionary").to_owned())
    });
    dictionary_result(thread, result)
}

fn dictionary_result(thread: &mut JavaThread, result: Option<Result<u32, String>>) -> JResult<u64> {
    match result {
        None => Err(bad_stream(thread)),
        Some(Ok(_)) => Ok(0),
        Some(Err(message)) => Err(throw_new(
            thread,
            "java/lang/IllegalArgumentException",
            Some(&message),
        )),
    }
}

/// The result word of the JDK's inflate and deflate natives: bytes read in bits 0..31,
/// written in 31..62, and two flags at 62 and 63.
fn packed(read: u64, written: u64, flag62: bool, flag63: bool) -> u64 {
    (read & 0x7fff_ffff)
        | ((written & 0x7fff_ffff) << 31)
        | (u64::from(flag62) << 62)
        | (u64::from(flag63) << 63)
}

/// Inflates `input` into `output` as the JDK's `Inflater.c` does; returns the packed result
/// (flags: finished, needs dictionary) and the number of bytes written. Corrupt data throws
/// `DataFormatException` after recording the bytes consumed in the `Inflater`'s
/// `inputConsumed`/`outputConsumed`.
fn inflate(
    thread: &mut JavaThread,
    this: u64,
    handle: u64,
    input: &[u8],
    output: &mut [u8],
) -> JResult<(u64, usize)> {
    enum Outcome {
        Done(u64, usize),
        Corrupt(u64, u64, Option<String>),
    }
    let outcome = streams::with_inflate(handle, |s| {
        let (in_before, out_before) = (s.inflate.total_in(), s.inflate.total_out());
        let result = s.inflate.decompress(input, output, FlushDecompress::None);
        let read = s.inflate.total_in() - in_before;
        let written = s.inflate.total_out() - out_before;
        if !s.nowrap {
            s.adler = adler32(s.adler, &output[..written as usize]);
        }
        match result {
            Ok(Status::StreamEnd) => {
                Outcome::Done(packed(read, written, true, false), written as usize)
            }
            Ok(Status::Ok) => Outcome::Done(packed(read, written, false, false), written as usize),
            // zlib's Z_BUF_ERROR: no progress possible, nothing reported as used.
            Ok(Status::BufError) => Outcome::Done(0, 0),
            Err(e) => match e.needs_dictionary() {
                Some(id) => {
                    s.adler = id;
                    Outcome::Done(packed(read, written, false, true), written as usize)
                }
                None => Outcome::Corrupt(read, written, e.message().map(str::to_owned)),
            },
        }
    });
    match outcome {
        None => Err(bad_stream(thread)),
        Some(Outcome::Done(result, written)) => Ok((result, written)),
        Some(Outcome::Corrupt(read, written, message)) => {
            if let Some(inflater) = Ref::from_bits(this) {
                let class = inflater.class();
                for (name, value) in [("inputConsumed", read), ("outputConsumed", written)] {
                    if let Some(o) = class.instance_field_offset(name, "I") {
                        inflater.set::<i32>(o, value as i32);
                    }
                }
            }
            Err(throw_new(
                thread,
                "java/util/zip/DataFormatException",
                message.as_deref(),
            ))
        }
    }
}

/// Deflates as the JDK's `Deflater.c` does. `flush` is `Deflater`'s NO_FLUSH (0), SYNC_FLUSH
/// (2), FULL_FLUSH (3) or FINISH (4); bit 0 of `params` asks for a new level instead (bits
/// 3.. hold it; the strategy in bits 1-2 is not supported by this zlib and is ignored). Returns
/// the packed result (flag 62: finished; flag 63, parameters still pending, is never set) and
/// the bytes written.
fn deflate(
    thread: &mut JavaThread,
    handle: u64,
    input: &[u8],
    output: &mut [u8],
    flush: i32,
    params: i32,
) -> JResult<(u64, usize)> {
    let outcome = streams::with_deflate(handle, |s| {
        if params & 1 != 0 {
            // zlib's deflateParams. This zlib changes the level only before any data has been
            // compressed; later changes are dropped (the stream stays valid, at the old level).
            // Either way the change counts as made, so the Java side never waits on it.
            let level = params >> 3;
            if s.deflate.set_level(compression(level)).is_ok() {
                s.level = level;
            }
            return Ok((0, 0));
        }
        let (in_before, out_before) = (s.deflate.total_in(), s.deflate.total_out());
        let flush = match flush {
            2 => FlushCompress::Sync,
            3 => FlushCompress::Full,
            4 => FlushCompress::Finish,
            _ => FlushCompress::None,
        };
        let result = s.deflate.compress(input, output, flush);
        let read = s.deflate.total_in() - in_before;
        let written = s.deflate.total_out() - out_before;
        if !s.nowrap {
            s.adler = adler32(s.adler, &input[..read as usize]);
        }
        match result {
            Ok(Status::StreamEnd) => Ok((packed(read, written, true, false), written as usize)),
            Ok(Status::Ok) => Ok((packed(read, written, false, false), written as usize)),
            Ok(Status::BufError) => Ok((0, 0)),
            Err(e) => Err(e.message().unwrap_or("deflate failed").to_owned()),
        }
    });
    match outcome {
        None => Err(bad_stream(thread)),
        Some(Ok(result)) => Ok(result),
        Some(Err(message)) => Err(throw_new(thread, "java/lang/InternalError", Some(&message))),
    }
}

/// The CRC-32 of IEEE 802.3 (zlib's `crc32`), continuing from `crc`.
pub(crate) fn crc32(crc: u32, bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut c = n as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[n] = c;
            n += 1;
        }
        table
    };
    let mut c = !crc;
    for &b in bytes {
        c = TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8);
    }
    !c
}

/// Adler-32 (zlib's `adler32`), continuing from `adler`.
pub(crate) fn adler32(adler: u32, bytes: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    // The largest run of bytes whose sums cannot overflow before reducing (zlib's NMAX).
    const RUN: usize = 5552;
    let (mut a, mut b) = (adler & 0xFFFF, adler >> 16);
    for chunk in bytes.chunks(RUN) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_match_known_values() {
        assert_eq!(crc32(0, b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(crc32(0, b"12345"), b"6789"), 0xCBF4_3926);
        assert_eq!(adler32(1, b"Wikipedia"), 0x11E6_0398);
        assert_eq!(adler32(adler32(1, b"Wiki"), b"pedia"), 0x11E6_0398);
    }

    #[test]
    fn inflates_a_zlib_stream() {
        use flate2::{Compress, Compression, FlushCompress};
        let text = b"hello hello hello hello, inflater";
        let mut compressed = vec![0u8; 256];
        let mut c = Compress::new(Compression::default(), true);
        c.compress(text, &mut compressed, FlushCompress::Finish)
            .unwrap();
        compressed.truncate(c.total_out() as usize);
        let mut s = InflateStream::new(false);
        let mut out = vec![0u8; 256];
        let status = s
            .inflate
            .decompress(&compressed, &mut out, FlushDecompress::None)
            .unwrap();
        assert_eq!(status, Status::StreamEnd);
        assert_eq!(&out[..s.inflate.total_out() as usize], text);
    }
}
