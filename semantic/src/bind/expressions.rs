//! Binding expressions (C# spec §12): names, member access, invocation,
//! literals, assignment, object and array creation.

use lexer::Span;
use parser::ast;
use parser::ast::ExprKind as E;

use super::Binder;
use super::lookup::Member;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::types::*;

/// What a name or member access means before it is used: a value, a
/// type, a namespace, or a method group awaiting its arguments.
pub enum Bound {
    Value(BoundExpr),
    Type(TyId),
    Namespace(String),
    Methods {
        receiver: Option<BoundExpr>,
        methods: Vec<MethodId>,
        name: String,
        /// `M<int>`: type arguments given explicitly.
        type_args: Vec<TyId>,
    },
    /// `x.M` where M is an extension method: called as `M(x, …)`.
    Extension {
        receiver: BoundExpr,
        methods: Vec<MethodId>,
        name: String,
        type_args: Vec<TyId>,
    },
}

impl Binder<'_> {
    /// Binds an expression that must produce a value.
    pub fn bind_expr(&mut self, e: &ast::Expr<'_>) -> BoundExpr {
        match self.bind_expr_or_type(e) {
            Bound::Value(v) => v,
            Bound::Type(t) => {
                let name = self.syms.display(t);
                self.error(
                    "CS0119",
                    e.span,
                    format!("'{name}' is a type, which is not valid in the given context"),
                );
                self.error_expr(e.span)
            }
            Bound::Namespace(ns) => {
                self.error(
                    "CS0118",
                    e.span,
                    format!("'{ns}' is a namespace but is used like a variable"),
                );
                self.error_expr(e.span)
            }
            Bound::Methods { receiver, methods, name, type_args } => self.method_group(receiver, methods, name, type_args, false, e.span),
            Bound::Extension { receiver, methods, name, type_args } => {
                self.method_group(Some(receiver), methods, name, type_args, true, e.span)
            }
        }
    }

    pub fn bind_expr_or_type(&mut self, e: &ast::Expr<'_>) -> Bound {
        if !self.enter_nested(e.span) {
            return Bound::Value(self.error_expr(e.span));
        }
        let bound = self.bind_expr_or_type_nested(e);
        self.nesting -= 1;
        bound
    }

    fn bind_expr_or_type_nested(&mut self, e: &ast::Expr<'_>) -> Bound {
        let span = e.span;
        let v = match &e.kind {
            E::Literal(l) => self.bind_literal(l, span),
            E::Name { name, type_args } => {
                if !type_args.is_empty() {
                    return self.bind_generic_name(name, type_args, span);
                }
                return self.bind_name(name);
            }
            E::PredefinedType(p) => {
                let sp = crate::declare::predefined_special(*p);
                if self.syms.special_def(sp).is_none() {
                    // `decimal.Parse(…)` without System.Decimal: said here,
                    // or the error type would silence it everywhere.
                    self.error("CS0518", span, format!("Predefined type 'System.{sp:?}' is not defined or imported"));
                    return Bound::Value(self.error_expr(span));
                }
                return Bound::Type(self.special(sp));
            }
            E::MemberAccess {
                target,
                name,
                type_args,
            } => {
                let Some(type_args) = self.resolve_type_args(type_args) else {
                    return Bound::Value(self.error_expr(span));
                };
                // Only the outermost member of an assignment target may be
                // a set-only property; the receiver is read.
                let assigning = std::mem::replace(&mut self.binding_assign_target, false);
                let target_syntax = target;
                let mark = self.diags.len();
                let target = self.bind_expr_or_type(target);
                let target = match self.color_color(&target, target_syntax, name) {
                    Some(ty) => {
                        // The type meaning: what binding the value reported (an instance
                        // member from a static context) does not apply.
                        self.diags.truncate(mark);
                        Bound::Type(ty)
                    }
                    None => target,
                };
                self.binding_assign_target = assigning;
                return self.bind_member_access(target, name, &type_args, span);
            }
            E::Invocation { callee, args } => self.bind_invocation(callee, args, span),
            E::Lambda(l) => self.bind_lambda(l, span),
            E::ElementAccess { target, args } => self.bind_element_access(target, args, span),
            E::Unary { op, operand } => self.bind_unary(*op, operand, span),
            E::Binary { op, left, right } => self.bind_binary(*op, left, right, span),
            E::Assign {
                op: None,
                target,
                value,
            } => self.bind_assign(target, value, span),
            E::Assign {
                op: Some(op),
                target,
                value,
            } => {
                let outer = std::mem::replace(&mut self.binding_event_target, true);
                let t = self.bind_expr(target);
                self.binding_event_target = outer;
                let v = self.bind_expr(value);
                if let BoundExprKind::EventAccess { .. } = t.kind {
                    return Bound::Value(self.bind_event_assign(t, *op, v, span));
                }
                if *op == ast::BinaryOp::Coalesce {
                    return Bound::Value(self.bind_coalesce_assign(t, v, span));
                }
                if let (Some(prop), Some(op)) = (self.property_of(&t), super_bin(*op)) {
                    return Bound::Value(self.bind_property_compound(prop, t, op, v, false, false, span));
                }
                let t = self.require_variable(t, "CS0131");
                match super_bin(*op) {
                    Some(op) => self.bind_compound(op, t, v, false, false, span),
                    None => {
                        self.error(
                            "CS8652",
                            span,
                            "This compound assignment is not supported by Sharp yet",
                        );
                        self.error_expr(span)
                    }
                }
            }
            E::PreIncrement(t) | E::PreDecrement(t) | E::PostIncrement(t) | E::PostDecrement(t) => {
                let op = if matches!(e.kind, E::PreIncrement(_) | E::PostIncrement(_)) {
                    BinOp::Add
                } else {
                    BinOp::Sub
                };
                let postfix = matches!(e.kind, E::PostIncrement(_) | E::PostDecrement(_));
                let target = self.bind_expr(t);
                if let Some(prop) = self.property_of(&target) {
                    let int = self.special(SpecialType::Int32);
                    let one = self.expr(BoundExprKind::Const(ConstValue::I4(1)), int, span);
                    return Bound::Value(self.bind_property_compound(prop, target, op, one, postfix, true, span));
                }
                let target = self.require_variable(target, "CS1059");
                let user_op = if op == BinOp::Add { "op_Increment" } else { "op_Decrement" };
                let has_user_op = matches!(self.syms.kind(target.ty), TyKind::Def(d)
                    if self.syms.def(d).methods.iter().any(|&m| self.syms.method(m).name == user_op));
                if target.ty != Symbols::ERROR
                    && !self.syms.is_enum(target.ty)
                    && !has_user_op
                    && !self
                        .syms
                        .special_of(self.nullable_arg(target.ty).unwrap_or(target.ty))
                        .is_some_and(super::conversions::is_numeric)
                {
                    let ty = self.syms.display(target.ty);
                    let sym = if op == BinOp::Add { "++" } else { "--" };
                    self.error(
                        "CS0023",
                        span,
                        format!("Operator '{sym}' cannot be applied to operand of type '{ty}'"),
                    );
                    return Bound::Value(self.error_expr(span));
                }
                let int = self.special(SpecialType::Int32);
                let one = self.expr(BoundExprKind::Const(ConstValue::I4(1)), int, span);
                self.bind_compound(op, target, one, postfix, true, span)
            }
            E::Conditional { cond, then, else_ } => self.bind_conditional(cond, then, else_, span),
            E::Cast { ty, expr } => {
                let to = crate::declare::resolve_type(self.syms, self.scope, ty, self.diags);
                let v = self.bind_expr(expr);
                if to == Symbols::ERROR || v.ty == Symbols::ERROR {
                    return Bound::Value(self.error_expr(span));
                }
                self.convert_explicit(v, to, span)
            }
            E::Parenthesized(inner) => {
                let mut v = self.bind_expr(inner);
                v.span = span;
                v
            }
            E::This => {
                if !self.has_this() {
                    self.error("CS0026", span, "Keyword 'this' is not valid in a static property, static method, or static field initializer");
                    return Bound::Value(self.error_expr(span));
                }
                self.this_ref(span)
            }
            E::Default(ty) => match ty {
                Some(ty) => {
                    let t = crate::declare::resolve_type(self.syms, self.scope, ty, self.diags);
                    if t == Symbols::ERROR {
                        return Bound::Value(self.error_expr(span));
                    }
                    self.default_value(t, span)
                }
                None => self.bind_default_literal(span),
            },
            E::Base => {
                if self.closure_home.is_some() {
                    // Roslyn calls the base method through a helper method of the class.
                    self.error("CS8652", span, "'base' in a lambda that captures variables is not supported by Sharp yet");
                    return Bound::Value(self.error_expr(span));
                }
                let owner = self.sym().owner;
                match (self.sym().is_static, self.syms.def(owner).base) {
                    (false, Some(base)) => self.expr(BoundExprKind::BaseRef, base, span),
                    _ => {
                        self.error("CS1511", span, "Keyword 'base' is not available in a static method");
                        return Bound::Value(self.error_expr(span));
                    }
                }
            }
            E::New {
                ty,
                args,
                initializer,
            } => {
                let created = self.bind_new(ty, args, span);
                match initializer {
                    Some(inits) => self.bind_object_initializer(created, inits, span),
                    None => created,
                }
            }
            E::TargetTypedNew { args, initializer } => self.bind_target_typed_new(args, *initializer, span),
            E::ArrayCreation { elem, sizes, rank, initializer } => {
                self.bind_array_creation(elem, sizes, *rank, *initializer, span)
            }
            E::As { expr, ty } => {
                let v = self.bind_expr(expr);
                let t = crate::declare::resolve_type(self.syms, self.scope, ty, self.diags);
                if v.ty == Symbols::ERROR || t == Symbols::ERROR {
                    return Bound::Value(self.error_expr(span));
                }
                if self.syms.is_type_param(t) && !self.syms.is_reference_type(t) {
                    let shown = self.syms.display(t);
                    self.error("CS0413", span, format!("The type parameter '{shown}' cannot be used with the 'as' operator because it does not have a class type constraint nor a 'class' constraint"));
                    return Bound::Value(self.error_expr(span));
                }
                if self.nullable_arg(t).is_some() {
                    // `isinst T?; unbox.any T?`: the value, or no value.
                    let v = self.box_if_value(v);
                    let test = self.expr(BoundExprKind::IsInst(Box::new(v)), t, span);
                    return Bound::Value(self.expr(BoundExprKind::Unbox(Box::new(test)), t, span));
                }
                if !self.syms.is_reference_type(t) {
                    let shown = self.syms.display(t);
                    self.error("CS0077", span, format!("The as operator must be used with a reference type or nullable type ('{shown}' is a non-nullable value type)"));
                    return Bound::Value(self.error_expr(span));
                }
                let v = self.box_if_value(v);
                if self.syms.is_type_param(t) {
                    // `isinst T; unbox.any T`: the reference, typed as T.
                    let test = self.expr(BoundExprKind::IsInst(Box::new(v)), t, span);
                    return Bound::Value(self.expr(BoundExprKind::Unbox(Box::new(test)), t, span));
                }
                self.expr(BoundExprKind::IsInst(Box::new(v)), t, span)
            }
            E::Switch { expr, arms } => self.bind_switch_expression(expr, arms, span),
            E::With { expr, initializers } => self.bind_with(expr, initializers, span),
            E::AnonymousObject(members) => self.bind_anonymous_object(members, span),
            E::QueryCall { call, clause } => self.bind_query_call(call, *clause, span),
            E::Query { expr, variables } => self.bind_query(expr, variables),
            E::FromEnd(e) => self.bind_index_value(e, span),
            E::Range { start, end } => self.bind_range_value(*start, *end, span),
            E::Tuple(args) => self.bind_tuple_literal(args, span),
            E::Declaration { .. } => {
                self.error("CS8185", span, "A declaration is not allowed in this context.");
                self.error_expr(span)
            }
            E::IsPattern { expr, pattern } => self.bind_is_pattern(expr, pattern, span),
            E::InterpolatedString(parts) => self.bind_interpolated(parts, span),
            E::ConditionalAccess { target, access } => self.bind_conditional_access(target, access, span),
            E::ConditionalReceiver => self.bind_conditional_receiver(span),
            E::InitializerTarget => match self.initializer_targets.last() {
                Some(t) => t.clone(),
                // `[k] = v` in an array's initializer, which has no object.
                None => {
                    self.error("CS0747", span, "Invalid initializer member declarator");
                    self.error_expr(span)
                }
            },
            E::Typeof(ty) => self.bind_typeof(ty, span),
            E::Nameof(operand) => self.bind_nameof(operand, span),
            E::Throw(e) => {
                let v = self.bind_thrown(e);
                self.expr(BoundExprKind::ThrowExpr(Box::new(v)), Symbols::NULL, span)
            }
            E::ImplicitArrayCreation { initializer, rank } => self.bind_implicit_array(initializer, *rank, span),
            E::ArrayInitializer(init) => {
                self.error(
                    "CS0622",
                    init.span,
                    "Can only use array initializer expressions to assign to array types. Try using a new expression instead.",
                );
                self.error_expr(span)
            }
            E::Checked(inner) | E::Unchecked(inner) => {
                let is_checked = matches!(e.kind, E::Checked(_));
                let saved = (self.checked, self.in_unchecked);
                self.checked = is_checked;
                self.in_unchecked = !is_checked;
                let v = self.bind_expr(inner);
                (self.checked, self.in_unchecked) = saved;
                v
            }
            E::Error => self.error_expr(span),
            _ => {
                self.error(
                    "CS8652",
                    span,
                    "This expression is not supported by Sharp yet",
                );
                self.error_expr(span)
            }
        };
        Bound::Value(v)
    }

    /// `nameof(x)`, `nameof(A.B)` (§12.8.23): the operand must name
    /// something (a variable, member, method group, type or namespace);
    /// the value is the constant string of its last identifier.
    fn bind_nameof(&mut self, operand: &ast::Expr<'_>, span: Span) -> BoundExpr {
        let last = match &operand.kind {
            E::Name { name, .. } | E::MemberAccess { name, .. } => name.text.to_string(),
            E::PredefinedType(_) | E::This | E::Base => String::new(),
            _ => String::new(),
        };
        if last.is_empty() {
            self.error("CS8081", operand.span, "Expression does not have a name");
            return self.error_expr(span);
        }
        let string = self.special(SpecialType::String);
        // The local whose initializer this is: in scope, not yet declared.
        if let E::Name { name, type_args: [] } = &operand.kind
            && self.declaring_local.as_deref() == Some(name.text)
            && self.scopes.lookup(name.text).is_none()
        {
            return self.expr(BoundExprKind::Const(ConstValue::String(last.encode_utf16().collect())), string, span);
        }
        // An instance member may be named from a static context
        // (`nameof(Length)`): only whether the name exists matters.
        let mark = self.diags.len();
        let bound = self.bind_expr_or_type(operand);
        let reported: Vec<_> = self.diags.drain(mark..).filter(|d| d.code != "CS0120").collect();
        let failed = !reported.is_empty();
        self.diags.extend(reported);
        if let Bound::Value(v) = bound
            && v.ty == Symbols::ERROR
            && failed
        {
            return v;
        }
        self.expr(BoundExprKind::Const(ConstValue::String(last.encode_utf16().collect())), string, span)
    }

    /// `default(T)`: zero, false, null, or a zeroed struct.
    pub fn default_value(&mut self, t: TyId, span: Span) -> BoundExpr {
        use crate::constant::ConstValue as C;
        let c = match self.syms.special_of(t) {
            Some(SpecialType::Boolean) => Some(C::Bool(false)),
            Some(SpecialType::Char) => Some(C::Char(0)),
            Some(SpecialType::SByte | SpecialType::Byte | SpecialType::Int16 | SpecialType::UInt16 | SpecialType::Int32) => Some(C::I4(0)),
            Some(SpecialType::UInt32) => Some(C::U4(0)),
            Some(SpecialType::Int64) => Some(C::I8(0)),
            Some(SpecialType::UInt64) => Some(C::U8(0)),
            Some(SpecialType::Single) => Some(C::R4(0.0)),
            Some(SpecialType::Double) => Some(C::R8(0.0)),
            _ if self.syms.is_reference_type(t) => Some(C::Null),
            _ => None,
        };
        match c {
            Some(c) => self.expr(BoundExprKind::Const(c), t, span),
            None => self.expr(BoundExprKind::DefaultValue, t, span),
        }
    }

    /// The extension methods named `name` in scope: those of static
    /// classes in the enclosing namespaces and the namespaces imported by
    /// `using` (§12.8.10.3).
    pub(super) fn extension_methods(&self, name: &str) -> Vec<MethodId> {
        let mut namespaces: Vec<String> = Vec::new();
        let mut ns = self.scope.namespace.as_str();
        loop {
            namespaces.push(ns.to_string());
            if ns.is_empty() {
                break;
            }
            ns = ns.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        }
        for u in &self.scope.usings {
            if let crate::declare::Using::Namespace(n) = u {
                namespaces.push(n.clone());
            }
        }
        let mut out = Vec::new();
        for (i, def) in self.syms.defs.iter().enumerate() {
            if !def.is_static || def.enclosing.is_some() || !namespaces.contains(&def.namespace) {
                continue;
            }
            let _ = i;
            out.extend(def.methods.iter().copied().filter(|&m| {
                let s = self.syms.method(m);
                s.is_extension && s.name == name
            }));
        }
        out
    }

    /// A value-type operand of `is`/`as` is tested in its boxed form.
    fn box_if_value(&mut self, v: BoundExpr) -> BoundExpr {
        if self.syms.is_value_type(v.ty) || self.syms.is_type_param(v.ty) {
            let object = self.special(SpecialType::Object);
            self.convert_implicit(v, object)
        } else {
            v
        }
    }

    fn bind_literal(&mut self, l: &ast::Literal<'_>, span: Span) -> BoundExpr {
        let (value, sp) = match l {
            ast::Literal::Int { value, suffix } => {
                let v = *value;
                // The type is the first of these that holds the value
                // (§6.4.5.3).
                match suffix {
                    ast::IntSuffix::None if v <= i32::MAX as u64 => {
                        (ConstValue::I4(v as i32), SpecialType::Int32)
                    }
                    ast::IntSuffix::None | ast::IntSuffix::U if v <= u32::MAX as u64 => {
                        (ConstValue::U4(v as u32), SpecialType::UInt32)
                    }
                    ast::IntSuffix::None | ast::IntSuffix::L if v <= i64::MAX as u64 => {
                        (ConstValue::I8(v as i64), SpecialType::Int64)
                    }
                    _ => (ConstValue::U8(v), SpecialType::UInt64),
                }
            }
            ast::Literal::Real { value, suffix } => match suffix {
                ast::RealSuffix::F => (ConstValue::R4(*value as f32), SpecialType::Single),
                _ => (ConstValue::R8(*value), SpecialType::Double),
            },
            ast::Literal::Decimal(v) => (ConstValue::Decimal(*v), SpecialType::Decimal),
            ast::Literal::Char(c) => (ConstValue::Char(*c), SpecialType::Char),
            ast::Literal::String(s) => (ConstValue::String(s.to_vec()), SpecialType::String),
            ast::Literal::Bool(b) => (ConstValue::Bool(*b), SpecialType::Boolean),
            ast::Literal::Null => {
                return self.expr(BoundExprKind::Const(ConstValue::Null), Symbols::NULL, span);
            }
        };
        let ty = self.special(sp);
        self.expr(BoundExprKind::Const(value), ty, span)
    }

    /// A simple name (§12.8.4): local, parameter, member of this type or
    /// its bases, type, namespace — the first that matches.
    pub(super) fn bind_name(&mut self, name: &ast::Ident<'_>) -> Bound {
        let span = name.span;
        if let Some(id) = self.lookup_local(name.text) {
            let ty = self.locals[id.0 as usize].ty;
            if self.error_locals.contains(&id) {
                return Bound::Value(self.error_expr(span));
            }
            if let Some(c) = self.local_consts.get(&id) {
                return Bound::Value(self.expr(BoundExprKind::Const(c.clone()), ty, span));
            }
            return Bound::Value(self.local_ref(id, ty, span));
        }
        let sym = self.sym();
        if let Some(i) = sym.params.iter().position(|p| p.name == name.text) {
            if let Some(c) = self.hoisted_params.get(name.text).copied() {
                let ty = self.sym().params[i].ty;
                return Bound::Value(self.captured_ref(c, ty, span));
            }
            let (ty, kind) = (sym.params[i].ty, sym.params[i].kind);
            let index = i as u16 + if sym.is_static { 0 } else { 1 };
            if kind == ParamKind::Value {
                return Bound::Value(self.expr(BoundExprKind::Param(index), ty, span));
            }
            // A ref/out parameter holds a managed pointer; its name
            // denotes the variable pointed to.
            let ptr_ty = self.syms.by_ref(ty);
            let ptr = self.expr(BoundExprKind::Param(index), ptr_ty, span);
            return Bound::Value(self.expr(BoundExprKind::Deref(Box::new(ptr)), ty, span));
        }
        // A variable of an enclosing function, captured (`closures.rs`).
        if let Some(c) = self.captures.get(name.text).copied() {
            let ty = self.syms.field(c.field).ty;
            return Bound::Value(self.captured_ref(c, ty, span));
        }
        if let Some(f) = self.lookup_local_function(name.text) {
            let (receiver, type_args) = self.local_function_target(f, span);
            return Bound::Methods { receiver, methods: vec![f], name: name.text.to_string(), type_args };
        }
        let owner = self.this_owner();
        if let Some(member) = self.lookup_member(owner, name.text) {
            let receiver = if self.has_this() { Some(self.this_ref(span)) } else { None };
            return self.member_value(member, receiver, true, name.text, span);
        }
        // Members of the enclosing types (§12.8.4): usable without a
        // receiver when static.
        let mut outer = self.syms.def(owner).enclosing;
        while let Some(o) = outer {
            if let Some(member) = self.lookup_member(o, name.text) {
                return self.member_value(member, None, true, name.text, span);
            }
            outer = self.syms.def(o).enclosing;
        }
        // `using static T;`: T's static members by simple name; methods
        // of several such types form one group.
        let mut group = Vec::new();
        for u in &self.scope.usings.clone() {
            let crate::declare::Using::Static(t) = u else { continue };
            let Some(d) = self.syms.lookup_type(t) else { continue };
            match self.lookup_member(d, name.text) {
                Some(super::lookup::Member::Methods(ms)) => {
                    group.extend(ms.into_iter().filter(|&m| self.syms.method(m).is_static));
                }
                Some(member) if group.is_empty() => return self.member_value(member, None, true, name.text, span),
                _ => {}
            }
        }
        if !group.is_empty() {
            return Bound::Methods { receiver: None, methods: group, name: name.text.to_string(), type_args: Vec::new() };
        }
        if let Some(d) = crate::declare::lookup_type_name(self.syms, self.scope, name.text) {
            // A type nested in a generic type gets the implied arguments.
            return Bound::Type(self.construct(d, Vec::new(), &[], span));
        }
        // `using IntBox = Box<int>;`: an alias of a constructed type.
        if let Some(t) = crate::declare::alias_type(self.syms, self.scope, name.text) {
            return Bound::Type(t);
        }
        // `using IO = System.IO;`: an alias of a namespace.
        for u in &self.scope.usings {
            if let crate::declare::Using::Alias(a, target) = u {
                if a == name.text && self.syms.namespaces.contains(target) {
                    return Bound::Namespace(target.clone());
                }
            }
        }
        if self.syms.namespaces.contains(name.text) {
            return Bound::Namespace(name.text.to_string());
        }
        if self.outer_names.contains(name.text) && self.outer_ref_params.contains(name.text) {
            self.error(
                "CS1628",
                span,
                format!("Cannot use ref, out, or in parameter '{}' inside an anonymous method, lambda expression, query expression, or local function", name.text),
            );
            return Bound::Value(self.error_expr(span));
        }
        if self.outer_names.contains(name.text) {
            self.error(
                "CS8652",
                span,
                format!("Capturing '{}' of the enclosing method here is not supported by Sharp yet (an out variable declared with var, or a variable the closure analysis did not see)", name.text),
            );
            return Bound::Value(self.error_expr(span));
        }
        self.error(
            "CS0103",
            span,
            format!(
                "The name '{}' does not exist in the current context",
                name.text
            ),
        );
        Bound::Value(self.error_expr(span))
    }

    /// A member found by lookup, used with `receiver` (None: through the
    /// type name). `implicit_this` means the receiver was not written.
    fn member_value(
        &mut self,
        member: Member,
        receiver: Option<BoundExpr>,
        implicit_this: bool,
        name: &str,
        span: Span,
    ) -> Bound {
        let (is_static, owner, access, display) = match &member {
            Member::Field(f) => {
                let f = self.syms.field(*f);
                (
                    f.is_static,
                    f.owner,
                    f.access,
                    format!("{}.{}", self.syms.def(f.owner).full_name(), f.name),
                )
            }
            Member::Property(p) => {
                let p = self.syms.property(*p);
                let access = p
                    .getter
                    .or(p.setter)
                    .map(|m| self.syms.method(m).access)
                    .unwrap_or(Accessibility::Public);
                (
                    p.is_static,
                    p.owner,
                    access,
                    format!("{}.{}", self.syms.def(p.owner).full_name(), p.name),
                )
            }
            Member::Event(ev) => {
                let e = self.syms.event(*ev);
                let access = self.syms.method(e.add).access;
                (e.is_static, e.owner, access, format!("{}.{}", self.syms.def(e.owner).full_name(), e.name))
            }
            Member::Methods(ms) => {
                return Bound::Methods {
                    receiver,
                    methods: ms.clone(),
                    name: name.to_string(),
                    type_args: Vec::new(),
                };
            }
        };
        if !self.is_accessible(owner, access) {
            self.error(
                "CS0122",
                span,
                format!("'{display}' is inaccessible due to its protection level"),
            );
        }
        let receiver = match (is_static, receiver) {
            (true, Some(_)) if !implicit_this => {
                self.error(
                    "CS0176",
                    span,
                    format!("Member '{display}' cannot be accessed with an instance reference; qualify it with a type name instead"),
                );
                return Bound::Value(self.error_expr(span));
            }
            (true, _) => None,
            (false, None) => {
                self.error("CS0120", span, format!("An object reference is required for the non-static field, method, or property '{display}'"));
                return Bound::Value(self.error_expr(span));
            }
            // A field reached through a class-constrained type parameter:
            // the value as its class (boxing T is the reference itself).
            (false, Some(r)) if self.syms.is_type_param(r.ty) && matches!(member, Member::Field(_)) => {
                let owner_ty = self.syms.def_ty(owner);
                Some(Box::new(self.convert_implicit(r, owner_ty)))
            }
            (false, Some(r)) => Some(Box::new(r)),
        };
        Bound::Value(match member {
            Member::Field(f) if self.syms.field(f).is_const => {
                let field = self.syms.field(f);
                let ty = if self.enum_being_declared == Some(field.owner) { self.syms.underlying(field.ty) } else { field.ty };
                let field = self.syms.field(f);
                // A constant of a generic type's instance is its definition's.
                let constant = field.constant.clone().or_else(|| field.generic_of.and_then(|g| self.syms.field(g).constant.clone()));
                match constant {
                    Some(c) => self.expr(BoundExprKind::Const(c), ty, span),
                    None => {
                        self.const_pending = true;
                        // Bodies bind after every constant is evaluated:
                        // one still unknown then is a compiler fault, said
                        // rather than emitted as a wrong value.
                        if !self.evaluating_constants {
                            self.error("CS8000", span, format!("internal error: the value of constant '{display}' is unknown"));
                        }
                        self.error_expr(span)
                    }
                }
            }
            Member::Field(f) => {
                let ty = self.syms.field(f).ty;
                self.expr(BoundExprKind::Field { receiver, field: f }, ty, span)
            }
            Member::Property(p) => {
                let prop = self.syms.property(p).clone();
                match prop.getter {
                    Some(g) => self.expr(
                        BoundExprKind::Call {
                            method: g,
                            receiver,
                            args: Vec::new(),
                        },
                        prop.ty,
                        span,
                    ),
                    // A set-only property as an assignment target: the
                    // setter stands in, and bind_assign calls it.
                    None if self.binding_assign_target => self.expr(
                        BoundExprKind::Call { method: prop.setter.unwrap_or(MethodId(0)), receiver, args: Vec::new() },
                        prop.ty,
                        span,
                    ),
                    None => {
                        self.error("CS0154", span, format!("The property or indexer '{display}' cannot be used in this context because it lacks the get accessor"));
                        self.error_expr(span)
                    }
                }
            }
            // Outside its type an event is only the target of += and -= (§15.8.2).
            Member::Event(ev) if self.binding_event_target => {
                let ty = match receiver.as_ref().map(|r| self.syms.kind(r.ty)) {
                    Some(TyKind::Def(inst)) if self.syms.def(inst).instance_of.is_some() => {
                        let s = self.syms.instance_subst(inst);
                        let t = self.syms.event(ev).ty;
                        self.syms.subst(t, &s)
                    }
                    _ => self.syms.event(ev).ty,
                };
                self.expr(BoundExprKind::EventAccess { receiver, event: ev }, ty, span)
            }
            Member::Event(ev) => {
                let owner = self.syms.def(self.syms.event(ev).owner).name.clone();
                self.error("CS0070", span, format!("The event '{display}' can only appear on the left hand side of += or -= (except when used from within the type '{owner}')"));
                self.error_expr(span)
            }
            Member::Methods(_) => unreachable!("method groups returned above"),
        })
    }

    pub(super) fn bind_member_access(&mut self, target: Bound, name: &ast::Ident<'_>, type_args: &[TyId], span: Span) -> Bound {
        let bound = self.bind_member_access_untyped(target, name, type_args, span);
        if let Bound::Value(e) = &bound {
            self.check_obsolete_member(e, name.span);
        }
        self.with_type_args(bound, type_args, span)
    }

    fn bind_member_access_untyped(&mut self, target: Bound, name: &ast::Ident<'_>, type_args: &[TyId], span: Span) -> Bound {
        let arity = if type_args.is_empty() { String::new() } else { format!("`{}", type_args.len()) };
        match target {
            Bound::Namespace(ns) => {
                let full = format!("{ns}.{}{arity}", name.text);
                if let Some(d) = self.syms.lookup_type(&full) {
                    return Bound::Type(self.construct(d, Vec::new(), type_args, span));
                }
                if !type_args.is_empty() {
                    self.error(
                        "CS0234",
                        name.span,
                        format!("The type or namespace name '{}<>' does not exist in the namespace '{ns}' (are you missing an assembly reference?)", name.text),
                    );
                    return Bound::Value(self.error_expr(span));
                }
                if self.syms.namespaces.contains(&full) {
                    return Bound::Namespace(full);
                }
                self.error(
                    "CS0234",
                    name.span,
                    format!("The type or namespace name '{}' does not exist in the namespace '{ns}' (are you missing an assembly reference?)", name.text),
                );
                Bound::Value(self.error_expr(span))
            }
            Bound::Type(t) => {
                let TyKind::Def(d) = self.syms.kind(t) else {
                    return Bound::Value(self.error_expr(span));
                };
                let g = self.syms.generic_def(d);
                if let Some(nested) = self.syms.nested_type(g, &format!("{}{arity}", name.text)) {
                    let outer = self.syms.type_args(d);
                    return Bound::Type(self.construct(nested, outer, type_args, span));
                }
                match self.lookup_member(d, name.text) {
                    Some(m) => self.member_value(m, None, false, name.text, span),
                    None => {
                        let ty = self.syms.display(t);
                        self.error(
                            "CS0117",
                            name.span,
                            format!("'{ty}' does not contain a definition for '{}'", name.text),
                        );
                        Bound::Value(self.error_expr(span))
                    }
                }
            }
            Bound::Methods { name: group, .. } | Bound::Extension { name: group, .. } => {
                self.error(
                    "CS0119",
                    span,
                    format!("'{group}' is a method, which is not valid in the given context"),
                );
                Bound::Value(self.error_expr(span))
            }
            Bound::Value(v) => {
                if v.ty == Symbols::ERROR {
                    return Bound::Value(self.error_expr(span));
                }
                let int = self.special(SpecialType::Int32);
                if let TyKind::Array(_, 1) = self.syms.kind(v.ty)
                    && name.text == "Length"
                {
                    return Bound::Value(self.expr(
                        BoundExprKind::ArrayLength(Box::new(v)),
                        int,
                        span,
                    ));
                }
                let def = match self.syms.kind(v.ty) {
                    TyKind::Def(d) => Some(d),
                    TyKind::Array(..) => self.syms.special_def(SpecialType::Array),
                    _ => None,
                };
                let member = def.and_then(|d| self.lookup_member(d, name.text));
                if member.is_none()
                    && let Some(element) = self.tuple_member(&v, name, span)
                {
                    return Bound::Value(element);
                }
                match member {
                    Some(m) => self.member_value(m, Some(v), false, name.text, span),
                    None if !self.extension_methods(name.text).is_empty() => {
                        let methods = self.extension_methods(name.text);
                        Bound::Extension { receiver: v, methods, name: name.text.to_string(), type_args: Vec::new() }
                    }
                    None => {
                        let ty = self.syms.display(v.ty);
                        self.error(
                            "CS1061",
                            name.span,
                            format!(
                                "'{ty}' does not contain a definition for '{}' and no accessible extension method '{}' accepting a first argument of type '{ty}' could be found (are you missing a using directive or an assembly reference?)",
                                name.text, name.text
                            ),
                        );
                        Bound::Value(self.error_expr(span))
                    }
                }
            }
        }
    }

    fn bind_invocation(
        &mut self,
        callee: &ast::Expr<'_>,
        args: &[ast::Argument<'_>],
        span: Span,
    ) -> BoundExpr {
        let callee_bound = self.bind_expr_or_type(callee);
        let call = self.invoke_bound(callee_bound, callee, args, span);
        if let BoundExprKind::Call { method, .. } = call.kind {
            self.check_obsolete_method(method, callee.span);
        }
        call
    }

    /// A call of `callee_bound`, the bound form of `callee`.
    pub(super) fn invoke_bound(&mut self, callee_bound: Bound, callee: &ast::Expr<'_>, args: &[ast::Argument<'_>], span: Span) -> BoundExpr {
        let mut args = self.bind_args(args);
        if let Bound::Extension { receiver, methods, name, type_args } = callee_bound {
            // x.M(a) is M(x, a) (§12.8.10.3).
            args.insert(0, super::overloads::BoundArg::plain(receiver));
            let Some((method, args)) = self.resolve_generic_overload(&methods, &type_args, args, span, &name) else {
                return self.error_expr(span);
            };
            let ret = self.syms.method(method).ret;
            return self.expr(BoundExprKind::Call { method, receiver: None, args }, ret, span);
        }
        let Bound::Methods {
            receiver,
            methods,
            name,
            type_args,
        } = callee_bound
        else {
            if let Bound::Value(v) = &callee_bound
                && v.ty == Symbols::ERROR
            {
                return self.error_expr(span);
            }
            if let Bound::Value(v) = callee_bound {
                if self.is_delegate(v.ty) {
                    return self.invoke_delegate(v, args, span);
                }
                return self.not_invocable(v, callee, args, span);
            }
            self.error(
                "CS1955",
                callee.span,
                "Non-invocable member cannot be used like a method.",
            );
            return self.error_expr(span);
        };
        self.bind_method_call(receiver, methods, name, type_args, args, callee, span)
    }

    /// `f.IsBar()` on a value that is not a delegate.
    fn not_invocable(&mut self, v: BoundExpr, callee: &ast::Expr<'_>, mut args: Vec<super::overloads::BoundArg>, span: Span) -> BoundExpr {
        {
            let callee_bound = Bound::Value(v);
            // `f.IsBar()` where IsBar is a property of f's type: an extension
            // method of that name is still invoked (§12.8.10.3).
            if let (Bound::Value(v), E::MemberAccess { name, .. }) = (&callee_bound, &callee.kind)
                && let BoundExprKind::Call { receiver: Some(r), .. } | BoundExprKind::Field { receiver: Some(r), .. } = &v.kind
                && self.syms.has_extension_named(name.text)
            {
                let extensions = self.extension_methods(name.text);
                if !extensions.is_empty() {
                    args.insert(0, super::overloads::BoundArg::plain((**r).clone()));
                    let Some((method, args)) = self.resolve_generic_overload(&extensions, &[], args, span, name.text) else {
                        return self.error_expr(span);
                    };
                    let ret = self.syms.method(method).ret;
                    return self.expr(BoundExprKind::Call { method, receiver: None, args }, ret, span);
                }
            }
            self.error(
                "CS1955",
                callee.span,
                "Non-invocable member cannot be used like a method.",
            );
            self.error_expr(span)
        }
    }

    /// `M(args)` or `x.M(args)` once `M` is known to be a method group.
    #[allow(clippy::too_many_arguments)]
    fn bind_method_call(
        &mut self,
        receiver: Option<BoundExpr>,
        methods: Vec<MethodId>,
        name: String,
        type_args: Vec<TyId>,
        args: Vec<super::overloads::BoundArg>,
        callee: &ast::Expr<'_>,
        span: Span,
    ) -> BoundExpr {
        let accessible: Vec<MethodId> = methods
            .iter()
            .copied()
            .filter(|&m| self.is_accessible(self.syms.method(m).owner, self.syms.method(m).access))
            .collect();
        // `x.M(a)` where no method of x's type applies: an extension method
        // may (§12.8.10.3), as `data.Reverse()` on an array finds the
        // extension over `Array.Reverse(Array)`.
        let extensions = match (&receiver, &callee.kind) {
            (Some(_), E::MemberAccess { .. }) if self.syms.has_extension_named(&name) => self.extension_methods(&name),
            _ => Vec::new(),
        };
        if accessible.is_empty() {
            // Inaccessible members are not found at all (§12.5): an extension method of
            // the name may apply instead.
            if let (Some(r), false) = (receiver.clone(), extensions.is_empty()) {
                let mark = self.diags.len();
                let mut ext_args = args;
                ext_args.insert(0, super::overloads::BoundArg::plain(r));
                if let Some((method, args)) = self.resolve_generic_overload(&extensions, &type_args, ext_args, span, &name) {
                    let ret = self.syms.method(method).ret;
                    return self.expr(BoundExprKind::Call { method, receiver: None, args }, ret, span);
                }
                self.diags.truncate(mark);
            }
            let shown = self.syms.method_display(methods[0]);
            self.error(
                "CS0122",
                callee.span,
                format!("'{shown}' is inaccessible due to its protection level"),
            );
            return self.error_expr(span);
        }
        let mark = self.diags.len();
        let resolved = if extensions.is_empty() {
            self.resolve_generic_overload(&accessible, &type_args, args, span, &name)
        } else {
            let instance = self.resolve_generic_overload(&accessible, &type_args, args.clone(), span, &name);
            if instance.is_none() && let Some(r) = receiver.clone() {
                let instance_diags = self.diags.split_off(mark);
                let mut ext_args = args;
                ext_args.insert(0, super::overloads::BoundArg::plain(r));
                match self.resolve_generic_overload(&extensions, &type_args, ext_args, span, &name) {
                    Some((method, args)) => {
                        let ret = self.syms.method(method).ret;
                        return self.expr(BoundExprKind::Call { method, receiver: None, args }, ret, span);
                    }
                    None => {
                        // Neither applies: the instance methods' complaint.
                        self.diags.truncate(mark);
                        self.diags.extend(instance_diags);
                    }
                }
            }
            instance
        };
        let Some((method, args)) = resolved else {
            return self.error_expr(span);
        };
        self.check_finalize_call(method, receiver.as_ref(), span);
        let m = self.syms.method(method).clone();
        let implicit_this = matches!(&callee.kind, E::Name { .. });
        let receiver = match (m.is_static, receiver) {
            (true, Some(_)) if !implicit_this => {
                let shown = self.syms.method_display(method);
                self.error("CS0176", callee.span, format!("Member '{shown}' cannot be accessed with an instance reference; qualify it with a type name instead"));
                return self.error_expr(span);
            }
            (true, _) => None,
            (false, None) => {
                let shown = self.syms.method_display(method);
                self.error("CS0120", callee.span, format!("An object reference is required for the non-static field, method, or property '{shown}'"));
                return self.error_expr(span);
            }
            (false, Some(r)) => {
                // A struct calling a method it inherits from a class
                // (ToString on a struct that does not override it) passes
                // itself boxed.
                // A type parameter's value is passed as it is: the call
                // is `constrained.` (ECMA-335 III.2.1), which boxes only
                // when it must.
                let owner_ty = self.syms.def_ty(m.owner);
                if self.syms.is_value_type(r.ty) && !self.syms.is_value_type(owner_ty) && !self.syms.is_type_param(r.ty) {
                    Some(Box::new(self.convert_implicit(r, owner_ty)))
                } else {
                    Some(Box::new(r))
                }
            }
        };
        self.expr(
            BoundExprKind::Call {
                method,
                receiver,
                args,
            },
            m.ret,
            span,
        )
    }

    /// Reports `code` unless `e` is a variable (or already an error).
    pub fn require_variable(&mut self, e: BoundExpr, code: &'static str) -> BoundExpr {
        if let Some(name) = self.range_variable(&e) {
            self.error("CS1947", e.span, format!("Range variable '{name}' cannot be assigned to -- it is read only"));
            return BoundExpr { ty: Symbols::ERROR, ..e };
        }
        // In a struct, `this` is a variable (§12.8.14): `this = other;`.
        if matches!(e.kind, BoundExprKind::This) && self.syms.is_value_type(e.ty) {
            return e;
        }
        if e.ty == Symbols::ERROR || e.is_variable() {
            if let BoundExprKind::Field { field, .. } = &e.kind {
                let f = self.syms.field(*field);
                let in_ctor = self.sym().owner == f.owner
                    && (self.sym().is_ctor || self.sym().name == ".cctor" || (self.syms.is_init_only(self.method) && !f.is_static));
                if f.is_readonly && !in_ctor {
                    self.error("CS0191", e.span, "A readonly field cannot be assigned to (except in a constructor or init-only setter of the type in which the field is defined or a variable initializer)");
                }
            }
            return e;
        }
        let msg = if code == "CS1059" {
            "The operand of an increment or decrement operator must be a variable, property or indexer"
        } else {
            "The left-hand side of an assignment must be a variable, property or indexer"
        };
        self.error(code, e.span, msg);
        BoundExpr {
            ty: Symbols::ERROR,
            ..e
        }
    }

    /// The name of the range variable `e` is, in a query's lambda.
    fn range_variable(&self, e: &BoundExpr) -> Option<String> {
        if self.range_variables.is_empty() {
            return None;
        }
        let name = match e.kind {
            BoundExprKind::Local(id) => self.locals.get(id.0 as usize)?.name.clone(),
            BoundExprKind::Param(i) => {
                let first = if self.sym().is_static { 0 } else { 1 };
                self.sym().params.get((i as usize).checked_sub(first)?)?.name.clone()
            }
            _ => return None,
        };
        self.range_variables.contains(&name).then_some(name)
    }

    fn bind_assign(
        &mut self,
        target: &ast::Expr<'_>,
        value: &ast::Expr<'_>,
        span: Span,
    ) -> BoundExpr {
        let deconstructs = match &target.kind {
            E::Tuple(_) => true,
            E::Invocation { callee, args } => super::tuples::is_var(callee) && !args.is_empty() && self.lookup_local("var").is_none(),
            _ => false,
        };
        if deconstructs {
            return self.bind_deconstruction(target, value, span);
        }
        // `_ = e` (C# 7): a discard, when no variable is named `_`.
        if let E::Name { name, type_args: [] } = target.kind
            && name.text == "_"
            && self.lookup_local("_").is_none()
        {
            let v = self.bind_expr(value);
            if v.ty == Symbols::TARGET_TYPED {
                self.report_untargeted(&v);
                return self.error_expr(span);
            }
            return v;
        }
        self.binding_assign_target = matches!(target.kind, E::Name { .. } | E::MemberAccess { .. } | E::ElementAccess { .. });
        let t = self.bind_expr(target);
        self.binding_assign_target = false;
        let v = self.bind_expr(value);
        self.assign_bound(t, v, span)
    }

    /// `t = v` for a bound target: a setter call for a property or
    /// indexer, a store for a variable.
    pub fn assign_bound(&mut self, t: BoundExpr, v: BoundExpr, span: Span) -> BoundExpr {
        let initializing = std::mem::take(&mut self.assigning_initializer_member);
        // A property or indexer target becomes a call of its setter,
        // with the getter's arguments and then the value.
        if let BoundExprKind::Call { method, receiver, args } = &t.kind
            && self.syms.method(*method).is_accessor
        {
            let prop = self.property_of(&t);
            if let Some(p) = prop {
                let prop = self.syms.property(p).clone();
                let v = self.convert_implicit(v, prop.ty);
                // A get-only auto-property is assigned in its type's
                // constructors, through the backing field.
                let in_ctor = self.sym().owner == prop.owner
                    && ((self.sym().is_ctor && !prop.is_static) || (self.sym().name == ".cctor" && prop.is_static));
                if let (None, Some(field), true) = (prop.setter, prop.backing, in_ctor) {
                    let target = self.expr(BoundExprKind::Field { receiver: receiver.clone(), field }, prop.ty, t.span);
                    return self.expr(BoundExprKind::Assign { target: Box::new(target), value: Box::new(v) }, prop.ty, span);
                }
                let Some(setter) = prop.setter else {
                    let owner = self.syms.def(prop.owner).full_name();
                    self.error(
                        "CS0200",
                        t.span,
                        format!("Property or indexer '{owner}.{}' cannot be assigned to -- it is read only", prop.name),
                    );
                    return self.error_expr(span);
                };
                if !self.check_init_only(setter, receiver.as_deref(), initializing, t.span) {
                    return self.error_expr(span);
                }
                // The assignment's value is the value assigned (§12.21.2):
                // the call has the property's type though the setter
                // returns nothing, and ilgen keeps a copy of the last
                // argument when the value is used (`return d[i] = v;`).
                let ty = v.ty;
                let mut all = args.clone();
                all.push(v);
                return self.expr(BoundExprKind::Call { method: setter, receiver: receiver.clone(), args: all }, ty, span);
            }
        }
        let t = self.require_variable(t, "CS0131");
        let v = self.convert_implicit(v, t.ty);
        let ty = t.ty;
        self.expr(
            BoundExprKind::Assign {
                target: Box::new(t),
                value: Box::new(v),
            },
            ty,
            span,
        )
    }

    fn bind_conditional(
        &mut self,
        cond: &ast::Expr<'_>,
        then: &ast::Expr<'_>,
        else_: &ast::Expr<'_>,
        span: Span,
    ) -> BoundExpr {
        let b = self.special(SpecialType::Boolean);
        let c = self.bind_expr(cond);
        let c = self.convert_implicit(c, b);
        let t = self.bind_expr(then);
        let e = self.bind_expr(else_);
        if t.ty == Symbols::ERROR || e.ty == Symbols::ERROR {
            return self.error_expr(span);
        }
        // The type is whichever branch type the other converts to (§12.18).
        let t_to_e = self.classify(&t, e.ty).is_some_and(|c| c.is_implicit());
        let e_to_t = self.classify(&e, t.ty).is_some_and(|c| c.is_implicit());
        let ty = if t.ty == e.ty || (e_to_t && !t_to_e) {
            t.ty
        } else if t_to_e && !e_to_t {
            e.ty
        } else {
            // No natural type: the conditional takes the type it is
            // converted to (C# 9, target-typed conditional), as a switch
            // expression of two arms does; CS0173 when there is none.
            let always = self.expr(BoundExprKind::Const(ConstValue::Bool(true)), b, span);
            let arms = vec![(c, t), (always, e)];
            return self.expr(BoundExprKind::UnconvertedSwitch { side: Vec::new(), arms, conditional: true }, Symbols::TARGET_TYPED, span);
        };
        let t = self.convert_implicit(t, ty);
        let e = self.convert_implicit(e, ty);
        if let Some(ConstValue::Bool(v)) = c.constant()
            && let (Some(_), Some(_)) = (t.constant(), e.constant())
        {
            let mut chosen = if *v { t } else { e };
            chosen.span = span;
            return chosen;
        }
        self.expr(
            BoundExprKind::Conditional {
                cond: Box::new(c),
                then: Box::new(t),
                else_: Box::new(e),
            },
            ty,
            span,
        )
    }

    /// `new T(...) { A = x, B = y }` (§12.8.17.3): the object in a
    /// temporary, each member assigned in order, then the temporary.
    pub(super) fn bind_object_initializer(&mut self, created: BoundExpr, inits: &[&ast::Expr<'_>], span: Span) -> BoundExpr {
        if created.ty == Symbols::ERROR {
            return created;
        }
        let ty = created.ty;
        let (store, tmp) = self.store_in_temp(created, span);
        let mut side = vec![store];
        self.apply_initializer(&tmp, inits, &mut side);
        self.expr(BoundExprKind::Sequence { side, value: Box::new(tmp) }, ty, span)
    }

    /// The elements of an object or collection initializer applied to
    /// `target` (a variable, or a member of one), each as a statement
    /// pushed to `side`: member assignments, `Add` calls, index
    /// assignments, and nested initializers of a member (`P = { X = 1 }`
    /// sets P's X; `List = { 1, 2 }` adds to the list P already holds).
    fn apply_initializer(&mut self, target: &BoundExpr, inits: &[&ast::Expr<'_>], side: &mut Vec<BoundExpr>) {
        let void = self.special(SpecialType::Void);
        let ty = target.ty;
        for init in inits {
            let (member_syntax, value) = match &init.kind {
                ast::ExprKind::Assign { op: None, target, value } => (target, value),
                // A collection initializer's element: `Add(e)`, or
                // `Add(a, b)` for `{ a, b }` (§12.8.17.4).
                ast::ExprKind::ArrayInitializer(list) => {
                    let call = self.bind_collection_add(target.clone(), list.elements, init.span);
                    side.push(BoundExpr { ty: void, ..call });
                    continue;
                }
                _ => {
                    let call = self.bind_collection_add(target.clone(), std::slice::from_ref(init), init.span);
                    side.push(BoundExpr { ty: void, ..call });
                    continue;
                }
            };
            if let ast::ExprKind::ElementAccess { .. } = &member_syntax.kind {
                // `[k] = v`: an assignment to the object's indexer.
                self.initializer_targets.push(target.clone());
                let t = self.bind_expr(member_syntax);
                self.initializer_targets.pop();
                let v = self.bind_expr(value);
                self.assigning_initializer_member = true;
                let assignment = self.assign_bound(t, v, init.span);
                side.push(BoundExpr { ty: void, ..assignment });
                continue;
            }
            let ast::ExprKind::Name { name, .. } = &member_syntax.kind else {
                self.error("CS0747", init.span, "Invalid initializer member declarator");
                continue;
            };
            let TyKind::Def(d) = self.syms.kind(ty) else {
                self.error("CS0747", init.span, "Invalid initializer member declarator");
                continue;
            };
            let nested = match &value.kind {
                ast::ExprKind::ArrayInitializer(list) => Some(list.elements),
                _ => None,
            };
            // A nested initializer reads the member; an assignment writes it.
            self.binding_assign_target = nested.is_none();
            let member = match self.lookup_member(d, name.text) {
                Some(m @ (super::lookup::Member::Field(_) | super::lookup::Member::Property(_))) => {
                    self.member_value(m, Some(target.clone()), false, name.text, name.span)
                }
                _ => {
                    let t = self.syms.display(ty);
                    self.error("CS0117", name.span, format!("'{t}' does not contain a definition for '{}'", name.text));
                    Bound::Value(self.error_expr(name.span))
                }
            };
            self.binding_assign_target = false;
            let Bound::Value(member) = member else { continue };
            if let Some(elements) = nested {
                if member.ty == Symbols::ERROR {
                    continue;
                }
                let object_init = !elements.is_empty()
                    && elements.iter().all(|e| matches!(&e.kind, ast::ExprKind::Assign { op: None, target, .. } if matches!(target.kind, ast::ExprKind::Name { .. } | ast::ExprKind::ElementAccess { .. })));
                // A struct member must be a variable to be set in place.
                if object_init && self.syms.is_value_type(member.ty) && !matches!(member.kind, BoundExprKind::Field { .. }) {
                    self.error("CS1918", name.span, format!("Members of property '{}' of type '{}' cannot be assigned with an object initializer because it is of a value type", name.text, self.syms.display(member.ty)));
                    continue;
                }
                self.apply_initializer(&member, elements, side);
                continue;
            }
            let v = self.bind_expr(value);
            // An object initializer may call `init` accessors.
            self.assigning_initializer_member = true;
            let assignment = self.assign_bound(member, v, init.span);
            side.push(BoundExpr { ty: void, ..assignment });
        }
    }

    /// One element of a collection initializer: `target.Add(args)`, found
    /// as an invocation would find it (CS1061 when there is no Add).
    fn bind_collection_add(&mut self, target: BoundExpr, elements: &[&ast::Expr<'_>], span: Span) -> BoundExpr {
        let args: Vec<super::overloads::BoundArg> = elements.iter().map(|e| super::overloads::BoundArg::plain(self.bind_expr(e))).collect();
        let methods = match self.syms.kind(target.ty) {
            TyKind::Def(d) => match self.lookup_member(d, "Add") {
                Some(Member::Methods(ms)) => ms.into_iter().filter(|&m| !self.syms.method(m).is_static).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        if methods.is_empty() {
            let t = self.syms.display(target.ty);
            self.error("CS1061", span, format!("'{t}' does not contain a definition for 'Add' and no accessible extension method 'Add' accepting a first argument of type '{t}' could be found (are you missing a using directive or an assembly reference?)"));
            return self.error_expr(span);
        }
        let Some((method, args)) = self.resolve_generic_overload(&methods, &[], args, span, "Add") else {
            return self.error_expr(span);
        };
        let m = self.syms.method(method).clone();
        let owner_ty = self.syms.def_ty(m.owner);
        let receiver = if self.syms.is_value_type(target.ty) && !self.syms.is_value_type(owner_ty) && !self.syms.is_type_param(target.ty) {
            self.convert_implicit(target, owner_ty)
        } else {
            target
        };
        self.expr(BoundExprKind::Call { method, receiver: Some(Box::new(receiver)), args }, m.ret, span)
    }

    /// `new T()` (§12.8.17.2): T needs the `new()` (or `struct`)
    /// constraint and takes no arguments; it is `Activator.CreateInstance<T>()`.
    fn bind_new_type_param(&mut self, t: TyId, args: &[super::overloads::BoundArg], span: Span) -> BoundExpr {
        let shown = self.syms.display(t);
        if !self.syms.type_param(t).is_some_and(|i| i.ctor) {
            self.error("CS0304", span, format!("Cannot create an instance of the variable type '{shown}' because it does not have the new() constraint"));
            return self.error_expr(span);
        }
        if !args.is_empty() {
            self.error("CS0417", span, format!("'{shown}': cannot provide arguments when creating an instance of a variable type"));
            return self.error_expr(span);
        }
        let create = self.syms.lookup_type("System.Activator").and_then(|a| {
            self.syms.def(a).methods.iter().copied().find(|&m| {
                let s = self.syms.method(m);
                s.name == "CreateInstance" && s.type_params.len() == 1 && s.params.is_empty()
            })
        });
        let Some(create) = create else {
            self.error("CS0656", span, "Missing compiler required member 'System.Activator.CreateInstance'");
            return self.error_expr(span);
        };
        let method = self.syms.instantiate_method(create, &[t]);
        self.expr(BoundExprKind::Call { method, receiver: None, args: Vec::new() }, t, span)
    }

    fn bind_new(
        &mut self,
        ty: &ast::TypeSyntax<'_>,
        args: &[ast::Argument<'_>],
        span: Span,
    ) -> BoundExpr {
        let t = crate::declare::resolve_type(self.syms, self.scope, ty, self.diags);
        let args = self.bind_args(args);
        self.new_of_type(t, args, span)
    }

    /// `new T(args)` with `T` resolved and the arguments bound; also the
    /// conversion of a target-typed `new(args)` to `T`.
    pub(super) fn new_of_type(&mut self, t: TyId, args: Vec<super::overloads::BoundArg>, span: Span) -> BoundExpr {
        let TyKind::Def(d) = self.syms.kind(t) else {
            return self.error_expr(span);
        };
        let def = self.syms.def(d).clone();
        if def.kind == TypeDefKind::TypeParam {
            return self.bind_new_type_param(t, &args, span);
        }
        if self.is_delegate(t) {
            return self.bind_new_delegate(t, args, span);
        }
        if def.is_static {
            self.error(
                "CS0712",
                span,
                format!(
                    "Cannot create an instance of the static class '{}'",
                    def.full_name()
                ),
            );
            return self.error_expr(span);
        }
        if def.is_abstract {
            self.error(
                "CS0144",
                span,
                format!(
                    "Cannot create an instance of the abstract type or interface '{}'",
                    def.full_name()
                ),
            );
            return self.error_expr(span);
        }
        if def.kind == TypeDefKind::Struct || def.kind == TypeDefKind::Enum {
            // `new S()` without a parameterless constructor is the zeroed
            // value (§16.4.5); with arguments, a constructor call.
            let has_ctor = def.methods.iter().any(|&m| self.syms.method(m).is_ctor);
            if args.is_empty() && (!has_ctor || !def.methods.iter().any(|&m| self.syms.method(m).is_ctor && self.syms.method(m).params.is_empty())) {
                return self.default_value(t, span);
            }
        } else if def.kind != TypeDefKind::Class {
            self.error("CS0144", span, format!("Cannot create an instance of the abstract type or interface '{}'", def.full_name()));
            return self.error_expr(span);
        }
        let ctors: Vec<MethodId> = def
            .methods
            .iter()
            .copied()
            .filter(|&m| self.syms.method(m).is_ctor)
            .collect();
        // Only the constructors this code may call compete (a record's
        // protected copy constructor does not, from outside).
        let accessible: Vec<MethodId> =
            ctors.iter().copied().filter(|&m| self.is_accessible(self.syms.method(m).owner, self.syms.method(m).access)).collect();
        let ctors = if accessible.is_empty() {
            if let Some(&first) = ctors.first() {
                let shown = self.syms.method_display(first);
                self.error("CS0122", span, format!("'{shown}' is inaccessible due to its protection level"));
                return self.error_expr(span);
            }
            ctors
        } else {
            accessible
        };
        let Some((ctor, args)) = self.resolve_overload(&ctors, args, span, &def.name) else {
            return self.error_expr(span);
        };
        self.check_obsolete_method(ctor, span);
        self.expr(BoundExprKind::NewObject { ctor, args }, t, span)
    }
}

fn super_bin(op: ast::BinaryOp) -> Option<BinOp> {
    use ast::BinaryOp as A;
    Some(match op {
        A::Add => BinOp::Add,
        A::Sub => BinOp::Sub,
        A::Mul => BinOp::Mul,
        A::Div => BinOp::Div,
        A::Rem => BinOp::Rem,
        A::Shl => BinOp::Shl,
        A::Shr => BinOp::Shr,
        A::BitAnd => BinOp::And,
        A::BitOr => BinOp::Or,
        A::BitXor => BinOp::Xor,
        _ => return None,
    })
}
