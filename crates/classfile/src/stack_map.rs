//! The `StackMapTable` attribute (JVMS 4.7.4): every frame kind and verification type.

use crate::error::{ClassFormatError, Result};
use crate::reader::Reader;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerificationType {
    Top,
    Integer,
    Float,
    Double,
    Long,
    Null,
    UninitializedThis,
    /// A `CONSTANT_Class` index.
    Object(u16),
    /// The offset of the `new` instruction that created the object.
    Uninitialized(u16),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StackMapFrame {
    /// frame_type 0–63; offset_delta is the frame type.
    Same { offset_delta: u16 },
    /// frame_type 64–127.
    SameLocals1StackItem {
        offset_delta: u16,
        stack: VerificationType,
    },
    /// frame_type 247.
    SameLocals1StackItemExtended {
        offset_delta: u16,
        stack: VerificationType,
    },
    /// frame_type 248–250: the last `chopped` (1–3) locals are absent.
    Chop { chopped: u8, offset_delta: u16 },
    /// frame_type 251.
    SameExtended { offset_delta: u16 },
    /// frame_type 252–254: one to three more locals.
    Append {
        offset_delta: u16,
        locals: Vec<VerificationType>,
    },
    /// frame_type 255.
    Full {
        offset_delta: u16,
        locals: Vec<VerificationType>,
        stack: Vec<VerificationType>,
    },
}

impl StackMapFrame {
    /// The `frame_type` byte this frame is written with.
    pub fn frame_type(&self) -> u8 {
        match self {
            StackMapFrame::Same { offset_delta } => *offset_delta as u8,
            StackMapFrame::SameLocals1StackItem { offset_delta, .. } => 64 + *offset_delta as u8,
            StackMapFrame::SameLocals1StackItemExtended { .. } => 247,
            StackMapFrame::Chop { chopped, .. } => 251 - chopped,
            StackMapFrame::SameExtended { .. } => 251,
            StackMapFrame::Append { locals, .. } => 251 + locals.len() as u8,
            StackMapFrame::Full { .. } => 255,
        }
    }

    pub fn offset_delta(&self) -> u16 {
        match self {
            StackMapFrame::Same { offset_delta }
            | StackMapFrame::SameLocals1StackItem { offset_delta, .. }
            | StackMapFrame::SameLocals1StackItemExtended { offset_delta, .. }
            | StackMapFrame::Chop { offset_delta, .. }
            | StackMapFrame::SameExtended { offset_delta }
            | StackMapFrame::Append { offset_delta, .. }
            | StackMapFrame::Full { offset_delta, .. } => *offset_delta,
        }
    }
}

pub(crate) fn parse_stack_map_table(r: &mut Reader<'_>) -> Result<Vec<StackMapFrame>> {
    let count = r.u2()? as usize;
    let mut frames = Vec::with_capacity(r.capacity_for(count, 1));
    for _ in 0..count {
        frames.push(parse_frame(r)?);
    }
    Ok(frames)
}

fn parse_frame(r: &mut Reader<'_>) -> Result<StackMapFrame> {
    let frame_type = r.u1()?;
    Ok(match frame_type {
        0..=63 => StackMapFrame::Same {
            offset_delta: frame_type as u16,
        },
        64..=127 => StackMapFrame::SameLocals1StackItem {
            offset_delta: frame_type as u16 - 64,
            stack: parse_type(r)?,
        },
        247 => StackMapFrame::SameLocals1StackItemExtended {
            offset_delta: r.u2()?,
            stack: parse_type(r)?,
        },
        248..=250 => StackMapFrame::Chop {
            chopped: 251 - frame_type,
            offset_delta: r.u2()?,
        },
        251 => StackMapFrame::SameExtended {
            offset_delta: r.u2()?,
        },
        252..=254 => {
            let offset_delta = r.u2()?;
            let locals = (0..frame_type - 251)
                .map(|_| parse_type(r))
                .collect::<Result<_>>()?;
            StackMapFrame::Append {
                offset_delta,
                locals,
            }
        }
        255 => {
            let offset_delta = r.u2()?;
            let locals = parse_types(r)?;
            let stack = parse_types(r)?;
            StackMapFrame::Full {
                offset_delta,
                locals,
                stack,
            }
        }
        _ => {
            return Err(ClassFormatError::in_class_file(format!(
                "Reserved frame type {frame_type} in StackMapTable"
            )))
        }
    })
}

fn parse_types(r: &mut Reader<'_>) -> Result<Vec<VerificationType>> {
    let count = r.u2()? as usize;
    let mut out = Vec::with_capacity(r.capacity_for(count, 1));
    for _ in 0..count {
        out.push(parse_type(r)?);
    }
    Ok(out)
}

fn parse_type(r: &mut Reader<'_>) -> Result<VerificationType> {
    let tag = r.u1()?;
    Ok(match tag {
        0 => VerificationType::Top,
        1 => VerificationType::Integer,
        2 => VerificationType::Float,
        3 => VerificationType::Double,
        4 => VerificationType::Long,
        5 => VerificationType::Null,
        6 => VerificationType::UninitializedThis,
        7 => VerificationType::Object(r.u2()?),
        8 => VerificationType::Uninitialized(r.u2()?),
        _ => {
            return Err(ClassFormatError::in_class_file(format!(
                "Bad verification type tag {tag} in StackMapTable"
            )))
        }
    })
}
