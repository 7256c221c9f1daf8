//! `sharp dump ast`: the tree as indented text, one node per line. Types
//! print in C# syntax (`List<int>[]`), literals with their decoded value.

use std::fmt::Write;

use crate::ast::*;

/// How deep the indentation of a dump goes; deeper nodes print their depth
/// instead (`[5000] Parenthesized`), so a deeply nested program's dump
/// grows with its size, not with the square of its depth.
pub const MAX_INDENT: usize = 64;

/// The indentation of a node at `depth`.
pub fn indent(depth: usize) -> String {
    let mut s = "  ".repeat(depth.min(MAX_INDENT));
    if depth > MAX_INDENT {
        s.push_str(&format!("[{depth}] "));
    }
    s
}

/// Renders a compilation unit as an indented tree.
pub fn dump_ast(unit: &CompilationUnit, _src: &str) -> String {
    let mut d = Dumper { out: String::new(), depth: 0 };
    d.line("CompilationUnit");
    d.nest(|d| {
        for a in unit.attributes {
            d.attribute("GlobalAttribute", a);
        }
        for u in unit.usings {
            d.using(u);
        }
        for m in unit.members {
            d.ns_member(m);
        }
    });
    d.out
}

/// A type in C# syntax.
pub fn type_text(t: &TypeSyntax) -> String {
    match t.kind {
        TypeSyntaxKind::Predefined(p) => p.keyword().to_string(),
        TypeSyntaxKind::Named(parts) => {
            let mut s = String::new();
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    s.push('.');
                }
                s.push_str(p.name.text);
                type_args_text(&mut s, p.type_args);
            }
            s
        }
        TypeSyntaxKind::Array { elem, rank } => {
            // Print `int[][,]` in source order: this rank, then the element's.
            let mut ranks = vec![rank];
            let mut inner = elem;
            while let TypeSyntaxKind::Array { elem, rank } = inner.kind {
                ranks.push(rank);
                inner = elem;
            }
            let mut s = type_text(inner);
            for r in ranks {
                s.push('[');
                for _ in 1..r {
                    s.push(',');
                }
                s.push(']');
            }
            s
        }
        TypeSyntaxKind::Nullable(t) => format!("{}?", type_text(t)),
        TypeSyntaxKind::Omitted => String::new(),
        TypeSyntaxKind::Tuple(elements) => {
            let parts: Vec<String> = elements
                .iter()
                .map(|e| match e.name {
                    Some(n) => format!("{} {}", type_text(e.ty), n.text),
                    None => type_text(e.ty),
                })
                .collect();
            format!("({})", parts.join(", "))
        }
    }
}

fn type_args_text(s: &mut String, args: &[&TypeSyntax]) {
    if args.is_empty() {
        return;
    }
    s.push('<');
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&type_text(a));
    }
    s.push('>');
}

fn qual(n: &QualifiedName) -> String {
    n.parts.iter().map(|p| p.text).collect::<Vec<_>>().join(".")
}

/// `I.` before an explicit interface member's name, or nothing.
fn explicit(t: Option<&TypeSyntax>) -> String {
    t.map(|t| format!("{}.", type_text(t))).unwrap_or_default()
}

fn mods(m: &Modifiers) -> String {
    if m.flags == 0 { String::new() } else { format!(" [{}]", m.names().join(" ")) }
}

fn utf16_text(s: &[u16]) -> String {
    String::from_utf16_lossy(s)
}

struct Dumper {
    out: String,
    depth: usize,
}

impl Dumper {
    fn line(&mut self, text: impl AsRef<str>) {
        self.out.push_str(&indent(self.depth));
        self.out.push_str(text.as_ref());
        self.out.push('\n');
    }

