//! The lexer's disambiguation pass, seen through the parser: generic `<`
//! against less-than, casts against parenthesized expressions, `?` in
//! nullable types against the conditional operator, `>>`.

use lexer::{FileId, TokenKind};

/// Parses `stmts` inside a method and returns the dump of the method body
/// (indentation removed up to the block), panicking on diagnostics.
fn body(stmts: &str) -> String {
    let src = format!("class C {{ void M() {{ {stmts} }} }}");
    let arena = bumpalo::Bump::new();
    let (unit, diags) = parser::parse(&arena, FileId(0), &src);
    assert!(diags.is_empty(), "{stmts}: {diags:?}");
    let dump = parser::dump_ast(unit, &src);
    let lines: Vec<&str> = dump.lines().skip_while(|l| l.trim() != "Block").skip(1).collect();
    let indent = lines.first().map_or(0, |l| l.len() - l.trim_start().len());
    lines.iter().map(|l| format!("{}\n", &l[indent.min(l.len())..])).collect()
}

fn kinds(src: &str) -> Vec<TokenKind> {
    lexer::lex(FileId(0), src).0.iter().map(|t| t.kind).collect()
}

#[test]
fn generic_invocation_per_spec_rule() {
    // §6.2.5: `(` after the `>` keeps the type-argument list.
    assert_eq!(
        body("F(a < b > (c));"),
        "ExprStmt\n  Invocation\n    Name F\n    Arg\n      Invocation\n        Name a<b>\n        Arg\n          Name c\n"
    );
    // Without it, two relational operators (as in `F(G < A, B > 7)`).
    assert_eq!(
        body("F(G < A, B > 7);"),
        "ExprStmt\n  Invocation\n    Name F\n    Arg\n      Binary <\n        Name G\n        Name A\n    Arg\n      Binary >\n        Name B\n        Int 7\n"
    );
}

#[test]
fn nested_generics_and_shift() {
    assert_eq!(body("List<List<int>> x;"), "LocalDecl List<List<int>>\n  Declarator x\n");
    assert_eq!(
        body("x = a >> 2;"),
        "ExprStmt\n  Assign =\n    Name x\n    Binary >>\n      Name a\n      Int 2\n"
    );
    assert_eq!(body("x >>= 1;"), "ExprStmt\n  Assign >>=\n    Name x\n    Int 1\n");
    // `> >` with a space is two greater-than tokens, not a shift.
    let k = kinds("a > > b");
    assert_eq!(k, vec![TokenKind::Ident, TokenKind::Gt, TokenKind::Gt, TokenKind::Ident]);
    assert_eq!(
        body("Dictionary<string, List<int>> d = new Dictionary<string, List<int>>();"),
        "LocalDecl Dictionary<string, List<int>>\n  Declarator d\n    New Dictionary<string, List<int>>\n"
    );
}

#[test]
fn less_than_stays_less_than() {
    assert_eq!(
        body("if (a < b && c > d) x();"),
        "If\n  Binary &&\n    Binary <\n      Name a\n      Name b\n    Binary >\n      Name c\n      Name d\n  ExprStmt\n    Invocation\n      Name x\n"
    );
}

#[test]
fn casts_and_parenthesized_expressions() {
    assert_eq!(body("x = (int)y;"), "ExprStmt\n  Assign =\n    Name x\n    Cast int\n      Name y\n");
    // Not a cast: a parenthesized expression minus b.
    assert_eq!(
        body("x = (a) - b;"),
        "ExprStmt\n  Assign =\n    Name x\n    Binary -\n      Parenthesized\n        Name a\n      Name b\n"
    );
    // A predefined type is always a cast, even before `-`.
    assert_eq!(body("x = (int)-1;"), "ExprStmt\n  Assign =\n    Name x\n    Cast int\n      Unary -\n        Int 1\n");
    // A named type followed by an identifier is a cast.
    assert_eq!(body("x = (Foo)y;"), "ExprStmt\n  Assign =\n    Name x\n    Cast Foo\n      Name y\n");
    assert_eq!(
        body("x = (List<int>)(object)y;"),
        "ExprStmt\n  Assign =\n    Name x\n    Cast List<int>\n      Cast object\n        Name y\n"
    );
    // `if (x)` and method calls never start casts.
    assert_eq!(body("if (x) y();"), "If\n  Name x\n  ExprStmt\n    Invocation\n      Name y\n");
    assert_eq!(
        body("f(x)(y);"),
        "ExprStmt\n  Invocation\n    Invocation\n      Name f\n      Arg\n        Name x\n    Arg\n      Name y\n"
    );
}

#[test]
fn nullable_and_conditional() {
    assert_eq!(body("int? x = null;"), "LocalDecl int?\n  Declarator x\n    Null\n");
    assert_eq!(
        body("x = a ? b : c;"),
        "ExprStmt\n  Assign =\n    Name x\n    Conditional\n      Name a\n      Name b\n      Name c\n"
    );
    assert_eq!(
        body("x = (int?)y;"),
        "ExprStmt\n  Assign =\n    Name x\n    Cast int?\n      Name y\n"
    );
    assert_eq!(
        body("List<int?> l;"),
        "LocalDecl List<int?>\n  Declarator l\n"
    );
    assert_eq!(
        body("x = y is int ? 1 : 2;"),
        "ExprStmt\n  Assign =\n    Name x\n    Conditional\n      IsPattern\n        Name y\n        TypePattern int\n      Int 1\n      Int 2\n"
    );
}

#[test]
fn arrays_vs_element_access() {
    assert_eq!(body("A[] x;"), "LocalDecl A[]\n  Declarator x\n");
    assert_eq!(body("a[i] = 1;"), "ExprStmt\n  Assign =\n    ElementAccess\n      Name a\n      Arg\n        Name i\n    Int 1\n");
    assert_eq!(body("int[][,] j;"), "LocalDecl int[][,]\n  Declarator j\n");
    assert_eq!(
        body("var a = new int[] { 1 };"),
        "LocalDecl var\n  Declarator a\n    ArrayCreation int rank 1\n      ArrayInitializer\n        Int 1\n"
    );
    assert_eq!(body("A.B<C>.D x;"), "LocalDecl A.B<C>.D\n  Declarator x\n");
}

#[test]
fn contextual_keywords_stay_identifiers() {
    assert_eq!(body("var partial = where + async;"), "LocalDecl var\n  Declarator partial\n    Binary +\n      Name where\n      Name async\n");
}
