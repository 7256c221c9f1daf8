//! The binder: one method body at a time, from AST to bound tree.
//!
//! Split by construct as Roslyn splits its `Binder_*.cs`: statements,
//! expressions, operators, conversions and overload resolution each have
//! their own file. Flow analysis (definite assignment, reachability) runs
//! on the finished bound tree (`crate::flow`).

mod anonymous;
mod arrays;
mod attributes;
mod conditional_access;
mod captures;
mod closures;
mod coalesce_assign;
mod color_color;
mod conversions;
mod decimals;
mod deconstruction;
mod delegates;
mod element_access;
mod destructor;
mod exceptions;
mod exhaustiveness;
mod expressions;
mod foreach;
mod foreach_enumerator;
mod generic_calls;
mod interpolation;
pub(crate) mod iterators;
mod lambda_inference;
mod lambdas;
mod local_functions;
mod lookup;
mod nullable;
mod scopes;
mod operators;
mod overloads;
mod patterns;
mod pseudo_attributes;
mod queries;
mod ranges;
mod records;
mod statements;
mod struct_layout;
mod using_lock;
mod switch;
mod switch_expression;
mod switch_patterns;
mod target_typed;
mod tuples;

use rustc_hash::FxHashMap as HashMap;

use lexer::{Diagnostic, Span};
use parser::ast;

use crate::bound::*;
use crate::declare::{BodySource, Decls, TypeScope};
use crate::types::*;

/// A constant waiting for its value: a `const` field, or an enum member
/// (whose value may be the previous member's plus one).
#[derive(Clone, Copy)]
enum PendingConst<'a> {
    Field(FieldId, &'a ast::Expr<'a>, usize),
    EnumMember(FieldId, Option<&'a ast::Expr<'a>>, Option<FieldId>, usize),
}

/// Evaluates every `const` field and enum member. A constant may use
/// others declared anywhere, so evaluation goes in rounds: a round keeps
/// each value it can compute, and a constant that names one still unknown
/// waits for the next. When a round makes no progress the rest form a
/// cycle (CS0110).
fn eval_consts(syms: &mut Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    use crate::constant::ConstValue;
    let mut pending: Vec<PendingConst<'_>> = decls.const_inits.iter().map(|&(f, e, s)| PendingConst::Field(f, e, s)).collect();
    pending.extend(decls.enum_members.iter().map(|&(f, e, prev, s)| PendingConst::EnumMember(f, e, prev, s)));
    while !pending.is_empty() {
        let mut waiting = Vec::new();
        for &p in &pending {
            let (field, expr, prev, scope) = match p {
                PendingConst::Field(f, e, s) => (f, Some(e), None, s),
                PendingConst::EnumMember(f, e, prev, s) => (f, e, prev, s),
            };
            let is_enum_member = matches!(p, PendingConst::EnumMember(..));
            let ty = syms.field(field).ty;
            let underlying = syms.underlying(ty);
            let Some(expr) = expr else {
                // previous + 1, or 0 for the first member
                let value = match prev {
                    None => Some(ConstValue::I4(0)),
                    Some(pf) => match &syms.field(pf).constant {
                        None => {
                            waiting.push(p);
                            continue;
                        }
                        Some(c) => c.as_i64().map(|v| ConstValue::I8(v.wrapping_add(1))),
                    },
                };
                syms.fields[field.0 as usize].constant = value.map(|v| fit_integral(syms, &v, underlying));
                continue;
            };
            let owner = syms.field(field).owner;
            let context = syms.add_detached_method(owner);
            let mut round_diags = Vec::new();
            let mut b = Binder::new(syms, &mut round_diags, &decls.scopes[scope], context);
            b.evaluating_constants = true;
            if is_enum_member {
                b.enum_being_declared = Some(owner);
            }
            let e = b.bind_expr(expr);
            if b.const_pending {
                waiting.push(p);
                continue;
            }
            // Inside an enum, other members count as the underlying type.
            let e = if is_enum_member && b.syms.is_enum(e.ty) { BoundExpr { ty: b.syms.underlying(e.ty), ..e } } else { e };
            let target = if is_enum_member { underlying } else { ty };
            let e = b.convert_implicit(e, target);
            let name = b.syms.field(field).name.clone();
            let value = b.require_constant(&e, &name);
            syms.fields[field.0 as usize].constant = value.or(Some(ConstValue::Null));
            diags.extend(round_diags);
        }
        if waiting.len() == pending.len() {
            for p in waiting {
                let (PendingConst::Field(field, _, _) | PendingConst::EnumMember(field, _, _, _)) = p;
                let f = syms.field(field);
                let owner = syms.def(f.owner).full_name();
                let span = match p {
                    PendingConst::Field(_, e, _) | PendingConst::EnumMember(_, Some(e), _, _) => e.span,
                    _ => decls.type_spans.get(&f.owner).copied().unwrap_or_default(),
                };
                diags.push(Diagnostic::error(
                    "CS0110",
                    span,
                    format!("The evaluation of the constant value for '{owner}.{}' involves a circular definition", f.name),
                ));
                syms.fields[field.0 as usize].constant = Some(ConstValue::Null);
            }
            break;
        }
        pending = waiting;
    }
}