    fn nest(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn using(&mut self, u: &UsingDirective) {
        let mut s = String::from("Using ");
        if u.is_static {
            s.push_str("static ");
        }
        if let Some(a) = u.alias {
            let _ = write!(s, "{} = ", a.text);
        }
        s.push_str(&qual(&u.name));
        self.line(s);
    }

    fn attributes(&mut self, attrs: &[Attribute]) {
        for a in attrs {
            self.attribute("Attribute", a);
        }
    }

    fn attribute(&mut self, what: &str, a: &Attribute) {
        match a.target {
            Some(t) => self.line(format!("{what} {}: {}", t.text, qual(&a.name))),
            None => self.line(format!("{what} {}", qual(&a.name))),
        }
        self.nest(|d| d.args(a.args));
    }

    fn ns_member(&mut self, m: &NamespaceMember) {
        match m {
            NamespaceMember::Namespace(n) => {
                let fs = if n.file_scoped { " (file-scoped)" } else { "" };
                self.line(format!("Namespace {}{fs}", qual(&n.name)));
                self.nest(|d| {
                    for u in n.usings {
                        d.using(u);
                    }
                    for m in n.members {
                        d.ns_member(m);
                    }
                });
            }
            NamespaceMember::Type(t) => self.type_decl(t),
            NamespaceMember::Statement(s) => {
                self.line("TopLevelStatement");
                self.nest(|d| d.stmt(s));
            }
        }
    }

    fn type_decl(&mut self, t: &TypeDecl) {
        let kind = match t.kind {
            TypeKind::Class => "Class",
            TypeKind::Struct => "Struct",
            TypeKind::Interface => "Interface",
            TypeKind::Enum => "Enum",
            TypeKind::Delegate => "Delegate",
        };
        let kind = if t.record.is_some() { "Record" } else { kind };
        let mut s = format!("{kind} {}", t.name.text);
        if !t.type_params.is_empty() {
            let tp: Vec<_> = t.type_params.iter().map(|p| p.text).collect();
            let _ = write!(s, "<{}>", tp.join(", "));
        }
        if !t.bases.is_empty() {
            let bs: Vec<_> = t.bases.iter().map(|b| type_text(b)).collect();
            let _ = write!(s, " : {}", bs.join(", "));
        }
        s.push_str(&mods(&t.modifiers));
        self.line(s);
        self.nest(|d| {
            d.attributes(t.attributes);
            if let Some(head) = t.record {
                if let Some(params) = head.params {
                    d.line("PrimaryConstructor".to_string());
                    d.nest(|d| d.params(params));
                }
                if let Some(args) = head.base_args {
                    d.line("BaseArguments".to_string());
                    d.nest(|d| d.args(args));
                }
            }
            for m in t.members {
                d.member(m);
            }
        });
    }

    fn params(&mut self, params: &[Param]) {
        for p in params {
            let m = match p.modifier {
                ParamModifier::None => "",
                ParamModifier::Ref => "ref ",
                ParamModifier::Out => "out ",
                ParamModifier::In => "in ",
                ParamModifier::Params => "params ",
                ParamModifier::This => "this ",
            };
            self.line(format!("Param {m}{} {}", type_text(p.ty), p.name.text));
            self.nest(|d| {
                d.attributes(p.attributes);
                if let Some(e) = p.default {
                    d.expr(e);
                }
            });
        }
    }

    fn body(&mut self, b: &Option<Body>) {
        match b {
            None => self.line("NoBody"),
            Some(Body::Block(b)) => self.block(b),
            Some(Body::Expr(e)) => {
                self.line("ExprBody");
                self.nest(|d| d.expr(e));
            }
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match p.kind {
            PatternKind::Type { ty, name, .. } => {
                let n = name.map(|n| format!(" {}", n.text)).unwrap_or_default();
                self.line(format!("TypePattern {}{n}", type_text(ty)));
            }
            PatternKind::Constant(e) => {
                self.line("ConstantPattern");
                self.nest(|d| d.expr(e));
            }
            PatternKind::Null => self.line("NullPattern"),
            PatternKind::Not(inner) => {
                self.line("NotPattern");
                self.nest(|d| d.pattern(inner));
            }
            PatternKind::And(a, b) | PatternKind::Or(a, b) => {
                self.line(if matches!(p.kind, PatternKind::And(..)) { "AndPattern" } else { "OrPattern" });
                self.nest(|d| {
                    d.pattern(a);
                    d.pattern(b);
                });
            }
            PatternKind::Relational { op, value } => {
                self.line(format!("RelationalPattern {}", op.symbol()));
                self.nest(|d| d.expr(value));
            }
            PatternKind::Recursive { ty, positional, properties, name } => {
                let t = ty.map(|t| format!(" {}", type_text(t))).unwrap_or_default();
                let n = name.map(|n| format!(" {}", n.text)).unwrap_or_default();
                self.line(format!("RecursivePattern{t}{n}"));
                let subs = |d: &mut Self, what: &str, subs: &[Subpattern]| {
                    d.line(what.to_string());
                    d.nest(|d| {
                        for s in subs {
                            match s.name {
                                Some(n) => {
                                    d.line(format!("{}:", n.text));
                                    d.nest(|d| d.pattern(s.pattern));
                                }
                                None => d.pattern(s.pattern),
                            }
                        }
                    });
                };
                self.nest(|d| {
                    if let Some(p) = positional {
                        subs(d, "Positional", p);
                    }
                    if let Some(p) = properties {
                        subs(d, "Properties", p);
                    }
                });
            }
        }
    }

    fn method(&mut self, what: &str, m: &MethodDecl) {
        let mut s = format!("{what} {}{}", explicit(m.explicit_interface), m.name.text);
        if !m.type_params.is_empty() {
            let tp: Vec<_> = m.type_params.iter().map(|p| p.text).collect();
            let _ = write!(s, "<{}>", tp.join(", "));
        }
        let _ = write!(s, " -> {}{}", type_text(m.return_type), mods(&m.modifiers));
        self.line(s);
        self.nest(|d| {
            d.attributes(m.attributes);
            d.params(m.params);
            d.body(&m.body);
        });
    }

    fn accessors(&mut self, accs: &[Accessor]) {
        for a in accs {
            let k = match a.kind {
                AccessorKind::Get => "get",
                AccessorKind::Set => "set",
                AccessorKind::Init => "init",
                AccessorKind::Add => "add",
                AccessorKind::Remove => "remove",
            };
            self.line(format!("Accessor {k}{}", mods(&a.modifiers)));
            self.nest(|d| {
                d.attributes(a.attributes);
                if a.body.is_some() {
                    d.body(&a.body);
                }
            });
        }
    }

    fn member(&mut self, m: &MemberDecl) {
        match m {
            MemberDecl::Field(f) => {
                self.line(format!("Field {}{}", type_text(f.ty), mods(&f.modifiers)));
                self.nest(|d| {
                    d.attributes(f.attributes);
                    d.declarators(f.declarators);
                });
            }
            MemberDecl::Method(m) => self.method("Method", m),
            MemberDecl::Constructor(c) => {
                self.line(format!("Constructor {}{}", c.name.text, mods(&c.modifiers)));
                self.nest(|d| {
                    d.attributes(c.attributes);
                    d.params(c.params);
                    if let Some(i) = &c.initializer {
                        let k = match i.kind {
                            ConstructorInitializerKind::Base => "base",
                            ConstructorInitializerKind::This => "this",
                        };
                        d.line(format!("Initializer {k}"));
                        d.nest(|d| d.args(i.args));
                    }
                    d.body(&c.body);
                });
            }
            MemberDecl::Destructor(x) => {
                self.line(format!("Destructor ~{}{}", x.name.text, mods(&x.modifiers)));
                self.nest(|d| {
                    d.attributes(x.attributes);
                    d.body(&x.body);
                });
            }
            MemberDecl::Property(p) => {
                self.line(format!(
                    "Property {} {}{}{}",
                    type_text(p.ty),
                    explicit(p.explicit_interface),
                    p.name.text,
                    mods(&p.modifiers)
                ));
                self.nest(|d| {
                    d.attributes(p.attributes);
                    d.accessors(p.accessors);
                    if let Some(e) = p.expr_body {
                        d.line("ExprBody");
                        d.nest(|d| d.expr(e));
                    }
                    if let Some(e) = p.initializer {
                        d.line("Initializer");
                        d.nest(|d| d.expr(e));
                    }
                });
            }
            MemberDecl::Event(e) => {
                let names: Vec<&str> = e.declarators.iter().map(|d| d.name.text).collect();
                self.line(format!("Event {} {}{}", type_text(e.ty), names.join(", "), mods(&e.modifiers)));
                self.nest(|d| {
                    d.attributes(e.attributes);
                    if let Some(acc) = e.accessors {
                        d.accessors(acc);
                    }
                });
            }
            MemberDecl::Indexer(p) => {
                let iface = p.explicit_interface.map(|t| format!(" {}.this", type_text(t))).unwrap_or_default();
                self.line(format!("Indexer {}{iface}{}", type_text(p.ty), mods(&p.modifiers)));
                self.nest(|d| {
                    d.attributes(p.attributes);
                    d.params(p.params);
                    d.accessors(p.accessors);
                    if let Some(e) = p.expr_body {
                        d.line("ExprBody");
                        d.nest(|d| d.expr(e));
                    }
                });
            }
            MemberDecl::NestedType(t) => self.type_decl(t),
            MemberDecl::EnumMember(e) => {
                self.line(format!("EnumMember {}", e.name.text));
                self.nest(|d| {
                    d.attributes(e.attributes);
                    if let Some(v) = e.value {
                        d.expr(v);
                    }
                });
            }
            MemberDecl::Operator(o) => {
                let what = match o.kind {
                    OperatorKind::Implicit | OperatorKind::Explicit => format!("{} operator", o.kind.symbol()),
                    k => format!("operator {}", k.symbol()),
                };
                let arity = match o.kind {
                    OperatorKind::Unary(_) => " unary",
                    OperatorKind::Binary(_) => " binary",
                    _ => "",
                };
                self.line(format!("Operator {what}{arity} -> {}{}", type_text(o.return_type), mods(&o.modifiers)));
                self.nest(|d| {
                    d.attributes(o.attributes);
                    d.params(o.params);
                    d.body(&o.body);
                });
            }
            MemberDecl::Error(_) => self.line("ErrorMember"),
        }
    }

    fn declarators(&mut self, ds: &[VariableDeclarator]) {
        for v in ds {
            self.line(format!("Declarator {}", v.name.text));
            if let Some(e) = v.init {
                self.nest(|d| d.expr(e));
            }
        }
    }

    fn block(&mut self, b: &Block) {
        self.line("Block");
        self.nest(|d| {
            for s in b.stmts {
                d.stmt(s);
            }
        });
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Block(b) => self.block(b),
            StmtKind::Empty => self.line("Empty"),
            StmtKind::LocalDecl { ty, declarators, is_const } => {
                let c = if *is_const { "const " } else { "" };
                self.line(format!("LocalDecl {c}{}", type_text(ty)));
                self.nest(|d| d.declarators(declarators));
            }
            StmtKind::Expr(e) => {
                self.line("ExprStmt");
                self.nest(|d| d.expr(e));
            }
            StmtKind::If { cond, then, else_ } => {
                self.line("If");
                self.nest(|d| {
                    d.expr(cond);
                    d.stmt(then);
                    if let Some(e) = else_ {
                        d.line("Else");
                        d.nest(|d| d.stmt(e));
                    }
                });
            }
            StmtKind::While { cond, body } => {
                self.line("While");
                self.nest(|d| {
                    d.expr(cond);
                    d.stmt(body);
                });
            }
            StmtKind::DoWhile { body, cond } => {
                self.line("DoWhile");
                self.nest(|d| {
                    d.stmt(body);
                    d.expr(cond);
                });
            }
            StmtKind::For { init, cond, iter, body } => {
                self.line("For");
                self.nest(|d| {
                    match init {
                        ForInit::None => d.line("Init none"),
                        ForInit::Decl { ty, declarators } => {
                            d.line(format!("Init decl {}", type_text(ty)));
                            d.nest(|d| d.declarators(declarators));
                        }
                        ForInit::Exprs(es) => {
                            d.line("Init exprs");
                            d.nest(|d| es.iter().for_each(|e| d.expr(e)));
                        }
                    }
                    match cond {
                        Some(c) => {
                            d.line("Cond");
                            d.nest(|d| d.expr(c));
                        }
                        None => d.line("Cond none"),
                    }
                    d.line("Iter");
                    d.nest(|d| iter.iter().for_each(|e| d.expr(e)));
                    d.stmt(body);
                });
            }
            StmtKind::Foreach { ty, name, expr, body } => {
                self.line(format!("Foreach {} {}", type_text(ty), name.text));
                self.nest(|d| {
                    d.expr(expr);
                    d.stmt(body);
                });
            }
            StmtKind::ForeachDeconstruct { target, expr, body } => {
                self.line("ForeachDeconstruct");
                self.nest(|d| {
                    d.expr(target);
                    d.expr(expr);
                    d.stmt(body);
                });
            }
            StmtKind::Break => self.line("Break"),
            StmtKind::Continue => self.line("Continue"),
            StmtKind::Return(e) => {
                self.line("Return");
                if let Some(e) = e {
                    self.nest(|d| d.expr(e));
                }
            }
            StmtKind::Throw(e) => {
                self.line("Throw");
                if let Some(e) = e {
                    self.nest(|d| d.expr(e));
                }
            }
            StmtKind::Switch { expr, sections } => {
                self.line("Switch");
                self.nest(|d| {
                    d.expr(expr);
                    for sec in sections.iter() {
                        d.line("Section");
                        d.nest(|d| {
                            for l in sec.labels {
                                match l {
                                    SwitchLabel::Case(e) => {
                                        d.line("Case");
                                        d.nest(|d| d.expr(e));
                                    }
                                    SwitchLabel::Pattern { pattern, guard } => {
                                        d.line("Case");
                                        d.nest(|d| {
                                            d.pattern(pattern);
                                            if let Some(g) = guard {
                                                d.wrap("When", g);
                                            }
                                        });
                                    }
                                    SwitchLabel::Default => d.line("Default"),
                                }
                            }
                            for s in sec.stmts {
                                d.stmt(s);
                            }
                        });
                    }
                });
            }
            StmtKind::GotoLabel(n) => self.line(format!("Goto {}", n.text)),
            StmtKind::GotoCase(e) => {
                self.line("GotoCase");
                self.nest(|d| d.expr(e));
            }
            StmtKind::GotoDefault => self.line("GotoDefault"),
            StmtKind::Labeled { label, stmt } => {
                self.line(format!("Label {}", label.text));
                self.nest(|d| d.stmt(stmt));
            }
            StmtKind::Try { block, catches, finally } => {
                self.line("Try");
                self.nest(|d| {
                    d.block(block);
                    for c in catches.iter() {
                        let mut s = String::from("Catch");
                        if let Some(t) = c.ty {
                            let _ = write!(s, " {}", type_text(t));
                        }
                        if let Some(n) = c.name {
                            let _ = write!(s, " {}", n.text);
                        }
                        d.line(s);
                        d.nest(|d| {
                            if let Some(f) = c.filter {
                                d.line("When");
                                d.nest(|d| d.expr(f));
                            }
                            d.block(&c.block);
                        });
                    }
                    if let Some(f) = finally {
                        d.line("Finally");
                        d.nest(|d| d.block(f));
                    }
                });
            }
            StmtKind::Checked(b) => {
                self.line("Checked");
                self.nest(|d| d.block(b));
            }
            StmtKind::Unchecked(b) => {
                self.line("Unchecked");
                self.nest(|d| d.block(b));
            }
            StmtKind::LocalFunction(m) => self.method("LocalFunction", m),
            StmtKind::Using { resource, body } => {
                self.line("Using");
                self.nest(|d| {
                    match resource {
                        UsingResource::Decl { ty, declarators } => {
                            d.line(format!("Decl {}", type_text(ty)));
                            d.nest(|d| d.declarators(declarators));
                        }
                        UsingResource::Expr(e) => d.expr(e),
                    }
                    d.stmt(body);
                });
            }
            StmtKind::YieldReturn(e) => {
                self.line("YieldReturn");
                self.nest(|d| d.expr(e));
            }
            StmtKind::YieldBreak => self.line("YieldBreak"),
            StmtKind::UsingDecl { ty, declarators } => {
                self.line(format!("UsingDecl {}", type_text(ty)));
                self.nest(|d| {
                    for v in declarators.iter() {
                        d.line(format!("Declarator {}", v.name.text));
                        if let Some(i) = v.init {
                            d.nest(|d| d.expr(i));
                        }
                    }
                });
            }
            StmtKind::Lock { expr, body } => {
                self.line("Lock");
                self.nest(|d| {
                    d.expr(expr);
                    d.stmt(body);
                });
            }
            StmtKind::Error => self.line("ErrorStmt"),
        }
    }

    /// A `new` expression's arguments and initializer.
    fn new_parts(&mut self, args: &[Argument], initializer: &Option<&[&Expr]>) {
        self.nest(|d| {
            d.args(args);
            if let Some(init) = initializer {
                d.line("Initializer");
                d.nest(|d| init.iter().for_each(|e| d.expr(e)));
            }
        });
    }

    fn args(&mut self, args: &[Argument]) {
        for a in args {
            let mut s = String::from("Arg");
            if let Some(n) = a.name {
                let _ = write!(s, " {}:", n.text);
            }
            match a.modifier {
                ArgModifier::None => {}
                ArgModifier::Ref => s.push_str(" ref"),
                ArgModifier::Out => s.push_str(" out"),
                ArgModifier::In => s.push_str(" in"),
            }
            if let Some((ty, name)) = a.out_decl {
                let _ = write!(s, " decl {} {}", type_text(ty), name.text);
                self.line(s);
                continue;
            }
            self.line(s);
            self.nest(|d| d.expr(a.expr));
        }
    }

    fn type_args_suffix(args: &[&TypeSyntax]) -> String {
        let mut s = String::new();
        type_args_text(&mut s, args);
        s
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Literal(l) => self.line(match l {
                Literal::Int { value, suffix } => format!("Int {value}{}", int_suffix(*suffix)),
                Literal::Real { value, suffix } => format!("Real {value:?}{}", real_suffix(*suffix)),
                Literal::Decimal(value) => format!("Decimal {value}m"),
                Literal::Char(c) => format!("Char {:?}", utf16_text(&[*c])),
                Literal::String(s) => format!("String {:?}", utf16_text(s)),
                Literal::Bool(b) => format!("Bool {b}"),
                Literal::Null => "Null".to_string(),
            }),
            ExprKind::Name { name, type_args } => {
                self.line(format!("Name {}{}", name.text, Self::type_args_suffix(type_args)))
            }
            ExprKind::PredefinedType(p) => self.line(format!("PredefinedType {}", p.keyword())),
            ExprKind::MemberAccess { target, name, type_args } => {
                self.line(format!("MemberAccess .{}{}", name.text, Self::type_args_suffix(type_args)));
                self.nest(|d| d.expr(target));
            }
            ExprKind::Invocation { callee, args } => {
                self.line("Invocation");
                self.nest(|d| {
                    d.expr(callee);
                    d.args(args);
                });
            }
            ExprKind::ElementAccess { target, args } => {
                self.line("ElementAccess");
                self.nest(|d| {
                    d.expr(target);
                    d.args(args);
                });
            }
            ExprKind::Unary { op, operand } => {
                let o = match op {
                    UnaryOp::Plus => "+",
                    UnaryOp::Minus => "-",
                    UnaryOp::Not => "!",
                    UnaryOp::BitNot => "~",
                };
                self.line(format!("Unary {o}"));
                self.nest(|d| d.expr(operand));
            }
            ExprKind::PreIncrement(x) => self.wrap("PreIncrement", x),
            ExprKind::PreDecrement(x) => self.wrap("PreDecrement", x),
            ExprKind::PostIncrement(x) => self.wrap("PostIncrement", x),
            ExprKind::PostDecrement(x) => self.wrap("PostDecrement", x),
            ExprKind::Binary { op, left, right } => {
                self.line(format!("Binary {}", op.symbol()));
                self.nest(|d| {
                    d.expr(left);
                    d.expr(right);
                });
            }
            ExprKind::Assign { op, target, value } => {
                let o = op.map(|o| format!("{}=", o.symbol())).unwrap_or_else(|| "=".to_string());
                self.line(format!("Assign {o}"));
                self.nest(|d| {
                    d.expr(target);
                    d.expr(value);
                });
            }
            ExprKind::Conditional { cond, then, else_ } => {
                self.line("Conditional");
                self.nest(|d| {
                    d.expr(cond);
                    d.expr(then);
                    d.expr(else_);
                });
            }
            ExprKind::Cast { ty, expr } => {
                self.line(format!("Cast {}", type_text(ty)));
                self.nest(|d| d.expr(expr));
            }
            ExprKind::New { ty, args, initializer } => {
                self.line(format!("New {}", type_text(ty)));
                self.new_parts(args, initializer);
            }
            ExprKind::TargetTypedNew { args, initializer } => {
                self.line("New (target-typed)".to_string());
                self.new_parts(args, initializer);
            }
            ExprKind::ArrayCreation { elem, sizes, rank, initializer } => {
                self.line(format!("ArrayCreation {} rank {rank}", type_text(elem)));
                self.nest(|d| {
                    sizes.iter().for_each(|e| d.expr(e));
                    if let Some(init) = initializer {
                        d.array_init(init);
                    }
                });
            }
            ExprKind::ImplicitArrayCreation { initializer, rank } => {
                self.line(format!("ImplicitArrayCreation rank {rank}"));
                self.nest(|d| d.array_init(initializer));
            }
            ExprKind::ArrayInitializer(init) => self.array_init(init),
            ExprKind::This => self.line("This"),
            ExprKind::Base => self.line("Base"),
            ExprKind::Typeof(t) => self.line(format!("Typeof {}", type_text(t))),
            ExprKind::Default(t) => match t {
                Some(t) => self.line(format!("Default {}", type_text(t))),
                None => self.line("Default"),
            },
            ExprKind::Tuple(args) => {
                self.line("Tuple");
                self.nest(|d| d.args(args));
            }
            ExprKind::Declaration { ty, name } => self.line(format!("Declaration {} {}", type_text(ty), name.text)),
            // The call a query clause became, shown as the call.
            ExprKind::QueryCall { call: expr, .. } | ExprKind::Query { expr, .. } => self.expr(expr),
            ExprKind::AnonymousObject(members) => {
                self.line("AnonymousObject".to_string());
                self.nest(|d| {
                    for m in members.iter() {
                        d.line(format!("Member {}", m.name.text));
                        d.nest(|d| d.expr(m.value));
                    }
                });
            }
            ExprKind::With { expr, initializers } => {
                self.line("With");
                self.nest(|d| {
                    d.expr(expr);
                    initializers.iter().for_each(|e| d.expr(e));
                });
            }
            ExprKind::Switch { expr, arms } => {
                self.line("Switch");
                self.nest(|d| {
                    d.expr(expr);
                    for arm in arms.iter() {
                        d.line("Arm");
                        d.nest(|d| {
                            d.pattern(arm.pattern);
                            if let Some(g) = arm.guard {
                                d.wrap("When", g);
                            }
                            d.expr(arm.value);
                        });
                    }
                });
            }
            ExprKind::IsPattern { expr, pattern } => {
                self.line("IsPattern");
                self.nest(|d| {
                    d.expr(expr);
                    d.pattern(pattern);
                });
            }
            ExprKind::Nameof(x) => self.wrap("Nameof", x),
            ExprKind::Sizeof(t) => self.line(format!("Sizeof {}", type_text(t))),
            ExprKind::As { expr, ty } => {
                self.line(format!("As {}", type_text(ty)));
                self.nest(|d| d.expr(expr));
            }
            ExprKind::Checked(x) => self.wrap("Checked", x),
            ExprKind::Unchecked(x) => self.wrap("Unchecked", x),
            ExprKind::Parenthesized(x) => self.wrap("Parenthesized", x),
            ExprKind::InterpolatedString(parts) => {
                self.line("InterpolatedString");
                self.nest(|d| {
                    for p in parts.iter() {
                        match p {
                            InterpolationPart::Text(t) => d.line(format!("Text {:?}", utf16_text(t))),
                            InterpolationPart::Hole { expr, alignment, format, .. } => {
                                let f = format.map(|f| format!(" format {:?}", utf16_text(f))).unwrap_or_default();
                                d.line(format!("Hole{f}"));
                                d.nest(|d| {
                                    d.expr(expr);
                                    if let Some(a) = alignment {
                                        d.line("Alignment");
                                        d.nest(|d| d.expr(a));
                                    }
                                });
                            }
                        }
                    }
                });
            }
            ExprKind::ConditionalAccess { target, access } => {
                self.line("ConditionalAccess");
                self.nest(|d| {
                    d.expr(target);
                    d.expr(access);
                });
            }
            ExprKind::ConditionalReceiver => self.line("ConditionalReceiver"),
            ExprKind::InitializerTarget => self.line("InitializerTarget"),
            ExprKind::Throw(x) => self.wrap("ThrowExpr", x),
            ExprKind::Lambda(l) => {
                let ps: Vec<String> = l
                    .params
                    .iter()
                    .map(|p| match p.ty {
                        Some(t) => format!("{} {}", type_text(t), p.name.text),
                        None => p.name.text.to_string(),
                    })
                    .collect();
                let kind = if l.anonymous_method { "AnonymousMethod" } else { "Lambda" };
                self.line(format!("{kind} ({})", ps.join(", ")));
                self.nest(|d| d.body(&Some(l.body)));
            }
            ExprKind::FromEnd(e) => self.wrap("FromEnd", e),
            ExprKind::Range { start, end } => {
                self.line("Range");
                self.nest(|d| {
                    for part in [start, end] {
                        match part {
                            Some(e) => d.expr(e),
                            None => d.line("Open"),
                        }
                    }
                });
            }
            ExprKind::Error => self.line("ErrorExpr"),
        }
    }

    fn wrap(&mut self, what: &str, e: &Expr) {
        self.line(what);
        self.nest(|d| d.expr(e));
    }

    fn array_init(&mut self, init: &ArrayInitializer) {
        self.line("ArrayInitializer");
        self.nest(|d| init.elements.iter().for_each(|e| d.expr(e)));
    }
}

fn int_suffix(s: IntSuffix) -> &'static str {
    match s {
        IntSuffix::None => "",
        IntSuffix::U => "u",
        IntSuffix::L => "L",
        IntSuffix::UL => "UL",
    }
}

fn real_suffix(s: RealSuffix) -> &'static str {
    match s {
        RealSuffix::None => "",
        RealSuffix::F => "f",
        RealSuffix::D => "d",
        RealSuffix::M => "m",
    }
}
