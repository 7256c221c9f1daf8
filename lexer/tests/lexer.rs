//! Lexer tests: token dump, literal decoding, diagnostics, the pass.

use lexer::literal::{decode_char, decode_int, decode_real, decode_string, IntSuffix, RealSuffix};
use lexer::{FileId, TokenKind, dump_tokens, lex};

#[test]
fn dump_format() {
    let src = "using System;\nint? x = a >> 1; // done\n";
    let (tokens, diags) = lex(FileId(0), src);
    assert!(diags.is_empty());
    assert_eq!(
        dump_tokens(&tokens, src),
        "1:1..1:6 Keyword(using) `using`\n\
         1:7..1:13 Ident `System`\n\
         1:13..1:14 Punct `;`\n\
         2:1..2:4 Keyword(int) `int`\n\
         2:4..2:5 NullableQ `?`\n\
         2:6..2:7 Ident `x`\n\
         2:8..2:9 Punct `=`\n\
         2:10..2:11 Ident `a`\n\
         2:12..2:14 GtGt `>>`\n\
         2:15..2:16 IntLit `1`\n\
         2:16..2:17 Punct `;`\n"
    );
}

#[test]
fn integers() {
    assert_eq!(decode_int("42").0, 42);
    assert_eq!(decode_int("0x1F").0, 31);
    assert_eq!(decode_int("0b1010_1010").0, 170);
    assert_eq!(decode_int("1_000_000").0, 1_000_000);
    assert_eq!(decode_int("42u").1, IntSuffix::U);
    assert_eq!(decode_int("42L").1, IntSuffix::L);
    assert_eq!(decode_int("42UL").1, IntSuffix::UL);
    assert_eq!(decode_int("42lu").1, IntSuffix::UL);
    assert_eq!(decode_int("18446744073709551615").0, u64::MAX);
    assert_eq!(decode_int("18446744073709551616").2[0].0, "CS1021");
}

#[test]
fn reals() {
    assert_eq!(decode_real("1.5").0, 1.5);
    assert_eq!(decode_real("1e3").0, 1000.0);
    assert_eq!(decode_real("2.5f").1, RealSuffix::F);
    assert_eq!(decode_real("10m").1, RealSuffix::M);
    assert_eq!(decode_real(".5").0, 0.5);
    assert_eq!(decode_real("1_0.2_5d"), (10.25, RealSuffix::D, vec![]));
}