/// A constant integer as a value of the integral type `ty` (wrapping,
/// as an enum's implicit `previous + 1` does at the top of its range).
fn fit_integral(syms: &Symbols, v: &crate::constant::ConstValue, ty: TyId) -> crate::constant::ConstValue {
    use crate::constant::ConstValue as C;
    let n = match v {
        C::U8(u) => *u as i64,
        other => other.as_i64().unwrap_or(0),
    };
    match syms.special_of(ty) {
        Some(SpecialType::SByte) => C::I4(n as i8 as i32),
        Some(SpecialType::Byte) => C::I4(n as u8 as i32),
        Some(SpecialType::Int16) => C::I4(n as i16 as i32),
        Some(SpecialType::UInt16) => C::I4(n as u16 as i32),
        Some(SpecialType::UInt32) => C::U4(n as u32),
        Some(SpecialType::Int64) => C::I8(n),
        Some(SpecialType::UInt64) => C::U8(n as u64),
        _ => C::I4(n as i32),
    }
}

/// `[Extension]` on every extension method and on the classes holding
/// them, as C# compilers write it (§15.6.10), so other compilers see
/// them through metadata.
fn extension_attributes(syms: &Symbols) -> Vec<BoundAttribute> {
    let Some(attr) = syms.lookup_type("System.Runtime.CompilerServices.ExtensionAttribute") else { return Vec::new() };
    let Some(ctor) = syms.def(attr).methods.iter().copied().find(|&m| syms.method(m).is_ctor) else { return Vec::new() };
    let mut out = Vec::new();
    let mut classes = Vec::new();
    for (i, m) in syms.methods.iter().enumerate() {
        if m.is_extension && m.origin == Origin::Source {
            out.push(BoundAttribute { target: AttrTarget::Method(MethodId(i as u32)), ctor, args: Vec::new(), named: Vec::new() });
            if !classes.contains(&m.owner) {
                classes.push(m.owner);
            }
        }
    }
    out.extend(classes.into_iter().map(|d| BoundAttribute { target: AttrTarget::Type(d), ctor, args: Vec::new(), named: Vec::new() }));
    out
}

/// Evaluates optional parameters' default values (§15.6.2): constant
/// expressions of the parameter's type, or `null`/`default`.
fn eval_param_defaults(syms: &mut Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) {
    for &(method, index, expr, scope) in &decls.param_defaults {
        let owner = syms.method(method).owner;
        let context = syms.add_detached_method(owner);
        let mut b = Binder::new(syms, diags, &decls.scopes[scope], context);
        let ty = b.syms.method(method).params[index].ty;
        let name = b.syms.method(method).params[index].name.clone();
        let e = b.bind_expr(expr);
        // `int? i = 5`: the constant is stored as the underlying type's
        // value, and a call wraps it (null stays null).
        let target = match b.nullable_arg(ty) {
            Some(inner) if e.ty != Symbols::NULL && !matches!(e.kind, BoundExprKind::DefaultValue) => inner,
            _ => ty,
        };
        let e = b.convert_implicit(e, target);
        if e.ty == Symbols::ERROR {
            continue;
        }
        // `default(T)` and `default(S)` of a struct are allowed (§15.6.2):
        // recorded as null, which a caller turns into the type's default.
        let default_of_type = matches!(e.kind, BoundExprKind::DefaultValue);
        match e.constant() {
            Some(c) => syms.methods[method.0 as usize].params[index].default = Some(c.clone()),
            None if default_of_type => syms.methods[method.0 as usize].params[index].default = Some(crate::constant::ConstValue::Null),
            None => diags.push(Diagnostic::error(
                "CS1736",
                expr.span,
                format!("Default parameter value for '{name}' must be a compile-time constant"),
            )),
        }
    }
}

