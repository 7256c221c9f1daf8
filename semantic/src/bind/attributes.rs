//! Custom attributes (§22): binding `[Name(args, Member = value)]` to an attribute class, a
//! constructor and constant arguments; checking each against its class's `AttributeUsage`
//! (CS0592, CS0579); and noting the attributes the compiler acts on itself: `[Obsolete]`
//! (a warning or error at each use, [`Binder::check_obsolete`]) and `[Conditional]` (calls
//! left out where the symbol is not defined, [`Binder::conditional_call_removed`]).
//!
//! A section may name what it applies to (`[return: X]`, `[assembly: X]`, §22.3): [`locations`]
//! lists what each declaration offers, and a section naming something else is left out with
//! warning CS0657 or CS0658.
//!
//! Every attribute is bound before any method body, so the bodies see what they say.

use rustc_hash::FxHashMap as HashMap;

use lexer::{Diagnostic, Span};
use parser::ast;

use super::Binder;
use crate::bound::*;
use crate::constant::ConstValue;
use crate::declare::Decls;
use crate::types::*;

/// `AttributeTargets` bits (the values are .NET's).
mod target {
    pub const ASSEMBLY: u32 = 1;
    pub const MODULE: u32 = 2;
    pub const CLASS: u32 = 4;
    pub const STRUCT: u32 = 8;
    pub const ENUM: u32 = 16;
    pub const CONSTRUCTOR: u32 = 32;
    pub const METHOD: u32 = 64;
    pub const PROPERTY: u32 = 128;
    pub const FIELD: u32 = 256;
    pub const EVENT: u32 = 512;
    pub const PARAMETER: u32 = 2048;
    pub const INTERFACE: u32 = 1024;
    pub const DELEGATE: u32 = 4096;
    pub const RETURN_VALUE: u32 = 8192;
    pub const ALL: u32 = 32767;
}

/// The names Roslyn's CS0592 message gives the `AttributeTargets` bits, lowest first.
const TARGET_NAMES: [&str; 15] = [
    "assembly", "module", "class", "struct", "enum", "constructor", "method", "property", "field", "event", "interface",
    "parameter", "delegate", "return", "type parameter",
];

/// Binds the program's attributes, then checks where they stand and notes what the compiler
/// acts on. `[IndexerName]` is consumed by the declaration, `[MethodImpl]` becomes the
/// method's flags, `[StructLayout]`/`[FieldOffset]` the type's layout (`struct_layout.rs`)
/// and the other pseudo-attributes flags and the assembly's identity
/// (`pseudo_attributes.rs`); none is emitted, as Roslyn does.
pub(super) fn bind_attributes(syms: &mut Symbols, decls: &Decls<'_>, diags: &mut Vec<Diagnostic>) -> Vec<BoundAttribute> {
    let mut out = Vec::new();
    let mut spans = Vec::new();
    // A section with a wrong target is reported once, at the target.
    let mut ignored = rustc_hash::FxHashSet::default();
    for &(declared, attrs, scope) in &decls.attributes {
        let places = locations(syms, declared);
        for a in attrs {
            let name = crate::declare::qualified(&a.name);
            if name.ends_with("IndexerName") || name.ends_with("IndexerNameAttribute") {
                continue;
            }
            let targets: Vec<AttrTarget> = match a.target {
                None => places.iter().take(1).map(|p| p.1).collect(),
                Some(t) => places.iter().filter(|p| p.0 == t.text).map(|p| p.1).collect(),
            };
            if let (Some(t), true) = (a.target, targets.is_empty()) {
                if ignored.insert(t.span) {
                    diags.push(wrong_location(&places, t));
                }
                continue;
            }
            for target in targets {
                if let Some(bound) = bind_one(syms, decls, scope, target, a, &name, diags) {
                    out.push(bound);
                    spans.push((a.span, name.clone()));
                }
            }
        }
    }
    let usage = usages(syms, &out);
    check_usage(syms, &out, &spans, &usage, diags);
    super::struct_layout::take_layout_attributes(syms, decls, &mut out, &mut spans, diags);
    super::pseudo_attributes::take_pseudo_attributes(syms, &mut out, &mut spans, diags);
    note_compiler_attributes(syms, &out, &spans, diags);
    out
}

