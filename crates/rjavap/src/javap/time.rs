//! Dates for the `Last modified` line of `-v`: the local time zone from the system's TZif data,
//! and the modification time of a jar entry from the jar's central directory.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// `DateFormat.getDateInstance()` in the US locale (`Nov 21, 2026`) for seconds since the epoch,
/// in the local time zone.
pub fn local_date(unix_seconds: i64) -> String {
    let offset = local_offset(unix_seconds).unwrap_or(0);
    medium_date(unix_seconds + i64::from(offset))
}

/// `Nov 21, 2026` for a time already shifted to local time.
pub fn medium_date(local_seconds: i64) -> String {
    let (year, month, day) = civil_from_days(local_seconds.div_euclid(86_400));
    format_date(year, month, day)
}

fn format_date(year: i64, month: u32, day: u32) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let name = MONTHS.get(month.wrapping_sub(1) as usize).unwrap_or(&"???");
    format!("{name} {day}, {year}")
}

/// The proleptic Gregorian date of a day count from 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The zone file the C library would use: `$TZ` (a zone name or a path), else `/etc/localtime`.
fn zone_file() -> Option<PathBuf> {
    match std::env::var("TZ") {
        Ok(tz) if !tz.is_empty() => {
            let tz = tz.strip_prefix(':').unwrap_or(&tz);
            let path = Path::new(tz);
            if path.is_absolute() {
                Some(path.to_path_buf())
            } else if tz.contains("..") {
                None
            } else {
                Some(Path::new("/usr/share/zoneinfo").join(tz))
            }
        }
        _ => Some(PathBuf::from("/etc/localtime")),
    }
}

/// Seconds east of UTC at `t` in the local zone, from its TZif file.
fn local_offset(t: i64) -> Option<i32> {
    let data = std::fs::read(zone_file()?).ok()?;
    tzif_offset(&data, t)
}

fn be32(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(d.get(at..at + 4)?.try_into().ok()?))
}

/// The UTC offset in force at `t` according to TZif data (RFC 8536).
fn tzif_offset(data: &[u8], t: i64) -> Option<i32> {
    if data.get(..4)? != b"TZif" {
        return None;
    }
    let counts = |base: usize| -> Option<[usize; 6]> {
        let mut c = [0usize; 6];
        for (i, v) in c.iter_mut().enumerate() {
            *v = be32(data, base + 20 + 4 * i)? as usize;
        }
        Some(c)
    };
    let [isut, isstd, leap, time, types, chars] = counts(0)?;
    let (base, time_size) = if *data.get(4)? >= b'2' {
        // Skip the 32-bit block; the second header has 64-bit transition times.
        let v1 = 44usize
            .checked_add(time.checked_mul(5)?)?
            .checked_add(types.checked_mul(6)?)?
            .checked_add(chars)?
            .checked_add(leap.checked_mul(8)?)?
            .checked_add(isstd)?
            .checked_add(isut)?;
        (v1, 8)
    } else {
        (0, 4)
    };
    let [_, _, _, time, types, _] = counts(base)?;
    let times_at = base + 44;
    let indices_at = times_at.checked_add(time.checked_mul(time_size)?)?;
    let types_at = indices_at.checked_add(time)?;
    let transition = |i: usize| -> Option<i64> {
        let at = times_at + i * time_size;
        Some(if time_size == 8 {
            i64::from_be_bytes(data.get(at..at + 8)?.try_into().ok()?)
        } else {
            i64::from(be32(data, at)? as i32)
        })
    };
    let offset_of = |ty: usize| -> Option<i32> {
        if ty >= types {
            return None;
        }
        Some(be32(data, types_at + ty * 6)? as i32)
    };
    let mut current = None;
    for i in 0..time {
        if transition(i)? > t {
            break;
        }
        current = Some(*data.get(indices_at + i)? as usize);
    }
    offset_of(current.unwrap_or(0))
}

