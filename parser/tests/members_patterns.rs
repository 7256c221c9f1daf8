//! Explicit interface member implementations (§18.6.2), object and
//! collection initializers, `is` patterns (C# 7–9), `typeof`, `nameof`,
//! `sizeof` and the `default` literal.

use lexer::FileId;
use parser::ast::*;

/// The dump of `src` (a whole file), panicking on diagnostics.
fn dump(src: &str) -> String {
    let arena = bumpalo::Bump::new();
    let (unit, diags) = parser::parse(&arena, FileId(0), src);
    assert!(diags.is_empty(), "{src}: {diags:?}");
    parser::dump_ast(unit, src)
}

/// The dump of the members of a class.
fn members(decls: &str) -> String {
    let dump = dump(&format!("class C {{ {decls} }}"));
    let lines: Vec<&str> = dump.lines().skip(2).collect();
    unindent(&lines)
}

/// The dump of the statements of a method body.
fn body(stmts: &str) -> String {
    let dump = dump(&format!("class C {{ void M() {{ {stmts} }} }}"));
    let lines: Vec<&str> = dump.lines().skip_while(|l| l.trim() != "Block").skip(1).collect();
    unindent(&lines)
}

fn unindent(lines: &[&str]) -> String {
    let indent = lines.first().map_or(0, |l| l.len() - l.trim_start().len());
    lines.iter().map(|l| format!("{}\n", &l[indent.min(l.len())..])).collect()
}

fn codes(src: &str) -> Vec<&'static str> {
    let arena = bumpalo::Bump::new();
    let (_, diags) = parser::parse(&arena, FileId(0), src);
    diags.iter().map(|d| d.code).collect()
}

/// Runs `check` on the single member of `class C { decl }`.
fn with_member(decl: &str, check: impl FnOnce(&MemberDecl)) {
    let src = format!("class C {{ {decl} }}");
    let arena = bumpalo::Bump::new();
    let (unit, diags) = parser::parse(&arena, FileId(0), &src);
    assert!(diags.is_empty(), "{src}: {diags:?}");
    let NamespaceMember::Type(t) = unit.members[0] else { panic!("not a type") };
    check(&t.members[0]);
}

fn type_name(t: Option<&TypeSyntax>) -> Option<String> {
    t.map(parser::type_text)
}

#[test]
fn explicit_interface_methods() {
    assert_eq!(members("void IFoo.M() { }"), "Method IFoo.M -> void\n  Block\n");
    assert_eq!(members("int Ns.IFoo.M(int a) => a;"), "Method Ns.IFoo.M -> int\n  Param int a\n  ExprBody\n    Name a\n");
    with_member("void IFoo.M() { }", |m| {
        let MemberDecl::Method(m) = m else { panic!("{m:?}") };
        assert_eq!(m.name.text, "M");
        assert_eq!(type_name(m.explicit_interface).as_deref(), Some("IFoo"));
        assert!(m.type_params.is_empty());
    });
    with_member("int Ns.IFoo.M() => 1;", |m| {
        let MemberDecl::Method(m) = m else { panic!("{m:?}") };
        assert_eq!(m.name.text, "M");
        assert_eq!(type_name(m.explicit_interface).as_deref(), Some("Ns.IFoo"));
        let span = m.explicit_interface.map(|t| (t.span.start, t.span.end));
        // `class C { int ` is 14 bytes; `Ns.IFoo` is 7.
        assert_eq!(span, Some((14, 21)));
    });
    // Ordinary and generic methods are unchanged; a generic interface
    // prefix works through the same cover grammar (docs/grammar.md §5.5).
    with_member("T G<T, U>(List<int> x) where T : class => default;", |m| {
        let MemberDecl::Method(m) = m else { panic!("{m:?}") };
        assert!(m.explicit_interface.is_none());
        assert_eq!(m.type_params.iter().map(|p| p.text).collect::<Vec<_>>(), ["T", "U"]);
    });
    assert_eq!(
        members("int IComparable<C>.CompareTo(C o) => 0;"),
        "Method IComparable<C>.CompareTo -> int\n  Param C o\n  ExprBody\n    Int 0\n"
    );
    assert_eq!(members("void I.M<T>(T t) { }"), "Method I.M<T> -> void\n  Param T t\n  Block\n");
    // A type parameter must be an identifier.
    assert_eq!(codes("class C { void M<int>() { } }"), ["CS0081"]);
}

