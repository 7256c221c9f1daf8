//! No input makes the compiler panic: every program of the suite, cut
//! and mangled in many ways, must come back as diagnostics or an
//! assembly, never as a panic.

use std::path::Path;

use driver::{SourceFile, compile};
use metadata::{Image, ModuleKind};

use tests::Rng;

/// The C# sources under `dir`.
fn sources(dir: &Path, out: &mut Vec<String>) {
    out.extend(tests::cs_files(dir).into_iter().filter_map(|p| std::fs::read_to_string(&p).ok()));
}

fn corlib() -> Image {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib/cs");
    let mut texts = Vec::new();
    sources(&dir, &mut texts);
    let files: Vec<SourceFile> = texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| SourceFile {
            name: format!("c{i}.cs"),
            text,
        })
        .collect();
    Image::parse(
        compile(&files, &[], "mscorlib", ModuleKind::Dll)
            .assembly
            .expect("corlib compiles"),
    )
    .expect("reads")
}

/// Replaces one word with another word of the same text: the result
/// usually still parses, so it exercises the binder and emitter.
fn swap_word(text: &str, rng: &mut Rng) -> String {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 {
        return text.to_string();
    }
    let (from, to) = (words[rng.below(words.len())], words[rng.below(words.len())]);
    let n = text.matches(from).count();
    let which = rng.below(n);
    let mut out = String::new();
    let mut rest = text;
    let mut i = 0;
    while let Some(p) = rest.find(from) {
        out.push_str(&rest[..p]);
        out.push_str(if i == which { to } else { from });
        rest = &rest[p + from.len()..];
        i += 1;
    }
    out.push_str(rest);
    out
}

/// Removes, duplicates or swaps slices of the text at random.
fn mangle(text: &str, rng: &mut Rng) -> String {
    if rng.below(2) == 0 {
        return swap_word(text, rng);
    }
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(4) {
        if chars.is_empty() {
            break;
        }
        let at = rng.below(chars.len());
        let len = 1 + rng.below(12.min(chars.len() - at));
        match rng.below(4) {
            0 => {
                chars.drain(at..at + len);
            }
            1 => {
                let piece: Vec<char> = chars[at..at + len].to_vec();
                let to = rng.below(chars.len());
                chars.splice(to..to, piece);
            }
            2 => chars.truncate(at),
            _ => {
                let junk = [
                    '(', ')', '{', '}', ';', '"', '\'', '<', '>', '=', '@', '$', '\\', '0',
                ];
                chars.insert(at, junk[rng.below(junk.len())]);
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mangled_programs_never_panic() {
    let corlib = corlib();
    let mut texts = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests"),
        &mut texts,
    );
    assert!(!texts.is_empty());
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let rounds = std::env::var("SHARP_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    for round in 0..rounds {
        let original = &texts[rng.below(texts.len())];
        let text = mangle(original, &mut rng);
        let files = [SourceFile {
            name: "fuzz.cs".into(),
            text: text.clone(),
        }];
        let result =
            std::panic::catch_unwind(|| compile(&files, &[&corlib], "fuzz", ModuleKind::Exe));
        assert!(
            result.is_ok(),
            "round {round}: the compiler panicked on:\n{text}"
        );
    }
}