/// The names an attribute section may give its target (§22.3), in the order Roslyn lists
/// them.
const LOCATION_NAMES: [&str; 10] = ["assembly", "module", "type", "method", "field", "property", "event", "param", "return", "typevar"];

/// What the attributes written on `declared` may apply to, each with the name a section
/// gives it; a section that names none applies to the first. A field-like event's
/// `method` is both its accessors.
fn locations(syms: &Symbols, declared: AttrTarget) -> Vec<(&'static str, AttrTarget)> {
    let mut places = Vec::new();
    match declared {
        AttrTarget::Assembly | AttrTarget::Module => {
            places.push(("assembly", AttrTarget::Assembly));
            places.push(("module", AttrTarget::Module));
        }
        AttrTarget::Type(d) => {
            places.push(("type", declared));
            let def = syms.def(d);
            if def.base.is_some_and(|b| syms.display(b) == "System.MulticastDelegate")
                && let Some(&invoke) = def.methods.iter().find(|&&m| syms.method(m).name == "Invoke")
            {
                places.push(("return", AttrTarget::Return(invoke)));
            }
        }
        AttrTarget::Method(m) => {
            places.push(("method", declared));
            let method = syms.method(m);
            // A constructor, static constructor or destructor has no return value.
            let returns = !(method.is_ctor || method.name == ".cctor" || (method.name == "Finalize" && method.params.is_empty()));
            // The hidden `value` of a set, add or remove accessor.
            let value = method.is_accessor && ["set_", "add_", "remove_"].iter().any(|p| method.name.starts_with(p));
            if value {
                places.push(("param", AttrTarget::Param(m, method.params.len() as u16 - 1)));
            }
            if returns {
                places.push(("return", AttrTarget::Return(m)));
            }
        }
        AttrTarget::Property(p) => {
            places.push(("property", declared));
            if let Some(f) = syms.property(p).backing {
                places.push(("field", AttrTarget::Field(f)));
            }
        }
        AttrTarget::Event(e) => {
            places.push(("event", declared));
            let event = syms.event(e);
            if let Some(f) = event.backing {
                places.push(("field", AttrTarget::Field(f)));
                places.push(("method", AttrTarget::Method(event.add)));
                places.push(("method", AttrTarget::Method(event.remove)));
            }
        }
        AttrTarget::Field(_) => places.push(("field", declared)),
        AttrTarget::Param(..) => places.push(("param", declared)),
        AttrTarget::Return(_) => places.push(("return", declared)),
    }
    places
}