#[test]
fn explicit_interface_properties_and_indexers() {
    assert_eq!(
        members("int IFoo.Value { get { return 1; } }"),
        "Property int IFoo.Value\n  Accessor get\n    Block\n      Return\n        Int 1\n"
    );
    assert_eq!(members("int IFoo.Value => 2;"), "Property int IFoo.Value\n  ExprBody\n    Int 2\n");
    with_member("int IFoo.Value { get; }", |m| {
        let MemberDecl::Property(p) = m else { panic!("{m:?}") };
        assert_eq!(p.name.text, "Value");
        assert_eq!(type_name(p.explicit_interface).as_deref(), Some("IFoo"));
    });
    assert_eq!(
        members("string IFoo.this[int i] => \"x\";"),
        "Indexer string IFoo.this\n  Param int i\n  ExprBody\n    String \"x\"\n"
    );
    with_member("string A.IFoo.this[int i] { get { return null; } }", |m| {
        let MemberDecl::Indexer(x) = m else { panic!("{m:?}") };
        assert_eq!(type_name(x.explicit_interface).as_deref(), Some("A.IFoo"));
    });
    with_member("string this[int i] => null;", |m| {
        let MemberDecl::Indexer(x) = m else { panic!("{m:?}") };
        assert!(x.explicit_interface.is_none());
    });
    with_member("int P { get; set; }", |m| {
        let MemberDecl::Property(p) = m else { panic!("{m:?}") };
        assert!(p.explicit_interface.is_none());
    });
    // Fields, indexers and properties still parse next to each other.
    assert_eq!(members("int a, b; int P => a;"), "Field int\n  Declarator a\n  Declarator b\nProperty int P\n  ExprBody\n    Name a\n");
}

#[test]
fn object_and_collection_initializers() {
    assert_eq!(
        body("var p = new Point { X = 1, Y = 2 };"),
        "LocalDecl var\n  Declarator p\n    New Point\n      Initializer\n        Assign =\n          Name X\n          Int 1\n        Assign =\n          Name Y\n          Int 2\n"
    );
    assert_eq!(
        body("var q = new Point(3) { Y = 4, };"),
        "LocalDecl var\n  Declarator q\n    New Point\n      Arg\n        Int 3\n      Initializer\n        Assign =\n          Name Y\n          Int 4\n"
    );
    // Collection initializers: plain expressions in the same list.
    assert_eq!(
        body("var l = new List<int> { 1, 2 };"),
        "LocalDecl var\n  Declarator l\n    New List<int>\n      Initializer\n        Int 1\n        Int 2\n"
    );
    // A nested member initializer: an assignment whose value is a braced list.
    assert!(codes("class C { void M() { var l = new Line { Start = { X = 1 } }; } }").is_empty());
}

