//! The programme checker, fed any bytes: it never panics, and every problem it reports
//! points inside the source, on character boundaries. See `fuzz/README.md`.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/mod.rs"]
mod properties;

fuzz_target!(|data: &[u8]| properties::check_programme_bytes(data));
