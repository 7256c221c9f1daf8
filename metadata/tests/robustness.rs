//! Image::parse (and everything reachable from a parsed image) on truncated and mutated files returns
//! errors and never panics.

mod common;
use metadata::*;

/// xorshift64: a tiny deterministic PRNG, so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Touches everything a consumer would: heaps, bodies, IL, signatures, names, the disassembler.
fn exercise(bytes: Vec<u8>) {
    let Ok(img) = Image::parse(bytes) else { return };
    let _ = disassemble(&img);
    for row in 1..=img.tables.method_def.len() as u32 {
        if let Ok(Some(body)) = img.method_body(row) {
            let _ = decode_il(&body.code);
        }
        let _ = img.method_params(row);
        let _ = img.method_owner(row);
        if let Ok(sig) = img.blob(img.tables.method_def[row as usize - 1].signature) {
            let _ = decode_method_sig(sig);
        }
    }
    for row in 1..=img.tables.type_def.len() as u32 + 1 {
        let _ = img.type_def_full_name(row);
        let _ = img.type_methods(row);
        let _ = img.type_fields(row);
    }
    for row in 1..=img.tables.type_ref.len() as u32 + 1 {
        let _ = img.type_ref_full_name(row);
    }
    let _ = img.assembly_name();
    let _ = img.user_string(UserStringIdx(1));
    let _ = img.guid(GuidIdx(1));
}

#[test]
fn truncated_files_are_errors() {
    let bytes = common::hello_builder("hello").write().unwrap();
    for len in (0..bytes.len()).step_by(3) {
        exercise(bytes[..len].to_vec());
    }
    assert!(Image::parse(Vec::new()).is_err());
    assert!(Image::parse(b"MZ".to_vec()).is_err());
    assert!(Image::parse(bytes[..bytes.len() / 2].to_vec()).is_err());
}

#[test]
fn mutated_files_never_panic() {
    let bytes = common::hello_builder("hello").write().unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..600 {
        let mut m = bytes.clone();
        let edits = 1 + rng.below(if round % 10 == 0 { 64 } else { 6 });
        for _ in 0..edits {
            let i = rng.below(m.len());
            m[i] = match rng.below(4) {
                0 => rng.next() as u8,
                1 => 0xFF,
                2 => 0,
                _ => m[i] ^ (1 << rng.below(8)),
            };
        }
        exercise(m);
    }
}

#[test]
fn mutations_inside_metadata_never_panic() {
    // Concentrate on the metadata (tables and heaps), where most of the decoding happens.
    let bytes = common::hello_builder("hello").write().unwrap();
    let img = Image::parse(bytes.clone()).unwrap();
    let start = bytes.windows(4).position(|w| w == b"BSJB").unwrap();
    let len = img.bytes().len() - start;
    let mut rng = Rng(12345);
    for _ in 0..600 {
        let mut m = bytes.clone();
        for _ in 0..1 + rng.below(4) {
            let i = start + rng.below(len.min(1200));
            m[i] = rng.next() as u8;
        }
        exercise(m);
    }
}

#[test]
fn garbage_is_an_error() {
    let mut rng = Rng(7);
    for n in [0usize, 1, 64, 512, 4096] {
        let mut g: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        assert!(Image::parse(g.clone()).is_err());
        if n >= 0x100 {
            g[0] = b'M';
            g[1] = b'Z';
            g[0x3C..0x40].copy_from_slice(&0x80u32.to_le_bytes());
            g[0x80..0x84].copy_from_slice(b"PE\0\0");
            exercise(g);
        }
    }
}
