//! Importing referenced assemblies: their metadata becomes symbols.
//!
//! This is the only way the compiler learns about the core library: every
//! type, method and field of `System` comes from the tables of the
//! referenced `mscorlib.dll`, read through the `metadata` crate.

use rustc_hash::FxHashMap as HashMap;

use metadata::signature::{TypeSig, decode_field_sig, decode_method_sig};
use metadata::{Image, TableId, Token};

use crate::constant::ConstValue;
use crate::types::*;

/// Flags of ECMA-335 II.23.1.15 (TypeAttributes) and II.23.1.10
/// (MethodAttributes), II.23.1.5 (FieldAttributes).
const TYPE_INTERFACE: u32 = 0x20;
const TYPE_ABSTRACT: u32 = 0x80;
const TYPE_SEALED: u32 = 0x100;
const VISIBILITY_MASK: u32 = 0x7;
const METHOD_STATIC: u16 = 0x10;
const METHOD_VIRTUAL: u16 = 0x40;
const METHOD_FINAL: u16 = 0x20;
const METHOD_NEW_SLOT: u16 = 0x100;
const METHOD_ABSTRACT: u16 = 0x400;
const METHOD_SPECIAL_NAME: u16 = 0x800;
const FIELD_STATIC: u16 = 0x10;
const FIELD_INIT_ONLY: u16 = 0x20;
const FIELD_LITERAL: u16 = 0x40;
const PARAM_OUT: u16 = 0x2;

fn member_access(flags: u16) -> Accessibility {
    match flags & 0x7 {
        6 => Accessibility::Public,
        3 => Accessibility::Internal,
        5 => Accessibility::ProtectedInternal,
        2 => Accessibility::PrivateProtected,
        4 => Accessibility::Protected,
        _ => Accessibility::Private,
    }
}

/// An error in a referenced assembly, reported against the reference.
#[derive(Debug)]
pub struct ImportError(pub String);

struct Importer<'a> {
    img: &'a Image,
    asm: AsmId,
    /// TypeDef row → its symbol.
    rows: HashMap<u32, DefId>,
    /// What VAR and MVAR mean in the signature being read: the type
    /// parameters of the type and of the method it belongs to.
    ctx: std::cell::RefCell<(Vec<DefId>, Vec<DefId>)>,
    /// The CustomAttribute rows (indices) of each parent: looked up once per type, method
    /// and parameter, so a scan of the table each time would be quadratic.
    attributes: HashMap<Token, Vec<usize>>,
}

/// The value of a DecimalConstantAttribute blob (II.23.3): the prolog, then
/// scale and sign as bytes, then the high, middle and low 32 bits.
fn decimal_constant(blob: &[u8]) -> Option<ConstValue> {
    let b = blob.get(..16)?;
    let word = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    let (hi, mid, lo) = (word(4), word(8), word(12));
    let v = crate::Decimal::from_parts(lo as i32, mid as i32, hi as i32, b[3] != 0, b[2])?;
    Some(ConstValue::Decimal(v))
}