pub fn bind_bodies(
    syms: &mut Symbols,
    decls: &mut Decls<'_>,
    diags: &mut Vec<Diagnostic>,
) -> BoundProgram {
    eval_consts(syms, decls, diags);
    eval_param_defaults(syms, decls, diags);
    let mut program = BoundProgram {
        methods: Vec::new(),
        entry_point: decls.entry_point,
        attributes: Vec::new(),
    };
    program.attributes = attributes::bind_attributes(syms, decls, diags);
    program.attributes.extend(extension_attributes(syms));
    program.attributes.extend(decimals::decimal_constant_attributes(syms));
    for body in &decls.bodies {
        let scope = &decls.scopes[body.scope];
        let mut b = Binder::new(syms, diags, scope, body.method);
        let stmts = b.bind_body(body.source, body.name_span, decls);
        let locals = std::mem::take(&mut b.locals);
        let extra = std::mem::take(&mut b.extra_methods);
        program.methods.extend(extra);
        program.methods.push(finish_body(syms, diags, body.method, stmts, locals, body.name_span));
    }
    program
}

/// Runs flow analysis on a bound body and packages it for emission.
pub(crate) fn finish_body(
    syms: &Symbols,
    diags: &mut Vec<Diagnostic>,
    method: MethodId,
    stmts: Vec<BoundStmt>,
    locals: Vec<LocalSym>,
    name_span: Span,
) -> BoundMethod {
    let m = syms.method(method);
    let returns_value = !syms.is_special(m.ret, SpecialType::Void);
    let first_arg = if m.is_static { 0 } else { 1 };
    let out_params: Vec<(u16, String)> = m
        .params
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == ParamKind::Out)
        .map(|(i, p)| (i as u16 + first_arg, p.name.clone()))
        .collect();
    let struct_locals: Vec<bool> = locals.iter().map(|l| syms.is_value_type(l.ty)).collect();
    crate::flow::check(&stmts, &locals, &struct_locals, &out_params, returns_value, name_span, diags);
    BoundMethod { method, locals, body: stmts }
}

