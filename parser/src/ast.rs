//! The syntax tree. Every node lives in one `bumpalo::Bump` arena and is
//! referenced as `&'a T`; lists are `&'a [T]`. Every node has a `span`.
//! The shapes follow the C# spec's grammar (ECMA-334 / C# 6 draft spec
//! chapters 12–15) with Roslyn's names where they differ.

pub use lexer::literal::{IntSuffix, RealSuffix};
use lexer::Span;

#[derive(Clone, Copy, Debug)]
pub struct Ident<'a> {
    /// The name without a verbatim `@`.
    pub text: &'a str,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct QualifiedName<'a> {
    pub parts: &'a [Ident<'a>],
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct CompilationUnit<'a> {
    pub usings: &'a [UsingDirective<'a>],
    pub members: &'a [NamespaceMember<'a>],
    /// Global attributes (`[assembly: X]`).
    pub attributes: &'a [Attribute<'a>],
    /// The file writes an index from the end or a range (`^1`, `a..b`),
    /// which may need System.Index and System.Range.
    pub uses_ranges: bool,
    /// The member names of each anonymous object the file creates, in
    /// order of appearance: one anonymous type is declared per list.
    pub anonymous_types: &'a [&'a [Ident<'a>]],
    /// The preprocessing symbols the file defines (`#define`), for `[Conditional]` calls.
    pub defines: &'a [&'a str],
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub enum NamespaceMember<'a> {
    Namespace(&'a NamespaceDecl<'a>),
    Type(&'a TypeDecl<'a>),
    /// A C# 9 top-level statement.
    Statement(&'a Stmt<'a>),
}

#[derive(Clone, Copy, Debug)]
pub struct NamespaceDecl<'a> {
    pub name: QualifiedName<'a>,
    pub usings: &'a [UsingDirective<'a>],
    pub members: &'a [NamespaceMember<'a>],
    pub file_scoped: bool,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct UsingDirective<'a> {
    pub alias: Option<Ident<'a>>,
    pub name: QualifiedName<'a>,
    pub is_static: bool,
    pub span: Span,
    /// An alias of a constructed type (`using IntBox = Box<int>;`): the
    /// type, which `name` cannot hold.
    pub alias_type: Option<&'a TypeSyntax<'a>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Class,
    Struct,
    Interface,
    Enum,
    /// `delegate R D(params);` (§20.2): its one member is the `Invoke`
    /// method the declaration describes.
    Delegate,
}

#[derive(Clone, Copy, Debug)]
pub struct TypeDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub modifiers: Modifiers,
    pub kind: TypeKind,
    pub name: Ident<'a>,
    pub type_params: &'a [Ident<'a>],
    /// `in`/`out` of each type parameter (§18.2.3.1), parallel to
    /// `type_params`; only interfaces (and delegates) may use them.
    pub variance: &'a [Variance],
    pub bases: &'a [&'a TypeSyntax<'a>],
    /// `where T : …` clauses (§15.2.5).
    pub constraints: &'a [ConstraintClause<'a>],
    pub members: &'a [MemberDecl<'a>],
    /// Set on a record (C# 9): what its declaration adds to a class's.
    pub record: Option<&'a RecordHead<'a>>,
    pub span: Span,
}

/// What a record declaration has beyond a class's (C# 9 records): the
/// binder synthesizes its members from these (`semantic`'s records.rs).
#[derive(Clone, Copy, Debug)]
pub struct RecordHead<'a> {
    /// `record P(int X, int Y)`: the positional parameters; `None` for a
    /// nominal record.
    pub params: Option<&'a [Param<'a>]>,
    /// `record Q(int X) : P(X)`: the arguments to the base record's
    /// constructor.
    pub base_args: Option<&'a [Argument<'a>]>,
    /// The `record` keyword.
    pub keyword: Span,
}

/// The variance annotation of a type parameter (§18.2.3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variance {
    None,
    /// `out T`: covariant.
    Out,
    /// `in T`: contravariant.
    In,
}

