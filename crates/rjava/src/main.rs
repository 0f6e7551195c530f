//! The `rjava` launcher (in progress: the execution engine is being built).

fn main() {
    eprintln!("rjava: the execution engine is not implemented yet");
    std::process::exit(1);
}
