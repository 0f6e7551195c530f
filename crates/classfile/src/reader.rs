//! A bounds-checked big-endian cursor over class-file bytes, built on nom's number parsers.
//!
//! Every read either succeeds or reports truncation; nothing here can index out of bounds, and
//! [`Reader::capacity_for`] keeps a hostile count field from reserving more memory than the bytes
//! that remain could ever fill.

use crate::error::{ClassFormatError, Result};
use nom::number::complete::{be_i32, be_u16, be_u32, be_u8};
use nom::IResult;

#[derive(Clone, Copy)]
pub struct Reader<'a> {
    input: &'a [u8],
}

fn run<'a, T>(r: &mut Reader<'a>, parser: fn(&'a [u8]) -> IResult<&'a [u8], T>) -> Result<T> {
    match parser(r.input) {
        Ok((rest, value)) => {
            r.input = rest;
            Ok(value)
        }
        Err(_) => Err(ClassFormatError::truncated()),
    }
}

impl<'a> Reader<'a> {
    pub fn new(input: &'a [u8]) -> Self {
        Reader { input }
    }

    pub fn is_empty(&self) -> bool {
        self.input.is_empty()
    }

    /// Fails with truncation unless `len` more bytes remain (HotSpot's `guarantee_more`, which it
    /// calls before reading and checking a fixed-size group of fields).
    pub fn need(&self, len: usize) -> Result<()> {
        if len > self.input.len() {
            return Err(ClassFormatError::truncated());
        }
        Ok(())
    }

    /// The bytes read since `start`, a copy of this reader taken earlier.
    pub fn read_since(&self, start: Reader<'a>) -> &'a [u8] {
        &start.input[..start.input.len() - self.input.len()]
    }

    pub fn u1(&mut self) -> Result<u8> {
        run(self, be_u8)
    }

    pub fn u2(&mut self) -> Result<u16> {
        run(self, be_u16)
    }

    pub fn u4(&mut self) -> Result<u32> {
        run(self, be_u32)
    }

    pub fn i4(&mut self) -> Result<i32> {
        run(self, be_i32)
    }

    pub fn u8(&mut self) -> Result<u64> {
        let hi = self.u4()? as u64;
        let lo = self.u4()? as u64;
        Ok(hi << 32 | lo)
    }

    /// The next `len` bytes, borrowed.
    pub fn bytes(&mut self, len: usize) -> Result<&'a [u8]> {
        if len > self.input.len() {
            return Err(ClassFormatError::truncated());
        }
        let (head, rest) = self.input.split_at(len);
        self.input = rest;
        Ok(head)
    }

    /// How many bytes are left.
    pub fn remaining(&self) -> usize {
        self.input.len()
    }

    /// A safe `Vec` capacity for `count` items of at least `min_item_size` bytes each.
    pub fn capacity_for(&self, count: usize, min_item_size: usize) -> usize {
        count.min(self.input.len() / min_item_size.max(1))
    }

    /// `count` big-endian u2 values (constant-pool indices, mostly).
    pub fn u2_list(&mut self, count: usize) -> Result<Vec<u16>> {
        let raw = self.bytes(
            count
                .checked_mul(2)
                .ok_or_else(ClassFormatError::truncated)?,
        )?;
        Ok(raw
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect())
    }

    /// A u2 count followed by that many u2 values.
    pub fn counted_u2_list(&mut self) -> Result<Vec<u16>> {
        let count = self.u2()? as usize;
        self.u2_list(count)
    }
}