/// `where T : class, IFoo, new()`: the constraints of one type parameter.
#[derive(Clone, Copy, Debug)]
pub struct ConstraintClause<'a> {
    pub param: Ident<'a>,
    pub items: &'a [ConstraintItem<'a>],
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub enum ConstraintItem<'a> {
    Class(Span),
    Struct(Span),
    New(Span),
    Type(&'a TypeSyntax<'a>),
}

/// A set of modifiers as bit flags; `span` covers them all (empty when none).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modifiers {
    pub flags: u32,
    pub span: Span,
}

impl Modifiers {
    pub const PUBLIC: u32 = 1 << 0;
    pub const PRIVATE: u32 = 1 << 1;
    pub const PROTECTED: u32 = 1 << 2;
    pub const INTERNAL: u32 = 1 << 3;
    pub const STATIC: u32 = 1 << 4;
    pub const ABSTRACT: u32 = 1 << 5;
    pub const VIRTUAL: u32 = 1 << 6;
    pub const OVERRIDE: u32 = 1 << 7;
    pub const SEALED: u32 = 1 << 8;
    pub const EXTERN: u32 = 1 << 9;
    pub const READONLY: u32 = 1 << 10;
    pub const CONST: u32 = 1 << 11;
    pub const NEW: u32 = 1 << 12;
    pub const PARTIAL: u32 = 1 << 13;
    pub const UNSAFE: u32 = 1 << 14;
    pub const VOLATILE: u32 = 1 << 15;
    pub const ASYNC: u32 = 1 << 16;

    /// Names in declaration order of the flags, for dumps and messages.
    pub const NAMES: [(u32, &'static str); 17] = [
        (Self::PUBLIC, "public"),
        (Self::PRIVATE, "private"),
        (Self::PROTECTED, "protected"),
        (Self::INTERNAL, "internal"),
        (Self::STATIC, "static"),
        (Self::ABSTRACT, "abstract"),
        (Self::VIRTUAL, "virtual"),
        (Self::OVERRIDE, "override"),
        (Self::SEALED, "sealed"),
        (Self::EXTERN, "extern"),
        (Self::READONLY, "readonly"),
        (Self::CONST, "const"),
        (Self::NEW, "new"),
        (Self::PARTIAL, "partial"),
        (Self::UNSAFE, "unsafe"),
        (Self::VOLATILE, "volatile"),
        (Self::ASYNC, "async"),
    ];

    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// The modifiers as source words, in canonical order.
    pub fn names(&self) -> Vec<&'static str> {
        Self::NAMES.iter().filter(|(f, _)| self.has(*f)).map(|&(_, n)| n).collect()
    }
}

#[derive(Clone, Copy, Debug)]
pub enum MemberDecl<'a> {
    Field(&'a FieldDecl<'a>),
    Method(&'a MethodDecl<'a>),
    Constructor(&'a ConstructorDecl<'a>),
    Property(&'a PropertyDecl<'a>),
    Indexer(&'a IndexerDecl<'a>),
    NestedType(&'a TypeDecl<'a>),
    EnumMember(&'a EnumMemberDecl<'a>),
    /// A user-defined operator or conversion (§15.10).
    Operator(&'a OperatorDecl<'a>),
    /// A destructor, `~Name() { … }` (C# spec §15.13 "Finalizers").
    Destructor(&'a DestructorDecl<'a>),
    /// An event (§15.8): field-like (`event D E;`) or with accessors.
    Event(&'a EventDecl<'a>),
    /// A member that failed to parse (already reported).
    Error(Span),
}

