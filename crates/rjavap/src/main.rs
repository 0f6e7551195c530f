//! `rjavap`: prints class files in the spirit of `javap`, and `--check` parses whole class paths.

mod check;
mod javap;

use rjava_classpath::{java_home, ClassPath, ClassPathEntry};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: rjavap [-c] [-v] [-p] [-cp PATH] CLASS...
       rjavap --check PATH...
  -c                 disassemble the code
  -v, -verbose       print the constant pool, flags, sizes and all attributes
  -p, -private       show all classes and members
  -cp, -classpath, --class-path PATH
                     where to find user class files (default: .)
  --check PATH...    parse every class in each directory, jar or runtime image
                     and report the ones that do not parse
CLASS is a class name (java.lang.String), or a path to a .class file.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("rjavap: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    if args.first().map(String::as_str) == Some("--check") {
        if args.len() < 2 {
            return Err(format!("--check needs at least one path\n{USAGE}"));
        }
        return Ok(check::run(&args[1..]));
    }
    let mut options = javap::Options::default();
    let mut class_path: Option<String> = None;
    let mut classes = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-c" => options.code = true,
            "-v" | "-verbose" => options.verbose = true,
            "-p" | "-private" => options.private = true,
            "-cp" | "-classpath" | "--class-path" => {
                class_path = Some(
                    it.next()
                        .ok_or_else(|| format!("{arg} requires a path"))?
                        .clone(),
                );
            }
            "-h" | "-help" | "--help" | "-?" => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            a if a.starts_with('-') => return Err(format!("unknown option: {a}\n{USAGE}")),
            _ => classes.push(arg.clone()),
        }
    }
    if classes.is_empty() {
        return Err(format!("no classes specified\n{USAGE}"));
    }
    let mut cp = ClassPath::from_spec(class_path.as_deref().unwrap_or("."));
    // The JDK's own classes come last, as on the boot class path.
    if let Ok(home) = java_home::find_java_home() {
        if let Ok(image) = rjava_classpath::jimage::JImage::open(java_home::modules_image(&home)) {
            cp.push_image(image);
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for name in &classes {
        match load(&cp, name) {
            Ok((bytes, origin)) => {
                if let Err(e) = javap::print_class(&mut out, &bytes, &origin, &options) {
                    let _ = out.flush();
                    eprintln!("Error: {name}: {e}");
                    failed = true;
                }
            }
            Err(e) => {
                let _ = out.flush();
                eprintln!("Error: {e}");
                failed = true;
            }
        }
    }
    let _ = out.flush();
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Finds a class by file path or by name; returns its bytes and a description of where it was.
fn load(cp: &ClassPath, name: &str) -> Result<(Vec<u8>, javap::Origin), String> {
    if name.ends_with(".class") && std::path::Path::new(name).is_file() {
        let bytes = std::fs::read(name).map_err(|e| format!("cannot read {name}: {e}"))?;
        return Ok((bytes, javap::Origin::File(std::path::PathBuf::from(name))));
    }
    let internal = name.replace('.', "/");
    match cp.find_class(&internal) {
        Some(found) => {
            let entry = format!("{internal}.class");
            let origin = match found.entry {
                ClassPathEntry::Directory(d) => javap::Origin::File(
                    d.class_file_path(&internal)
                        .unwrap_or_else(|| d.root().join(&entry)),
                ),
                ClassPathEntry::Jar(j) => javap::Origin::Jar {
                    jar: j.path().to_path_buf(),
                    entry,
                },
                ClassPathEntry::Image(i) => javap::Origin::Image {
                    image: i.path().to_path_buf(),
                    module: internal
                        .rsplit_once('/')
                        .and_then(|(package, _)| i.module_of_package(package))
                        .map(str::to_owned),
                    entry,
                },
            };
            Ok((found.bytes.into_owned(), origin))
        }
        None => Err(format!("class not found: {name}")),
    }
}