/// Warning CS0657 (a location this declaration does not have) or CS0658 (no location at
/// all) for a section whose attributes are then left out.
fn wrong_location(places: &[(&'static str, AttrTarget)], target: ast::Ident<'_>) -> Diagnostic {
    let valid: Vec<&str> = LOCATION_NAMES.iter().copied().filter(|n| places.iter().any(|p| p.0 == *n)).collect();
    let valid = valid.join(", ");
    if LOCATION_NAMES.contains(&target.text) {
        Diagnostic::warning(
            "CS0657",
            target.span,
            format!(
                "'{}' is not a valid attribute location for this declaration. Valid attribute locations for this declaration are '{valid}'. All attributes in this block will be ignored.",
                target.text
            ),
        )
    } else {
        Diagnostic::warning(
            "CS0658",
            target.span,
            format!(
                "'{}' is not a recognized attribute location. Valid attribute locations for this declaration are '{valid}'. All attributes in this block will be ignored.",
                target.text
            ),
        )
    }
}

/// `Member = value`, the form of a named argument, which follows the positional ones (§22.3).
fn named_of<'a>(arg: &ast::Argument<'a>) -> Option<(ast::Ident<'a>, &'a ast::Expr<'a>)> {
    match arg.expr.kind {
        ast::ExprKind::Assign { op: None, target, value } if arg.name.is_none() => match target.kind {
            ast::ExprKind::Name { name, type_args: [] } => Some((name, value)),
            _ => None,
        },
        _ => None,
    }
}

/// One attribute: its class, the constructor its positional arguments choose, and the
/// named arguments' fields and properties.
fn bind_one(
    syms: &mut Symbols,
    decls: &Decls<'_>,
    scope: usize,
    target: AttrTarget,
    a: &ast::Attribute<'_>,
    name: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<BoundAttribute> {
    let sc = &decls.scopes[scope];
    let def = crate::declare::lookup_type_name(syms, sc, &format!("{name}Attribute")).or_else(|| crate::declare::lookup_type_name(syms, sc, name));
    let Some(def) = def else {
        diags.push(Diagnostic::error(
            "CS0246",
            a.name.span,
            format!("The type or namespace name '{name}' could not be found (are you missing a using directive or an assembly reference?)"),
        ));
        return None;
    };
    let attribute = syms.lookup_type("System.Attribute");
    let def_ty = syms.def_ty(def);
    if attribute.is_some_and(|at| {
        let at = syms.def_ty(at);
        !syms.derives_from(def_ty, at)
    }) {
        diags.push(Diagnostic::error("CS0616", a.name.span, format!("'{}' is not an attribute class", syms.display(def_ty))));
        return None;
    }
    let positional: Vec<ast::Argument<'_>> = a.args.iter().filter(|x| named_of(x).is_none()).copied().collect();
    let context = syms.add_detached_method(def);
    let mut b = Binder::new(syms, diags, sc, context);
    let args = b.bind_args(&positional);
    let ctors: Vec<MethodId> = b.syms.def(def).methods.iter().copied().filter(|&m| b.syms.method(m).is_ctor && !b.syms.method(m).is_static).collect();
    let (ctor, args) = b.resolve_overload(&ctors, args, a.span, name)?;
    let mut values = Vec::new();
    for e in &args {
        values.push((b.attribute_constant(e)?, e.ty));
    }
    let mut named = Vec::new();
    for arg in a.args.iter() {
        let Some((member, value)) = named_of(arg) else { continue };
        named.push(b.bind_named_argument(def, member, value)?);
    }
    if b.syms.def(def).full_name() == "System.Runtime.CompilerServices.MethodImplAttribute" {
        // A pseudo-attribute: it becomes the method's ImplFlags.
        if let AttrTarget::Method(m) = target {
            let options = values.first().and_then(|(c, _): &(AttrArg, TyId)| c.as_const()?.as_i64()).unwrap_or(0);
            b.syms.methods[m.0 as usize].impl_options |= options as u16;
            return None;
        }
    }
    Some(BoundAttribute { target, ctor, args: values, named })
}

impl Binder<'_> {
    /// An attribute argument's value: a constant, `typeof` of a closed type (CS0416 for one
    /// with type parameters), an array or a boxed value (CS0182 otherwise).
    fn attribute_constant(&mut self, e: &BoundExpr) -> Option<AttrArg> {
        if let BoundExprKind::Call { method, args, .. } = &e.kind
            && self.syms.method(*method).name == "GetTypeFromHandle"
            && let [BoundExpr { kind: BoundExprKind::TypeToken(t), .. }] = args.as_slice()
        {
            if self.syms.is_open(*t) {
                let shown = self.syms.display(*t);
                self.error("CS0416", e.span, format!("'{shown}': an attribute argument cannot use type parameters"));
                return None;
            }
            return Some(AttrArg::Type(*t));
        }
        // `typeof(C<>)`: the generic definition itself, written by its name `C`1`.
        if let BoundExprKind::Call { method, args, .. } = &e.kind
            && self.syms.method(*method).name == "GetTypeFromHandle"
            && let [BoundExpr { kind: BoundExprKind::OpenTypeToken(d), .. }] = args.as_slice()
        {
            return Some(AttrArg::Type(self.syms.def_ty(*d)));
        }
        // A value converted to `object` (boxed, or a reference type seen as object) keeps its
        // own type, which the blob records.
        if let BoundExprKind::Box(inner) | BoundExprKind::AsType(inner) = &e.kind
            && self.syms.is_special(e.ty, SpecialType::Object)
        {
            let value = self.attribute_constant(inner)?;
            return Some(AttrArg::Boxed { ty: inner.ty, value: Box::new(value) });
        }
        // `new T[] { … }` and `params` arguments: an array of constants, one dimension.
        if let TyKind::Array(elem, 1) = self.syms.kind(e.ty) {
            match &e.kind {
                BoundExprKind::ArrayLiteral { dims, elements } if dims.len() == 1 => {
                    let mut items = Vec::with_capacity(elements.len());
                    for x in elements {
                        items.push(self.attribute_constant(x)?);
                    }
                    return Some(AttrArg::Array { elem, items: Some(items) });
                }
                BoundExprKind::NewArray { size, .. } if size.constant().and_then(ConstValue::as_i64) == Some(0) => {
                    return Some(AttrArg::Array { elem, items: Some(Vec::new()) });
                }
                _ if matches!(e.constant(), Some(ConstValue::Null)) => return Some(AttrArg::Array { elem, items: None }),
                _ => {}
            }
        }
        // decimal is no attribute parameter type (II.23.3 has no encoding for it).
        match e.constant().filter(|c| !matches!(c, ConstValue::Decimal(_))) {
            Some(c) => Some(AttrArg::Const(c.clone())),
            None => {
                if e.ty != Symbols::ERROR {
                    self.error(
                        "CS0182",
                        e.span,
                        "An attribute argument must be a constant expression, typeof expression or array creation expression of an attribute parameter type",
                    );
                }
                None
            }
        }
    }

    /// `Member = value`: a public instance field that is neither readonly nor const, or a
    /// public read-write instance property, of the attribute class or a base (CS0617).
    fn bind_named_argument(&mut self, class: DefId, member: ast::Ident<'_>, value: &ast::Expr<'_>) -> Option<NamedAttributeArg> {
        let mut def = Some(class);
        let mut found = None;
        while let Some(d) = def {
            let t = self.syms.def(d);
            if let Some(&f) = t.fields.iter().find(|&&f| self.syms.field(f).name == member.text) {
                let f = self.syms.field(f);
                let ok = !f.is_static && !f.is_readonly && !f.is_const && f.access == Accessibility::Public;
                found = Some((true, f.ty, ok));
                break;
            }
            if let Some(&p) = t.properties.iter().find(|&&p| self.syms.property(p).name == member.text && !self.syms.property(p).is_indexer) {
                let p = self.syms.property(p);
                let public = |m: Option<MethodId>| m.is_some_and(|m| self.syms.method(m).access == Accessibility::Public);
                let ok = !p.is_static && public(p.getter) && public(p.setter);
                found = Some((false, p.ty, ok));
                break;
            }
            def = t.base.and_then(|b| match self.syms.kind(b) {
                TyKind::Def(bd) => Some(bd),
                _ => None,
            });
        }
        let Some((is_field, ty, ok)) = found else {
            self.error("CS0103", member.span, format!("The name '{}' does not exist in the current context", member.text));
            return None;
        };
        if !ok {
            self.error(
                "CS0617",
                member.span,
                format!(
                    "'{}' is not a valid named attribute argument. Named attribute arguments must be fields which are not readonly, static, or const, or read-write properties which are public and not static.",
                    member.text
                ),
            );
            return None;
        }
        let e = self.bind_expr(value);
        let e = self.convert_implicit(e, ty);
        let value = self.attribute_constant(&e)?;
        Some(NamedAttributeArg { is_field, name: member.text.to_string(), value, ty })
    }
}

/// What `AttributeUsage` says of an attribute class.
#[derive(Clone, Copy)]
struct Usage {
    targets: u32,
    allow_multiple: bool,
}

/// The usage of each attribute class applied: its own `[AttributeUsage]` (in source, from
/// the bound attributes; imported, from metadata), else its base class's, else anywhere once.
fn usages(syms: &Symbols, attrs: &[BoundAttribute]) -> HashMap<DefId, Usage> {
    let usage_class = syms.lookup_type("System.AttributeUsageAttribute");
    let mut own: HashMap<DefId, Usage> = HashMap::default();
    for a in attrs {
        if Some(syms.method(a.ctor).owner) != usage_class {
            continue;
        }
        let AttrTarget::Type(d) = a.target else { continue };
        let targets = a.args.first().and_then(|(c, _)| c.as_const()?.as_i64()).unwrap_or(target::ALL as i64) as u32;
        let allow_multiple = a.named.iter().any(|n| n.name == "AllowMultiple" && matches!(n.value, AttrArg::Const(ConstValue::Bool(true))));
        own.insert(d, Usage { targets, allow_multiple });
    }
    let mut result = HashMap::default();
    for a in attrs {
        let class = syms.method(a.ctor).owner;
        let mut d = Some(class);
        let mut usage = Usage { targets: target::ALL, allow_multiple: false };
        while let Some(cur) = d {
            if let Some(&u) = own.get(&cur) {
                usage = u;
                break;
            }
            if let Some(&(targets, allow_multiple)) = syms.attribute_usage.get(&cur) {
                usage = Usage { targets, allow_multiple };
                break;
            }
            d = syms.def(cur).base.and_then(|b| match syms.kind(b) {
                TyKind::Def(bd) => Some(bd),
                _ => None,
            });
        }
        result.insert(class, usage);
    }
    result
}

/// The `AttributeTargets` bit of what an attribute is applied to.
fn target_bit(syms: &Symbols, target: AttrTarget) -> u32 {
    match target {
        AttrTarget::Type(d) => {
            let t = syms.def(d);
            match t.kind {
                TypeDefKind::Struct => target::STRUCT,
                TypeDefKind::Enum => target::ENUM,
                TypeDefKind::Interface => target::INTERFACE,
                _ if t.base.is_some_and(|b| syms.display(b) == "System.MulticastDelegate") => target::DELEGATE,
                _ => target::CLASS,
            }
        }
        AttrTarget::Method(m) if syms.method(m).is_ctor => target::CONSTRUCTOR,
        AttrTarget::Method(_) => target::METHOD,
        AttrTarget::Field(_) => target::FIELD,
        AttrTarget::Property(_) => target::PROPERTY,
        AttrTarget::Param(..) => target::PARAMETER,
        AttrTarget::Return(_) => target::RETURN_VALUE,
        AttrTarget::Event(_) => target::EVENT,
        AttrTarget::Assembly => target::ASSEMBLY,
        AttrTarget::Module => target::MODULE,
    }
}

/// CS0592 for an attribute where its class's usage does not allow it, CS0579 for a second
/// one on the same declaration when the class does not allow several.
fn check_usage(syms: &Symbols, attrs: &[BoundAttribute], spans: &[(Span, String)], usage: &HashMap<DefId, Usage>, diags: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<(AttrTarget, DefId), usize> = HashMap::default();
    for (a, (span, name)) in attrs.iter().zip(spans) {
        let class = syms.method(a.ctor).owner;
        let Some(&u) = usage.get(&class) else { continue };
        if u.targets & target_bit(syms, a.target) == 0 {
            let valid: Vec<&str> = TARGET_NAMES.iter().enumerate().filter(|(i, _)| u.targets & (1 << i) != 0).map(|(_, n)| *n).collect();
            diags.push(Diagnostic::error(
                "CS0592",
                *span,
                format!("Attribute '{name}' is not valid on this declaration type. It is only valid on '{}' declarations.", valid.join(", ")),
            ));
            continue;
        }
        let count = seen.entry((a.target, class)).or_insert(0);
        *count += 1;
        if *count > 1 && !u.allow_multiple {
            diags.push(Diagnostic::error("CS0579", *span, format!("Duplicate '{name}' attribute")));
        }
    }
}

/// Notes `[Obsolete]` and `[Conditional]` on the program's declarations (CS0578 for a
/// conditional method that returns a value).
fn note_compiler_attributes(syms: &mut Symbols, attrs: &[BoundAttribute], spans: &[(Span, String)], diags: &mut Vec<Diagnostic>) {
    for (a, (span, _)) in attrs.iter().zip(spans) {
        let class = syms.def(syms.method(a.ctor).owner).full_name();
        let text = |i: usize| match a.args.get(i) {
            Some((AttrArg::Const(ConstValue::String(s)), _)) => Some(String::from_utf16_lossy(s)),
            _ => None,
        };
        match class.as_str() {
            "System.ObsoleteAttribute" => {
                let error = matches!(a.args.get(1), Some((AttrArg::Const(ConstValue::Bool(true)), _)));
                syms.obsolete.insert(a.target, (text(0), error));
            }
            "System.Runtime.CompilerServices.CallerLineNumberAttribute" => note_caller_info(syms, a.target, CallerInfo::LineNumber, *span, diags),
            "System.Runtime.CompilerServices.CallerFilePathAttribute" => note_caller_info(syms, a.target, CallerInfo::FilePath, *span, diags),
            "System.Runtime.CompilerServices.CallerMemberNameAttribute" => note_caller_info(syms, a.target, CallerInfo::MemberName, *span, diags),
            "System.Diagnostics.ConditionalAttribute" => {
                let AttrTarget::Method(m) = a.target else { continue };
                if !syms.is_special(syms.method(m).ret, SpecialType::Void) {
                    diags.push(Diagnostic::error(
                        "CS0578",
                        *span,
                        format!("The Conditional attribute is not valid on '{}' because its return type is not void", syms.method_display(m)),
                    ));
                    continue;
                }
                if let Some(symbol) = text(0) {
                    syms.conditional.entry(m).or_default().push(symbol);
                }
            }
            _ => {}
        }
    }
}

/// Records a caller-information parameter: it must be optional (CS4020-CS4022), and the
/// line (an int) or text (a string) must convert to its type (CS4017-CS4019). Of several on
/// one parameter the line number applies, then the file path, as in Roslyn.
fn note_caller_info(syms: &mut Symbols, target: AttrTarget, info: CallerInfo, span: Span, diags: &mut Vec<Diagnostic>) {
    let AttrTarget::Param(m, i) = target else { return };
    let Some(param) = syms.method(m).params.get(i as usize) else { return };
    let (name, code_default, code_type, from) = match info {
        CallerInfo::LineNumber => ("CallerLineNumberAttribute", "CS4020", "CS4017", "int"),
        CallerInfo::FilePath => ("CallerFilePathAttribute", "CS4021", "CS4018", "string"),
        CallerInfo::MemberName => ("CallerMemberNameAttribute", "CS4022", "CS4019", "string"),
    };
    if param.default.is_none() {
        diags.push(Diagnostic::error(code_default, span, format!("The {name} may only be applied to parameters with default values")));
        return;
    }
    // The standard implicit conversions from an int constant or a string a parameter may
    // need (§10.4.2).
    let ty = match syms.kind(param.ty) {
        TyKind::Def(d) => match &syms.def(d).instance_of {
            Some((g, args)) if syms.def(*g).full_name() == "System.Nullable`1" => args[0],
            _ => param.ty,
        },
        _ => param.ty,
    };
    let receives = match info {
        // A constant int converts to every numeric type (§10.2.11) but char.
        CallerInfo::LineNumber => syms.is_special(ty, SpecialType::Object) || syms.special_of(ty).is_some_and(|s| super::conversions::is_numeric(s) && s != SpecialType::Char),
        _ => syms.is_special(param.ty, SpecialType::String) || syms.is_special(param.ty, SpecialType::Object),
    };
    if !receives {
        let shown = syms.display(param.ty);
        diags.push(Diagnostic::error(
            code_type,
            span,
            format!("{name} cannot be applied because there are no standard conversions from type '{from}' to type '{shown}'"),
        ));
        return;
    }
    let slot = syms.caller_info.entry((m, i)).or_insert(info);
    *slot = (*slot).min(info);
}

impl Binder<'_> {
    /// Warning CS0618 (CS0612 without a message) or error CS0619 for a use of something
    /// `[Obsolete]`, unless the use is itself inside an obsolete member or type.
    pub(super) fn check_obsolete(&mut self, target: AttrTarget, what: &str, span: Span) {
        if self.syms.obsolete.is_empty() {
            return;
        }
        let Some((message, error)) = self.syms.obsolete.get(&target).cloned() else { return };
        let here = self.syms.method(self.method);
        let owner = here.owner;
        if self.syms.obsolete.contains_key(&AttrTarget::Method(self.method)) || self.syms.obsolete.contains_key(&AttrTarget::Type(owner)) {
            return;
        }
        let d = match (&message, error) {
            (Some(m), true) => Diagnostic::error("CS0619", span, format!("'{what}' is obsolete: '{m}'")),
            (Some(m), false) => Diagnostic::warning("CS0618", span, format!("'{what}' is obsolete: '{m}'")),
            (None, true) => Diagnostic::error("CS0619", span, format!("'{what}' is obsolete")),
            (None, false) => Diagnostic::warning("CS0612", span, format!("'{what}' is obsolete")),
        };
        self.diags.push(d);
    }

    /// [`Binder::check_obsolete`] for a member access that reads a field or a property.
    pub(super) fn check_obsolete_member(&mut self, e: &BoundExpr, span: Span) {
        if self.syms.obsolete.is_empty() {
            return;
        }
        match &e.kind {
            BoundExprKind::Field { field, .. } => {
                let def = self.syms.field(*field).generic_of.unwrap_or(*field);
                let shown = format!("{}.{}", self.syms.def(self.syms.field(def).owner).full_name(), self.syms.field(def).name);
                self.check_obsolete(AttrTarget::Field(def), &shown, span);
            }
            BoundExprKind::Call { method, .. } if self.syms.method(*method).is_accessor => {
                let def = self.syms.method(*method).generic.as_ref().map_or(*method, |g| g.of);
                let Some(p) = self.syms.properties.iter().position(|p| p.getter == Some(def) || p.setter == Some(def)) else { return };
                let prop = &self.syms.properties[p];
                let shown = format!("{}.{}", self.syms.def(prop.owner).full_name(), prop.name);
                self.check_obsolete(AttrTarget::Property(PropertyId(p as u32)), &shown, span);
            }
            _ => {}
        }
    }

    /// [`Binder::check_obsolete`] for a call of `method` (or a `new` of its class): the
    /// method, then its class.
    pub(super) fn check_obsolete_method(&mut self, method: MethodId, span: Span) {
        let def = self.syms.method(method).generic.as_ref().map_or(method, |g| g.of);
        let shown = self.syms.method_display(def);
        self.check_obsolete(AttrTarget::Method(def), &shown, span);
        let owner = self.syms.method(def).owner;
        let owner = self.syms.def(owner).instance_of.as_ref().map_or(owner, |(g, _)| *g);
        if self.syms.method(def).is_ctor {
            let shown = self.syms.def(owner).full_name();
            self.check_obsolete(AttrTarget::Type(owner), &shown, span);
        }
    }

    /// Whether a call to `method` at `span` is left out: the method is `[Conditional]` and
    /// none of its symbols is defined in the calling file (§22.5.3).
    pub(super) fn conditional_call_removed(&self, method: MethodId, span: Span) -> bool {
        let method = self.syms.method(method).generic.as_ref().map_or(method, |g| g.of);
        let Some(symbols) = self.syms.conditional.get(&method) else { return false };
        let defined = self.syms.defines.get(&span.file);
        !symbols.iter().any(|s| defined.is_some_and(|d| d.contains(s)))
    }
}