/// The modification date of `entry` in the zip file `jar`, as `Nov 21, 2026`: from the extended
/// timestamp if the entry has one, else from its DOS date.
pub fn jar_entry_date(jar: &Path, entry: &str) -> Option<String> {
    let mut file = File::open(jar).ok()?;
    let len = file.metadata().ok()?.len();
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    let tail_len = len.min(65_557);
    file.seek(SeekFrom::Start(len - tail_len)).ok()?;
    let mut tail = vec![0u8; tail_len as usize];
    file.read_exact(&mut tail).ok()?;
    let eocd = (0..=tail.len().checked_sub(22)?)
        .rev()
        .find(|&i| tail[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])?;
    let le16 = |d: &[u8], at: usize| -> Option<u16> {
        Some(u16::from_le_bytes(d.get(at..at + 2)?.try_into().ok()?))
    };
    let le32 = |d: &[u8], at: usize| -> Option<u32> {
        Some(u32::from_le_bytes(d.get(at..at + 4)?.try_into().ok()?))
    };
    let dir_size = le32(&tail, eocd + 12)? as u64;
    let dir_offset = le32(&tail, eocd + 16)? as u64;
    if dir_offset.checked_add(dir_size)? > len || dir_size > 256 << 20 {
        return None;
    }
    file.seek(SeekFrom::Start(dir_offset)).ok()?;
    let mut dir = vec![0u8; dir_size as usize];
    file.read_exact(&mut dir).ok()?;
    let mut at = 0;
    while at + 46 <= dir.len() && dir[at..at + 4] == [0x50, 0x4b, 0x01, 0x02] {
        let time = le16(&dir, at + 12)?;
        let date = le16(&dir, at + 14)?;
        let name_len = le16(&dir, at + 28)? as usize;
        let extra_len = le16(&dir, at + 30)? as usize;
        let comment_len = le16(&dir, at + 32)? as usize;
        let name = dir.get(at + 46..at + 46 + name_len)?;
        if name == entry.as_bytes() {
            let extra = dir.get(at + 46 + name_len..at + 46 + name_len + extra_len)?;
            if let Some(mtime) = extended_mtime(extra) {
                return Some(local_date(mtime));
            }
            let _ = time;
            let year = 1980 + i64::from(date >> 9);
            let month = u32::from((date >> 5) & 0xf);
            let day = u32::from(date & 0x1f);
            return Some(format_date(year, month, day));
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    None
}

/// The modification time of an "extended timestamp" (0x5455) extra field.
fn extended_mtime(mut extra: &[u8]) -> Option<i64> {
    while extra.len() >= 4 {
        let id = u16::from_le_bytes([extra[0], extra[1]]);
        let size = u16::from_le_bytes([extra[2], extra[3]]) as usize;
        let body = extra.get(4..4 + size)?;
        if id == 0x5455 && size >= 5 && body[0] & 1 != 0 {
            return Some(i64::from(i32::from_le_bytes(body[1..5].try_into().ok()?)));
        }
        extra = &extra[4 + size..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(medium_date(0), "Jan 1, 1970");
        assert_eq!(medium_date(1_746_088_821), "May 1, 2025");
        assert_eq!(medium_date(951_782_400), "Feb 29, 2000");
        assert_eq!(medium_date(-86_400), "Dec 31, 1969");
    }

    #[test]
    fn tzif() {
        // Version 1 data with one transition at t=1000 from +3600 (type 0) to -7200 (type 1).
        let mut d = b"TZif\0".to_vec();
        d.extend_from_slice(&[0; 15]);
        for c in [0u32, 0, 0, 1, 2, 4] {
            d.extend_from_slice(&c.to_be_bytes());
        }
        d.extend_from_slice(&1000i32.to_be_bytes());
        d.push(1);
        d.extend_from_slice(&3600i32.to_be_bytes());
        d.extend_from_slice(&[0, 0]);
        d.extend_from_slice(&(-7200i32).to_be_bytes());
        d.extend_from_slice(&[1, 0]);
        d.extend_from_slice(b"A\0B\0");
        assert_eq!(tzif_offset(&d, 0), Some(3600));
        assert_eq!(tzif_offset(&d, 1000), Some(-7200));
        assert_eq!(tzif_offset(b"nope", 0), None);
        assert_eq!(tzif_offset(b"TZif", 0), None);
        assert_eq!(tzif_offset(&d[..30], 0), None);
    }
}
