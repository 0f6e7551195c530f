//! What the `java` launcher checks of a `-jar` file before it starts the VM (libjli's
//! `JLI_ParseManifest`): the file must open, and be a zip with a manifest.

use std::path::Path;

/// The launcher's error for a jar it cannot use, or `None` if the jar is fine.
pub fn jar_error(jar: &str) -> Option<String> {
    let path = Path::new(jar);
    if std::fs::File::open(path).is_err() {
        return Some(format!("Error: Unable to access jarfile {jar}"));
    }
    match rjava_classpath::JarFile::open(path) {
        Ok(j) if j.manifest().is_some() => None,
        _ => Some(format!("Error: Invalid or corrupt jarfile {jar}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_missing_and_corrupt_jars() {
        let dir = std::env::temp_dir().join(format!("rjava-jar-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let missing = dir.join("missing.jar").display().to_string();
        assert_eq!(
            jar_error(&missing),
            Some(format!("Error: Unable to access jarfile {missing}"))
        );
        let garbage = dir.join("garbage.jar");
        std::fs::write(&garbage, b"not a zip").unwrap();
        let garbage = garbage.display().to_string();
        assert_eq!(
            jar_error(&garbage),
            Some(format!("Error: Invalid or corrupt jarfile {garbage}"))
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
