//! Syntax the compiler writes: small constructors of AST nodes in an
//! arena, so members C# defines by translation (a record's Equals,
//! ToString, copy constructor…) are written once as syntax and then
//! declared and bound like members the user wrote. Every node carries the
//! one span given to the kit, the declaration that asked for the members,
//! where any diagnostic about them points.

use bumpalo::Bump;
use lexer::Span;
use parser::ast::*;

use crate::types::{Symbols, TyId, TyKind, TypeDefKind};

#[derive(Clone, Copy)]
pub(super) struct Synth<'a> {
    pub arena: &'a Bump,
    pub span: Span,
}

impl<'a> Synth<'a> {
    fn alloc<T>(&self, v: T) -> &'a T {
        self.arena.alloc(v)
    }

    pub fn slice<T: Copy>(&self, v: &[T]) -> &'a [T] {
        self.arena.alloc_slice_copy(v)
    }

    pub fn ident(&self, text: &str) -> Ident<'a> {
        Ident { text: self.arena.alloc_str(text), span: self.span }
    }

    fn expr(&self, kind: ExprKind<'a>) -> &'a Expr<'a> {
        self.alloc(Expr { kind, span: self.span })
    }

    // ------------------------------------------------------------ types

    /// A dotted type name whose last part takes `args`: `System.Type`,
    /// `System.Collections.Generic.EqualityComparer<T>`.
    pub fn ty(&self, dotted: &str, args: &[&'a TypeSyntax<'a>]) -> &'a TypeSyntax<'a> {
        let names: Vec<&str> = dotted.split('.').collect();
        let parts: Vec<NamePart<'a>> = names
            .iter()
            .enumerate()
            .map(|(i, n)| NamePart { name: self.ident(n), type_args: if i + 1 == names.len() { self.slice(args) } else { &[] } })
            .collect();
        self.alloc(TypeSyntax { kind: TypeSyntaxKind::Named(self.slice(&parts)), span: self.span })
    }

    pub fn predefined(&self, p: PredefinedType) -> &'a TypeSyntax<'a> {
        self.alloc(TypeSyntax { kind: TypeSyntaxKind::Predefined(p), span: self.span })
    }

    /// The type a declaration names itself by inside its body: `R`, or
    /// `R<T, U>` with its own type parameters.
    pub fn self_type(&self, decl: &TypeDecl<'a>) -> &'a TypeSyntax<'a> {
        let args: Vec<&'a TypeSyntax<'a>> = decl.type_params.iter().map(|p| self.ty(p.text, &[])).collect();
        let part = NamePart { name: decl.name, type_args: self.slice(&args) };
        self.alloc(TypeSyntax { kind: TypeSyntaxKind::Named(self.slice(&[part])), span: self.span })
    }

    /// Syntax naming `ty` from inside a type whose type parameters
    /// include any `ty` uses: the full name, with type arguments.
    pub fn type_of(&self, syms: &mut Symbols, ty: TyId) -> &'a TypeSyntax<'a> {
        match syms.kind(ty) {
            TyKind::Def(d) if syms.def(d).kind == TypeDefKind::TypeParam => self.ty(&syms.def(d).name, &[]),
            TyKind::Def(d) => {
                let args: Vec<&'a TypeSyntax<'a>> = syms.type_args(d).into_iter().map(|a| self.type_of(syms, a)).collect();
                let def = syms.def(d);
                let name = def.name.split('`').next().unwrap_or(&def.name);
                let full = match (&def.enclosing, def.namespace.as_str()) {
                    (Some(outer), _) => format!("{}.{name}", syms.def(*outer).full_name()),
                    (None, "") => name.to_string(),
                    (None, ns) => format!("{ns}.{name}"),
                };
                self.ty(&full, &args)
            }
            TyKind::Array(elem, rank) => {
                self.alloc(TypeSyntax { kind: TypeSyntaxKind::Array { elem: self.type_of(syms, elem), rank }, span: self.span })
            }
            _ => self.predefined(PredefinedType::Object),
        }
    }

    // ------------------------------------------------------------ expressions

    pub fn name(&self, text: &str) -> &'a Expr<'a> {
        self.expr(ExprKind::Name { name: self.ident(text), type_args: &[] })
    }

    /// A dotted name as an expression, the last part with type
    /// arguments: `System.Collections.Generic.EqualityComparer<T>`.
    pub fn path(&self, dotted: &str, args: &[&'a TypeSyntax<'a>]) -> &'a Expr<'a> {
        let names: Vec<&str> = dotted.split('.').collect();
        let last = names.len() - 1;
        let type_args = |i: usize| if i == last { self.slice(args) } else { &[][..] };
        let mut e = self.expr(ExprKind::Name { name: self.ident(names[0]), type_args: type_args(0) });
        for (i, n) in names.iter().enumerate().skip(1) {
            e = self.expr(ExprKind::MemberAccess { target: e, name: self.ident(n), type_args: type_args(i) });
        }
        e
    }

    pub fn this(&self) -> &'a Expr<'a> {
        self.expr(ExprKind::This)
    }

    pub fn base(&self) -> &'a Expr<'a> {
        self.expr(ExprKind::Base)
    }

    pub fn member(&self, target: &'a Expr<'a>, name: &str) -> &'a Expr<'a> {
        self.expr(ExprKind::MemberAccess { target, name: self.ident(name), type_args: &[] })
    }

    pub fn arg(&self, expr: &'a Expr<'a>) -> Argument<'a> {
        Argument { name: None, modifier: ArgModifier::None, expr, out_decl: None, span: self.span }
    }

    pub fn call(&self, callee: &'a Expr<'a>, args: &[&'a Expr<'a>]) -> &'a Expr<'a> {
        let args: Vec<Argument<'a>> = args.iter().map(|&a| self.arg(a)).collect();
        self.expr(ExprKind::Invocation { callee, args: self.slice(&args) })
    }

    pub fn new_object(&self, ty: &'a TypeSyntax<'a>, args: &[&'a Expr<'a>]) -> &'a Expr<'a> {
        let args: Vec<Argument<'a>> = args.iter().map(|&a| self.arg(a)).collect();
        self.expr(ExprKind::New { ty, args: self.slice(&args), initializer: None })
    }

    pub fn binary(&self, op: BinaryOp, left: &'a Expr<'a>, right: &'a Expr<'a>) -> &'a Expr<'a> {
        self.expr(ExprKind::Binary { op, left, right })
    }

    pub fn not(&self, operand: &'a Expr<'a>) -> &'a Expr<'a> {
        self.expr(ExprKind::Unary { op: UnaryOp::Not, operand })
    }

    pub fn cast(&self, ty: &'a TypeSyntax<'a>, expr: &'a Expr<'a>) -> &'a Expr<'a> {
        self.expr(ExprKind::Cast { ty, expr })
    }

    /// `(object)e`: for reference comparisons and boxing.
    pub fn as_object(&self, expr: &'a Expr<'a>) -> &'a Expr<'a> {
        self.cast(self.predefined(PredefinedType::Object), expr)
    }

    pub fn as_(&self, expr: &'a Expr<'a>, ty: &'a TypeSyntax<'a>) -> &'a Expr<'a> {
        self.expr(ExprKind::As { expr, ty })
    }

    pub fn assign(&self, target: &'a Expr<'a>, value: &'a Expr<'a>) -> &'a Expr<'a> {
        self.expr(ExprKind::Assign { op: None, target, value })
    }

    pub fn string(&self, s: &str) -> &'a Expr<'a> {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.expr(ExprKind::Literal(Literal::String(self.slice(&units))))
    }

    pub fn int(&self, value: i64) -> &'a Expr<'a> {
        let magnitude = self.expr(ExprKind::Literal(Literal::Int { value: value.unsigned_abs(), suffix: IntSuffix::None }));
        if value < 0 {
            self.expr(ExprKind::Unary { op: UnaryOp::Minus, operand: magnitude })
        } else {
            magnitude
        }
    }

    pub fn bool(&self, b: bool) -> &'a Expr<'a> {
        self.expr(ExprKind::Literal(Literal::Bool(b)))
    }

    pub fn null(&self) -> &'a Expr<'a> {
        self.expr(ExprKind::Literal(Literal::Null))
    }

    /// `unchecked(e)`: arithmetic that wraps, as hash combinations do.
    pub fn unchecked(&self, e: &'a Expr<'a>) -> &'a Expr<'a> {
        self.expr(ExprKind::Unchecked(e))
    }

    pub fn typeof_(&self, ty: &'a TypeSyntax<'a>) -> &'a Expr<'a> {
        self.expr(ExprKind::Typeof(ty))
    }

    // ------------------------------------------------------------ statements

    pub fn stmt(&self, e: &'a Expr<'a>) -> Stmt<'a> {
        Stmt { kind: StmtKind::Expr(e), span: self.span }
    }

    pub fn ret(&self, e: &'a Expr<'a>) -> Stmt<'a> {
        Stmt { kind: StmtKind::Return(Some(e)), span: self.span }
    }

    pub fn if_(&self, cond: &'a Expr<'a>, then: Stmt<'a>) -> Stmt<'a> {
        Stmt { kind: StmtKind::If { cond, then: self.alloc(then), else_: None }, span: self.span }
    }

    /// `T name = init;`
    pub fn local(&self, ty: &'a TypeSyntax<'a>, name: &str, init: &'a Expr<'a>) -> Stmt<'a> {
        let d = VariableDeclarator { name: self.ident(name), init: Some(init), span: self.span };
        Stmt { kind: StmtKind::LocalDecl { ty, declarators: self.slice(&[d]), is_const: false }, span: self.span }
    }

    pub fn block(&self, stmts: &[Stmt<'a>]) -> Body<'a> {
        Body::Block(self.alloc(Block { stmts: self.slice(stmts), span: self.span }))
    }

    // ------------------------------------------------------------ members

    pub fn modifiers(&self, flags: u32) -> Modifiers {
        Modifiers { flags, span: self.span }
    }

    pub fn param(&self, ty: &'a TypeSyntax<'a>, name: &str, modifier: ParamModifier) -> Param<'a> {
        Param { attributes: &[], modifier, ty, name: self.ident(name), default: None, span: self.span }
    }

    pub fn method(&self, flags: u32, ret: &'a TypeSyntax<'a>, name: &str, params: &[Param<'a>], body: Option<Body<'a>>) -> MemberDecl<'a> {
        MemberDecl::Method(self.alloc(MethodDecl {
            attributes: &[],
            modifiers: self.modifiers(flags),
            return_type: ret,
            explicit_interface: None,
            name: self.ident(name),
            type_params: &[],
            constraints: &[],
            params: self.slice(params),
            body,
            span: self.span,
        }))
    }

    /// `T Name => expr;`
    pub fn expression_property(&self, flags: u32, ty: &'a TypeSyntax<'a>, name: &str, value: &'a Expr<'a>) -> MemberDecl<'a> {
        MemberDecl::Property(self.alloc(PropertyDecl {
            attributes: &[],
            modifiers: self.modifiers(flags),
            ty,
            explicit_interface: None,
            name: self.ident(name),
            accessors: &[],
            expr_body: Some(value),
            initializer: None,
            span: self.span,
        }))
    }

    /// `public T Name { get; init; } = initializer;`
    pub fn init_property(&self, ty: &'a TypeSyntax<'a>, name: Ident<'a>, initializer: &'a Expr<'a>) -> MemberDecl<'a> {
        let accessor = |kind| Accessor { attributes: &[], modifiers: self.modifiers(0), kind, body: None, span: self.span };
        MemberDecl::Property(self.alloc(PropertyDecl {
            attributes: &[],
            modifiers: self.modifiers(Modifiers::PUBLIC),
            ty,
            explicit_interface: None,
            name,
            accessors: self.slice(&[accessor(AccessorKind::Get), accessor(AccessorKind::Init)]),
            expr_body: None,
            initializer: Some(initializer),
            span: self.span,
        }))
    }

    /// `public T Name { get; }`
    pub fn get_property(&self, ty: &'a TypeSyntax<'a>, name: &str) -> MemberDecl<'a> {
        let get = Accessor { attributes: &[], modifiers: self.modifiers(0), kind: AccessorKind::Get, body: None, span: self.span };
        MemberDecl::Property(self.alloc(PropertyDecl {
            attributes: &[],
            modifiers: self.modifiers(Modifiers::PUBLIC),
            ty,
            explicit_interface: None,
            name: self.ident(name),
            accessors: self.slice(&[get]),
            expr_body: None,
            initializer: None,
            span: self.span,
        }))
    }

    pub fn constructor(
        &self,
        flags: u32,
        name: Ident<'a>,
        params: &[Param<'a>],
        base_args: Option<&'a [Argument<'a>]>,
        body: Body<'a>,
    ) -> MemberDecl<'a> {
        let initializer = base_args.map(|args| ConstructorInitializer { kind: ConstructorInitializerKind::Base, args, span: self.span });
        MemberDecl::Constructor(self.alloc(ConstructorDecl {
            attributes: &[],
            modifiers: self.modifiers(flags),
            name,
            params: self.slice(params),
            initializer,
            body: Some(body),
            span: self.span,
        }))
    }

    pub fn operator(&self, op: BinaryOp, ret: &'a TypeSyntax<'a>, params: &[Param<'a>], value: &'a Expr<'a>) -> MemberDecl<'a> {
        MemberDecl::Operator(self.alloc(OperatorDecl {
            attributes: &[],
            modifiers: self.modifiers(Modifiers::PUBLIC | Modifiers::STATIC),
            kind: OperatorKind::Binary(op),
            return_type: ret,
            params: self.slice(params),
            body: Some(Body::Expr(value)),
            span: self.span,
        }))
    }
}
