//! The `java` command line: options before the main class or `-jar`, arguments after.

use rjava_vm::VmOptions;

pub enum Command {
    Help,
    /// `-version`: print the version and exit.
    Version(VmOptions),
    Run {
        options: VmOptions,
        jar: bool,
        main: String,
        args: Vec<String>,
    },
}

pub const HELP: &str = "\
Usage: rjava [options] <mainclass> [args...]
           (to execute a class)
   or  rjava [options] -jar <jarfile> [args...]
           (to execute a jar file)
 Options:
    -cp <class search path of directories and zip/jar files>
    -classpath <class search path of directories and zip/jar files>
    --class-path <class search path of directories and zip/jar files>
    -D<name>=<value>  set a system property
    -verbose:class    enable verbose output about class loading
    -version          print product version to the error stream and exit
    -Xmx<size>        set maximum Java heap size
    -Xms<size>        set initial Java heap size
    -Xmn<size>        set the size of the young generation
    -Xss<size>        set java thread stack size
    -help, -h, -?     print this help message
";

/// `64m`, `1g`, `512k`, `1048576` → bytes.
pub fn parse_size(s: &str) -> Option<usize> {
    let (digits, unit) = match s.char_indices().last()? {
        (i, c) if c.is_ascii_alphabetic() => (&s[..i], c.to_ascii_lowercase()),
        _ => (s, 'b'),
    };
    let n: usize = digits.parse().ok()?;
    let scale = match unit {
        'b' => 1,
        'k' => 1 << 10,
        'm' => 1 << 20,
        'g' => 1 << 30,
        't' => 1 << 40,
        _ => return None,
    };
    n.checked_mul(scale)
}

pub fn parse(args: &[String]) -> Result<Command, String> {
    let physical_memory = physical_memory();
    let mut options = VmOptions {
        class_path: std::env::var("CLASSPATH").unwrap_or_else(|_| ".".into()),
        heap: rjava_vm::vm::HeapConfig {
            physical_memory,
            ..rjava_vm::vm::HeapConfig::new(physical_memory / 4)
        },
        gc_stress: std::env::var("RJAVA_GC_STRESS")
            .ok()
            .and_then(|v| v.parse().ok()),
        ..VmOptions::default()
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut value = || {
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("Error: {a} requires class path specification"))
        };
        match a {
            "-cp" | "-classpath" | "--class-path" => options.class_path = value()?,
            "-jar" => {
                let jar = args
                    .get(i + 1)
                    .cloned()
                    .ok_or("Error: -jar requires jar file specification")?;
                options.class_path = jar.clone();
                return Ok(Command::Run {
                    options,
                    jar: true,
                    main: jar,
                    args: args[i + 2..].to_vec(),
                });
            }
            "-verbose:class" => options.verbose_class = true,
            "-version" => return Ok(Command::Version(options)),
            "-showversion" => options.show_version = true,
            "-help" | "-h" | "-?" | "--help" => return Ok(Command::Help),
            _ if a.starts_with("--class-path=") => {
                options.class_path = a["--class-path=".len()..].to_owned()
            }
            _ if a.starts_with("-D") => {
                let (k, v) = a[2..].split_once('=').unwrap_or((&a[2..], ""));
                options.properties.push((k.to_owned(), v.to_owned()));
            }
            _ if a.starts_with("-Xmx") => options.heap.max_heap = size(a, 4)?,
            _ if a.starts_with("-Xss") => options.stack_size = size(a, 4)?,
            // -Xms0 asks for the default.
            _ if a.starts_with("-Xms") => {
                options.heap.initial_heap = Some(size(a, 4)?).filter(|&n| n > 0)
            }
            _ if a.starts_with("-Xmn") => match size(a, 4)? {
                0 => return Err(invalid_size(a)),
                n => options.heap.young_size = Some(n),
            },
            _ if a.starts_with("-XX:NewRatio=") => {
                options.heap.new_ratio = xx_number(a, 0, u64::MAX, true)?
            }
            _ if a.starts_with("-XX:SurvivorRatio=") => {
                options.heap.survivor_ratio = xx_number(a, 1, u64::MAX - 2, true)?
            }
            _ if a.starts_with("-XX:MaxTenuringThreshold=") => {
                options.heap.max_tenuring_threshold = xx_number(a, 0, 16, false)? as u32
            }
            "-XX:+PrintVMStatistics" => options.print_statistics = true,
            "-XX:+GCStress" => options.gc_stress = options.gc_stress.or(Some(10)),
            "-verbose:gc" => options.gc_log.gc = true,
            _ if a.starts_with("-Xlog:gc*") => options.gc_log.details = true,
            _ if a == "-Xlog:gc" || a.starts_with("-Xlog:gc:") => options.gc_log.gc = true,
            "-esa" | "-enablesystemassertions" => options.system_assertions = true,
            "-dsa" | "-disablesystemassertions" => options.system_assertions = false,
            _ if assertion_switch(a).is_some() => {
                let (on, target) = assertion_switch(a).unwrap_or((false, ""));
                options.assertions.push((target.to_owned(), on));
            }
            _ if a.starts_with("-verbose:")
                || a.starts_with("-XX:")
                || a.starts_with("-Xlog")
                || a == "-Xint" => {}
            _ if a.starts_with('-') => {
                return Err(cannot_create_vm(&format!("Unrecognized option: {a}")))
            }
            _ => {
                return Ok(Command::Run {
                    options,
                    jar: false,
                    main: a.to_owned(),
                    args: args[i + 1..].to_vec(),
                });
            }
        }
        i += 1;
    }
    Err(HELP.to_owned())
}

