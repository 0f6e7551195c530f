//! Locating a JDK 17 installation, whose `lib/modules` image supplies the
//! platform classes (java.lang.Object and friends) that every program needs.

use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// The Java release this VM implements; installations of other releases are
/// only used when the user asks for them through `JAVA_HOME`.
pub const JAVA_RELEASE: u32 = 17;

/// Fixed places where distributions install a JDK 17, most specific first.
const KNOWN_HOMES: &[&str] = &[
    "/usr/lib/jvm/java-17-openjdk-amd64",
    "/usr/lib/jvm/java-17-openjdk-arm64",
    "/usr/lib/jvm/java-17-openjdk",
    "/usr/lib/jvm/java-17",
    "/usr/lib/jvm/temurin-17-jdk-amd64",
    "/usr/lib/jvm/default-java",
    "/usr/lib/jvm/java",
    "/usr/java/latest",
    "/opt/java/openjdk",
];

/// Directories whose children are JDK installations; children with "17" in
/// their name are tried after [`KNOWN_HOMES`].
const JVM_PARENTS: &[&str] = &["/usr/lib/jvm", "/usr/java", "/opt/java"];

/// No usable JDK was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaHomeError {
    /// `JAVA_HOME` if it was set (it did not contain `lib/modules`).
    pub java_home_env: Option<PathBuf>,
    /// Every directory that was checked, in order.
    pub searched: Vec<PathBuf>,
}

impl fmt::Display for JavaHomeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot find a Java {JAVA_RELEASE} runtime image: set JAVA_HOME to a JDK \
             {JAVA_RELEASE} installation"
        )?;
        if let Some(env) = &self.java_home_env {
            write!(f, " (JAVA_HOME={} has no lib/modules)", env.display())?;
        }
        write!(f, " (looked for lib/modules in: ")?;
        for (i, dir) in self.searched.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}", dir.display())?;
        }
        write!(f, ")")
    }
}

impl std::error::Error for JavaHomeError {}

/// The runtime image of a Java home.
pub fn modules_image(java_home: &Path) -> PathBuf {
    java_home.join("lib").join("modules")
}

/// `JAVA_VERSION` from `<java_home>/release`, e.g. `17.0.15`.
pub fn java_version(java_home: &Path) -> Option<String> {
    let text = fs::read_to_string(java_home.join("release")).ok()?;
    text.lines().find_map(|line| {
        let value = line.strip_prefix("JAVA_VERSION=")?;
        Some(value.trim().trim_matches('"').to_string())
    })
}

/// The feature release of a version string: `17.0.15` → 17, `1.8.0_392` → 8.
pub fn feature_release(version: &str) -> Option<u32> {
    let mut parts = version.split(|c: char| !c.is_ascii_digit());
    match parts.next()?.parse().ok()? {
        1 => parts.next()?.parse().ok(),
        n => Some(n),
    }
}

/// Finds the JDK to take platform classes from: `JAVA_HOME` if it holds a
/// runtime image (whatever its release: the user chose it), otherwise the
/// first JDK 17 in the usual install locations. An installation whose
/// `release` file names another release is skipped; one without a `release`
/// file is accepted.
pub fn find_java_home() -> Result<PathBuf, JavaHomeError> {
    find_java_home_from(std::env::var_os("JAVA_HOME"), &default_candidates())
}

/// All automatic candidates, in search order.
fn default_candidates() -> Vec<PathBuf> {
    let mut candidates: Vec<PathBuf> = KNOWN_HOMES.iter().map(PathBuf::from).collect();
    for parent in JVM_PARENTS {
        let Ok(children) = fs::read_dir(parent) else {
            continue;
        };
        let mut matching: Vec<PathBuf> = children
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains("17"))
            .map(|e| e.path())
            .collect();
        matching.sort();
        candidates.extend(matching);
    }
    let mut seen = std::collections::HashSet::new();
    candidates.retain(|c| seen.insert(c.clone()));
    candidates
}

fn find_java_home_from(
    java_home_env: Option<OsString>,
    candidates: &[PathBuf],
) -> Result<PathBuf, JavaHomeError> {
    let java_home_env = java_home_env.filter(|v| !v.is_empty()).map(PathBuf::from);
    let mut searched = Vec::new();
    if let Some(env) = &java_home_env {
        if modules_image(env).is_file() {
            return Ok(env.clone());
        }
        searched.push(env.clone());
    }
    for candidate in candidates {
        searched.push(candidate.clone());
        if !modules_image(candidate).is_file() {
            continue;
        }
        let release = java_version(candidate).and_then(|v| feature_release(&v));
        if release.is_none_or(|r| r == JAVA_RELEASE) {
            return Ok(candidate.clone());
        }
    }
    Err(JavaHomeError {
        java_home_env,
        searched,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake_home(root: &Path, name: &str, version: Option<&str>) -> PathBuf {
        let home = root.join(name);
        fs::create_dir_all(home.join("lib")).unwrap();
        fs::write(modules_image(&home), b"").unwrap();
        if let Some(v) = version {
            fs::write(
                home.join("release"),
                format!("IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"{v}\"\n"),
            )
            .unwrap();
        }
        home
    }

    #[test]
    fn prefers_java_home_then_release_17() {
        let root =
            std::env::temp_dir().join(format!("rjava-classpath-home-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let jdk25 = fake_home(&root, "jdk25", Some("25.0.3"));
        let jdk17 = fake_home(&root, "jdk17", Some("17.0.15"));
        let unknown = fake_home(&root, "unknown", None);
        let empty = root.join("empty");
        fs::create_dir_all(&empty).unwrap();

        assert_eq!(java_version(&jdk17).as_deref(), Some("17.0.15"));
        assert_eq!(
            find_java_home_from(Some(jdk25.clone().into()), std::slice::from_ref(&jdk17)),
            Ok(jdk25.clone())
        );
        assert_eq!(
            find_java_home_from(Some(empty.clone().into()), &[jdk25.clone(), jdk17.clone()]),
            Ok(jdk17.clone())
        );
        assert_eq!(
            find_java_home_from(None, &[empty.clone(), unknown.clone()]),
            Ok(unknown)
        );
        let err = find_java_home_from(Some(empty.clone().into()), std::slice::from_ref(&jdk25))
            .unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with(
                "cannot find a Java 17 runtime image: set JAVA_HOME to a JDK 17 installation"
            ),
            "{msg}"
        );
        assert!(
            msg.contains(&format!("JAVA_HOME={} has no lib/modules", empty.display())),
            "{msg}"
        );
        assert!(msg.contains(&jdk25.display().to_string()), "{msg}");
        assert_eq!(err.searched, [empty, jdk25]);
        let _ = fs::remove_dir_all(root);
    }

    #[test]
    fn parses_release_versions() {
        assert_eq!(feature_release("17.0.15"), Some(17));
        assert_eq!(feature_release("17"), Some(17));
        assert_eq!(feature_release("25-ea"), Some(25));
        assert_eq!(feature_release("1.8.0_392"), Some(8));
        assert_eq!(feature_release(""), None);
    }

    #[test]
    fn finds_a_home_on_this_machine() {
        match find_java_home() {
            Ok(home) => assert!(modules_image(&home).is_file()),
            Err(e) => eprintln!("note: no JDK here: {e}"),
        }
    }
}
