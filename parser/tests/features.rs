//! C# 6–9 constructs: implicitly typed arrays, out variables, the
//! conditional operator against nullable types, generic `<` against
//! less-than in arguments, interpolated strings, user-defined operators and
//! conversions, null-conditional access.

use lexer::FileId;

/// The dump of `src` (a whole file), panicking on diagnostics.
fn dump(src: &str) -> String {
    let arena = bumpalo::Bump::new();
    let (unit, diags) = parser::parse(&arena, FileId(0), src);
    assert!(diags.is_empty(), "{src}: {diags:?}");
    parser::dump_ast(unit, src)
}

/// The dump of the statements of a method body, indentation removed.
fn body(stmts: &str) -> String {
    let dump = dump(&format!("class C {{ void M() {{ {stmts} }} }}"));
    let lines: Vec<&str> = dump.lines().skip_while(|l| l.trim() != "Block").skip(1).collect();
    unindent(&lines)
}

/// The dump of the members of a class.
fn members(decls: &str) -> String {
    let dump = dump(&format!("class C {{ {decls} }}"));
    let lines: Vec<&str> = dump.lines().skip(2).collect();
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

#[test]
fn implicitly_typed_arrays() {
    assert_eq!(
        body("var d = new[] { 11, 12 };"),
        "LocalDecl var\n  Declarator d\n    ImplicitArrayCreation rank 1\n      ArrayInitializer\n        Int 11\n        Int 12\n"
    );
    assert_eq!(
        body("var m = new[,] { {1, 2}, {3, 4} };"),
        "LocalDecl var\n  Declarator m\n    ImplicitArrayCreation rank 2\n      ArrayInitializer\n        ArrayInitializer\n          Int 1\n          Int 2\n        ArrayInitializer\n          Int 3\n          Int 4\n"
    );
    assert_eq!(
        body("int[][] j = { new[] { 1 }, new[] { 2 } };"),
        "LocalDecl int[][]\n  Declarator j\n    ArrayInitializer\n      ImplicitArrayCreation rank 1\n        ArrayInitializer\n          Int 1\n      ImplicitArrayCreation rank 1\n        ArrayInitializer\n          Int 2\n"
    );
    assert_eq!(
        body("F(new[] { \"x\" });"),
        "ExprStmt\n  Invocation\n    Name F\n    Arg\n      ImplicitArrayCreation rank 1\n        ArrayInitializer\n          String \"x\"\n"
    );
}

#[test]
fn out_variable_declarations() {
    assert_eq!(body("F(out var q);"), "ExprStmt\n  Invocation\n    Name F\n    Arg out decl var q\n");
    assert_eq!(
        body("F(out int r, out x, ref y, out _);"),
        "ExprStmt\n  Invocation\n    Name F\n    Arg out decl int r\n    Arg out\n      Name x\n    Arg ref\n      Name y\n    Arg out\n      Name _\n"
    );
    assert_eq!(
        body("long.TryParse(s, out long l);"),
        "ExprStmt\n  Invocation\n    MemberAccess .TryParse\n      PredefinedType long\n    Arg\n      Name s\n    Arg out decl long l\n"
    );
    assert_eq!(
        body("F(n: out var a, out List<int> b, out int[] c);"),
        "ExprStmt\n  Invocation\n    Name F\n    Arg n: out decl var a\n    Arg out decl List<int> b\n    Arg out decl int[] c\n"
    );
    assert_eq!(
        body("if (int.TryParse(s, out int v) && v > 0) { }"),
        "If\n  Binary &&\n    Invocation\n      MemberAccess .TryParse\n        PredefinedType int\n      Arg\n        Name s\n      Arg out decl int v\n    Binary >\n      Name v\n      Int 0\n  Block\n"
    );
    // The argument's expression is the declared name, spanning the declaration.
    let src = "class C { void M() { F(out var q); } }";
    let arena = bumpalo::Bump::new();
    let (unit, _) = parser::parse(&arena, FileId(0), src);
    let parser::ast::NamespaceMember::Type(t) = unit.members[0] else { panic!("type") };
    let parser::ast::MemberDecl::Method(m) = t.members[0] else { panic!("method") };
    let Some(parser::ast::Body::Block(b)) = m.body else { panic!("body") };
    let parser::ast::StmtKind::Expr(e) = b.stmts[0].kind else { panic!("stmt") };
    let parser::ast::ExprKind::Invocation { args, .. } = e.kind else { panic!("call") };
    let a = &args[0];
    assert_eq!(a.modifier, parser::ast::ArgModifier::Out);
    assert_eq!(&src[a.expr.span.start as usize..a.expr.span.end as usize], "var q");
    assert!(matches!(a.expr.kind, parser::ast::ExprKind::Name { name, .. } if name.text == "q"));
}

#[test]
fn conditional_is_not_a_nullable_type() {
    assert_eq!(
        body("W(c ? Loud(1) : Loud(2));"),
        "ExprStmt\n  Invocation\n    Name W\n    Arg\n      Conditional\n        Name c\n        Invocation\n          Name Loud\n          Arg\n            Int 1\n        Invocation\n          Name Loud\n          Arg\n            Int 2\n"
    );
    assert_eq!(
        body("return a[mid] < x ? Find(a) : Find(b);"),
        "Return\n  Conditional\n    Binary <\n      ElementAccess\n        Name a\n        Arg\n          Name mid\n      Name x\n    Invocation\n      Name Find\n      Arg\n        Name a\n    Invocation\n      Name Find\n      Arg\n        Name b\n"
    );
    assert_eq!(
        body("y = c ? x = 1 : 2;"),
        "ExprStmt\n  Assign =\n    Name y\n    Conditional\n      Name c\n      Assign =\n        Name x\n        Int 1\n      Int 2\n"
    );
    assert_eq!(body("y = flag ? a : b;"), "ExprStmt\n  Assign =\n    Name y\n    Conditional\n      Name flag\n      Name a\n      Name b\n");
    assert_eq!(
        body("y = c ? F<int>(x) : G<int>.H;"),
        "ExprStmt\n  Assign =\n    Name y\n    Conditional\n      Name c\n      Invocation\n        Name F<int>\n        Arg\n          Name x\n      MemberAccess .H\n        Name G<int>\n"
    );
    assert_eq!(
        body("y = x is int ? a : b;"),
        "ExprStmt\n  Assign =\n    Name y\n    Conditional\n      IsPattern\n        Name x\n        TypePattern int\n      Name a\n      Name b\n"
    );
    assert_eq!(body("y = c ? this : d;"), "ExprStmt\n  Assign =\n    Name y\n    Conditional\n      Name c\n      This\n      Name d\n");
}

#[test]
fn nullable_types_where_a_type_is_expected() {
    assert_eq!(body("int? x = null;"), "LocalDecl int?\n  Declarator x\n    Null\n");
    assert_eq!(body("T? t;"), "LocalDecl T?\n  Declarator t\n");
    assert_eq!(body("T? a, b;"), "LocalDecl T?\n  Declarator a\n  Declarator b\n");
    assert_eq!(
        body("int? y = c ? 1 : 2;"),
        "LocalDecl int?\n  Declarator y\n    Conditional\n      Name c\n      Int 1\n      Int 2\n"
    );
    assert_eq!(body("foreach (int? v in xs) { }"), "Foreach int? v\n  Name xs\n  Block\n");
    assert_eq!(body("int?[] a;"), "LocalDecl int?[]\n  Declarator a\n");
    assert_eq!(body("y = x as int? ?? 0;"), "ExprStmt\n  Assign =\n    Name y\n    Binary ??\n      As int?\n        Name x\n      Int 0\n");
    assert_eq!(body("y = (long?)x;"), "ExprStmt\n  Assign =\n    Name y\n    Cast long?\n      Name x\n");
    assert_eq!(
        members("int? Find(int? a, List<int?> b) => null; T? P { get; } int? this[int i] => null; Nullable<int> G<U>() { }"),
        "Method Find -> int?\n  Param int? a\n  Param List<int?> b\n  ExprBody\n    Null\n\
         Property T? P\n  Accessor get\n\
         Indexer int?\n  Param int i\n  ExprBody\n    Null\n\
         Method G<U> -> Nullable<int>\n  Block\n"
    );
}

#[test]
fn generic_arguments_versus_comparisons() {
    // §6.2.5: an identifier after `>` does not keep the list in arguments.
    assert_eq!(
        body("F(a < b, c > d);"),
        "ExprStmt\n  Invocation\n    Name F\n    Arg\n      Binary <\n        Name a\n        Name b\n    Arg\n      Binary >\n        Name c\n        Name d\n"
    );
    // … but does in declarations.
    assert_eq!(
        body("List<int> x = new List<int>(); Dictionary<string, List<int>> d;"),
        "LocalDecl List<int>\n  Declarator x\n    New List<int>\nLocalDecl Dictionary<string, List<int>>\n  Declarator d\n"
    );
    assert_eq!(body("foreach (KeyValuePair<string, int> kv in m) { }"), "Foreach KeyValuePair<string, int> kv\n  Name m\n  Block\n");
    assert_eq!(body("case1: List<int> l;"), "Label case1\n  LocalDecl List<int>\n    Declarator l\n");
    assert_eq!(body("if (o is List<int> l) { }"), "If\n  IsPattern\n    Name o\n    TypePattern List<int> l\n  Block\n");
    assert_eq!(
        members("void M(List<int> a, Dictionary<int, string> b) { } public C(List<int> x) { } static List<int> f;"),
        "Method M -> void\n  Param List<int> a\n  Param Dictionary<int, string> b\n  Block\n\
         Constructor C [public]\n  Param List<int> x\n  Block\n\
         Field List<int> [static]\n  Declarator f\n"
    );
    assert_eq!(
        dump("abstract class B<T> where T : class { }"),
        "CompilationUnit\n  Class B<T> [abstract]\n"
    );
}

#[test]
fn interpolated_strings() {
    assert_eq!(
        body("s = $\"text {e} more {e,5} {e:F2} {e,-5:X4} {{literal braces}}\";"),
        "ExprStmt\n  Assign =\n    Name s\n    InterpolatedString\n      Text \"text \"\n      Hole\n        Name e\n      Text \" more \"\n      Hole\n        Name e\n        Alignment\n          Int 5\n      Text \" \"\n      Hole format \"F2\"\n        Name e\n      Text \" \"\n      Hole format \"X4\"\n        Name e\n        Alignment\n          Unary -\n            Int 5\n      Text \" {literal braces}\"\n"
    );
    // Verbatim, both prefix orders; `""` is a quote, `\` is literal.
    assert_eq!(
        body("s = $@\"a\\b {x} \"\"q\"\"\"; t = @$\"{y}\";"),
        "ExprStmt\n  Assign =\n    Name s\n    InterpolatedString\n      Text \"a\\\\b \"\n      Hole\n        Name x\n      Text \" \\\"q\\\"\"\nExprStmt\n  Assign =\n    Name t\n    InterpolatedString\n      Hole\n        Name y\n"
    );
    // Nested quotes, a parenthesized conditional (its `:` is no format), a
    // nested interpolated string, a format with `:` in it, escapes.
    assert_eq!(
        body("s = $\"{(a ? \"x\" : \"y\")}\\t{$\"in{1}\"}{d:HH:mm}\";"),
        "ExprStmt\n  Assign =\n    Name s\n    InterpolatedString\n      Hole\n        Parenthesized\n          Conditional\n            Name a\n            String \"x\"\n            String \"y\"\n      Text \"\\t\"\n      Hole\n        InterpolatedString\n          Text \"in\"\n          Hole\n            Int 1\n      Hole format \"HH:mm\"\n        Name d\n"
    );
    assert_eq!(
        body("W($\"{a[0]}{F(1, 2)}{x.Y?.Z}{(int)c}\");"),
        "ExprStmt\n  Invocation\n    Name W\n    Arg\n      InterpolatedString\n        Hole\n          ElementAccess\n            Name a\n            Arg\n              Int 0\n        Hole\n          Invocation\n            Name F\n            Arg\n              Int 1\n            Arg\n              Int 2\n        Hole\n          ConditionalAccess\n            MemberAccess .Y\n              Name x\n            MemberAccess .Z\n              ConditionalReceiver\n        Hole\n          Cast int\n            Name c\n"
    );
    assert_eq!(body("s = $\"\";"), "ExprStmt\n  Assign =\n    Name s\n    InterpolatedString\n");
    // Errors: a lone `}`, an unclosed hole, a missing expression.
    assert_eq!(codes("class C { void M() { s = $\"a}\"; } }"), vec!["CS8086"]);
    assert!(codes("class C { void M() { s = $\"a{b\"; } }").contains(&"CS8076"));
    assert!(!codes("class C { void M() { s = $\"a{}\"; } }").is_empty());
}

#[test]
fn user_defined_operators_and_conversions() {
    assert_eq!(
        members("public static T operator +(T a, T b) => a; public static T operator -(T a) { return a; }"),
        "Operator operator + binary -> T [public static]\n  Param T a\n  Param T b\n  ExprBody\n    Name a\n\
         Operator operator - unary -> T [public static]\n  Param T a\n  Block\n    Return\n      Name a\n"
    );
    let ops = ["==", "!=", "<", ">", "<=", ">=", "*", "/", "%", "&", "|", "^", "<<", ">>"];
    for op in ops {
        let got = members(&format!("public static bool operator {op}(T a, T b) => true;"));
        assert_eq!(got.lines().next(), Some(format!("Operator operator {op} binary -> bool [public static]").as_str()));
    }
    for (op, what) in [("!", "! unary"), ("~", "~ unary"), ("++", "++"), ("--", "--"), ("true", "true"), ("false", "false")] {
        let got = members(&format!("public static T operator {op}(T a) => a;"));
        assert_eq!(got.lines().next(), Some(format!("Operator operator {what} -> T [public static]").as_str()));
    }
    assert_eq!(
        members("public static implicit operator double(T t) => t.V; public static explicit operator T(int i) { return new T(); }"),
        "Operator implicit operator -> double [public static]\n  Param T t\n  ExprBody\n    MemberAccess .V\n      Name t\n\
         Operator explicit operator -> T [public static]\n  Param int i\n  Block\n    Return\n      New T\n"
    );
    assert_eq!(codes("class C { public static C operator *(C a) => a; }"), vec!["CS1534"]);
    assert_eq!(codes("class C { public static C operator !(C a, C b) => a; }"), vec!["CS1535"]);
}

#[test]
fn null_conditional_access() {
    assert_eq!(
        body("n = s?.Length ?? 0;"),
        "ExprStmt\n  Assign =\n    Name n\n    Binary ??\n      ConditionalAccess\n        Name s\n        MemberAccess .Length\n          ConditionalReceiver\n      Int 0\n"
    );
    // What follows `?.` is part of the access; a second `?.` nests.
    assert_eq!(
        body("a?.b.c(x);"),
        "ExprStmt\n  ConditionalAccess\n    Name a\n    Invocation\n      MemberAccess .c\n        MemberAccess .b\n          ConditionalReceiver\n      Arg\n        Name x\n"
    );
    assert_eq!(
        body("q = a?.b?[0];"),
        "ExprStmt\n  Assign =\n    Name q\n    ConditionalAccess\n      Name a\n      ConditionalAccess\n        MemberAccess .b\n          ConditionalReceiver\n        ElementAccess\n          ConditionalReceiver\n          Arg\n            Int 0\n"
    );
}

#[test]
fn using_lock_and_throw_expressions() {
    assert_eq!(
        body("using (var r = new R()) F(); using (r) { }"),
        "Using\n  Decl var\n    Declarator r\n      New R\n  ExprStmt\n    Invocation\n      Name F\nUsing\n  Name r\n  Block\n"
    );
    assert_eq!(
        body("lock (o) if (a) F(); else G();"),
        "Lock\n  Name o\n  If\n    Name a\n    ExprStmt\n      Invocation\n        Name F\n    Else\n      ExprStmt\n        Invocation\n          Name G\n"
    );
    assert_eq!(
        body("y = x ?? throw new E(); z = c ? 1 : throw e;"),
        "ExprStmt\n  Assign =\n    Name y\n    Binary ??\n      Name x\n      ThrowExpr\n        New E\nExprStmt\n  Assign =\n    Name z\n    Conditional\n      Name c\n      Int 1\n      ThrowExpr\n        Name e\n"
    );
    assert_eq!(members("int F() => throw new E();"), "Method F -> int\n  ExprBody\n    ThrowExpr\n      New E\n");
}
