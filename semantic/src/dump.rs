//! `sharp dump bound`: the bound tree as indented text.

use std::fmt::Write;

use crate::bound::*;
use crate::types::Symbols;

pub fn dump_program(syms: &Symbols, program: &BoundProgram) -> String {
    let mut out = String::new();
    for m in &program.methods {
        let _ = writeln!(
            out,
            "method {} -> {}",
            syms.method_display(m.method),
            syms.display(syms.method(m.method).ret)
        );
        for (i, l) in m.locals.iter().enumerate() {
            let _ = writeln!(out, "  local {i} {}: {}", l.name, syms.display(l.ty));
        }
        for s in &m.body {
            stmt(syms, s, 1, &mut out);
        }
    }
    out
}

fn stmt(syms: &Symbols, s: &BoundStmt, depth: usize, out: &mut String) {
    let pad = parser::indent(depth);
    match s {
        BoundStmt::Expr(e) => {
            let _ = writeln!(out, "{pad}expr");
            expr(syms, e, depth + 1, out);
        }
        BoundStmt::Block(b) => {
            let _ = writeln!(out, "{pad}block");
            b.iter().for_each(|s| stmt(syms, s, depth + 1, out));
        }
        BoundStmt::YieldReturn(e) => {
            let _ = writeln!(out, "{pad}yield return");
            expr(syms, e, depth + 1, out);
        }
        BoundStmt::YieldBreak(_) => {
            let _ = writeln!(out, "{pad}yield break");
        }
        BoundStmt::If { cond, then, else_ } => {
            let _ = writeln!(out, "{pad}if");
            expr(syms, cond, depth + 1, out);
            stmt(syms, then, depth + 1, out);
            if let Some(e) = else_ {
                let _ = writeln!(out, "{pad}else");
                stmt(syms, e, depth + 1, out);
            }
        }
        BoundStmt::Loop {
            test_first,
            cond,
            body,
            step,
        } => {
            let _ = writeln!(
                out,
                "{pad}loop {}",
                if *test_first {
                    "test-first"
                } else {
                    "test-last"
                }
            );
            if let Some(c) = cond {
                expr(syms, c, depth + 1, out);
            }
            stmt(syms, body, depth + 1, out);
            for e in step {
                let _ = writeln!(out, "{pad}step");
                expr(syms, e, depth + 1, out);
            }
        }
        BoundStmt::Break => {
            let _ = writeln!(out, "{pad}break");
        }
        BoundStmt::Continue => {
            let _ = writeln!(out, "{pad}continue");
        }
        BoundStmt::Switch { value, sections } => {
            let _ = writeln!(out, "{pad}switch");
            expr(syms, value, depth + 1, out);
            for sec in sections {
                let _ = writeln!(out, "{pad}  section L{} {}", sec.label.0, sec.label_text);
                sec.body.iter().for_each(|s| stmt(syms, s, depth + 2, out));
            }
        }
        BoundStmt::Throw(v) => {
            let _ = writeln!(out, "{pad}throw");
            if let Some(v) = v {
                expr(syms, v, depth + 1, out);
            }
        }
        BoundStmt::Try { body, catches, finally } => {
            let _ = writeln!(out, "{pad}try");
            body.iter().for_each(|s| stmt(syms, s, depth + 1, out));
            for c in catches {
                let _ = writeln!(out, "{pad}catch {}", syms.display(c.ty));
                if let Some(f) = &c.filter {
                    expr(syms, f, depth + 2, out);
                }
                c.body.iter().for_each(|s| stmt(syms, s, depth + 1, out));
            }
            if let Some(f) = finally {
                let _ = writeln!(out, "{pad}finally");
                f.iter().for_each(|s| stmt(syms, s, depth + 1, out));
            }
        }
        BoundStmt::Label(l) => {
            let _ = writeln!(out, "{pad}label L{}", l.0);
        }
        BoundStmt::Goto(l) => {
            let _ = writeln!(out, "{pad}goto L{}", l.0);
        }
        BoundStmt::Return(v, _) => {
            let _ = writeln!(out, "{pad}return");
            if let Some(v) = v {
                expr(syms, v, depth + 1, out);
            }
        }
    }
}