#[test]
fn strings_and_chars() {
    let s = |t: &str| String::from_utf16(&decode_string(t).0).unwrap_or_default();
    assert_eq!(s(r#""a\tb\n""#), "a\tb\n");
    assert_eq!(s(r#""\u0041\x42\U0001F600""#), "AB\u{1F600}");
    assert_eq!(s(r#"@"C:\x ""q""""#), "C:\\x \"q\"");
    assert_eq!(decode_string(r#""\q""#).1[0].0, "CS1009");
    assert_eq!(decode_char(r"'\''").0, 0x27);
    assert_eq!(decode_char("'a'").0, 97);
    assert_eq!(decode_char("'ab'").1[0].0, "CS1012");
    assert_eq!(decode_char("''").1[0].0, "CS1011");
}

#[test]
fn diagnostics_and_recovery() {
    let (tokens, diags) = lex(FileId(0), "a ` b \"open\nc");
    let codes: Vec<_> = diags.iter().map(|d| d.code).collect();
    assert_eq!(codes, vec!["CS1056", "CS1010"]);
    let kinds: Vec<_> = tokens.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, vec![TokenKind::Ident, TokenKind::Ident, TokenKind::StringLit, TokenKind::Ident]);
    let (_, diags) = lex(FileId(0), "x /* never closed");
    assert_eq!(diags[0].code, "CS1035");
    // Interpolated strings: unclosed hole, lone `}`, missing quote.
    let codes = |src: &str| lex(FileId(0), src).1.iter().map(|d| d.code).collect::<Vec<_>>();
    assert_eq!(codes("$\"a{b}\""), Vec::<&str>::new());
    assert_eq!(codes("$\"a}b\""), vec!["CS8086"]);
    assert_eq!(codes("$\"a{b\nc"), vec!["CS8076", "CS1010"]);
    assert_eq!(codes("$\"a\\qb\""), vec!["CS1009"]);
}

#[test]
fn interpolated_string_tokens() {
    use TokenKind::*;
    let src = "$\"a {x,5:F2} b {{c}}\"";
    let (tokens, diags) = lex(FileId(0), src);
    assert!(diags.is_empty(), "{diags:?}");
    let parts: Vec<(TokenKind, &str)> =
        tokens.iter().map(|t| (t.kind, &src[t.span.start as usize..t.span.end as usize])).collect();
    assert_eq!(
        parts,
        vec![
            (InterpStart, "$\""),
            (InterpText, "a "),
            (InterpHoleOpen, "{"),
            (Ident, "x"),
            (Comma, ","),
            (IntLit, "5"),
            (InterpFormat, ":F2"),
            (InterpHoleClose, "}"),
            (InterpText, " b {{c}}"),
            (InterpEnd, "\""),
        ]
    );
    // A `:` inside parentheses is not a format; nested strings and
    // interpolated strings are lexed as tokens of the hole.
    let kinds = |src: &str| lex(FileId(0), src).0.iter().map(|t| t.kind).collect::<Vec<_>>();
    let k = kinds("$\"{(a ? \"x\" : \"y\")}\"");
    assert!(!k.contains(&InterpFormat), "{k:?}");
    assert!(k.contains(&Colon));
    let k = kinds("$@\"{$\"{1}\"}\"\"q\"\"\"");
    assert_eq!(k.iter().filter(|&&k| k == InterpStart).count(), 2);
    assert_eq!(k.last(), Some(&InterpEnd));
    assert_eq!(
        lexer::literal::decode_interpolated_text("a\\tb{{}}", false).0,
        "a\tb{}".encode_utf16().collect::<Vec<_>>()
    );
    assert_eq!(
        lexer::literal::decode_interpolated_text("\"\"{{\\n", true).0,
        "\"{\\n".encode_utf16().collect::<Vec<_>>()
    );
}

#[test]
fn verbatim_identifiers_and_keywords() {
    let (tokens, _) = lex(FileId(0), "@class class");
    assert_eq!(tokens[0].kind, TokenKind::Ident);
    assert_eq!(tokens[1].kind, TokenKind::KwClass);
}

#[test]
fn pass_tokens() {
    let kinds = |src: &str| lex(FileId(0), src).0.iter().map(|t| t.kind).collect::<Vec<_>>();
    use TokenKind::*;
    assert_eq!(kinds("F<int>(x)")[1], GenericLt);
    assert_eq!(kinds("a < b")[1], Lt);
    assert_eq!(kinds("(int)x")[0], CastOpen);
    assert_eq!(kinds("(a) - b")[0], LParen);
    assert_eq!(kinds("(a, b) => a")[0], LambdaOpen);
    assert_eq!(kinds("c ? a : b")[1], Question);
    assert_eq!(kinds("List<List<int>> x"), vec![Ident, GenericLt, Ident, GenericLt, KwInt, GenericGt, GenericGt, Ident]);
    assert_eq!(kinds("public partial class C")[1], Partial);
    assert_eq!(kinds("[assembly: A]")[0], GlobalAttrOpen);
    // Nullable only where a type is expected (Roslyn's rule).
    assert_eq!(kinds("int? x = null;")[1], NullableQ);
    assert_eq!(kinds("T? x;")[1], NullableQ);
    assert_eq!(kinds("c ? Loud(1) : Loud(2)")[1], Question);
    assert_eq!(kinds("c ? x = 1 : 2")[1], Question);
    assert_eq!(kinds("a[i] < x ? F(a) : F(b)")[6], Question);
    assert_eq!(kinds("a?[0]"), vec![Ident, QuestionBracket, IntLit, RBracket]);
    assert_eq!(kinds("int?[] a")[1], NullableQ);
    // §6.2.5: `F(a < b, c > d)` is two comparisons, `List<int> x` a type.
    assert_eq!(kinds("F(a < b, c > d);")[3], Lt);
    assert_eq!(kinds("{ List<int> x; }")[2], GenericLt);
    assert_eq!(kinds("F(out List<int> x);")[4], GenericLt);
    assert_eq!(kinds("void M(List<int> x) { }")[4], GenericLt);
    // Generic methods and explicit interface members declare parameters too.
    assert_eq!(kinds("T M<T>(List<int> x) { }")[7], GenericLt);
    assert_eq!(kinds("void I.M(List<int> x) { }")[6], GenericLt);
    // `not` is a pattern keyword after `is` when a pattern follows.
    assert_eq!(kinds("x is not null")[2], Not);
    assert_eq!(kinds("x is not not null")[3], Not);
    assert_eq!(kinds("x is not string s")[2], Not);
    assert_eq!(kinds("x is not;")[2], Ident);
    assert_eq!(kinds("not = 1;")[0], Ident);
}