#[test]
fn is_patterns() {
    // Declaration and type patterns stay `Is`.
    assert_eq!(body("b = x is int n;"), "ExprStmt\n  Assign =\n    Name b\n    IsPattern\n      Name x\n      TypePattern int n\n");
    assert_eq!(body("b = x is string;"), "ExprStmt\n  Assign =\n    Name b\n    IsPattern\n      Name x\n      TypePattern string\n");
    assert_eq!(body("b = x is null;"), "ExprStmt\n  Assign =\n    Name b\n    IsPattern\n      Name x\n      NullPattern\n");
    assert_eq!(
        body("b = x is not null;"),
        "ExprStmt\n  Assign =\n    Name b\n    IsPattern\n      Name x\n      NotPattern\n        NullPattern\n"
    );
    assert_eq!(
        body("if (x is 5 || x is -1 || x is \"s\") { }"),
        "If\n  Binary ||\n    Binary ||\n      IsPattern\n        Name x\n        ConstantPattern\n          Int 5\n      IsPattern\n        Name x\n        ConstantPattern\n          Unary -\n            Int 1\n    IsPattern\n      Name x\n      ConstantPattern\n        String \"s\"\n  Block\n"
    );
    assert_eq!(
        body("b = x is not string s && s.Length > 0;"),
        "ExprStmt\n  Assign =\n    Name b\n    Binary &&\n      IsPattern\n        Name x\n        NotPattern\n          TypePattern string s\n      Binary >\n        MemberAccess .Length\n          Name s\n        Int 0\n"
    );
    assert_eq!(
        body("b = x is not Foo.Bar;"),
        "ExprStmt\n  Assign =\n    Name b\n    IsPattern\n      Name x\n      NotPattern\n        TypePattern Foo.Bar\n"
    );
    // The pattern's shape, with spans.
    let src = "class C { bool M(object x) => x is not null; }";
    let arena = bumpalo::Bump::new();
    let (unit, diags) = parser::parse(&arena, FileId(0), src);
    assert!(diags.is_empty());
    let NamespaceMember::Type(t) = unit.members[0] else { panic!() };
    let MemberDecl::Method(m) = t.members[0] else { panic!() };
    let Some(Body::Expr(e)) = m.body else { panic!() };
    let ExprKind::IsPattern { pattern, .. } = e.kind else { panic!("{e:?}") };
    let PatternKind::Not(inner) = pattern.kind else { panic!("{pattern:?}") };
    assert!(matches!(inner.kind, PatternKind::Null));
    assert_eq!(&src[pattern.span.start as usize..pattern.span.end as usize], "not null");
    assert_eq!(&src[inner.span.start as usize..inner.span.end as usize], "null");
    // Property, relational and combined patterns.
    assert_eq!(
        body("b = o is string { Length: > 0 } s;"),
        "ExprStmt\n  Assign =\n    Name b\n    IsPattern\n      Name o\n      RecursivePattern string s\n        Properties\n          Length:\n            RelationalPattern >\n              Int 0\n"
    );
    assert_eq!(
        body("b = c is >= 'a' and <= 'z' or '_';"),
        "ExprStmt\n  Assign =\n    Name b\n    IsPattern\n      Name c\n      OrPattern\n        AndPattern\n          RelationalPattern >=\n            Char \"a\"\n          RelationalPattern <=\n            Char \"z\"\n        ConstantPattern\n          Char \"_\"\n"
    );
    // `and` outside a pattern is a name.
    assert!(codes("class C { void M() { int and = 1; b = and > 0; } }").is_empty());
}

#[test]
fn typeof_nameof_sizeof_default() {
    assert_eq!(body("t = typeof(Outer.Inner);"), "ExprStmt\n  Assign =\n    Name t\n    Typeof Outer.Inner\n");
    assert_eq!(body("s = nameof(x);"), "ExprStmt\n  Assign =\n    Name s\n    Nameof\n      Name x\n");
    assert_eq!(
        body("s = nameof(A.B);"),
        "ExprStmt\n  Assign =\n    Name s\n    Nameof\n      MemberAccess .B\n        Name A\n"
    );
    // `@nameof(x)` and other arities are ordinary calls.
    assert_eq!(body("@nameof(x);"), "ExprStmt\n  Invocation\n    Name nameof\n    Arg\n      Name x\n");
    assert_eq!(body("nameof(x, y);"), "ExprStmt\n  Invocation\n    Name nameof\n    Arg\n      Name x\n    Arg\n      Name y\n");
    assert_eq!(body("n = sizeof(int);"), "ExprStmt\n  Assign =\n    Name n\n    Sizeof int\n");
    assert_eq!(body("int d = default;"), "LocalDecl int\n  Declarator d\n    Default\n");
}
