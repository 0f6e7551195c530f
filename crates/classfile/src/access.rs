//! Access and property flags (JVMS 4.1, 4.5, 4.6, 4.7.6, 4.7.25).

pub const ACC_PUBLIC: u16 = 0x0001;
pub const ACC_PRIVATE: u16 = 0x0002;
pub const ACC_PROTECTED: u16 = 0x0004;
pub const ACC_STATIC: u16 = 0x0008;
pub const ACC_FINAL: u16 = 0x0010;
/// Classes: `ACC_SUPER`. Methods: `ACC_SYNCHRONIZED`. Module requires: `ACC_TRANSITIVE`.
pub const ACC_SUPER: u16 = 0x0020;
pub const ACC_SYNCHRONIZED: u16 = 0x0020;
/// Fields: `ACC_VOLATILE`. Methods: `ACC_BRIDGE`. Module requires: `ACC_STATIC_PHASE`.
pub const ACC_VOLATILE: u16 = 0x0040;
pub const ACC_BRIDGE: u16 = 0x0040;
/// Fields: `ACC_TRANSIENT`. Methods: `ACC_VARARGS`.
pub const ACC_TRANSIENT: u16 = 0x0080;
pub const ACC_VARARGS: u16 = 0x0080;
pub const ACC_NATIVE: u16 = 0x0100;
pub const ACC_INTERFACE: u16 = 0x0200;
pub const ACC_ABSTRACT: u16 = 0x0400;
pub const ACC_STRICT: u16 = 0x0800;
pub const ACC_SYNTHETIC: u16 = 0x1000;
pub const ACC_ANNOTATION: u16 = 0x2000;
pub const ACC_ENUM: u16 = 0x4000;
/// Classes: `ACC_MODULE`. Parameters and module directives: `ACC_MANDATED`.
pub const ACC_MODULE: u16 = 0x8000;
pub const ACC_MANDATED: u16 = 0x8000;

/// Where a set of flags belongs, which decides what each bit means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagTarget {
    Class,
    InnerClass,
    Field,
    Method,
}

/// javap's `flags: (0x0021) ACC_PUBLIC, ACC_SUPER` names, in bit order.
pub fn flag_names(flags: u16, target: FlagTarget) -> Vec<&'static str> {
    use FlagTarget::*;
    let table: &[(u16, &str)] = match target {
        Class => &[
            (ACC_PUBLIC, "ACC_PUBLIC"),
            (ACC_FINAL, "ACC_FINAL"),
            (ACC_SUPER, "ACC_SUPER"),
            (ACC_INTERFACE, "ACC_INTERFACE"),
            (ACC_ABSTRACT, "ACC_ABSTRACT"),
            (ACC_SYNTHETIC, "ACC_SYNTHETIC"),
            (ACC_ANNOTATION, "ACC_ANNOTATION"),
            (ACC_ENUM, "ACC_ENUM"),
            (ACC_MODULE, "ACC_MODULE"),
        ],
        InnerClass => &[
            (ACC_PUBLIC, "ACC_PUBLIC"),
            (ACC_PRIVATE, "ACC_PRIVATE"),
            (ACC_PROTECTED, "ACC_PROTECTED"),
            (ACC_STATIC, "ACC_STATIC"),
            (ACC_FINAL, "ACC_FINAL"),
            (ACC_INTERFACE, "ACC_INTERFACE"),
            (ACC_ABSTRACT, "ACC_ABSTRACT"),
            (ACC_SYNTHETIC, "ACC_SYNTHETIC"),
            (ACC_ANNOTATION, "ACC_ANNOTATION"),
            (ACC_ENUM, "ACC_ENUM"),
        ],
        Field => &[
            (ACC_PUBLIC, "ACC_PUBLIC"),
            (ACC_PRIVATE, "ACC_PRIVATE"),
            (ACC_PROTECTED, "ACC_PROTECTED"),
            (ACC_STATIC, "ACC_STATIC"),
            (ACC_FINAL, "ACC_FINAL"),
            (ACC_VOLATILE, "ACC_VOLATILE"),
            (ACC_TRANSIENT, "ACC_TRANSIENT"),
            (ACC_SYNTHETIC, "ACC_SYNTHETIC"),
            (ACC_ENUM, "ACC_ENUM"),
        ],
        Method => &[
            (ACC_PUBLIC, "ACC_PUBLIC"),
            (ACC_PRIVATE, "ACC_PRIVATE"),
            (ACC_PROTECTED, "ACC_PROTECTED"),
            (ACC_STATIC, "ACC_STATIC"),
            (ACC_FINAL, "ACC_FINAL"),
            (ACC_SYNCHRONIZED, "ACC_SYNCHRONIZED"),
            (ACC_BRIDGE, "ACC_BRIDGE"),
            (ACC_VARARGS, "ACC_VARARGS"),
            (ACC_NATIVE, "ACC_NATIVE"),
            (ACC_ABSTRACT, "ACC_ABSTRACT"),
            (ACC_STRICT, "ACC_STRICT"),
            (ACC_SYNTHETIC, "ACC_SYNTHETIC"),
        ],
    };
    table
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|&(_, name)| name)
        .collect()
}
