//! The grammar's actions: arena allocation and small conversions, so the
//! grammar file stays a grammar. Also turns lalrpop's errors into Roslyn's
//! diagnostics (see `errors.rs`).

use std::cell::RefCell;

use bumpalo::Bump;
use lexer::literal;
use lexer::{Diagnostic, FileId, Span, Token};

use crate::ast::*;

/// The builder the grammar's actions call (the grammar parameter `b`).
pub struct B<'a> {
    pub arena: &'a Bump,
    pub src: &'a str,
    pub file: FileId,
    pub tokens: Vec<Token>,
    pub diags: RefCell<Vec<Diagnostic>>,
    /// Set when an index from the end or a range is built.
    pub uses_ranges: std::cell::Cell<bool>,
    /// The member names of every anonymous object built.
    pub anonymous_types: RefCell<Vec<&'a [Ident<'a>]>>,
    /// The preprocessing symbols the file defines.
    pub defines: Vec<&'a str>,
}

/// A dotted name with type arguments, before it is known to be a type or
/// an expression. Each part keeps the byte offset where it ends.
pub struct NameSyn<'a> {
    pub start: usize,
    pub parts: Vec<(NamePart<'a>, usize)>,
}

/// An item of the flat top-level list (docs/grammar.md §5.10), sorted by `unit`.
pub enum Item<'a> {
    Using(UsingDirective<'a>),
    Member(NamespaceMember<'a>),
    FileNamespace(QualifiedName<'a>, usize, usize),
    GlobalAttrs(Vec<Attribute<'a>>),
    Nothing,
}

/// A type declaration after its attributes and modifiers.
pub struct TypeRest<'a> {
    pub kind: TypeKind,
    pub name: Ident<'a>,
    pub type_params: Vec<(Variance, Ident<'a>)>,
    pub bases: Vec<&'a TypeSyntax<'a>>,
    pub constraints: Vec<ConstraintClause<'a>>,
    pub members: Vec<MemberDecl<'a>>,
    pub record: Option<&'a RecordHead<'a>>,
    pub end: usize,
}

/// A member declaration after its attributes and modifiers.
pub enum MemberRest<'a> {
    Field(&'a TypeSyntax<'a>, Vec<VariableDeclarator<'a>>),
    /// The member name is a dotted name (a cover, docs/grammar.md §5.5): all parts
    /// but the last are the explicit interface, the last part's type
    /// arguments are the method's type parameters.
    Method(&'a TypeSyntax<'a>, NameSyn<'a>, Vec<Param<'a>>, Vec<ConstraintClause<'a>>, Option<Body<'a>>),
    Property(&'a TypeSyntax<'a>, NameSyn<'a>, Vec<Accessor<'a>>, Option<&'a Expr<'a>>, Option<&'a Expr<'a>>),
    /// The explicit interface of `T I.this[…]`, if any.
    Indexer(&'a TypeSyntax<'a>, Option<NameSyn<'a>>, Vec<Param<'a>>, Vec<Accessor<'a>>, Option<&'a Expr<'a>>),
    Constructor(Ident<'a>, Vec<Param<'a>>, Option<ConstructorInitializer<'a>>, Option<Body<'a>>),
    Event(&'a TypeSyntax<'a>, Vec<VariableDeclarator<'a>>),
    EventAccessors(&'a TypeSyntax<'a>, NameSyn<'a>, Vec<Accessor<'a>>),
    /// `~Name(params) body`: the `~` token's span, the name, the
    /// parameters (a cover: any is an error), the body.
    Destructor(Span, Ident<'a>, Vec<Param<'a>>, Option<Body<'a>>),
    Nested(TypeRest<'a>),
    /// Operator token span (or the `implicit`/`explicit` keyword's),
    /// return type, parameters, body.
    Operator(OpSyn, &'a TypeSyntax<'a>, Vec<Param<'a>>, Option<Body<'a>>),
}

/// The operator of an operator declaration as written; `+`/`-` are decided
/// unary or binary by the parameter count in `member`.
#[derive(Clone, Copy)]
pub struct OpSyn {
    pub token: OpToken,
    pub l: usize,
    pub r: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OpToken {
    /// `+` or `-`: unary with one parameter, binary with two.
    PlusMinus(UnaryOp, BinaryOp),
    Binary(BinaryOp),
    Unary(UnaryOp),
    Increment,
    Decrement,
    True,
    False,
    Implicit,
    Explicit,
}

/// A part of an interpolated string before decoding: text is decoded in
/// `interpolated`, which knows whether the string is verbatim.
pub enum InterpPartSyn<'a> {
    Text(usize, usize),
    Hole { expr: &'a Expr<'a>, alignment: Option<&'a Expr<'a>>, format: Option<(usize, usize)>, l: usize, r: usize },
}

/// A file-scoped namespace being filled: name, its `namespace` keyword's
/// span, usings, members.
type FileNamespace<'a> = (QualifiedName<'a>, usize, usize, Vec<UsingDirective<'a>>, Vec<NamespaceMember<'a>>);

/// One element of a switch body's flat list.
/// What `foreach (` … `)` declares: one variable, or a deconstruction.
pub enum ForeachHead<'a> {
    Single(&'a TypeSyntax<'a>, Ident<'a>, &'a Expr<'a>),
    Deconstruct(&'a Expr<'a>, &'a Expr<'a>),
}

pub enum SwitchItem<'a> {
    Label(SwitchLabel<'a>, usize, usize),
    Stmt(Stmt<'a>),
}

impl<'a> B<'a> {
    pub fn new(arena: &'a Bump, src: &'a str, file: FileId, tokens: Vec<Token>) -> Self {
        B {
            arena,
            src,
            file,
            tokens,
            diags: RefCell::new(Vec::new()),
            uses_ranges: std::cell::Cell::new(false),
            anonymous_types: RefCell::new(Vec::new()),
            defines: Vec::new(),
        }
    }

    pub fn sp(&self, l: usize, r: usize) -> Span {
        Span { file: self.file, start: l as u32, end: r.max(l) as u32 }
    }

    pub fn alloc<T>(&self, v: T) -> &'a T {
        self.arena.alloc(v)
    }

    pub fn slice<T: Copy>(&self, v: Vec<T>) -> &'a [T] {
        if v.is_empty() {
            return &[];
        }
        self.arena.alloc_slice_copy(&v)
    }

    pub fn error(&self, d: Diagnostic) {
        self.diags.borrow_mut().push(d);
    }

    fn text(&self, l: usize, r: usize) -> &'a str {
        self.src.get(l..r).unwrap_or("")
    }

    pub fn ident(&self, l: usize, r: usize) -> Ident<'a> {
        let t = self.text(l, r);
        Ident { text: t.strip_prefix('@').unwrap_or(t), span: self.sp(l, r) }
    }

    /// The attributes of a section that names its target.
    pub fn targeted(&self, target: Ident<'a>, mut attrs: Vec<Attribute<'a>>) -> Vec<Attribute<'a>> {
        for a in &mut attrs {
            a.target = Some(target);
        }
        attrs
    }

    pub fn qual_name(&self, first: Ident<'a>, rest: Vec<Ident<'a>>, l: usize, r: usize) -> QualifiedName<'a> {
        let mut parts = Vec::with_capacity(rest.len() + 1);
        parts.push(first);
        parts.extend(rest);
        QualifiedName { parts: self.slice(parts), span: self.sp(l, r) }
    }

    /// Folds modifiers into flags; a repeated one is CS1004.
    pub fn mods(&self, list: Vec<(u32, usize, usize)>, l: usize, r: usize) -> Modifiers {
        let mut flags = 0;
        for (m, ml, mr) in list {
            if flags & m != 0 {
                let word = self.text(ml, mr);
                self.error(Diagnostic::error("CS1004", self.sp(ml, mr), format!("Duplicate '{word}' modifier")));
            }
            flags |= m;
        }
        Modifiers { flags, span: self.sp(l, r) }
    }

    // ------------------------------------------------------------ types

    pub fn predef(&self, p: PredefinedType, l: usize, r: usize) -> &'a TypeSyntax<'a> {
        self.alloc(TypeSyntax { kind: TypeSyntaxKind::Predefined(p), span: self.sp(l, r) })
    }

    /// `using A = N;`: `N` as a qualified name, and as a type when it has
    /// type arguments.
    pub fn alias_using(&self, alias: Ident<'a>, n: NameSyn<'a>, nl: usize, nr: usize, l: usize, r: usize) -> UsingDirective<'a> {
        let generic = n.parts.iter().any(|(p, _)| !p.type_args.is_empty());
        let idents: Vec<Ident<'a>> = n.parts.iter().map(|(p, _)| p.name).collect();
        let name = QualifiedName { parts: self.slice(idents), span: self.sp(nl, nr) };
        let alias_type = generic.then(|| self.named_type(n, nl, nr));
        UsingDirective { alias: Some(alias), name, is_static: false, span: self.sp(l, r), alias_type }
    }

    pub fn named_type(&self, n: NameSyn<'a>, l: usize, r: usize) -> &'a TypeSyntax<'a> {
        let parts: Vec<NamePart<'a>> = n.parts.into_iter().map(|(p, _)| p).collect();
        self.alloc(TypeSyntax { kind: TypeSyntaxKind::Named(self.slice(parts)), span: self.sp(l, r) })
    }

    pub fn nullable(&self, t: &'a TypeSyntax<'a>, r: usize) -> &'a TypeSyntax<'a> {
        self.alloc(TypeSyntax { kind: TypeSyntaxKind::Nullable(t), span: self.sp(t.span.start as usize, r) })
    }

    /// `T[][,]` is a one-dimensional array of `T[,]` (§17.2.1: ranks read
    /// left to right, outermost first), so the last rank wraps first.
    pub fn array(&self, t: &'a TypeSyntax<'a>, ranks: Vec<u32>, r: usize) -> &'a TypeSyntax<'a> {
        let mut ty = t;
        for &rank in ranks.iter().rev() {
            ty = self.alloc(TypeSyntax {
                kind: TypeSyntaxKind::Array { elem: ty, rank },
                span: self.sp(t.span.start as usize, r),
            });
        }
        ty
    }

    // ------------------------------------------------------------ declarations

    pub fn unit(&self, items: Vec<Item<'a>>, _l: usize, _r: usize) -> &'a CompilationUnit<'a> {
        let mut usings = Vec::new();
        let mut members = Vec::new();
        let mut attributes = Vec::new();
        // A file-scoped namespace (C# 10) takes every item after it.
        let mut file_ns: Option<FileNamespace<'a>> = None;
        for item in items {
            match item {
                Item::Using(u) => {
                    let (list, others) = match &mut file_ns {
                        Some((_, _, _, u2, m2)) => (u2, !m2.is_empty()),
                        None => (&mut usings, !members.is_empty()),
                    };
                    if others {
                        self.error(Diagnostic::error(
                            "CS1529",
                            u.span,
                            "A using clause must precede all other elements defined in the namespace except extern alias declarations",
                        ));
                    }
                    list.push(u);
                }
                Item::Member(m) => {
                    let list = match &mut file_ns {
                        Some((_, _, _, _, m2)) => m2,
                        None => &mut members,
                    };
                    // A `;` right after a type declaration ends it (§15.2.1): not a
                    // top-level statement.
                    if let (NamespaceMember::Statement(st), Some(NamespaceMember::Type(_))) = (&m, list.last())
                        && matches!(st.kind, StmtKind::Empty)
                    {
                        continue;
                    }
                    list.push(m);
                }
                Item::FileNamespace(name, l, r) => {
                    if file_ns.is_some() {
                        self.error(Diagnostic::error(
                            "CS8955",
                            self.sp(l, r),
                            "Source file can not contain both file-scoped and normal namespace declarations.",
                        ));
                    } else {
                        file_ns = Some((name, l, r, Vec::new(), Vec::new()));
                    }
                }
                Item::GlobalAttrs(a) => attributes.extend(a),
                Item::Nothing => {}
            }
        }
        if let Some((name, l, _, u, m)) = file_ns {
            let ns = self.alloc(NamespaceDecl {
                name,
                usings: self.slice(u),
                members: self.slice(m),
                file_scoped: true,
                span: self.sp(l, self.src.len()),
            });
            members.push(NamespaceMember::Namespace(ns));
        }
        self.alloc(CompilationUnit {
            usings: self.slice(usings),
            members: self.slice(members),
            attributes: self.slice(attributes),
            uses_ranges: self.uses_ranges.get(),
            anonymous_types: self.slice(self.anonymous_types.borrow().clone()),
            defines: self.slice(self.defines.clone()),
            span: self.sp(0, self.src.len()),
        })
    }

    /// `new { … }`: each element names its member (`Name = e`, or the
    /// last name of `x` or `a.b.x`); CS0746 for any other element.
    pub fn anonymous_object(&self, inits: &'a [&'a Expr<'a>], l: usize, r: usize) -> &'a Expr<'a> {
        let mut members = Vec::new();
        for e in inits {
            let member = match &e.kind {
                ExprKind::Assign { op: None, target: Expr { kind: ExprKind::Name { name, type_args: [] }, .. }, value } => {
                    Some(AnonymousMember { name: *name, value })
                }
                ExprKind::Name { name, .. } | ExprKind::MemberAccess { name, .. } => Some(AnonymousMember { name: *name, value: e }),
                _ => None,
            };
            match member {
                Some(m) => members.push(m),
                None => self.error(Diagnostic::error(
                    "CS0746",
                    e.span,
                    "Invalid anonymous type member declarator. Anonymous type members must be declared with a member assignment, simple name or member access.",
                )),
            }
        }
        let names: Vec<Ident<'a>> = members.iter().map(|m| m.name).collect();
        self.anonymous_types.borrow_mut().push(self.slice(names));
        self.expr(ExprKind::AnonymousObject(self.slice(members)), l, r)
    }

    /// A record declaration (C# 9): a class with a `RecordHead`. `record
    /// struct` (C# 10) is reported and declared as a record class.
    #[allow(clippy::too_many_arguments)]
    pub fn record_rest(
        &self,
        keyword: (usize, usize),
        strukt: Option<(usize, usize)>,
        name: Ident<'a>,
        type_params: Vec<(Variance, Ident<'a>)>,
        params: Option<Vec<Param<'a>>>,
        bases: Option<(&'a TypeSyntax<'a>, Option<Vec<Argument<'a>>>, Vec<&'a TypeSyntax<'a>>)>,
        constraints: Vec<ConstraintClause<'a>>,
        members: Vec<MemberDecl<'a>>,
        r: usize,
    ) -> TypeRest<'a> {
        if let Some((_, struct_end)) = strukt {
            self.error(Diagnostic::error("CS8652", self.sp(keyword.0, struct_end), "The feature 'record structs' is not supported by Sharp yet"));
        }
        let (bases, base_args) = match bases {
            Some((first, args, rest)) => {
                let mut all = vec![first];
                all.extend(rest);
                (all, args.map(|a| self.slice(a)))
            }
            None => (Vec::new(), None),
        };
        let head = RecordHead { params: params.map(|p| self.slice(p)), base_args, keyword: self.sp(keyword.0, keyword.1) };
        TypeRest {
            kind: TypeKind::Class,
            name,
            type_params,
            bases,
            constraints,
            members,
            record: Some(self.alloc(head)),
            end: r,
        }
    }

    /// `delegate R D<T>(params) where …;` as a type with the one member
    /// `public R Invoke(params);`.
    #[allow(clippy::too_many_arguments)]
    pub fn delegate_rest(
        &self,
        ret: &'a TypeSyntax<'a>,
        name: Ident<'a>,
        type_params: Vec<(Variance, Ident<'a>)>,
        params: Vec<Param<'a>>,
        constraints: Vec<ConstraintClause<'a>>,
        l: usize,
        r: usize,
    ) -> TypeRest<'a> {
        let span = self.sp(l, r);
        let invoke = MethodDecl {
            attributes: &[],
            modifiers: Modifiers { flags: Modifiers::PUBLIC, span },
            return_type: ret,
            explicit_interface: None,
            name: Ident { text: "Invoke", span: name.span },
            type_params: &[],
            constraints: &[],
            params: self.slice(params),
            body: None,
            span,
        };
        TypeRest {
            kind: TypeKind::Delegate,
            name,
            type_params,
            bases: Vec::new(),
            constraints,
            members: vec![MemberDecl::Method(self.alloc(invoke))],
            record: None,
            end: r,
        }
    }

    /// `yield return e;` / `yield break;`: any other word before `return` is a syntax error.
    pub fn yield_stmt(&self, kl: usize, kr: usize, e: Option<&'a Expr<'a>>, l: usize, r: usize) -> Stmt<'a> {
        if self.text(kl, kr) != "yield" {
            self.error(Diagnostic::error("CS1002", self.sp(kr, kr), "; expected"));
            return self.stmt(StmtKind::Error, l, r);
        }
        match e {
            Some(e) => self.stmt(StmtKind::YieldReturn(e), l, r),
            None => self.stmt(StmtKind::YieldBreak, l, r),
        }
    }

    /// A lambda parameter written as a bare name.
    pub fn implicit_param(&self, name: Ident<'a>) -> LambdaParam<'a> {
        LambdaParam { modifier: ParamModifier::None, ty: None, name, span: name.span }
    }

    pub fn lambda(&self, params: Vec<LambdaParam<'a>>, body: Body<'a>, anonymous: bool, l: usize, r: usize) -> &'a Expr<'a> {
        let span = self.sp(l, r);
        let lambda = LambdaExpr {
            params: self.slice(params),
            body,
            no_param_list: anonymous,
            anonymous_method: anonymous,
            from_query: false,
            span,
        };
        self.expr(ExprKind::Lambda(self.alloc(lambda)), l, r)
    }

    /// `delegate (int a, ref string b) { … }`: the parameters are explicitly typed.
    pub fn anonymous_method(&self, params: Vec<Param<'a>>, block: Block<'a>, l: usize, r: usize) -> &'a Expr<'a> {
        let ps: Vec<LambdaParam<'a>> = params
            .iter()
            .map(|p| LambdaParam { modifier: p.modifier, ty: Some(p.ty), name: p.name, span: p.span })
            .collect();
        let span = self.sp(l, r);
        let lambda = LambdaExpr {
            params: self.slice(ps),
            body: Body::Block(self.alloc(block)),
            no_param_list: false,
            anonymous_method: true,
            from_query: false,
            span,
        };
        self.expr(ExprKind::Lambda(self.alloc(lambda)), l, r)
    }

    pub fn type_decl(
        &self,
        attrs: Vec<Attribute<'a>>,
        mods: Option<Modifiers>,
        t: TypeRest<'a>,
        l: usize,
    ) -> &'a TypeDecl<'a> {
        self.alloc(self.type_decl_value(attrs, mods, t, l))
    }

    fn type_decl_value(&self, attrs: Vec<Attribute<'a>>, mods: Option<Modifiers>, t: TypeRest<'a>, l: usize) -> TypeDecl<'a> {
        let modifiers = mods.unwrap_or(Modifiers { flags: 0, span: self.sp(l, l) });
        TypeDecl {
            attributes: self.slice(attrs),
            modifiers,
            kind: t.kind,
            name: t.name,
            variance: self.slice(t.type_params.iter().map(|p| p.0).collect()),
            type_params: self.slice(t.type_params.into_iter().map(|p| p.1).collect()),
            bases: self.slice(t.bases),
            constraints: self.slice(t.constraints),
            members: self.slice(t.members),
            record: t.record,
            span: self.sp(l, t.end),
        }
    }

    pub fn member(
        &self,
        attrs: Vec<Attribute<'a>>,
        modifiers: Modifiers,
        rest: MemberRest<'a>,
        l: usize,
        r: usize,
    ) -> MemberDecl<'a> {
        let attributes = self.slice(attrs);
        let span = self.sp(l, r);
        match rest {
            MemberRest::Field(ty, d) => {
                MemberDecl::Field(self.alloc(FieldDecl { attributes, modifiers, ty, declarators: self.slice(d), span }))
            }
            MemberRest::Method(return_type, n, params, constraints, body) => {
                let (explicit_interface, name, tp) = self.member_name(n, true);
                MemberDecl::Method(self.alloc(MethodDecl {
                    attributes,
                    modifiers,
                    return_type,
                    explicit_interface,
                    name,
                    type_params: self.slice(tp),
                    constraints: self.slice(constraints),
                    params: self.slice(params),
                    body,
                    span,
                }))
            }
            MemberRest::Property(ty, n, acc, expr_body, initializer) => {
                let (explicit_interface, name, _) = self.member_name(n, false);
                MemberDecl::Property(self.alloc(PropertyDecl {
                    attributes,
                    modifiers,
                    ty,
                    explicit_interface,
                    name,
                    accessors: self.slice(acc),
                    expr_body,
                    initializer,
                    span,
                }))
            }
            MemberRest::Event(ty, declarators) => {
                MemberDecl::Event(self.alloc(EventDecl { attributes, modifiers, ty, declarators: self.slice(declarators), accessors: None, span }))
            }
            MemberRest::EventAccessors(ty, name, acc) => {
                let (_, name, _) = self.member_name(name, false);
                let declarator = VariableDeclarator { name, init: None, span: name.span };
                MemberDecl::Event(self.alloc(EventDecl {
                    attributes,
                    modifiers,
                    ty,
                    declarators: self.slice(vec![declarator]),
                    accessors: Some(self.slice(acc)),
                    span,
                }))
            }
            MemberRest::Indexer(ty, iface, params, acc, expr_body) => MemberDecl::Indexer(self.alloc(IndexerDecl {
                attributes,
                modifiers,
                ty,
                explicit_interface: iface.and_then(|n| self.interface_type(n)),
                params: self.slice(params),
                accessors: self.slice(acc),
                expr_body,
                span,
            })),
            MemberRest::Constructor(name, params, initializer, body) => {
                MemberDecl::Constructor(self.alloc(ConstructorDecl {
                    attributes,
                    modifiers,
                    name,
                    params: self.slice(params),
                    initializer,
                    body,
                    span,
                }))
            }
            MemberRest::Destructor(tilde, name, params, body) => {
                // §15.13: a destructor's parameter list is always empty.
                // The grammar accepts parameters so that one mistake is one
                // diagnostic; Roslyn reports the first one as ") expected"
                // (mcs says CS1519 there).
                if let Some(first) = params.first() {
                    self.error(
                        Diagnostic::error("CS1026", first.span, ") expected")
                            .with_label("a destructor takes no parameters")
                            .with_note("a destructor is always `~Name()` (C# spec §15.13)"),
                    );
                }
                MemberDecl::Destructor(self.alloc(DestructorDecl { attributes, modifiers, tilde, name, body, span }))
            }
            MemberRest::Operator(op, return_type, params, body) => {
                let kind = self.operator_kind(op, params.len());
                MemberDecl::Operator(self.alloc(OperatorDecl {
                    attributes,
                    modifiers,
                    kind,
                    return_type,
                    params: self.slice(params),
                    body,
                    span,
                }))
            }
            MemberRest::Nested(t) => {
                let mut decl = self.type_decl_value(Vec::new(), Some(modifiers), t, l);
                decl.attributes = attributes;
                MemberDecl::NestedType(self.alloc(decl))
            }
        }
    }

    /// Splits a member's dotted name: the explicit interface (all parts but
    /// the last), the member name, and the last part's type arguments as
    /// type parameters (only identifiers: CS0081 otherwise). A property
    /// name with type arguments (`int P<T> {`) is CS1001, as in Roslyn.
    fn member_name(&self, mut n: NameSyn<'a>, generic: bool) -> (Option<&'a TypeSyntax<'a>>, Ident<'a>, Vec<Ident<'a>>) {
        let Some((last, _)) = n.parts.pop() else {
            // A Name always has a part (grammar invariant).
            let name = Ident { text: "", span: self.sp(n.start, n.start) };
            return (None, name, Vec::new());
        };
        let mut tp = Vec::new();
        for t in last.type_args {
            match t.kind {
                TypeSyntaxKind::Named([p]) if p.type_args.is_empty() && generic => tp.push(p.name),
                _ if !generic => {
                    self.error(Diagnostic::error("CS1001", t.span, "Identifier expected"));
                    break;
                }
                _ => self.error(Diagnostic::error(
                    "CS0081",
                    t.span,
                    "Type parameter declaration must be an identifier not a type",
                )),
            }
        }
        let iface = if n.parts.is_empty() { None } else { self.interface_type(n) };
        (iface, last.name, tp)
    }

    /// The explicit interface of a member: a named type over the parts.
    fn interface_type(&self, n: NameSyn<'a>) -> Option<&'a TypeSyntax<'a>> {
        let end = n.parts.last()?.1;
        let start = n.start;
        Some(self.named_type(n, start, end))
    }

    /// The operator kind from the token and the parameter count; a count
    /// that does not fit is CS1534/CS1535 (§15.10.2–3) or CS1019/CS1020.
    fn operator_kind(&self, op: OpSyn, n: usize) -> OperatorKind {
        let text = self.text(op.l, op.r);
        let span = self.sp(op.l, op.r);
        let unary = |k: OperatorKind| {
            if n != 1 {
                self.error(Diagnostic::error(
                    "CS1535",
                    span,
                    format!("Overloaded unary operator '{text}' takes one parameter"),
                ));
            }
            k
        };
        match op.token {
            OpToken::PlusMinus(u, b) => match n {
                1 => OperatorKind::Unary(u),
                2 => OperatorKind::Binary(b),
                _ => {
                    self.error(Diagnostic::error(
                        "CS1020",
                        span,
                        format!("Overloadable binary operator expected: '{text}' takes one or two parameters"),
                    ));
                    OperatorKind::Binary(b)
                }
            },
            OpToken::Binary(b) => {
                if n != 2 {
                    self.error(Diagnostic::error(
                        "CS1534",
                        span,
                        format!("Overloaded binary operator '{text}' takes two parameters"),
                    ));
                }
                OperatorKind::Binary(b)
            }
            OpToken::Unary(u) => unary(OperatorKind::Unary(u)),
            OpToken::Increment => unary(OperatorKind::Increment),
            OpToken::Decrement => unary(OperatorKind::Decrement),
            OpToken::True => unary(OperatorKind::True),
            OpToken::False => unary(OperatorKind::False),
            OpToken::Implicit | OpToken::Explicit => {
                if n != 1 {
                    self.error(Diagnostic::error(
                        "CS1019",
                        span,
                        "User-defined conversion must convert to or from the enclosing type and take one parameter",
                    ));
                }
                if op.token == OpToken::Implicit { OperatorKind::Implicit } else { OperatorKind::Explicit }
            }
        }
    }

    /// An accessor's keyword is an identifier checked here (docs/grammar.md §5.4).
    #[allow(clippy::too_many_arguments)]
    pub fn accessor(
        &self,
        attrs: Vec<Attribute<'a>>,
        modifiers: Modifiers,
        kl: usize,
        kr: usize,
        body: Option<Body<'a>>,
        l: usize,
        r: usize,
    ) -> Accessor<'a> {
        let kind = match self.text(kl, kr) {
            "get" => AccessorKind::Get,
            "set" => AccessorKind::Set,
            "init" => AccessorKind::Init,
            "add" => AccessorKind::Add,
            "remove" => AccessorKind::Remove,
            _ => {
                self.error(Diagnostic::error("CS1014", self.sp(kl, kr), "A get or set accessor expected"));
                AccessorKind::Get
            }
        };
        Accessor { attributes: self.slice(attrs), modifiers, kind, body, span: self.sp(l, r) }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn local_function(
        &self,
        mods: Option<Modifiers>,
        return_type: &'a TypeSyntax<'a>,
        name: Ident<'a>,
        tp: Vec<(Variance, Ident<'a>)>,
        params: Vec<Param<'a>>,
        constraints: Vec<ConstraintClause<'a>>,
        body: Body<'a>,
        l: usize,
        r: usize,
    ) -> Stmt<'a> {
        let m = self.alloc(MethodDecl {
            attributes: &[],
            modifiers: mods.unwrap_or(Modifiers { flags: 0, span: self.sp(l, l) }),
            return_type,
            explicit_interface: None,
            name,
            type_params: self.slice(tp.into_iter().map(|p: (Variance, Ident<'a>)| p.1).collect()),
            constraints: self.slice(constraints),
            params: self.slice(params),
            body: Some(body),
            span: self.sp(l, r),
        });
        self.stmt(StmtKind::LocalFunction(m), l, r)
    }

    // ------------------------------------------------------------ statements

    pub fn stmt(&self, kind: StmtKind<'a>, l: usize, r: usize) -> Stmt<'a> {
        Stmt { kind, span: self.sp(l, r) }
    }

    pub fn for_stmt(
        &self,
        h: (ForInit<'a>, Option<&'a Expr<'a>>, Vec<&'a Expr<'a>>),
        body: Stmt<'a>,
        l: usize,
        r: usize,
    ) -> Stmt<'a> {
        let (init, cond, iter) = h;
        self.stmt(StmtKind::For { init, cond, iter: self.slice(iter), body: self.alloc(body) }, l, r)
    }

    pub fn foreach_stmt(&self, h: ForeachHead<'a>, body: Stmt<'a>, l: usize, r: usize) -> Stmt<'a> {
        let body = self.alloc(body);
        match h {
            ForeachHead::Single(ty, name, expr) => self.stmt(StmtKind::Foreach { ty, name, expr, body }, l, r),
            ForeachHead::Deconstruct(target, expr) => self.stmt(StmtKind::ForeachDeconstruct { target, expr, body }, l, r),
        }
    }

    /// Groups the flat switch body into sections: a run of labels, then the
    /// statements up to the next label.
    pub fn switch_stmt(&self, expr: &'a Expr<'a>, items: Vec<SwitchItem<'a>>, l: usize, r: usize) -> Stmt<'a> {
        let mut sections = Vec::new();
        let mut labels: Vec<SwitchLabel<'a>> = Vec::new();
        let mut stmts: Vec<Stmt<'a>> = Vec::new();
        let mut start = 0usize;
        let mut end = 0usize;
        for item in items {
            match item {
                SwitchItem::Label(label, ll, lr) => {
                    if !stmts.is_empty() {
                        sections.push(SwitchSection {
                            labels: self.slice(std::mem::take(&mut labels)),
                            stmts: self.slice(std::mem::take(&mut stmts)),
                            span: self.sp(start, end),
                        });
                    }
                    if labels.is_empty() {
                        start = ll;
                    }
                    labels.push(label);
                    end = lr;
                }
                SwitchItem::Stmt(s) => {
                    if labels.is_empty() && stmts.is_empty() {
                        self.error(Diagnostic::error("CS1525", s.span, "Invalid expression term: statement before any 'case' label")
                            .with_note("every statement in a switch body belongs to a `case` or `default` section"));
                        start = s.span.start as usize;
                    }
                    end = s.span.end as usize;
                    stmts.push(s);
                }
            }
        }
        if !labels.is_empty() || !stmts.is_empty() {
            sections.push(SwitchSection { labels: self.slice(labels), stmts: self.slice(stmts), span: self.sp(start, end) });
        }
        self.stmt(StmtKind::Switch { expr, sections: self.slice(sections) }, l, r)
    }

    /// `when` is contextual: an identifier checked here.
    pub fn catch_filter(&self, kl: usize, kr: usize, e: &'a Expr<'a>) -> &'a Expr<'a> {
        if self.text(kl, kr) != "when" {
            self.error(Diagnostic::error("CS1003", self.sp(kl, kr), "Syntax error, 'when' expected"));
        }
        e
    }

    // ------------------------------------------------------------ expressions

    pub fn expr(&self, kind: ExprKind<'a>, l: usize, r: usize) -> &'a Expr<'a> {
        if matches!(kind, ExprKind::FromEnd(_) | ExprKind::Range { .. }) {
            self.uses_ranges.set(true);
        }
        self.alloc(Expr { kind, span: self.sp(l, r) })
    }

    pub fn binary(&self, op: BinaryOp, left: &'a Expr<'a>, right: &'a Expr<'a>, l: usize, r: usize) -> &'a Expr<'a> {
        self.expr(ExprKind::Binary { op, left, right }, l, r)
    }

    /// A postfix operation (member access, call, indexing, `?.`) on
    /// `target`: on a `ConditionalAccess` it goes inside, onto the access
    /// (`a?.b.c` is `a?.(b.c)`, §12.8.8).
    pub fn postfix(
        &self,
        target: &'a Expr<'a>,
        make: impl FnOnce(&'a Expr<'a>) -> ExprKind<'a>,
        l: usize,
        r: usize,
    ) -> &'a Expr<'a> {
        if let ExprKind::ConditionalAccess { target: tested, access } = target.kind {
            let inner = self.postfix(access, make, access.span.start as usize, r);
            return self.expr(ExprKind::ConditionalAccess { target: tested, access: inner }, l, r);
        }
        self.expr(make(target), l, r)
    }

    /// `target?.name` / `target?[args]`: `ql..qr` is the `?.` or `?[`.
    pub fn conditional(
        &self,
        target: &'a Expr<'a>,
        ql: usize,
        qr: usize,
        make: impl FnOnce(&'a Expr<'a>) -> ExprKind<'a>,
        r: usize,
    ) -> &'a Expr<'a> {
        let l = target.span.start as usize;
        self.postfix(
            target,
            |t| {
                let receiver = self.expr(ExprKind::ConditionalReceiver, ql, qr);
                let access = self.expr(make(receiver), ql, r);
                ExprKind::ConditionalAccess { target: t, access }
            },
            l,
            r,
        )
    }

    /// A dotted name as an expression: `A.B.C` is `((A).B).C`.
    pub fn name_expr(&self, n: NameSyn<'a>) -> &'a Expr<'a> {
        let mut result: Option<&'a Expr<'a>> = None;
        for (part, end) in n.parts {
            let kind = match result {
                None => ExprKind::Name { name: part.name, type_args: part.type_args },
                Some(target) => ExprKind::MemberAccess { target, name: part.name, type_args: part.type_args },
            };
            result = Some(self.expr(kind, n.start, end));
        }
        // A Name always has at least one part (grammar invariant); fall back to
        // an error node rather than panic.
        result.unwrap_or_else(|| self.expr(ExprKind::Error, n.start, n.start))
    }

    /// `callee(args)`; a bare `nameof` with one plain argument is the
    /// `nameof` operator (a contextual keyword, docs/grammar.md §5.4).
    pub fn invocation(&self, callee: &'a Expr<'a>, args: Vec<Argument<'a>>, l: usize, r: usize) -> &'a Expr<'a> {
        if let ExprKind::Name { name, type_args: [] } = callee.kind
            && name.text == "nameof"
            // `@nameof(x)` calls a method named `nameof`.
            && !self.text(name.span.start as usize, name.span.end as usize).starts_with('@')
            && let [a] = args.as_slice()
            && a.name.is_none()
            && a.modifier == ArgModifier::None
        {
            return self.expr(ExprKind::Nameof(a.expr), l, r);
        }
        self.expr(ExprKind::Invocation { callee, args: self.slice(args) }, l, r)
    }

    /// A pattern node.
    pub fn pattern(&self, kind: PatternKind<'a>, l: usize, r: usize) -> &'a Pattern<'a> {
        self.alloc(Pattern { kind, span: self.sp(l, r) })
    }

    /// A type or declaration pattern. A bare dotted name may instead name
    /// a constant (`Color.Red`): it is kept as an expression too, for the
    /// binder to decide (§11.2.3).
    pub fn type_pattern(&self, ty: &'a TypeSyntax<'a>, name: Option<Ident<'a>>, l: usize, r: usize) -> &'a Pattern<'a> {
        let constant = match (ty.kind, name) {
            (TypeSyntaxKind::Named(parts), None) => {
                let start = ty.span.start as usize;
                let mut e: Option<&'a Expr<'a>> = None;
                for p in parts {
                    let end = p.name.span.end as usize;
                    e = Some(match e {
                        None => self.expr(ExprKind::Name { name: p.name, type_args: p.type_args }, start, end),
                        Some(t) => self.expr(ExprKind::MemberAccess { target: t, name: p.name, type_args: p.type_args }, start, end),
                    });
                }
                e
            }
            _ => None,
        };
        self.pattern(PatternKind::Type { ty, name, constant }, l, r)
    }

    /// `case p:` / `case p when g:`: a literal constant without a guard
    /// stays a constant label (the switch may then jump by value).
    pub fn case_label(&self, pattern: &'a Pattern<'a>, guard: Option<&'a Expr<'a>>) -> SwitchLabel<'a> {
        match (pattern.kind, guard) {
            (PatternKind::Constant(e), None) => SwitchLabel::Case(e),
            (PatternKind::Null, None) => SwitchLabel::Case(self.expr(ExprKind::Literal(Literal::Null), pattern.span.start as usize, pattern.span.end as usize)),
            _ => SwitchLabel::Pattern { pattern, guard },
        }
    }

    /// A constant pattern from a literal: `null` is `Null`.
    /// `T(p, q) { … } n`; `nameof(x)`, which has the same shape, is the
    /// constant it names (a case label `case nameof(Owner):`).
    pub fn positional_pattern(
        &self,
        ty: &'a TypeSyntax<'a>,
        subs: Vec<Subpattern<'a>>,
        properties: Option<&'a [Subpattern<'a>]>,
        name: Option<Ident<'a>>,
        l: usize,
        r: usize,
    ) -> &'a Pattern<'a> {
        let is_nameof = matches!(ty.kind, TypeSyntaxKind::Named([part]) if part.name.text == "nameof" && part.type_args.is_empty());
        if is_nameof
            && properties.is_none()
            && name.is_none()
            && let [Subpattern { name: None, pattern }] = subs.as_slice()
            && let PatternKind::Type { constant: Some(operand), name: None, .. } = pattern.kind
        {
            return self.const_pattern(self.expr(ExprKind::Nameof(operand), l, r));
        }
        // `var (x, y)`: each name a `var` designation (`(var x, var y)`).
        let is_var = matches!(ty.kind, TypeSyntaxKind::Named([part]) if part.name.text == "var" && part.type_args.is_empty());
        if is_var && properties.is_none() && name.is_none() {
            let subs: Vec<Subpattern<'a>> = subs.iter().map(|s| Subpattern { name: s.name, pattern: self.var_designation(s.pattern, ty) }).collect();
            return self.pattern(PatternKind::Recursive { ty: None, positional: Some(self.slice(subs)), properties: None, name: None }, l, r);
        }
        self.pattern(PatternKind::Recursive { ty: Some(ty), positional: Some(self.slice(subs)), properties, name }, l, r)
    }

    /// A subpattern of `var (…)`: a bare name becomes `var name`, `_` stays
    /// a discard, and a nested `(…)` is designated the same way.
    fn var_designation(&self, p: &'a Pattern<'a>, var: &'a TypeSyntax<'a>) -> &'a Pattern<'a> {
        match p.kind {
            PatternKind::Type { ty: TypeSyntax { kind: TypeSyntaxKind::Named([part]), .. }, name: None, .. }
                if part.type_args.is_empty() && part.name.text != "_" =>
            {
                self.alloc(Pattern { kind: PatternKind::Type { ty: var, name: Some(part.name), constant: None }, span: p.span })
            }
            PatternKind::Recursive { ty: None, positional: Some(subs), properties: None, name: None } => {
                let subs: Vec<Subpattern<'a>> = subs.iter().map(|s| Subpattern { name: s.name, pattern: self.var_designation(s.pattern, var) }).collect();
                self.alloc(Pattern { kind: PatternKind::Recursive { ty: None, positional: Some(self.slice(subs)), properties: None, name: None }, span: p.span })
            }
            _ => p,
        }
    }

    pub fn const_pattern(&self, e: &'a Expr<'a>) -> &'a Pattern<'a> {
        let kind = match e.kind {
            ExprKind::Literal(Literal::Null) => PatternKind::Null,
            _ => PatternKind::Constant(e),
        };
        self.alloc(Pattern { kind, span: e.span })
    }

    pub fn array_creation(
        &self,
        t: &'a TypeSyntax<'a>,
        sizes: Vec<&'a Expr<'a>>,
        ranks: Vec<u32>,
        init: Option<&'a ArrayInitializer<'a>>,
        l: usize,
        r: usize,
    ) -> &'a Expr<'a> {
        let end = t.span.end as usize;
        let (rank, elem) = if sizes.is_empty() {
            let rank = ranks.first().copied().unwrap_or(1);
            (rank, self.array(t, ranks.get(1..).unwrap_or(&[]).to_vec(), end))
        } else {
            (sizes.len() as u32, self.array(t, ranks, end))
        };
        self.expr(ExprKind::ArrayCreation { elem, sizes: self.slice(sizes), rank, initializer: init }, l, r)
    }

    pub fn arg(&self, name: Option<Ident<'a>>, modifier: ArgModifier, expr: &'a Expr<'a>, l: usize, r: usize) -> Argument<'a> {
        Argument { name, modifier, expr, out_decl: None, span: self.sp(l, r) }
    }

    /// `out T x` / `out var x`: the argument expression is a `Name x` with
    /// the declaration's span, and `out_decl` keeps the type.
    pub fn out_decl_arg(&self, name: Option<Ident<'a>>, ty: &'a TypeSyntax<'a>, n: Ident<'a>, dl: usize, l: usize, r: usize) -> Argument<'a> {
        let expr = self.expr(ExprKind::Name { name: n, type_args: &[] }, dl, r);
        Argument { name, modifier: ArgModifier::Out, expr, out_decl: Some((ty, n)), span: self.sp(l, r) }
    }

    /// An interpolated string; `sl..sr` is its `$"`, `$@"` or `@$"`.
    pub fn interpolated(&self, sl: usize, sr: usize, parts: Vec<InterpPartSyn<'a>>, l: usize, r: usize) -> &'a Expr<'a> {
        let verbatim = self.text(sl, sr).contains('@');
        let mut out = Vec::with_capacity(parts.len());
        for p in parts {
            out.push(match p {
                InterpPartSyn::Text(tl, tr) => {
                    let (units, _) = literal::decode_interpolated_text(self.text(tl, tr), verbatim);
                    InterpolationPart::Text(self.arena.alloc_slice_copy(&units))
                }
                InterpPartSyn::Hole { expr, alignment, format, l, r } => {
                    let format = format.map(|(fl, fr)| {
                        let text = self.text(fl, fr);
                        let text = text.strip_prefix(':').unwrap_or(text);
                        let units: Vec<u16> = text.encode_utf16().collect();
                        &*self.arena.alloc_slice_copy(&units)
                    });
                    InterpolationPart::Hole { expr, alignment, format, span: self.sp(l, r) }
                }
            });
        }
        self.expr(ExprKind::InterpolatedString(self.slice(out)), l, r)
    }

    pub fn int_lit(&self, l: usize, r: usize) -> &'a Expr<'a> {
        let (value, suffix, _) = literal::decode_int(self.text(l, r));
        self.expr(ExprKind::Literal(Literal::Int { value, suffix }), l, r)
    }

    pub fn real_lit(&self, l: usize, r: usize) -> &'a Expr<'a> {
        let text = self.text(l, r);
        if text.ends_with(['m', 'M']) {
            let (value, _) = literal::decode_decimal(text);
            return self.expr(ExprKind::Literal(Literal::Decimal(value)), l, r);
        }
        let (value, suffix, _) = literal::decode_real(text);
        self.expr(ExprKind::Literal(Literal::Real { value, suffix }), l, r)
    }

    pub fn char_lit(&self, l: usize, r: usize) -> &'a Expr<'a> {
        let (c, _) = literal::decode_char(self.text(l, r));
        self.expr(ExprKind::Literal(Literal::Char(c)), l, r)
    }

    pub fn string_lit(&self, l: usize, r: usize) -> &'a Expr<'a> {
        let (units, _) = literal::decode_string(self.text(l, r));
        let s: &'a [u16] = self.arena.alloc_slice_copy(&units);
        self.expr(ExprKind::Literal(Literal::String(s)), l, r)
    }
}