#[derive(Clone, Copy, Debug)]
pub struct FieldDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub modifiers: Modifiers,
    pub ty: &'a TypeSyntax<'a>,
    pub declarators: &'a [VariableDeclarator<'a>],
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct VariableDeclarator<'a> {
    pub name: Ident<'a>,
    pub init: Option<&'a Expr<'a>>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct MethodDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub modifiers: Modifiers,
    /// `void` is `Predefined(Void)`.
    pub return_type: &'a TypeSyntax<'a>,
    /// `IFoo` in an explicit interface member implementation `void IFoo.M()`
    /// (§18.6.2); `name` is then `M`.
    pub explicit_interface: Option<&'a TypeSyntax<'a>>,
    pub name: Ident<'a>,
    pub type_params: &'a [Ident<'a>],
    /// `where T : …` clauses (§15.2.5).
    pub constraints: &'a [ConstraintClause<'a>],
    pub params: &'a [Param<'a>],
    /// `None` for `;` (abstract, extern, interface members).
    pub body: Option<Body<'a>>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub enum Body<'a> {
    Block(&'a Block<'a>),
    /// `=> expr;`
    Expr(&'a Expr<'a>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamModifier {
    None,
    Ref,
    Out,
    In,
    Params,
    This,
}

#[derive(Clone, Copy, Debug)]
pub struct Param<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub modifier: ParamModifier,
    pub ty: &'a TypeSyntax<'a>,
    pub name: Ident<'a>,
    pub default: Option<&'a Expr<'a>>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct ConstructorDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    /// A static constructor has the STATIC flag.
    pub modifiers: Modifiers,
    pub name: Ident<'a>,
    pub params: &'a [Param<'a>],
    pub initializer: Option<ConstructorInitializer<'a>>,
    pub body: Option<Body<'a>>,
    pub span: Span,
}

/// A destructor (§15.13): `~Name() body`. It takes no parameters (a
/// parameter list written anyway was reported by the parser and dropped);
/// the binder compiles it to `protected override void Finalize()`.
#[derive(Clone, Copy, Debug)]
pub struct DestructorDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    /// Only `extern` and `unsafe` are valid (§15.13); others are CS0106.
    pub modifiers: Modifiers,
    /// The `~` token, for diagnostics that point at the whole header.
    pub tilde: Span,
    /// Must name the enclosing class (CS0574).
    pub name: Ident<'a>,
    pub body: Option<Body<'a>>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstructorInitializerKind {
    Base,
    This,
}

#[derive(Clone, Copy, Debug)]
pub struct ConstructorInitializer<'a> {
    pub kind: ConstructorInitializerKind,
    pub args: &'a [Argument<'a>],
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct PropertyDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub modifiers: Modifiers,
    pub ty: &'a TypeSyntax<'a>,
    /// `IFoo` in `int IFoo.Value { get; }` (§18.6.2).
    pub explicit_interface: Option<&'a TypeSyntax<'a>>,
    pub name: Ident<'a>,
    pub accessors: &'a [Accessor<'a>],
    /// `int P => expr;`
    pub expr_body: Option<&'a Expr<'a>>,
    /// `int P { get; } = expr;`
    pub initializer: Option<&'a Expr<'a>>,
    pub span: Span,
}

/// `T this[params] { accessors }` (§15.9).
#[derive(Clone, Copy, Debug)]
pub struct IndexerDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub modifiers: Modifiers,
    pub ty: &'a TypeSyntax<'a>,
    /// `IFoo` in `string IFoo.this[int i] => …` (§18.6.2).
    pub explicit_interface: Option<&'a TypeSyntax<'a>>,
    pub params: &'a [Param<'a>],
    pub accessors: &'a [Accessor<'a>],
    pub expr_body: Option<&'a Expr<'a>>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessorKind {
    Get,
    Set,
    Init,
    /// An event's `add` and `remove` (§15.8.3).
    Add,
    Remove,
}

/// `event D A, B;` (field-like: each declarator an event with a hidden
/// field) or `event D E { add { … } remove { … } }` (§15.8).
#[derive(Clone, Copy, Debug)]
pub struct EventDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub modifiers: Modifiers,
    pub ty: &'a TypeSyntax<'a>,
    pub declarators: &'a [VariableDeclarator<'a>],
    /// The accessors of an event written with them.
    pub accessors: Option<&'a [Accessor<'a>]>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct Accessor<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub modifiers: Modifiers,
    pub kind: AccessorKind,
    /// `None` for `get;` (auto-property).
    pub body: Option<Body<'a>>,
    pub span: Span,
}

/// `static T operator +(T a, T b)`, `static implicit operator double(T t)`
/// (§15.10). For a conversion, `return_type` is the target type.
#[derive(Clone, Copy, Debug)]
pub struct OperatorDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub modifiers: Modifiers,
    pub kind: OperatorKind,
    pub return_type: &'a TypeSyntax<'a>,
    pub params: &'a [Param<'a>],
    /// `None` for `;` (extern operators).
    pub body: Option<Body<'a>>,
    pub span: Span,
}

