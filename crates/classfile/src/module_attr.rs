//! The `Module` attribute (JVMS 4.7.25) of a module-info class.

use crate::error::Result;
use crate::reader::Reader;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleAttribute {
    /// A `CONSTANT_Module` index.
    pub module_name_index: u16,
    pub module_flags: u16,
    /// A `CONSTANT_Utf8` index, or 0.
    pub module_version_index: u16,
    pub requires: Vec<Requires>,
    pub exports: Vec<PackageDirective>,
    pub opens: Vec<PackageDirective>,
    /// `CONSTANT_Class` indices of service interfaces.
    pub uses: Vec<u16>,
    pub provides: Vec<Provides>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Requires {
    pub requires_index: u16,
    pub requires_flags: u16,
    pub requires_version_index: u16,
}

/// An `exports` or `opens` directive: a `CONSTANT_Package` and the modules it is limited to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageDirective {
    pub package_index: u16,
    pub flags: u16,
    pub to: Vec<u16>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provides {
    pub provides_index: u16,
    pub with: Vec<u16>,
}

pub(crate) fn parse_module(r: &mut Reader<'_>) -> Result<ModuleAttribute> {
    let module_name_index = r.u2()?;
    let module_flags = r.u2()?;
    let module_version_index = r.u2()?;
    let count = r.u2()? as usize;
    let mut requires = Vec::with_capacity(r.capacity_for(count, 6));
    for _ in 0..count {
        requires.push(Requires {
            requires_index: r.u2()?,
            requires_flags: r.u2()?,
            requires_version_index: r.u2()?,
        });
    }
    let exports = parse_directives(r)?;
    let opens = parse_directives(r)?;
    let uses = r.counted_u2_list()?;
    let count = r.u2()? as usize;
    let mut provides = Vec::with_capacity(r.capacity_for(count, 4));
    for _ in 0..count {
        provides.push(Provides {
            provides_index: r.u2()?,
            with: r.counted_u2_list()?,
        });
    }
    Ok(ModuleAttribute {
        module_name_index,
        module_flags,
        module_version_index,
        requires,
        exports,
        opens,
        uses,
        provides,
    })
}

fn parse_directives(r: &mut Reader<'_>) -> Result<Vec<PackageDirective>> {
    let count = r.u2()? as usize;
    let mut out = Vec::with_capacity(r.capacity_for(count, 6));
    for _ in 0..count {
        out.push(PackageDirective {
            package_index: r.u2()?,
            flags: r.u2()?,
            to: r.counted_u2_list()?,
        });
    }
    Ok(out)
}