pub(crate) struct Binder<'s> {
    pub syms: &'s mut Symbols,
    pub diags: &'s mut Vec<Diagnostic>,
    pub scope: &'s TypeScope,
    pub method: MethodId,
    pub locals: Vec<LocalSym>,
    /// Block scopes, innermost last: name → local.
    pub scopes: scopes::Scopes<LocalId>,
    pub loop_depth: u32,
    /// Inside `checked(...)`: overflow throws at run time and is an error
    /// in constants.
    pub checked: bool,
    /// Inside `unchecked(...)`: constant overflow wraps silently.
    pub in_unchecked: bool,
    /// The values of `const` locals.
    pub local_consts: HashMap<LocalId, crate::constant::ConstValue>,
    /// Locals whose declaration failed (a const without a constant
    /// value): uses say nothing more.
    pub error_locals: rustc_hash::FxHashSet<LocalId>,
    /// Set when a name referred to a constant field whose value is not
    /// known yet (constants are evaluated in rounds, see `eval_consts`).
    pub const_pending: bool,
    /// Binding a constant's initializer in the rounds of `eval_consts`,
    /// where a constant not known yet is waited for.
    pub evaluating_constants: bool,
    /// Evaluating a member initializer of this enum: its other members
    /// count as the underlying type there (§19.4), so `Both = 1 | Read`
    /// needs no cast.
    pub enum_being_declared: Option<DefId>,
    /// Enclosing loops and switches (`break` needs one).
    pub breakable_depth: u32,
    pub switches: Vec<switch::SwitchContext>,
    pub labels: HashMap<String, LabelId>,
    pub label_count: u32,
    /// `out var` locals whose type waits for overload resolution.
    pub pending_out_vars: Vec<LocalId>,
    /// Local functions visible here, innermost block last.
    pub local_fns: scopes::Scopes<MethodId>,
    /// In a local function: the enclosing method's locals and
    /// parameters, which it may not capture yet.
    pub outer_names: rustc_hash::FxHashSet<String>,
    /// Inside catch blocks (for `throw;`) and finally blocks (which
    /// control may not leave).
    pub catch_depth: u32,
    pub finally_depth: u32,
    /// Binding the left side of `=`: a set-only property is allowed.
    pub binding_assign_target: bool,
    /// The assignment being bound sets a member in an object initializer
    /// (or `with`), where `init` accessors may run.
    pub assigning_initializer_member: bool,
    /// The local whose initializer is being bound, which `nameof` may name.
    pub declaring_local: Option<String>,
    /// In a query's lambda: its range variables, which are read-only.
    pub range_variables: Vec<String>,
    /// Binding the left side of `+=`/`-=`: an event of another type is allowed.
    pub binding_event_target: bool,
    /// The receivers of the `?.` accesses being bound, innermost last.
    pub conditional_receivers: Vec<BoundExpr>,
    /// The objects whose index initializers (`[k] = v`) are being bound.
    pub initializer_targets: Vec<BoundExpr>,
    /// Bodies bound along the way (local functions, anonymous functions).
    pub extra_methods: Vec<BoundMethod>,
    /// Binding a field initializer, which runs before the base constructor
    /// is called: `this` is not yet an object a delegate may hold.
    pub in_field_initializer: bool,
    /// The field whose initializer is being bound: `[CallerMemberName]` names it.
    pub initializing_field: Option<FieldId>,
    /// Closures (`closures.rs`): the names this body's functions capture,
    /// the locals and parameters moved to display classes, the display
    /// instance of each scope that has one, and the statements creating
    /// them, which go at the start of their scope.
    pub captured_names: rustc_hash::FxHashSet<String>,
    pub hoisted: HashMap<LocalId, closures::Captured>,
    pub hoisted_params: HashMap<String, closures::Captured>,
    pub frame_displays: HashMap<u64, closures::Display>,
    pub frame_inits: HashMap<u64, Vec<BoundStmt>>,
    /// In a constructor, what must wait until the base constructor has run.
    pub after_base_call: Vec<BoundStmt>,
    /// In an anonymous function: the enclosing functions' captured
    /// variables it may use, the display class it is a method of, and the
    /// type whose members and `this` it sees.
    pub captures: HashMap<String, closures::Captured>,
    pub closure_home: Option<DefId>,
    /// Binding an iterator's MoveNext (`iterators.rs`).
    pub iterator: Option<iterators::IteratorInfo>,
    /// Inside the try block of a try statement with catch clauses (CS1626).
    pub try_catch_depth: u32,
    /// Binding a lambda's body only to learn its return type
    /// (`lambda_inference.rs`): nothing is created for the program.
    pub trial: bool,
    /// The `ref`/`out` parameters of the enclosing functions, which a nested
    /// function may not use (CS1628).
    pub outer_ref_params: rustc_hash::FxHashSet<String>,
    /// Inside a generic method, also in a function nested in one.
    pub in_generic_method: bool,
    pub lexical_owner: Option<DefId>,
    /// Whether an anonymous function's body fits a delegate type, found before overload
    /// resolution (`lambda_inference.rs`).
    pub lambda_fits: HashMap<(u32, TyId), bool>,
    /// And its inferred return type with that delegate's parameter types (§12.6.3.13).
    pub lambda_inferred: HashMap<(u32, TyId), Option<TyId>>,
    /// The anonymous functions of this body, by `UnboundLambda` number.
    pub lambdas: Vec<lambdas::LambdaSyntax>,
    /// The target-typed `new()` expressions of this body, by `UnboundNew` number.
    pub target_typed_news: Vec<target_typed::NewSyntax>,
    /// How many expressions and statements enclose the one being bound
    /// (see [`MAX_NESTING`]), and whether CS8078 was reported in this body.
    pub nesting: u32,
    pub too_deep: bool,
}

/// The deepest nesting of expressions and statements the binder takes.
/// Every pass over a bound tree recurses, so past this a body is
/// reported as Roslyn reports what its stack cannot hold (CS8078), never
/// a crash; the compiler's stack (the driver's) holds this many levels in
/// every pass.
pub const MAX_NESTING: u32 = 250_000;