/// Which operator an `OperatorDecl` defines. `+` and `-` are `Unary` with
/// one parameter and `Binary` with two (§15.10.2, §15.10.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperatorKind {
    /// `+ - * / % & | ^ << >> == != < > <= >=`.
    Binary(BinaryOp),
    /// `+ - ! ~`.
    Unary(UnaryOp),
    Increment,
    Decrement,
    True,
    False,
    /// `implicit operator T(S s)`.
    Implicit,
    /// `explicit operator T(S s)`.
    Explicit,
}

impl OperatorKind {
    /// The operator as written after `operator` (the target type for
    /// conversions is not included).
    pub fn symbol(self) -> &'static str {
        match self {
            OperatorKind::Binary(op) => op.symbol(),
            OperatorKind::Unary(UnaryOp::Plus) => "+",
            OperatorKind::Unary(UnaryOp::Minus) => "-",
            OperatorKind::Unary(UnaryOp::Not) => "!",
            OperatorKind::Unary(UnaryOp::BitNot) => "~",
            OperatorKind::Increment => "++",
            OperatorKind::Decrement => "--",
            OperatorKind::True => "true",
            OperatorKind::False => "false",
            OperatorKind::Implicit => "implicit",
            OperatorKind::Explicit => "explicit",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct EnumMemberDecl<'a> {
    pub attributes: &'a [Attribute<'a>],
    pub name: Ident<'a>,
    pub value: Option<&'a Expr<'a>>,
    pub span: Span,
}

/// One attribute; attribute lists `[A, B(1)]` are flattened.
#[derive(Clone, Copy, Debug)]
pub struct Attribute<'a> {
    pub name: QualifiedName<'a>,
    pub args: &'a [Argument<'a>],
    pub span: Span,
    /// The target its section names (`return` in `[return: X]`), if any.
    pub target: Option<Ident<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct TypeSyntax<'a> {
    pub kind: TypeSyntaxKind<'a>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub enum TypeSyntaxKind<'a> {
    Predefined(PredefinedType),
    /// A dotted name, each part with optional type arguments: `A.B<C>.D`.
    Named(&'a [NamePart<'a>]),
    /// `elem[]` (rank 1), `elem[,]` (rank 2)…
    Array { elem: &'a TypeSyntax<'a>, rank: u32 },
    Nullable(&'a TypeSyntax<'a>),
    /// A tuple type `(int, string name)` (C# 7): two elements or more.
    Tuple(&'a [TupleElement<'a>]),
    /// An omitted type argument, as in `typeof(List<>)` and
    /// `typeof(Dictionary<,>)`: an unbound generic type (§12.8.18).
    Omitted,
}

/// An element of a tuple type: its type and optional name.
#[derive(Clone, Copy, Debug)]
pub struct TupleElement<'a> {
    pub ty: &'a TypeSyntax<'a>,
    pub name: Option<Ident<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct NamePart<'a> {
    pub name: Ident<'a>,
    pub type_args: &'a [&'a TypeSyntax<'a>],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PredefinedType {
    Void,
    Bool,
    Byte,
    SByte,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    Char,
    Float,
    Double,
    Decimal,
    String,
    Object,
}

