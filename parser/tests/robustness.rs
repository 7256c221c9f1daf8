//! `parse` never panics: truncations and mutations of a real program, and
//! random token soups (a fixed-seed xorshift generator, so failures repeat).

use lexer::FileId;

const PROGRAM: &str = include_str!("snapshots/program.cs");

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn parse_ok(src: &str) {
    let arena = bumpalo::Bump::new();
    let (unit, _) = parser::parse(&arena, FileId(0), src);
    let _ = parser::dump_ast(unit, src);
}

#[test]
fn every_truncation_of_a_real_program() {
    let mut cut = 0;
    while cut < PROGRAM.len() {
        if PROGRAM.is_char_boundary(cut) {
            parse_ok(&PROGRAM[..cut]);
        }
        cut += 3;
    }
}

#[test]
fn token_mutations_of_a_real_program() {
    let (tokens, _) = lexer::lex(FileId(0), PROGRAM);
    let words: Vec<&str> = tokens.iter().map(|t| &PROGRAM[t.span.start as usize..t.span.end as usize]).collect();
    let mut rng = Rng(0x5eed_1234_abcd_9876);
    for _ in 0..300 {
        let mut w = words.clone();
        for _ in 0..1 + rng.below(4) {
            let i = rng.below(w.len());
            match rng.below(3) {
                0 => {
                    w.remove(i);
                }
                1 => {
                    let j = rng.below(w.len());
                    let t = w[j];
                    w.insert(i, t);
                }
                _ => {
                    let j = rng.below(w.len());
                    w.swap(i, j);
                }
            }
        }
        parse_ok(&w.join(" "));
    }
}

#[test]
fn random_token_soups() {
    const VOCAB: &[&str] = &[
        "class", "struct", "interface", "enum", "namespace", "using", "static", "public", "void", "int", "string",
        "var", "if", "else", "while", "for", "foreach", "in", "do", "switch", "case", "default", "break",
        "continue", "return", "throw", "try", "catch", "finally", "new", "this", "base", "typeof", "is", "as",
        "checked", "goto", "const", "readonly", "x", "y", "List", "T", "get", "set", "1", "2.5", "'c'", "\"s\"",
        "@\"v\"", "null", "true", "{", "}", "(", ")", "[", "]", "<", ">", ">>", "?", "??", ":", ";", ",", ".", "=",
        "==", "+", "-", "*", "/", "%", "!", "~", "&&", "||", "++", "--", "+=", "=>", "$\"i{x}\"", "partial",
        "where", "async", "#", "`", "\"unterminated", "'ab'",
    ];
    let mut rng = Rng(0x0123_4567_89ab_cdef);
    for _ in 0..500 {
        let n = 1 + rng.below(60);
        let soup: Vec<&str> = (0..n).map(|_| VOCAB[rng.below(VOCAB.len())]).collect();
        parse_ok(&soup.join(" "));
        // The same soup inside a method body exercises statement recovery.
        parse_ok(&format!("class C {{ void M() {{ {} }} }}", soup.join(" ")));
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    let src = format!("class C {{ int x = {}1{}; }}", "(".repeat(2000), ")".repeat(2000));
    let arena = bumpalo::Bump::new();
    let (_, diags) = parser::parse(&arena, FileId(0), &src);
    assert!(diags.is_empty());
}

#[test]
fn interpolated_string_mutations() {
    const SRC: &str = "class C { void M() { s = $\"a {x,5:F2} b {{c}} {(a ? \"x\" : $@\"y{z}\"\"\")} \\t {d:HH:mm}\"; } }";
    const NOISE: &[&str] = &["{", "}", "\"", "$", "@", "\\", ":", ",", "(", ")", "'", "\n", "é", "{{", "}}", "$\""];
    for cut in 0..=SRC.len() {
        if SRC.is_char_boundary(cut) {
            parse_ok(&SRC[..cut]);
        }
    }
    let mut rng = Rng(0xfeed_0000_1111_2222);
    for _ in 0..2000 {
        let mut s = SRC.to_string();
        for _ in 0..1 + rng.below(3) {
            let mut at = rng.below(s.len() + 1);
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            if rng.below(2) == 0 {
                s.insert_str(at, NOISE[rng.below(NOISE.len())]);
            } else if at < s.len() {
                s.remove(at);
            }
        }
        parse_ok(&s);
    }
}

#[test]
fn deeply_nested_interpolated_strings() {
    let nested = |depth: usize| format!("class C {{ string s = {}1{}; }}", "$\"{".repeat(depth), "}\"".repeat(depth));
    let arena = bumpalo::Bump::new();
    let src = nested(40);
    let (_, diags) = parser::parse(&arena, FileId(0), &src);
    assert!(diags.is_empty(), "{diags:?}");
    // Past the nesting limit: one diagnostic, no stack overflow.
    let src = nested(5000);
    let (_, diags) = parser::parse(&arena, FileId(0), &src);
    assert!(diags.iter().any(|d| d.code == "CS8078"), "{diags:?}");
}