/// Adds every type of `img` with its fields, methods and properties.
pub fn import_assembly(syms: &mut Symbols, img: &Image, asm: AsmId) -> Result<(), ImportError> {
    let err = |e: metadata::MetadataError| ImportError(e.to_string());
    let mut imp = Importer {
        img,
        asm,
        rows: HashMap::default(),
        ctx: Default::default(),
        attributes: {
            let mut by_parent: HashMap<Token, Vec<usize>> = HashMap::default();
            for (i, a) in img.tables.custom_attribute.iter().enumerate() {
                by_parent.entry(a.parent).or_default().push(i);
            }
            by_parent
        },
    };
    // Pass 1: every type by name, so signatures can refer to any of them;
    // a nested type (NestedClass, II.22.32) after the type enclosing it.
    let enclosing_of: HashMap<u32, u32> = img.tables.nested_class.iter().map(|n| (n.nested_class, n.enclosing_class)).collect();
    let mut todo: Vec<u32> = (1..=img.tables.type_def.len() as u32).collect();
    loop {
        let mut deferred = Vec::new();
        for &r in &todo {
            let row = &img.tables.type_def[r as usize - 1];
            let name = img.string(row.name).map_err(err)?.to_string();
            let mut namespace = img.string(row.namespace).map_err(err)?.to_string();
            let visibility = row.flags & VISIBILITY_MASK;
            let enclosing = match enclosing_of.get(&r) {
                Some(outer) => match imp.rows.get(outer) {
                    Some(&e) => Some(e),
                    None if todo.contains(outer) => {
                        deferred.push(r);
                        continue;
                    }
                    None => continue, // inside a type not imported
                },
                None => None,
            };
            // Private and internal nested types are not reachable from
            // another assembly.
            if name == "<Module>" || (enclosing.is_some() && matches!(visibility, 3 | 5 | 6)) {
                continue;
            }
            if let Some(e) = enclosing {
                namespace = syms.def(e).full_name();
            }
            let special = if enclosing.is_none() { SpecialType::from_full_name(&namespace, &name) } else { None };
            let kind = if row.flags & TYPE_INTERFACE != 0 { TypeDefKind::Interface } else { TypeDefKind::Class };
            let mut def = TypeDef::new(name, namespace, kind, Origin::Metadata { asm, row: r });
            def.special = special;
            def.access = match visibility {
                1 | 2 => Accessibility::Public,
                4 => Accessibility::Protected,
                7 => Accessibility::ProtectedInternal,
                _ => Accessibility::Internal,
            };
            def.is_static = row.flags & TYPE_ABSTRACT != 0 && row.flags & TYPE_SEALED != 0;
            def.is_sealed = row.flags & TYPE_SEALED != 0;
            def.is_abstract = row.flags & TYPE_ABSTRACT != 0;
            def.enclosing = enclosing;
            let id = syms.add_def(def);
            imp.rows.insert(r, id);
        }
        if deferred.is_empty() || deferred.len() == todo.len() {
            break;
        }
        todo = deferred;
    }
    // Attribute classes' AttributeUsage, for checking where the program applies them.
    for (&r, &d) in &imp.rows {
        if let Some(usage) = imp.attribute_value(Token::new(TableId::TypeDef, r), "System.AttributeUsageAttribute").and_then(decode_usage) {
            syms.attribute_usage.insert(d, usage);
        }
    }
    // Generic types' parameters (GenericParam, II.22.20), before any
    // signature mentions them.
    for gp in &img.tables.generic_param {
        if gp.owner.table() != Some(TableId::TypeDef) {
            continue;
        }
        let Some(&d) = imp.rows.get(&gp.owner.row()) else { continue };
        let name = img.string(gp.name).map_err(err)?.to_string();
        let p = imp.type_param(syms, name, gp.number as u32, gp.flags, ParamOwner::Type(d));
        syms.def_mut(d).type_params.push(p);
    }
    // Pass 2: base types decide class, struct or enum.
    let mut rows: Vec<(u32, DefId)> = imp.rows.iter().map(|(&r, &d)| (r, d)).collect();
    rows.sort();
    for &(r, d) in &rows {
        let extends = img.tables.type_def[r as usize - 1].extends;
        if extends.is_nil() {
            continue;
        }
        imp.enter_type(syms, d);
        let Some(base) = imp.resolve_token(syms, extends) else {
            continue;
        };
        let kind = match syms.special_of(base) {
            Some(SpecialType::ValueType) if syms.def(d).special != Some(SpecialType::Enum) => {
                TypeDefKind::Struct
            }
            Some(SpecialType::Enum) => TypeDefKind::Enum,
            _ => syms.def(d).kind,
        };
        let def = syms.def_mut(d);
        def.base = Some(base);
        def.kind = kind;
    }
    // The interfaces each type implements (II.22.23).
    for row in &img.tables.interface_impl {
        let Some(&d) = imp.rows.get(&row.class) else { continue };
        imp.enter_type(syms, d);
        if let Some(t) = imp.resolve_token(syms, row.interface) {
            syms.def_mut(d).interfaces.push(t);
        }
    }
    // Constraints of the types' parameters (GenericParamConstraint).
    imp.import_constraints(syms, TableId::TypeDef);
    // Pass 3: members.
    for &(r, d) in &rows {
        imp.enter_type(syms, d);
        imp.import_members(syms, r, d).map_err(err)?;
    }
    imp.import_constraints(syms, TableId::MethodDef);
    imp.import_properties(syms).map_err(err)?;
    Ok(())
}