impl PredefinedType {
    pub fn keyword(self) -> &'static str {
        use PredefinedType::*;
        match self {
            Void => "void",
            Bool => "bool",
            Byte => "byte",
            SByte => "sbyte",
            Short => "short",
            UShort => "ushort",
            Int => "int",
            UInt => "uint",
            Long => "long",
            ULong => "ulong",
            Char => "char",
            Float => "float",
            Double => "double",
            Decimal => "decimal",
            String => "string",
            Object => "object",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Block<'a> {
    pub stmts: &'a [Stmt<'a>],
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct Stmt<'a> {
    pub kind: StmtKind<'a>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub enum StmtKind<'a> {
    Block(Block<'a>),
    Empty,
    LocalDecl { ty: &'a TypeSyntax<'a>, declarators: &'a [VariableDeclarator<'a>], is_const: bool },
    Expr(&'a Expr<'a>),
    If { cond: &'a Expr<'a>, then: &'a Stmt<'a>, else_: Option<&'a Stmt<'a>> },
    While { cond: &'a Expr<'a>, body: &'a Stmt<'a> },
    DoWhile { body: &'a Stmt<'a>, cond: &'a Expr<'a> },
    For { init: ForInit<'a>, cond: Option<&'a Expr<'a>>, iter: &'a [&'a Expr<'a>], body: &'a Stmt<'a> },
    Foreach { ty: &'a TypeSyntax<'a>, name: Ident<'a>, expr: &'a Expr<'a>, body: &'a Stmt<'a> },
    /// `foreach (var (k, v) in e)`, `foreach ((int a, int b) in e)`: each
    /// element deconstructed into the variables `target` declares.
    ForeachDeconstruct { target: &'a Expr<'a>, expr: &'a Expr<'a>, body: &'a Stmt<'a> },
    Break,
    Continue,
    Return(Option<&'a Expr<'a>>),
    Switch { expr: &'a Expr<'a>, sections: &'a [SwitchSection<'a>] },
    GotoLabel(Ident<'a>),
    GotoCase(&'a Expr<'a>),
    GotoDefault,
    Labeled { label: Ident<'a>, stmt: &'a Stmt<'a> },
    Throw(Option<&'a Expr<'a>>),
    Try { block: Block<'a>, catches: &'a [CatchClause<'a>], finally: Option<Block<'a>> },
    Checked(Block<'a>),
    Unchecked(Block<'a>),
    LocalFunction(&'a MethodDecl<'a>),
    /// `using (var r = e) body` / `using (e) body` (§13.14).
    Using { resource: UsingResource<'a>, body: &'a Stmt<'a> },
    /// `lock (e) body` (§13.13).
    Lock { expr: &'a Expr<'a>, body: &'a Stmt<'a> },
    /// `yield return e;` in an iterator (§13.15).
    YieldReturn(&'a Expr<'a>),
    /// `yield break;`.
    YieldBreak,
    /// `using var r = e;` (C# 8): disposed at the end of the enclosing block.
    UsingDecl { ty: &'a TypeSyntax<'a>, declarators: &'a [VariableDeclarator<'a>] },
    /// A statement that failed to parse (already reported).
    Error,
}

/// What a `using` statement disposes.
#[derive(Clone, Copy, Debug)]
pub enum UsingResource<'a> {
    Decl { ty: &'a TypeSyntax<'a>, declarators: &'a [VariableDeclarator<'a>] },
    Expr(&'a Expr<'a>),
}

#[derive(Clone, Copy, Debug)]
pub enum ForInit<'a> {
    None,
    Decl { ty: &'a TypeSyntax<'a>, declarators: &'a [VariableDeclarator<'a>] },
    Exprs(&'a [&'a Expr<'a>]),
}

#[derive(Clone, Copy, Debug)]
pub struct SwitchSection<'a> {
    pub labels: &'a [SwitchLabel<'a>],
    pub stmts: &'a [Stmt<'a>],
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub enum SwitchLabel<'a> {
    /// `case 5:`, `case null:`: a literal constant.
    Case(&'a Expr<'a>),
    /// `case T n when guard:` and any other pattern.
    Pattern { pattern: &'a Pattern<'a>, guard: Option<&'a Expr<'a>> },
    Default,
}