impl<'s> Binder<'s> {
    fn new(
        syms: &'s mut Symbols,
        diags: &'s mut Vec<Diagnostic>,
        scope: &'s TypeScope,
        method: MethodId,
    ) -> Self {
        Binder {
            syms,
            diags,
            scope,
            method,
            locals: Vec::new(),
            scopes: scopes::Scopes::new(),
            loop_depth: 0,
            checked: false,
            in_unchecked: false,
            local_consts: HashMap::default(),
            error_locals: Default::default(),
            const_pending: false,
            evaluating_constants: false,
            enum_being_declared: None,
            breakable_depth: 0,
            switches: Vec::new(),
            labels: HashMap::default(),
            label_count: 0,
            pending_out_vars: Vec::new(),
            local_fns: scopes::Scopes::new(),
            outer_names: Default::default(),
            extra_methods: Vec::new(),
            lambdas: Vec::new(),
            target_typed_news: Vec::new(),
            lambda_fits: HashMap::default(),
            lambda_inferred: HashMap::default(),
            captured_names: Default::default(),
            hoisted: HashMap::default(),
            hoisted_params: HashMap::default(),
            frame_displays: HashMap::default(),
            frame_inits: HashMap::default(),
            after_base_call: Vec::new(),
            captures: HashMap::default(),
            closure_home: None,
            iterator: None,
            try_catch_depth: 0,
            trial: false,
            outer_ref_params: Default::default(),
            in_generic_method: false,
            lexical_owner: None,
            in_field_initializer: false,
            initializing_field: None,
            conditional_receivers: Vec::new(),
            initializer_targets: Vec::new(),
            binding_assign_target: false,
            assigning_initializer_member: false,
            declaring_local: None,
            range_variables: Vec::new(),
            binding_event_target: false,
            catch_depth: 0,
            finally_depth: 0,
            nesting: 0,
            too_deep: false,
        }
    }

    pub fn error(&mut self, code: &'static str, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(code, span, msg.into()));
    }

    pub fn sym(&self) -> &MethodSym {
        self.syms.method(self.method)
    }

    pub fn special(&mut self, sp: SpecialType) -> TyId {
        self.syms.special_ty(sp)
    }

    pub fn expr(&self, kind: BoundExprKind, ty: TyId, span: Span) -> BoundExpr {
        BoundExpr { kind, ty, span }
    }

    pub fn error_expr(&self, span: Span) -> BoundExpr {
        BoundExpr {
            kind: BoundExprKind::Const(crate::constant::ConstValue::Null),
            ty: Symbols::ERROR,
            span,
        }
    }