impl Importer<'_> {
    fn type_param(&self, syms: &mut Symbols, name: String, index: u32, flags: u16, owner: ParamOwner) -> DefId {
        let mut def = TypeDef::new(name, String::new(), TypeDefKind::TypeParam, Origin::Metadata { asm: self.asm, row: 0 });
        def.base = syms.special_def(SpecialType::Object).map(|o| syms.def_ty(o));
        if flags & 0x8 != 0 {
            def.base = syms.special_def(SpecialType::ValueType).map(|o| syms.def_ty(o));
        }
        def.param = Some(Box::new(TypeParamInfo {
            index,
            owner,
            variance: match flags & 0x3 {
                1 => Variance::Covariant,
                2 => Variance::Contravariant,
                _ => Variance::Invariant,
            },
            reference: flags & 0x4 != 0,
            value: flags & 0x8 != 0,
            ctor: flags & 0x18 != 0,
            bounds: Vec::new(),
        }));
        let d = syms.add_instance_def(def);
        syms.def_ty(d);
        d
    }

    /// Reads signatures in the context of type `d`'s parameters.
    fn enter_type(&self, syms: &Symbols, d: DefId) {
        *self.ctx.borrow_mut() = (syms.def(d).type_params.clone(), Vec::new());
    }

    /// GenericParamConstraint rows of the parameters owned by `table`'s rows.
    fn import_constraints(&self, syms: &mut Symbols, table: TableId) {
        let img = self.img;
        for c in &img.tables.generic_param_constraint {
            let Some(gp) = img.tables.generic_param.get((c.owner as usize).wrapping_sub(1)) else { continue };
            if gp.owner.table() != Some(table) {
                continue;
            }
            let Some(p) = self.param_def(syms, gp.owner, gp.number as u32) else { continue };
            // The constraint is read in its owner's context.
            let (tps, mps) = match syms.def(p).param.as_ref().map(|i| i.owner) {
                Some(ParamOwner::Type(d)) => (syms.def(d).type_params.clone(), Vec::new()),
                Some(ParamOwner::Method(m)) => {
                    let owner = syms.method(m).owner;
                    (syms.def(owner).type_params.clone(), syms.method(m).type_params.clone())
                }
                None => continue,
            };
            *self.ctx.borrow_mut() = (tps, mps);
            let Some(t) = self.resolve_token(syms, c.constraint) else { continue };
            let is_interface = matches!(syms.kind(t), TyKind::Def(d) if syms.def(d).kind == TypeDefKind::Interface);
            let is_param = syms.is_type_param(t);
            // `struct` is written as the constraint System.ValueType.
            let is_value_type = syms.is_special(t, SpecialType::ValueType);
            let def = syms.def_mut(p);
            if is_interface {
                def.interfaces.push(t);
            } else if is_param {
                if let Some(i) = def.param.as_mut() {
                    i.bounds.push(t);
                }
            } else {
                def.base = Some(t);
                if let Some(i) = def.param.as_mut() {
                    i.reference = !is_value_type;
                }
            }
        }
    }

    /// The type parameter `number` of a TypeDef or MethodDef owner.
    fn param_def(&self, syms: &Symbols, owner: Token, number: u32) -> Option<DefId> {
        match owner.table()? {
            TableId::TypeDef => self.rows.get(&owner.row()).and_then(|&d| syms.def(d).type_params.get(number as usize).copied()),
            TableId::MethodDef => syms
                .methods
                .iter()
                .find(|m| m.origin == Origin::Metadata { asm: self.asm, row: owner.row() })
                .and_then(|m| m.type_params.get(number as usize).copied()),
            _ => None,
        }
    }

    fn resolve_token(&self, syms: &mut Symbols, tok: Token) -> Option<TyId> {
        match tok.table()? {
            TableId::TypeSpec => {
                let row = self.img.tables.type_spec.get((tok.row() as usize).wrapping_sub(1))?;
                let sig = metadata::decode_type_spec(self.img.blob(row.signature).ok()?).ok()?;
                self.sig_ty(syms, &sig)
            }
            TableId::TypeDef => self.rows.get(&tok.row()).map(|&d| syms.def_ty(d)),
            TableId::TypeRef => {
                let name = self.img.type_ref_full_name(tok.row()).ok()?;
                syms.lookup_type(&name).map(|d| syms.def_ty(d))
            }
            _ => None,
        }
    }

    /// A signature type as a symbol type; `None` when it mentions a type
    /// that is not imported (such members are skipped).
    fn sig_ty(&self, syms: &mut Symbols, sig: &TypeSig) -> Option<TyId> {
        let sp = |syms: &mut Symbols, s| syms.special_def(s).map(|d| syms.def_ty(d));
        match sig {
            TypeSig::Void => sp(syms, SpecialType::Void),
            TypeSig::Boolean => sp(syms, SpecialType::Boolean),
            TypeSig::Char => sp(syms, SpecialType::Char),
            TypeSig::I1 => sp(syms, SpecialType::SByte),
            TypeSig::U1 => sp(syms, SpecialType::Byte),
            TypeSig::I2 => sp(syms, SpecialType::Int16),
            TypeSig::U2 => sp(syms, SpecialType::UInt16),
            TypeSig::I4 => sp(syms, SpecialType::Int32),
            TypeSig::U4 => sp(syms, SpecialType::UInt32),
            TypeSig::I8 => sp(syms, SpecialType::Int64),
            TypeSig::U8 => sp(syms, SpecialType::UInt64),
            TypeSig::R4 => sp(syms, SpecialType::Single),
            TypeSig::R8 => sp(syms, SpecialType::Double),
            TypeSig::String => sp(syms, SpecialType::String),
            TypeSig::Object => sp(syms, SpecialType::Object),
            TypeSig::IntPtr => sp(syms, SpecialType::IntPtr),
            TypeSig::UIntPtr => sp(syms, SpecialType::UIntPtr),
            TypeSig::Class(t) | TypeSig::ValueType(t) => self.resolve_token(syms, *t),
            TypeSig::SzArray(e) => {
                let e = self.sig_ty(syms, e)?;
                Some(syms.array_of(e, 1))
            }
            TypeSig::Array { elem, rank, .. } => {
                let e = self.sig_ty(syms, elem)?;
                Some(syms.array_of(e, *rank))
            }
            TypeSig::ByRef(t) => {
                let t = self.sig_ty(syms, t)?;
                Some(syms.by_ref(t))
            }
            TypeSig::Var(i) => self.ctx.borrow().0.get(*i as usize).map(|&p| syms.def_ty(p)),
            TypeSig::MVar(i) => self.ctx.borrow().1.get(*i as usize).map(|&p| syms.def_ty(p)),
            TypeSig::GenericInst { ty, args, .. } => {
                let g = self.resolve_token(syms, *ty)?;
                let TyKind::Def(g) = syms.kind(g) else { return None };
                let mut a = Vec::new();
                for arg in args {
                    a.push(self.sig_ty(syms, arg)?);
                }
                if syms.def(g).type_params.len() != a.len() {
                    return None;
                }
                Some(syms.instantiate(g, &a))
            }
            _ => None,
        }
    }

    fn import_members(
        &self,
        syms: &mut Symbols,
        r: u32,
        d: DefId,
    ) -> Result<(), metadata::MetadataError> {
        let img = self.img;
        for f in img.type_fields(r) {
            let row = &img.tables.field[f as usize - 1];
            let sig = decode_field_sig(img.blob(row.signature)?)?;
            let Some(ty) = self.sig_ty(syms, &sig) else {
                continue;
            };
            if syms.def(d).kind == TypeDefKind::Enum && row.flags & FIELD_STATIC == 0 {
                syms.def_mut(d).enum_underlying = Some(ty);
            }
            let Some(ty) = Some(ty) else {
                continue;
            };
            // A `const decimal` is a static initonly field whose value is in
            // DecimalConstantAttribute: C# code reads it as a constant.
            let decimal = if row.flags & (FIELD_STATIC | FIELD_INIT_ONLY) == FIELD_STATIC | FIELD_INIT_ONLY {
                self.attribute_value(Token::new(TableId::Field, f), "System.Runtime.CompilerServices.DecimalConstantAttribute").and_then(decimal_constant)
            } else {
                None
            };
            syms.add_field(FieldSym {
                name: img.string(row.name)?.to_string(),
                owner: d,
                origin: Origin::Metadata {
                    asm: self.asm,
                    row: f,
                },
                ty,
                is_static: row.flags & FIELD_STATIC != 0,
                is_readonly: row.flags & FIELD_INIT_ONLY != 0,
                is_const: row.flags & FIELD_LITERAL != 0 || decimal.is_some(),
                constant: if row.flags & FIELD_LITERAL != 0 { self.constant_of(Token::new(TableId::Field, f))? } else { decimal },
                access: member_access(row.flags),
                generic_of: None,
            });
        }
        'methods: for m in img.type_methods(r) {
            let row = &img.tables.method_def[m as usize - 1];
            let name = img.string(row.name)?.to_string();
            if name == ".cctor" {
                continue;
            }
            let sig = decode_method_sig(img.blob(row.signature)?)?;
            // A generic method's parameters, owned by the method once it
            // has an id.
            let mut method_params = Vec::new();
            for gp in img.tables.generic_param.iter().filter(|g| g.owner == Token::new(TableId::MethodDef, m)) {
                let name = img.string(gp.name)?.to_string();
                method_params.push(self.type_param(syms, name, gp.number as u32, gp.flags, ParamOwner::Method(MethodId(u32::MAX))));
            }
            if method_params.len() != sig.generic_param_count as usize {
                continue;
            }
            self.ctx.borrow_mut().1 = method_params.clone();
            let Some(ret) = self.sig_ty(syms, &sig.ret) else {
                continue;
            };
            // Parameter names and `out` flags live in the Param table,
            // keyed by sequence number (0 is the return value).
            let mut names: HashMap<u16, (String, u16, u32)> = HashMap::default();
            for p in img.method_params(m) {
                let prow = &img.tables.param[p as usize - 1];
                names.insert(prow.sequence, (img.string(prow.name)?.to_string(), prow.flags, p));
            }
            let mut params = Vec::new();
            let mut caller_info = Vec::new();
            for (i, p) in sig.params.iter().enumerate() {
                let seq = i as u16 + 1;
                let (name, flags, row) = names.get(&seq).cloned().unwrap_or_else(|| (format!("arg{seq}"), 0, 0));
                let (ty, kind) = match p {
                    TypeSig::ByRef(inner) => {
                        let Some(t) = self.sig_ty(syms, inner) else {
                            continue 'methods;
                        };
                        (
                            t,
                            if flags & PARAM_OUT != 0 {
                                ParamKind::Out
                            } else {
                                ParamKind::Ref
                            },
                        )
                    }
                    other => {
                        let Some(t) = self.sig_ty(syms, other) else {
                            continue 'methods;
                        };
                        (t, ParamKind::Value)
                    }
                };
                let mut sym = ParamSym::new(name, ty, kind);
                if row != 0 {
                    // HasDefault (II.23.1.13): the value is in Constant.
                    if flags & 0x1000 != 0 {
                        sym.default = self.constant_of(Token::new(TableId::Param, row))?;
                        sym.has_default = sym.default.is_some();
                    } else if let Some(v) = self.attribute_value(Token::new(TableId::Param, row), "System.Runtime.CompilerServices.DecimalConstantAttribute").and_then(decimal_constant) {
                        sym.default = Some(v);
                        sym.has_default = true;
                    }
                    sym.is_params = self.has_attribute(Token::new(TableId::Param, row), "System.ParamArrayAttribute");
                    // Caller information: calls that leave the parameter out pass the call site's.
                    for (attribute, info) in [
                        ("System.Runtime.CompilerServices.CallerLineNumberAttribute", CallerInfo::LineNumber),
                        ("System.Runtime.CompilerServices.CallerFilePathAttribute", CallerInfo::FilePath),
                        ("System.Runtime.CompilerServices.CallerMemberNameAttribute", CallerInfo::MemberName),
                    ] {
                        if sym.default.is_some() && self.has_attribute(Token::new(TableId::Param, row), attribute) {
                            caller_info.push((params.len() as u16, info));
                            break;
                        }
                    }
                }
                params.push(sym);
            }
            let is_extension = self.has_attribute(Token::new(TableId::MethodDef, m), "System.Runtime.CompilerServices.ExtensionAttribute");
            let id = syms.add_method(MethodSym {
                is_ctor: name == ".ctor",
                name,
                owner: d,
                origin: Origin::Metadata {
                    asm: self.asm,
                    row: m,
                },
                params,
                ret,
                is_static: row.flags & METHOD_STATIC != 0,
                is_extern: false,
                is_abstract: row.flags & METHOD_ABSTRACT != 0,
                is_virtual: row.flags & METHOD_VIRTUAL != 0,
                is_override: row.flags & METHOD_VIRTUAL != 0 && row.flags & METHOD_NEW_SLOT == 0,
                is_final: row.flags & METHOD_FINAL != 0,
                is_extension,
                is_accessor: row.flags & METHOD_SPECIAL_NAME != 0,
                impl_options: row.impl_flags,
                type_params: method_params.clone(),
                generic: None,
                access: member_access(row.flags),
            });
            for (i, info) in caller_info {
                syms.caller_info.insert((id, i), info);
            }
            for &p in &method_params {
                if let Some(info) = syms.def_mut(p).param.as_mut() {
                    info.owner = ParamOwner::Method(id);
                }
            }
        }
        Ok(())
    }

    /// The value of a literal field, from the Constant table (II.22.9).
    fn constant_of(&self, parent: Token) -> Result<Option<ConstValue>, metadata::MetadataError> {
        let Some(row) = self.img.tables.constant.iter().find(|c| c.parent == parent) else { return Ok(None) };
        let b = self.img.blob(row.value)?;
        let n = |k: usize| -> Option<[u8; 8]> {
            let mut a = [0u8; 8];
            a[..k].copy_from_slice(b.get(..k)?);
            Some(a)
        };
        Ok(match row.ty {
            0x02 => b.first().map(|v| ConstValue::Bool(*v != 0)),
            0x03 => n(2).map(|a| ConstValue::Char(u16::from_le_bytes([a[0], a[1]]))),
            0x04 => n(1).map(|a| ConstValue::I4(a[0] as i8 as i32)),
            0x05 => n(1).map(|a| ConstValue::I4(a[0] as i32)),
            0x06 => n(2).map(|a| ConstValue::I4(i16::from_le_bytes([a[0], a[1]]) as i32)),
            0x07 => n(2).map(|a| ConstValue::I4(u16::from_le_bytes([a[0], a[1]]) as i32)),
            0x08 => n(4).map(|a| ConstValue::I4(i32::from_le_bytes([a[0], a[1], a[2], a[3]]))),
            0x09 => n(4).map(|a| ConstValue::U4(u32::from_le_bytes([a[0], a[1], a[2], a[3]]))),
            0x0A => n(8).map(|a| ConstValue::I8(i64::from_le_bytes(a))),
            0x0B => n(8).map(|a| ConstValue::U8(u64::from_le_bytes(a))),
            0x0C => n(4).map(|a| ConstValue::R4(f32::from_le_bytes([a[0], a[1], a[2], a[3]]))),
            0x0D => n(8).map(|a| ConstValue::R8(f64::from_le_bytes(a))),
            0x0E => Some(ConstValue::String(b.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect())),
            0x12 => Some(ConstValue::Null),
            _ => None,
        })
    }

    /// Whether `parent` carries a custom attribute of the type
    /// `full_name`, named through its constructor (II.22.10).
    fn has_attribute(&self, parent: Token, full_name: &str) -> bool {
        self.attribute_row(parent, full_name).is_some()
    }

    /// The value blob of `parent`'s custom attribute of the type `full_name`.
    fn attribute_value(&self, parent: Token, full_name: &str) -> Option<&[u8]> {
        let row = self.attribute_row(parent, full_name)?;
        self.img.blob(row.value).ok()
    }

    fn attribute_row(&self, parent: Token, full_name: &str) -> Option<&metadata::CustomAttributeRow> {
        let img = self.img;
        let rows = self.attributes.get(&parent)?;
        rows.iter().map(|&i| &img.tables.custom_attribute[i]).find(|a| {
            let owner = match a.ty.table() {
                Some(TableId::MethodDef) => img.type_def_full_name(img.method_owner(a.ty.row())).ok(),
                Some(TableId::MemberRef) => a.ty.row().checked_sub(1).and_then(|r| img.tables.member_ref.get(r as usize)).and_then(|r| match r.class.table() {
                    Some(TableId::TypeRef) => img.type_ref_full_name(r.class.row()).ok(),
                    Some(TableId::TypeDef) => img.type_def_full_name(r.class.row()).ok(),
                    _ => None,
                }),
                _ => None,
            };
            owner.as_deref() == Some(full_name)
        })
    }

    /// Properties: PropertyMap gives each type's run of Property rows, and
    /// MethodSemantics links each property to its accessors (II.22.28).
    fn import_properties(&self, syms: &mut Symbols) -> Result<(), metadata::MetadataError> {
        let img = self.img;
        let t = &img.tables;
        let method_of_row: HashMap<u32, MethodId> = syms
            .methods
            .iter()
            .enumerate()
            .filter_map(|(i, m)| match m.origin {
                Origin::Metadata { asm, row } if asm == self.asm => Some((row, MethodId(i as u32))),
                _ => None,
            })
            .collect();
        for (i, map) in t.property_map.iter().enumerate() {
            let Some(&d) = self.rows.get(&map.parent) else {
                continue;
            };
            let end = t
                .property_map
                .get(i + 1)
                .map(|n| n.property_list)
                .unwrap_or(t.property.len() as u32 + 1);
            for p in map.property_list..end {
                let Some(prow) = t.property.get(p as usize - 1) else {
                    continue;
                };
                let tok = Token::new(TableId::Property, p);
                let (mut getter, mut setter) = (None, None);
                for s in &t.method_semantics {
                    if s.association == tok {
                        let m = method_of_row.get(&s.method).copied();
                        match s.semantics {
                            0x1 => setter = m,
                            0x2 => getter = m,
                            _ => {}
                        }
                    }
                }
                let Some(acc) = getter.or(setter) else {
                    continue;
                };
                let acc = syms.method(acc).clone();
                let ty = if getter.is_some() {
                    acc.ret
                } else {
                    acc.params.last().map(|p| p.ty).unwrap_or(acc.ret)
                };
                syms.add_property(PropertySym {
                    name: img.string(prow.name)?.to_string(),
                    owner: d,
                    origin: Origin::Metadata {
                        asm: self.asm,
                        row: p,
                    },
                    ty,
                    getter,
                    setter,
                    is_static: acc.is_static,
                    is_indexer: getter.map(|g| !syms.method(g).params.is_empty()).unwrap_or(acc.params.len() > 1),
                    backing: None,
                });
            }
        }
        Ok(())
    }
}

/// AttributeUsage's value blob (II.23.3): the prolog, the `AttributeTargets` (int32), then
/// the named arguments, of which AllowMultiple (a bool property) is read.
fn decode_usage(blob: &[u8]) -> Option<(u32, bool)> {
    let targets = u32::from_le_bytes(blob.get(2..6)?.try_into().ok()?);
    let count = u16::from_le_bytes(blob.get(6..8)?.try_into().ok()?);
    let mut pos = 8;
    let mut allow_multiple = false;
    for _ in 0..count {
        // FIELD or PROPERTY, then the type (bool is 0x02 and takes one byte).
        let ty = *blob.get(pos + 1)?;
        let len = *blob.get(pos + 2)? as usize;
        let name = blob.get(pos + 3..pos + 3 + len)?;
        pos += 3 + len;
        if ty != 0x02 {
            return Some((targets, allow_multiple));
        }
        if name == b"AllowMultiple" {
            allow_multiple = *blob.get(pos)? != 0;
        }
        pos += 1;
    }
    Some((targets, allow_multiple))
}