#[derive(Clone, Copy, Debug)]
pub struct CatchClause<'a> {
    pub ty: Option<&'a TypeSyntax<'a>>,
    pub name: Option<Ident<'a>>,
    pub filter: Option<&'a Expr<'a>>,
    pub block: Block<'a>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub struct Expr<'a> {
    pub kind: ExprKind<'a>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Plus,
    Minus,
    Not,
    BitNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    BitAnd,
    BitOr,
    BitXor,
    And,
    Or,
    Coalesce,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            Lt => "<",
            Gt => ">",
            Le => "<=",
            Ge => ">=",
            Eq => "==",
            Ne => "!=",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            And => "&&",
            Or => "||",
            Coalesce => "??",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum ExprKind<'a> {
    Literal(Literal<'a>),
    Name { name: Ident<'a>, type_args: &'a [&'a TypeSyntax<'a>] },
    /// `int` in `int.MaxValue`.
    PredefinedType(PredefinedType),
    MemberAccess { target: &'a Expr<'a>, name: Ident<'a>, type_args: &'a [&'a TypeSyntax<'a>] },
    Invocation { callee: &'a Expr<'a>, args: &'a [Argument<'a>] },
    ElementAccess { target: &'a Expr<'a>, args: &'a [Argument<'a>] },
    Unary { op: UnaryOp, operand: &'a Expr<'a> },
    PreIncrement(&'a Expr<'a>),
    PreDecrement(&'a Expr<'a>),
    PostIncrement(&'a Expr<'a>),
    PostDecrement(&'a Expr<'a>),
    Binary { op: BinaryOp, left: &'a Expr<'a>, right: &'a Expr<'a> },
    /// `op` is `Some` for compound assignment (`+=` is `Some(Add)`).
    Assign { op: Option<BinaryOp>, target: &'a Expr<'a>, value: &'a Expr<'a> },
    Conditional { cond: &'a Expr<'a>, then: &'a Expr<'a>, else_: &'a Expr<'a> },
    Cast { ty: &'a TypeSyntax<'a>, expr: &'a Expr<'a> },
    /// `new { Name = e, x.Count }` (§12.8.17.7): an instance of the
    /// anonymous type the compiler declares for these member names
    /// (`CompilationUnit::anonymous_types`).
    AnonymousObject(&'a [AnonymousMember<'a>]),
    /// `new T(args) { initializer }`: object or collection initializer
    /// elements (`X = 1` is an `Assign`, `{a, b}` an `ArrayInitializer`).
    New { ty: &'a TypeSyntax<'a>, args: &'a [Argument<'a>], initializer: Option<&'a [&'a Expr<'a>]> },
    /// A target-typed `new(args) { initializer }` (C# 9): the type comes
    /// from the conversion that consumes it.
    TargetTypedNew { args: &'a [Argument<'a>], initializer: Option<&'a [&'a Expr<'a>]> },
    ArrayCreation {
        elem: &'a TypeSyntax<'a>,
        /// Empty when only the initializer gives the size.
        sizes: &'a [&'a Expr<'a>],
        rank: u32,
        initializer: Option<&'a ArrayInitializer<'a>>,
    },
    /// `new[] { 1, 2 }` (rank 1), `new[,] { {1, 2}, {3, 4} }` (rank 2): the
    /// element type is inferred from the initializer (§12.8.17.5).
    ImplicitArrayCreation { initializer: &'a ArrayInitializer<'a>, rank: u32 },
    /// `int[] a = {1, 2}`.
    ArrayInitializer(&'a ArrayInitializer<'a>),
    This,
    Base,
    Typeof(&'a TypeSyntax<'a>),
    /// `default(T)`, or the bare `default` literal.
    Default(Option<&'a TypeSyntax<'a>>),
    /// `x is T`, `x is T n`, `x is null`, `x is > 5 and < 9`, `x is { P: 1 }`
    /// (C# 7–9 patterns, §11 of the C# 9 spec).
    IsPattern { expr: &'a Expr<'a>, pattern: &'a Pattern<'a> },
    /// A tuple literal `(1, name: "a")` (C# 7), two elements or more; as
    /// the left side of `=`, a deconstruction.
    Tuple(&'a [Argument<'a>]),
    /// `int x`, `var y` inside a deconstruction's left side.
    Declaration { ty: &'a TypeSyntax<'a>, name: Ident<'a> },
    /// `e switch { p => v, … }` (C# 8 switch expression).
    Switch { expr: &'a Expr<'a>, arms: &'a [SwitchArm<'a>] },
    /// `e with { X = 1 }` (C# 9): a copy of the record `e` with the members
    /// assigned as an object initializer would.
    With { expr: &'a Expr<'a>, initializers: &'a [&'a Expr<'a>] },
    /// A query expression after translation (`parser/src/query.rs`): the
    /// calls it became, and the range variables it declares, which may
    /// not reuse a local's or parameter's name (CS1931).
    Query { expr: &'a Expr<'a>, variables: &'a [Ident<'a>] },
    /// A call a query expression was translated into (`parser/src/query.rs`):
    /// `call` is the invocation; `clause` the query clause it came from,
    /// where the binder reports a source without the query pattern
    /// (CS1936) or a join whose keys do not agree (CS1941).
    QueryCall { call: &'a Expr<'a>, clause: Span },
    /// `nameof(x)`, `nameof(A.B)`: the operand as parsed (a name or member
    /// access). The parser makes any call of a bare `nameof` with one plain
    /// argument a `Nameof`; a method named `nameof` in scope is not
    /// supported (§12.8.23).
    Nameof(&'a Expr<'a>),
    /// `sizeof(int)` (§23.6.9; safe for the predefined value types).
    Sizeof(&'a TypeSyntax<'a>),
    As { expr: &'a Expr<'a>, ty: &'a TypeSyntax<'a> },
    Checked(&'a Expr<'a>),
    Unchecked(&'a Expr<'a>),
    Parenthesized(&'a Expr<'a>),
    InterpolatedString(&'a [InterpolationPart<'a>]),
    /// `a?.b.c(x)`, `a?[i]` (§12.8.8): `target` is evaluated once; when it
    /// is not null, `access` is evaluated with its innermost receiver, a
    /// `ConditionalReceiver`, standing for the target's value. `a?.b?.c` is
    /// `ConditionalAccess { a, ConditionalAccess { R.b, R.c } }` (Roslyn's
    /// shape).
    ConditionalAccess { target: &'a Expr<'a>, access: &'a Expr<'a> },
    /// The value tested by the enclosing `ConditionalAccess` (span: `?.`).
    ConditionalReceiver,
    /// `^e`, an index from the end (C# 8), in an element access.
    FromEnd(&'a Expr<'a>),
    /// `a..b`, `a..`, `..b`, `..` (C# 8), in an element access.
    Range { start: Option<&'a Expr<'a>>, end: Option<&'a Expr<'a>> },
    /// The object being initialized, the receiver of an index initializer
    /// `new D { [k] = v }` (it has no syntax of its own).
    InitializerTarget,
    /// A C# 7 throw expression `throw e`: the right operand of `??`, an
    /// operand of `?:`, or an expression body (§12.17 in C# 7's spec).
    Throw(&'a Expr<'a>),
    /// A lambda `(a, b) => …` or an anonymous method `delegate (int a) { … }`
    /// (§12.19).
    Lambda(&'a LambdaExpr<'a>),
    /// An expression that failed to parse (already reported).
    Error,
}

