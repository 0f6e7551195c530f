//! Decodes arbitrary bytes as a method body's bytecode.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rjava_classfile::bytecode::decode_all;
use std::hint::black_box;

fuzz_target!(|data: &[u8]| {
    match decode_all(data) {
        Ok(instructions) => {
            for insn in &instructions {
                black_box(insn.name());
                black_box(insn.branch_targets());
            }
        }
        Err(err) => {
            black_box(err.to_string());
        }
    }
});