/// The launcher's failure text: `first` and the two lines java ends with.
fn cannot_create_vm(first: &str) -> String {
    format!("{first}\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.")
}

fn size(arg: &str, prefix: usize) -> Result<usize, String> {
    parse_size(&arg[prefix..]).ok_or_else(|| invalid_size(arg))
}

fn invalid_size(arg: &str) -> String {
    let what = match &arg[..4] {
        "-Xss" => "thread stack",
        "-Xmn" => "initial young generation",
        "-Xms" => "initial heap",
        _ => "maximum heap",
    };
    cannot_create_vm(&format!("Invalid {what} size: {arg}"))
}

/// The value of `-XX:Name=N`, an unsigned flag HotSpot accepts in `[min, max]`, with its texts
/// when not. HotSpot checks some ranges while parsing (then the option is also called
/// improperly specified) and others after ergonomics (not).
fn xx_number(arg: &str, min: u64, max: u64, checked_at_parse: bool) -> Result<usize, String> {
    let (name, value) = arg[4..].split_once('=').unwrap_or((arg, ""));
    let improper = format!("Improperly specified VM option '{name}={value}'");
    let n: u64 = value.parse().map_err(|_| cannot_create_vm(&improper))?;
    if !(min..=max).contains(&n) {
        let range = format!("uintx {name}={n} is outside the allowed range [ {min} ... {max} ]");
        return Err(cannot_create_vm(&if checked_at_parse {
            format!("{range}\n{improper}")
        } else {
            range
        }));
    }
    Ok(n as usize)
}

/// Physical memory (HotSpot's default maximum heap is a quarter of it).
fn physical_memory() -> usize {
    let pages = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| {
                    l.split_whitespace()
                        .nth(1)
                        .and_then(|kb| kb.parse::<usize>().ok())
                })
        })
        .unwrap_or(4 << 20);
    pages << 10
}

/// `-ea`, `-ea:pkg...`, `-da:Class`, and the long spellings → (enable?, target).
fn assertion_switch(arg: &str) -> Option<(bool, &str)> {
    for (prefix, on) in [
        ("-enableassertions", true),
        ("-disableassertions", false),
        ("-ea", true),
        ("-da", false),
    ] {
        if let Some(rest) = arg.strip_prefix(prefix) {
            if rest.is_empty() {
                return Some((on, ""));
            }
            if let Some(target) = rest.strip_prefix(':') {
                return Some((on, target));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64m"), Some(64 << 20));
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("12x"), None);
    }
}