/// A member of an anonymous object: its name, given or inferred from a
/// simple name or member access (`x.Count` is `Count`), and its value.
#[derive(Clone, Copy, Debug)]
pub struct AnonymousMember<'a> {
    pub name: Ident<'a>,
    pub value: &'a Expr<'a>,
}

/// An anonymous function (§12.19).
#[derive(Clone, Copy, Debug)]
pub struct LambdaExpr<'a> {
    pub params: &'a [LambdaParam<'a>],
    pub body: Body<'a>,
    /// `delegate { … }` without a parameter list: convertible to a delegate
    /// of any parameter list without `out` parameters (§12.19.1).
    pub no_param_list: bool,
    /// Written with `delegate` rather than `=>`.
    pub anonymous_method: bool,
    /// Made by a query expression's translation (`query.rs`): its
    /// parameters (and the variables it deconstructs) are range
    /// variables, which may not be assigned (CS1947).
    pub from_query: bool,
    pub span: Span,
}

/// A lambda's parameter: `x` (its type inferred) or `ref int x`.
#[derive(Clone, Copy, Debug)]
pub struct LambdaParam<'a> {
    pub modifier: ParamModifier,
    pub ty: Option<&'a TypeSyntax<'a>>,
    pub name: Ident<'a>,
    pub span: Span,
}