    /// `name_span` is where the body's own diagnostics point: a
    /// synthesized constructor's at the type's name.
    fn bind_body(&mut self, source: BodySource<'_>, name_span: Span, decls: &Decls<'_>) -> Vec<BoundStmt> {
        let owner = self.sym().owner;
        let span = name_span;
        match source {
            BodySource::Method(m) => match m.body {
                Some(body) if iterators::has_yield(&body) => self.bind_iterator(&body, m.name.span),
                Some(body) => self.bind_method_body(&body),
                None => Vec::new(),
            },
            BodySource::Operator(op) => match op.body {
                Some(body) => self.bind_method_body(&body),
                None => Vec::new(),
            },
            BodySource::Accessor(a) => match a.body {
                Some(body) if iterators::has_yield(&body) => self.bind_iterator(&body, a.span),
                Some(body) => self.bind_method_body(&body),
                None => Vec::new(),
            },
            BodySource::ExpressionProperty(e) => self.bind_method_body(&ast::Body::Expr(e)),
            BodySource::TopLevel => {
                let mut labels = HashMap::default();
                self.collect_labels(&decls.top_level, &mut labels);
                self.labels = labels;
                // What the local functions capture is known before they are
                // declared, as in a method's body: one that captures a
                // top-level local is a method of the display class.
                let captured = captures::captured_in_statements(&decls.top_level);
                let mut out = self.begin_closures(captured, span);
                self.declare_local_functions(decls.top_level.iter().copied());
                out.extend(self.bind_stmt_list(&decls.top_level));
                self.local_fns.pop();
                let mut all = self.take_frame_inits();
                all.extend(out);
                all
            }
            BodySource::AutoGet(f) => {
                let ty = self.syms.field(f).ty;
                let receiver = self.this_receiver(f, span);
                let field = self.expr(BoundExprKind::Field { receiver, field: f }, ty, span);
                vec![BoundStmt::Return(Some(field), span)]
            }
            BodySource::AutoSet(f) => {
                let ty = self.syms.field(f).ty;
                let receiver = self.this_receiver(f, span);
                let field = self.expr(BoundExprKind::Field { receiver, field: f }, ty, span);
                let arg = if self.sym().is_static { 0 } else { 1 };
                let value = self.expr(BoundExprKind::Param(arg), ty, span);
                let void = self.special(SpecialType::Void);
                let assign = self.expr(
                    BoundExprKind::Assign {
                        target: Box::new(field),
                        value: Box::new(value),
                    },
                    void,
                    span,
                );
                vec![BoundStmt::Expr(assign)]
            }
            BodySource::Destructor(d) => self.bind_destructor_body(d),
            BodySource::EventAccessor(f, add) => self.bind_event_accessor(f, add, span),
            BodySource::StaticInitializer => self.field_initializers(owner, true, decls),
            BodySource::DefaultConstructor => {
                let mut out = self.field_initializers(owner, false, decls);
                out.extend(self.base_constructor_call(None, span));
                out
            }
            BodySource::Constructor(c) => {
                let is_static = self.sym().is_static;
                let mut out = Vec::new();
                let calls_this = c
                    .initializer
                    .as_ref()
                    .is_some_and(|i| i.kind == ast::ConstructorInitializerKind::This);
                // The copy constructor the compiler writes for a record
                // copies every field instead (C# 9 records: it runs no
                // initializers; one the user writes does).
                let copies_record = decls.record_copy_constructors.iter().any(|&copy| std::ptr::eq(copy, c));
                if !calls_this && !copies_record {
                    // A record's positional properties are set from the
                    // parameters of its primary constructor only.
                    let primary = decls.record_primary_constructors.iter().any(|&p| std::ptr::eq(p, c));
                    if primary {
                        // Initializers see the primary constructor's
                        // parameters; those their lambdas capture move to
                        // the display class first.
                        let inits: Vec<&ast::Expr<'_>> = decls.field_inits.get(&owner).map(|v| v.iter().map(|(_, e)| *e).collect()).unwrap_or_default();
                        // (`this` reaches the display class after the base call.)
                        self.in_field_initializer = true;
                        self.begin_closures(captures::captured_in_exprs(&inits), c.name.span);
                        out.extend(self.take_frame_inits());
                        self.in_field_initializer = false;
                    }
                    out.extend(self.field_initializers_of(owner, is_static, !primary, decls));
                }
                if !is_static {
                    // Its arguments, like field initializers, run before `this` is an object.
                    self.in_field_initializer = true;
                    // Parameters its arguments' lambdas capture move to the display class
                    // first, made before the base constructor is called.
                    if let Some(init) = &c.initializer {
                        let names = captures::captured_in_args(init.args);
                        self.begin_closures(names, c.name.span);
                        out.extend(self.take_frame_inits());
                    }
                    out.extend(self.base_constructor_call(c.initializer.as_ref(), c.name.span));
                    self.in_field_initializer = false;
                    out.append(&mut self.after_base_call);
                }
                if let Some(body) = &c.body {
                    out.extend(self.bind_method_body(body));
                }
                out
            }
        }
    }

    fn this_receiver(&mut self, f: FieldId, span: Span) -> Option<Box<BoundExpr>> {
        if self.syms.field(f).is_static {
            None
        } else {
            let owner = self.syms.field(f).owner;
            let ty = self.this_type_of(owner);
            Some(Box::new(BoundExpr {
                kind: BoundExprKind::This,
                ty,
                span,
            }))
        }
    }

    /// The type of `this`: the class itself, or a reference to the struct.
    /// The type of `this`: the class or struct itself. In a struct it is
    /// a variable reached through the managed pointer in argument 0,
    /// which ilgen dereferences when the value itself is needed.
    pub fn this_type_of(&mut self, owner: DefId) -> TyId {
        self.syms.def_ty(owner)
    }

    fn field_initializers(&mut self, owner: DefId, statics: bool, decls: &Decls<'_>) -> Vec<BoundStmt> {
        self.field_initializers_of(owner, statics, false, decls)
    }

