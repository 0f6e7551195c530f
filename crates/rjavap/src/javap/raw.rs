//! Access flags exactly as stored. The class-file parser keeps only the flags JVMS defines (as
//! HotSpot does), but javap shows every bit, so they are read again from the bytes.

/// The stored access flags of the class, its fields and its methods, in order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct RawFlags {
    pub class: u16,
    pub fields: Vec<u16>,
    pub methods: Vec<u16>,
}

struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn u2(&mut self) -> Option<u16> {
        let b = self.bytes.get(self.pos..self.pos + 2)?;
        self.pos += 2;
        Some(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u4(&mut self) -> Option<u32> {
        let b = self.bytes.get(self.pos..self.pos + 4)?;
        self.pos += 4;
        Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn skip(&mut self, n: usize) -> Option<()> {
        let end = self.pos.checked_add(n)?;
        (end <= self.bytes.len()).then(|| self.pos = end)
    }

    fn members(&mut self) -> Option<Vec<u16>> {
        let count = self.u2()?;
        let mut flags = Vec::with_capacity(count as usize);
        for _ in 0..count {
            flags.push(self.u2()?);
            self.skip(4)?;
            for _ in 0..self.u2()? {
                self.skip(2)?;
                let len = self.u4()? as usize;
                self.skip(len)?;
            }
        }
        Some(flags)
    }
}

/// Reads the flags of an already parsed class file; `None` if the bytes do not have the shape.
pub(crate) fn read(bytes: &[u8]) -> Option<RawFlags> {
    let mut c = Cursor { bytes, pos: 8 };
    let count = c.u2()?;
    let mut index = 1;
    while index < count {
        let tag = *bytes.get(c.pos)?;
        c.pos += 1;
        let size = match tag {
            1 => c.u2()? as usize,
            3 | 4 | 9 | 10 | 11 | 12 | 17 | 18 => 4,
            5 | 6 => 8,
            7 | 8 | 16 | 19 | 20 => 2,
            15 => 3,
            _ => return None,
        };
        c.skip(size)?;
        index += if tag == 5 || tag == 6 { 2 } else { 1 };
    }
    let class = c.u2()?;
    c.skip(4)?;
    let interfaces = c.u2()? as usize;
    c.skip(2 * interfaces)?;
    let fields = c.members()?;
    let methods = c.members()?;
    Some(RawFlags {
        class,
        fields,
        methods,
    })
}