/// A pattern after `is` (C# 9 spec, patterns).
#[derive(Clone, Copy, Debug)]
pub struct Pattern<'a> {
    pub kind: PatternKind<'a>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub enum PatternKind<'a> {
    /// A type pattern `T`, or a declaration pattern `T n`. The binder also
    /// reads here what has the same shape: `var n`, the discard `_`, and a
    /// constant named by a dotted name (`Color.Red`, §11.2.3).
    /// `constant` is the dotted name read as an expression, for when it
    /// names a constant rather than a type.
    Type { ty: &'a TypeSyntax<'a>, name: Option<Ident<'a>>, constant: Option<&'a Expr<'a>> },
    /// A constant pattern: a literal other than `null`, or `-literal`.
    Constant(&'a Expr<'a>),
    /// The `null` constant pattern.
    Null,
    /// `not p`.
    Not(&'a Pattern<'a>),
    /// `p and q`.
    And(&'a Pattern<'a>, &'a Pattern<'a>),
    /// `p or q`.
    Or(&'a Pattern<'a>, &'a Pattern<'a>),
    /// `< e`, `>= e` (a relational pattern; `op` is Lt, Le, Gt or Ge).
    Relational { op: BinaryOp, value: &'a Expr<'a> },
    /// A recursive pattern: an optional type, then positional subpatterns
    /// `(p, q)` (deconstruction) and/or property subpatterns `{ P: p }`,
    /// then an optional designation: `Point(0, var y) { X: > 1 } pt`.
    Recursive {
        ty: Option<&'a TypeSyntax<'a>>,
        positional: Option<&'a [Subpattern<'a>]>,
        properties: Option<&'a [Subpattern<'a>]>,
        name: Option<Ident<'a>>,
    },
}

/// `name: pattern` or a bare pattern, inside a recursive pattern.
#[derive(Clone, Copy, Debug)]
pub struct Subpattern<'a> {
    pub name: Option<Ident<'a>>,
    pub pattern: &'a Pattern<'a>,
}

/// One arm of a switch expression: `pattern when guard => value`.
#[derive(Clone, Copy, Debug)]
pub struct SwitchArm<'a> {
    pub pattern: &'a Pattern<'a>,
    pub guard: Option<&'a Expr<'a>>,
    pub value: &'a Expr<'a>,
    pub span: Span,
}

/// A piece of an interpolated string `$"a{x,5:F2}b"` (§12.8.3).
#[derive(Clone, Copy, Debug)]
pub enum InterpolationPart<'a> {
    /// Literal text, decoded to UTF-16 (escapes applied, `{{` is `{`).
    Text(&'a [u16]),
    /// `{expr,alignment:format}`; `format` is the text after `:` up to
    /// the `}`, taken verbatim (no escapes, §12.8.3).
    Hole { expr: &'a Expr<'a>, alignment: Option<&'a Expr<'a>>, format: Option<&'a [u16]>, span: Span },
}

#[derive(Clone, Copy, Debug)]
pub struct ArrayInitializer<'a> {
    pub elements: &'a [&'a Expr<'a>],
    pub span: Span,
}

#[derive(Clone, Copy, Debug)]
pub enum Literal<'a> {
    Int { value: u64, suffix: IntSuffix },
    Real { value: f64, suffix: RealSuffix },
    /// A `decimal` literal (`1.50m`): coefficient and scale as written.
    Decimal(lexer::literal::Decimal),
    /// One UTF-16 code unit.
    Char(u16),
    /// UTF-16 code units, escapes decoded.
    String(&'a [u16]),
    Bool(bool),
    Null,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgModifier {
    None,
    Ref,
    Out,
    In,
}

#[derive(Clone, Copy, Debug)]
pub struct Argument<'a> {
    /// `name: expr` (named argument).
    pub name: Option<Ident<'a>>,
    pub modifier: ArgModifier,
    /// For an out variable declaration (`out var q`, `out int r`), the
    /// `Name q` expression with the declaration's span.
    pub expr: &'a Expr<'a>,
    /// `out T x` / `out var x` (C# 7 out variables): the declared type
    /// (`var` is the named type `var`) and name.
    pub out_decl: Option<(&'a TypeSyntax<'a>, Ident<'a>)>,
    pub span: Span,
}