    /// The initializers of `owner`'s static or instance fields, without
    /// a record's positional ones when `skip_positional`.
    fn field_initializers_of(&mut self, owner: DefId, statics: bool, skip_positional: bool, decls: &Decls<'_>) -> Vec<BoundStmt> {
        let mut out = Vec::new();
        let inits = decls.field_inits.get(&owner).cloned().unwrap_or_default();
        for (f, init) in inits {
            if self.syms.field(f).is_static != statics {
                continue;
            }
            if skip_positional && decls.record_positional_inits.iter().any(|&p| std::ptr::eq(p, init)) {
                continue;
            }
            let ty = self.syms.field(f).ty;
            // A `const decimal` is stored by the static constructor (see
            // `decimals.rs`); its value is already folded.
            if let (true, Some(c)) = (self.syms.field(f).is_const, self.syms.field(f).constant.clone()) {
                let receiver = self.this_receiver(f, init.span);
                let target = self.expr(BoundExprKind::Field { receiver, field: f }, ty, init.span);
                let value = self.expr(BoundExprKind::Const(c), ty, init.span);
                let void = self.special(SpecialType::Void);
                out.push(BoundStmt::Expr(self.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(value) }, void, init.span)));
                continue;
            }
            self.in_field_initializer = true;
            self.initializing_field = Some(f);
            let value = self.bind_initializer(init, Some(ty));
            let value = self.convert_implicit(value, ty);
            self.in_field_initializer = false;
            self.initializing_field = None;
            let receiver = self.this_receiver(f, init.span);
            let target = self.expr(BoundExprKind::Field { receiver, field: f }, ty, init.span);
            let void = self.special(SpecialType::Void);
            out.push(BoundStmt::Expr(self.expr(
                BoundExprKind::Assign {
                    target: Box::new(target),
                    value: Box::new(value),
                },
                void,
                init.span,
            )));
        }
        out
    }

    /// `: base(...)` / `: this(...)`, or the implicit `base()` of a class
    /// constructor (spec §15.11.2). Structs and System.Object call none.
    fn base_constructor_call(
        &mut self,
        init: Option<&ast::ConstructorInitializer<'_>>,
        span: Span,
    ) -> Vec<BoundStmt> {
        let owner = self.sym().owner;
        // A struct constructor calls another only through `: this(...)`.
        let is_this = init.is_some_and(|i| i.kind == ast::ConstructorInitializerKind::This);
        if self.syms.def(owner).kind != TypeDefKind::Class && !is_this {
            return Vec::new();
        }
        let (target_ty, args, span) = match init {
            Some(i) if i.kind == ast::ConstructorInitializerKind::This => {
                (Some(self.syms.def_ty(owner)), i.args, i.span)
            }
            Some(i) => (self.syms.def(owner).base, i.args, i.span),
            None => (self.syms.def(owner).base, &[][..], span),
        };
        let Some(target_ty) = target_ty else {
            return Vec::new();
        };
        let TyKind::Def(target) = self.syms.kind(target_ty) else {
            return Vec::new();
        };
        let args = self.bind_args(args);
        let ctors: Vec<MethodId> = self
            .syms
            .def(target)
            .methods
            .iter()
            .copied()
            .filter(|&m| self.syms.method(m).is_ctor && !self.syms.method(m).is_static)
            .collect();
        // The implicit `base()` (§15.11.2): CS7036 when every base
        // constructor needs an argument.
        if init.is_none() {
            let callable = |m: MethodId| self.syms.method(m).params.iter().all(|p| p.has_default || p.is_params);
            if !ctors.is_empty() && !ctors.iter().any(|&m| callable(m)) {
                let first = ctors[0];
                let param = self.syms.method(first).params.iter().find(|p| !p.has_default && !p.is_params).map(|p| p.name.clone()).unwrap_or_default();
                let shown = self.syms.method_display(first);
                self.error("CS7036", span, format!("There is no argument given that corresponds to the required formal parameter '{param}' of '{shown}'"));
                return Vec::new();
            }
        }
        if is_this && args.is_empty() && self.syms.def(owner).kind == TypeDefKind::Struct {
            // A struct's `: this()` is its implicit parameterless
            // constructor (spec §16.4.9): every field zeroed, as csc's
            // `initobj` does.
            let this_ty = self.this_type_of(owner);
            let this = self.expr(BoundExprKind::This, this_ty, span);
            let zero = self.expr(BoundExprKind::DefaultValue, this_ty, span);
            let void = self.special(SpecialType::Void);
            return vec![BoundStmt::Expr(self.expr(
                BoundExprKind::Assign { target: Box::new(this), value: Box::new(zero) },
                void,
                span,
            ))];
        }
        let Some((ctor, args)) = self.resolve_overload(&ctors, args, span, ".ctor") else {
            return Vec::new();
        };
        let this_ty = self.this_type_of(owner);
        let this = self.expr(BoundExprKind::This, this_ty, span);
        let void = self.special(SpecialType::Void);
        vec![BoundStmt::Expr(self.expr(
            BoundExprKind::Call {
                method: ctor,
                receiver: Some(Box::new(this)),
                args,
            },
            void,
            span,
        ))]
    }

    pub fn bind_method_body(&mut self, body: &ast::Body<'_>) -> Vec<BoundStmt> {
        let span = match body {
            ast::Body::Block(b) => b.span,
            ast::Body::Expr(e) => e.span,
        };
        let mut out = self.begin_closures(captures::captured_names(body), span);
        match body {
            ast::Body::Block(b) => {
                let stmts: Vec<&ast::Stmt<'_>> = b.stmts.iter().collect();
                let mut labels = HashMap::default();
                self.collect_labels(&stmts, &mut labels);
                self.labels = labels;
                self.declare_local_functions(b.stmts);
                let stmts: Vec<&ast::Stmt<'_>> = b.stmts.iter().collect();
                out.extend(self.bind_stmt_list(&stmts));
                self.local_fns.pop();
            }
            ast::Body::Expr(e) => {
                let ret = self.sym().ret;
                let value = self.bind_expr(e);
                if self.syms.is_special(ret, SpecialType::Void) {
                    out.push(BoundStmt::Expr(value));
                } else {
                    let value = self.convert_implicit(value, ret);
                    let span = value.span;
                    out.push(BoundStmt::Return(Some(value), span));
                }
            }
        }
        let mut all = self.take_frame_inits();
        all.extend(out);
        all
    }

    pub fn declare_local(&mut self, name: &ast::Ident<'_>, ty: TyId) -> LocalId {
        match self.scopes.declared_here(name.text) {
            Some(true) => self.error(
                "CS0128",
                name.span,
                format!("A local variable or function named '{}' is already defined in this scope", name.text),
            ),
            Some(false) => self.error(
                "CS0136",
                name.span,
                format!(
                    "A local or parameter named '{}' cannot be declared in this scope because that name is used in an enclosing local scope to define a local or parameter",
                    name.text
                ),
            ),
            None => {}
        }
        if self.sym().params.iter().any(|p| p.name == name.text) {
            self.error(
                "CS0136",
                name.span,
                format!(
                    "A local or parameter named '{}' cannot be declared in this scope because that name is used in an enclosing local scope to define a local or parameter",
                    name.text
                ),
            );
        }
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(LocalSym {
            name: name.text.to_string(),
            ty,
            span: name.span,
        });
        self.scopes.insert(name.text, id);
        self.hoist_if_captured(id, name.text, ty, name.span);
        id
    }

    /// A compiler temporary holding `value`: the store (a void expression
    /// to run first) and the temporary, to read as often as needed. The
    /// lowerings that must evaluate an operand once use it (`?.`, `??`,
    /// postfix operators, initializers, patterns).
    pub fn store_in_temp(&mut self, value: BoundExpr, span: Span) -> (BoundExpr, BoundExpr) {
        let ty = value.ty;
        self.locals.push(LocalSym { name: String::new(), ty, span });
        let tmp = self.expr(BoundExprKind::Local(LocalId(self.locals.len() as u32 - 1)), ty, span);
        let void = self.special(SpecialType::Void);
        let store = self.expr(BoundExprKind::Assign { target: Box::new(tmp.clone()), value: Box::new(value) }, void, span);
        (store, tmp)
    }

    /// Enters one more level of nesting; false (with CS8078 reported once
    /// per body) when that is past [`MAX_NESTING`].
    pub fn enter_nested(&mut self, span: lexer::Span) -> bool {
        if self.nesting >= MAX_NESTING {
            if !self.too_deep {
                self.too_deep = true;
                self.error("CS8078", span, "An expression is too long or complex to compile");
            }
            return false;
        }
        self.nesting += 1;
        true
    }

    pub fn lookup_local(&self, name: &str) -> Option<LocalId> {
        self.scopes.lookup(name)
    }
}