fn expr(syms: &Symbols, e: &BoundExpr, depth: usize, out: &mut String) {
    let pad = parser::indent(depth);
    let ty = syms.display(e.ty);
    use BoundExprKind as K;
    let (label, children): (String, Vec<&BoundExpr>) = match &e.kind {
        K::Const(c) => (format!("const {c:?}"), vec![]),
        K::Local(l) => (format!("local {}", l.0), vec![]),
        K::Param(p) => (format!("arg {p}"), vec![]),
        K::This => ("this".into(), vec![]),
        K::Field { receiver, field } => (
            format!("field {}", syms.field(*field).name),
            receiver.iter().map(|b| &**b).collect(),
        ),
        K::ArrayElement { array, index } => ("element".into(), vec![array, index]),
        K::ArrayLength(a) => ("length".into(), vec![a]),
        K::Call {
            method,
            receiver,
            args,
        } => (
            format!("call {}", syms.method_display(*method)),
            receiver.iter().map(|b| &**b).chain(args.iter()).collect(),
        ),
        K::NewObject { ctor, args } => (
            format!("new {}", syms.method_display(*ctor)),
            args.iter().collect(),
        ),
        K::TupleLiteral { elements, .. } => ("tuple".into(), elements.iter().collect()),
        K::NewArray { size, .. } => ("newarr".into(), vec![size]),
        K::Binary {
            op, left, right, ..
        } => (format!("binary {}", op.symbol()), vec![left, right]),
        K::Unary { op, operand, .. } => (format!("unary {op:?}"), vec![operand]),
        K::LogicalAnd(l, r) => ("&&".into(), vec![l, r]),
        K::Coalesce(l, r) => ("??".into(), vec![l, r]),
        K::LogicalOr(l, r) => ("||".into(), vec![l, r]),
        K::Conditional { cond, then, else_ } => ("?:".into(), vec![cond, then, else_]),
        K::Convert { operand, checked } => (
            format!("convert{}", if *checked { " checked" } else { "" }),
            vec![operand],
        ),
        K::Assign { target, value } => ("assign".into(), vec![target, value]),
        K::CompoundAssign {
            op,
            target,
            value,
            postfix,
            ..
        } => (
            format!(
                "compound {}{}",
                op.symbol(),
                if *postfix { " postfix" } else { "" }
            ),
            vec![target, value],
        ),
        K::MdElement { array, indices } => ("md-element".into(), std::iter::once(&**array).chain(indices.iter()).collect()),
        K::NewMdArray { sizes } => ("new-md-array".into(), sizes.iter().collect()),
        K::ArrayLiteral { dims, elements } => (format!("array-literal {dims:?}"), elements.iter().collect()),
        K::Box(o) => ("box".into(), vec![o]),
        K::Unbox(o) => ("unbox".into(), vec![o]),
        K::CastClass(o) => ("castclass".into(), vec![o]),
        K::IsInst(o) => ("isinst".into(), vec![o]),
        K::AsType(o) => ("as-base".into(), vec![o]),
        K::Sequence { side, value } => ("sequence".into(), side.iter().chain(std::iter::once(&**value)).collect()),
        K::AddressOf { operand, is_out } => (if *is_out { "out".into() } else { "ref".into() }, vec![operand]),
        K::Deref(o) => ("deref".into(), vec![o]),
        K::BaseRef => ("base".into(), vec![]),
        K::MethodGroup { receiver, name, .. } => (format!("method group {name}"), receiver.iter().map(|b| &**b).collect()),
        K::UnboundLambda(id) => (format!("lambda {id}"), vec![]),
        K::UnboundNew(id) => (format!("new() {id}"), vec![]),
        K::DefaultLiteral => ("default literal".to_string(), vec![]),
        K::UnconvertedSwitch { .. } => ("switch (unconverted)".to_string(), vec![]),
        K::EventAccess { receiver, event } => (format!("event {}", syms.event(*event).name), receiver.iter().map(|b| &**b).collect()),
        K::NewDelegate { receiver, method, virtual_call } => {
            let how = if *virtual_call { "virtual " } else { "" };
            (format!("new delegate {how}{}", syms.method_display(*method)), receiver.iter().map(|b| &**b).collect())
        }
        K::DefaultValue => ("default".into(), vec![]),
        K::ThrowExpr(v) => ("throw".into(), vec![v]),
        K::TypeToken(t) => (format!("typetoken {}", syms.display(*t)), vec![]),
        K::OpenTypeToken(d) => (format!("typetoken {}<>", syms.def(*d).full_name()), vec![]),
        K::StringConcat(parts) => ("concat".into(), parts.iter().collect()),
    };
    let _ = writeln!(out, "{pad}{label} : {ty}");
    for c in children {
        expr(syms, c, depth + 1, out);
    }
}
