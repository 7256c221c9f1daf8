//! Error recovery: each syntax error is one diagnostic with Roslyn's code,
//! on the right line, and parsing goes on after it.

use lexer::{FileId, LineIndex};

/// (line, code) of every diagnostic.
fn errors(src: &str) -> Vec<(u32, &'static str)> {
    let arena = bumpalo::Bump::new();
    let (_, diags) = parser::parse(&arena, FileId(0), src);
    let index = LineIndex::new(src);
    diags.iter().map(|d| (index.line_col(d.span.start).0, d.code)).collect()
}

fn messages(src: &str) -> Vec<String> {
    let arena = bumpalo::Bump::new();
    let (_, diags) = parser::parse(&arena, FileId(0), src);
    diags.iter().map(|d| format!("{} {}", d.code, d.message)).collect()
}

#[test]
fn three_independent_errors() {
    let src = "\
class C
{
    void M()
    {
        int x = 5
        int y = 3;
        Foo(1, 2;
        y = 4;
    }

    void N()
    {
        z = = 4;
        w = 5;
    }
}
";
    assert_eq!(errors(src), vec![(5, "CS1002"), (7, "CS1026"), (13, "CS1525")]);
}

#[test]
fn missing_semicolon_is_one_error_on_its_line() {
    let src = "class C { void M() {\n  int a = 1\n  a = 2;\n  a = 3;\n} }\n";
    assert_eq!(errors(src), vec![(2, "CS1002")]);
    assert_eq!(messages(src), vec!["CS1002 ; expected"]);
}

#[test]
fn invalid_expression_term() {
    let src = "class C { void M() { int x = ; } }";
    assert_eq!(messages(src), vec!["CS1525 Invalid expression term ';'"]);
}

#[test]
fn bad_member_then_good_member() {
    let src = "class C\n{\n    void Bad( { }\n    int ok;\n    void Good() { int q = ; }\n}\n";
    let e = errors(src);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!(e[0].0, 3);
    assert_eq!(e[1], (5, "CS1525"));
}

#[test]
fn junk_in_class_body() {
    let src = "class C\n{\n    int x;\n    = 5;\n    int y;\n}\n";
    assert_eq!(messages(src), vec!["CS1519 Invalid token '=' in class, record, struct, or interface member declaration"]);
}

#[test]
fn missing_close_brace_at_eof() {
    let src = "class C\n{\n    void M() { }\n";
    let e = messages(src);
    assert_eq!(e, vec!["CS1513 } expected"]);
}

#[test]
fn stray_close_brace_at_namespace_level() {
    let src = "namespace N { class C { } }\n}\nclass D { }\n";
    assert_eq!(errors(src), vec![(2, "CS1022")]);
}

#[test]
fn missing_identifier() {
    let src = "class { }";
    assert_eq!(messages(src), vec!["CS1001 Identifier expected"]);
}

#[test]
fn duplicate_modifier() {
    let src = "class C { public public int x; }";
    assert_eq!(messages(src), vec!["CS1004 Duplicate 'public' modifier"]);
}

#[test]
fn lexer_errors_are_reported_and_parsing_continues() {
    let src = "class C { void M() {\n string s = \"abc\n; char c = 'ab'; int i = 99999999999999999999; string e = \"\\q\"; } }\n";
    let codes: Vec<_> = errors(src).into_iter().map(|(_, c)| c).collect();
    assert_eq!(codes, vec!["CS1010", "CS1012", "CS1021", "CS1009"]);
    let e = errors("class C { void M() { int x = 1 ` ; } }");
    assert_eq!(e, vec![(1, "CS1056")]);
}

#[test]
fn error_inside_nested_blocks() {
    let src = "class C { void M() {\n if (a) {\n  while (b) { x = ; }\n }\n y = 2;\n} }\n";
    assert_eq!(errors(src), vec![(3, "CS1525")]);
}
