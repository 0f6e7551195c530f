//! `java.util.zip` natives: `Inflater` (what `ZipFile`/`JarFile` read compressed entries with,
//! zlib's inflate through `flate2`), and the `CRC32`/`Adler32` checksums.
//!
//! The `long` address an `Inflater` holds is a key of a table of streams here, not a pointer:
//! a stale or forged value finds nothing and fails with an exception instead of touching memory.

use super::native_io::{array_range, native_slice, native_slice_mut, read_array, write_array};
use super::{nothing, Registry};
use crate::exceptions::throw_new;
use crate::object::Ref;
use crate::thread::{JResult, JavaThread};
use flate2::{Decompress, FlushDecompress, Status};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

const INF: &str = "java/util/zip/Inflater";

pub(crate) fn register(r: &mut Registry) {
    r.add(INF, "initIDs", "()V", nothing);
    r.add(INF, "init", "(Z)J", |_, a| {
        let nowrap = a[0] != 0;
        Ok(streams::add(Stream::new(nowrap)))
    });
    r.add(INF, "setDictionary", "(J[BII)V", |t, a| {
        let (array, off, len) = array_range(t, a[2], a[3] as u32 as i32, a[4] as u32 as i32)?;
        let dictionary = read_array(array, off, len);
        set_dictionary(t, a[0], &dictionary)
    });
    r.add(INF, "setDictionaryBuffer", "(JJI)V", |t, a| {
        // SAFETY: the JDK passes a direct buffer's address and remaining length.
        let dictionary = unsafe { native_slice(a[2], (a[4] as u32 as i32).max(0) as usize) };
        set_dictionary(t, a[0], dictionary)
    });
    r.add(INF, "inflateBytesBytes", "(J[BII[BII)J", |t, a| {
        let (input, in_off, in_len) = array_range(t, a[3], a[4] as u32 as i32, a[5] as u32 as i32)?;
        let (output, out_off, out_len) =
            array_range(t, a[6], a[7] as u32 as i32, a[8] as u32 as i32)?;
        let input = read_array(input, in_off, in_len);
        let mut buffer = vec![0u8; out_len];
        let (result, written) = inflate(t, a[0], a[1], &input, &mut buffer)?;
        write_array(output, out_off, &buffer[..written]);
        Ok(result)
    });
    r.add(INF, "inflateBytesBuffer", "(J[BIIJI)J", |t, a| {
        let (input, in_off, in_len) = array_range(t, a[3], a[4] as u32 as i32, a[5] as u32 as i32)?;
        let input = read_array(input, in_off, in_len);
        // SAFETY: the JDK passes a direct buffer's address and remaining length.
        let output = unsafe { native_slice_mut(a[6], (a[8] as u32 as i32).max(0) as usize) };
        inflate(t, a[0], a[1], &input, output).map(|(result, _)| result)
    });
    r.add(INF, "inflateBufferBytes", "(JJI[BII)J", |t, a| {
        let (output, out_off, out_len) =
            array_range(t, a[6], a[7] as u32 as i32, a[8] as u32 as i32)?;
        // SAFETY: the JDK passes a direct buffer's address and remaining length.
        let input = unsafe { native_slice(a[3], (a[5] as u32 as i32).max(0) as usize) };
        let mut buffer = vec![0u8; out_len];
        let (result, written) = inflate(t, a[0], a[1], input, &mut buffer)?;
        write_array(output, out_off, &buffer[..written]);
        Ok(result)
    });
    r.add(INF, "inflateBufferBuffer", "(JJIJI)J", |t, a| {
        // SAFETY: the JDK passes two direct buffers' addresses and remaining lengths.
        let (input, output) = unsafe {
            (
                native_slice(a[3], (a[5] as u32 as i32).max(0) as usize),
                native_slice_mut(a[6], (a[8] as u32 as i32).max(0) as usize),
            )
        };
        inflate(t, a[0], a[1], input, output).map(|(result, _)| result)
    });
    r.add(INF, "getAdler", "(J)I", |t, a| {
        let adler = streams::with(a[0], |s| s.adler);
        match adler {
            Some(adler) => Ok(u64::from(adler)),
            None => Err(bad_stream(t)),
        }
    });
    r.add(INF, "reset", "(J)V", |t, a| {
        match streams::with(a[0], |s| *s = Stream::new(s.nowrap)) {
            Some(()) => Ok(0),
            None => Err(bad_stream(t)),
        }
    });
    r.add(INF, "end", "(J)V", |_, a| {
        streams::remove(a[0]);
        Ok(0)
    });

    let crc = "java/util/zip/CRC32";
    r.add(crc, "update", "(II)I", |_, a| {
        Ok(u64::from(crc32(a[0] as u32, &[a[1] as u8])))
    });
    r.add(crc, "updateBytes0", "(I[BII)I", |t, a| {
        let (array, off, len) = array_range(t, a[1], a[2] as u32 as i32, a[3] as u32 as i32)?;
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
        let (array, off, len) = array_range(t, a[1], a[2] as u32 as i32, a[3] as u32 as i32)?;
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

/// `len` bytes at `address + off` (both ints in slots).
///
/// # Safety
/// As for [`native_slice`].
unsafe fn buffer_bytes<'a>(address: u64, off: u64, len: u64) -> &'a [u8] {
    let (off, len) = (off as u32 as i32, len as u32 as i32);
    if off < 0 || len < 0 {
        return &[];
    }
    // SAFETY: per this function's contract.
    unsafe { native_slice(address.wrapping_add(off as u64), len as usize) }
}

/// One inflater's zlib stream.
struct Stream {
    inflate: Decompress,
    nowrap: bool,
    /// What zlib's `strm->adler` holds: the running Adler-32 of the output of a zlib stream,
    /// or the id of the dictionary a stream asks for.
    adler: u32,
}

impl Stream {
    fn new(nowrap: bool) -> Stream {
        Stream {
            inflate: Decompress::new(!nowrap),
            nowrap,
            adler: 1,
        }
    }
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

    pub(super) fn with<T>(handle: u64, f: impl FnOnce(&mut Stream) -> T) -> Option<T> {
        table()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_mut(&handle)
            .map(f)
    }

    pub(super) fn remove(handle: u64) {
        table()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&handle);
    }
}

fn bad_stream(thread: &mut JavaThread) -> crate::thread::Throw {
    throw_new(thread, "java/lang/NullPointerException", None)
}

fn set_dictionary(thread: &mut JavaThread, handle: u64, dictionary: &[u8]) -> JResult<u64> {
    let result = streams::with(handle, |s| {
        let r = s.inflate.set_dictionary(dictionary);
        if let Ok(adler) = r {
            s.adler = adler;
        }
        r.map_err(|e| e.message().unwrap_or("invalid dictionary").to_owned())
    });
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

/// Inflates `input` into `output` as the JDK's `Inflater.c` does; returns the packed result
/// (bytes read in bits 0..31, written in 31..62, finished at 62, needs-dictionary at 63) and
/// the number of bytes written. Corrupt data throws `DataFormatException` after recording the
/// bytes consumed in the `Inflater`'s `inputConsumed`/`outputConsumed`.
fn inflate(
    thread: &mut JavaThread,
    this: u64,
    handle: u64,
    input: &[u8],
    output: &mut [u8],
) -> JResult<(u64, usize)> {
    enum Outcome {
        Done {
            read: u64,
            written: u64,
            finished: bool,
            need_dict: bool,
        },
        Corrupt {
            read: u64,
            written: u64,
            message: Option<String>,
        },
    }
    let outcome = streams::with(handle, |s| {
        let (in_before, out_before) = (s.inflate.total_in(), s.inflate.total_out());
        let result = s.inflate.decompress(input, output, FlushDecompress::None);
        let read = s.inflate.total_in() - in_before;
        let written = s.inflate.total_out() - out_before;
        if !s.nowrap {
            s.adler = adler32(s.adler, &output[..written as usize]);
        }
        match result {
            Ok(Status::StreamEnd) => Outcome::Done {
                read,
                written,
                finished: true,
                need_dict: false,
            },
            Ok(Status::Ok) => Outcome::Done {
                read,
                written,
                finished: false,
                need_dict: false,
            },
            // zlib's Z_BUF_ERROR: no progress possible, nothing reported as used.
            Ok(Status::BufError) => Outcome::Done {
                read: 0,
                written: 0,
                finished: false,
                need_dict: false,
            },
            Err(e) => match e.needs_dictionary() {
                Some(id) => {
                    s.adler = id;
                    Outcome::Done {
                        read,
                        written,
                        finished: false,
                        need_dict: true,
                    }
                }
                None => Outcome::Corrupt {
                    read,
                    written,
                    message: e.message().map(str::to_owned),
                },
            },
        }
    });
    match outcome {
        None => Err(bad_stream(thread)),
        Some(Outcome::Done {
            read,
            written,
            finished,
            need_dict,
        }) => {
            let packed = (read & 0x7fff_ffff)
                | ((written & 0x7fff_ffff) << 31)
                | (u64::from(finished) << 62)
                | (u64::from(need_dict) << 63);
            Ok((packed, written as usize))
        }
        Some(Outcome::Corrupt {
            read,
            written,
            message,
        }) => {
            if let Some(inflater) = Ref::from_bits(this) {
                let class = inflater.class();
                for (name, value) in [("inputConsumed", read), ("outputConsumed", written)] {
                    if let Some(o) = super::native_io::field_offset(class, name, "I") {
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
        let mut s = Stream::new(false);
        let mut out = vec![0u8; 256];
        let status = s
            .inflate
            .decompress(&compressed, &mut out, FlushDecompress::None)
            .unwrap();
        assert_eq!(status, Status::StreamEnd);
        assert_eq!(&out[..s.inflate.total_out() as usize], text);
    }
}
