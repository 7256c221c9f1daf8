//! `[StructLayout]` and `[FieldOffset]` (ECMA-335 II.10.1.2, II.22.8,
//! II.22.16): pseudo-attributes. A compiler does not emit them as
//! CustomAttribute rows but as the type's layout flags, a ClassLayout row
//! (packing and size) and a FieldLayout row per field; the runtime lays
//! the type out from those. They are bound like any attribute (so their
//! arguments and usage are checked), then taken out of the list here.

use lexer::{Diagnostic, Span};

use crate::bound::*;
use crate::declare::Decls;
use crate::constant::ConstValue;
use crate::types::*;

const STRUCT_LAYOUT: &str = "System.Runtime.InteropServices.StructLayoutAttribute";
const FIELD_OFFSET: &str = "System.Runtime.InteropServices.FieldOffsetAttribute";
/// `LayoutKind.Explicit`.
const EXPLICIT: u32 = 2;

/// Records the layout attributes in `syms.layouts` and `syms.field_offsets`, removes them
/// from `attrs` (and their `spans`), and checks that explicit layout is complete: CS0636 for
/// a FieldOffset outside an explicit-layout type, CS0637 on a static or const field, CS0625
/// for an instance field of an explicit-layout type without one.
pub(super) fn take_layout_attributes(syms: &mut Symbols, decls: &Decls<'_>, attrs: &mut Vec<BoundAttribute>, spans: &mut Vec<(Span, String)>, diags: &mut Vec<Diagnostic>) {
    let mut offsets = Vec::new();
    let mut i = 0;
    while i < attrs.len() {
        let class = syms.def(syms.method(attrs[i].ctor).owner).full_name();
        let int = |c: &AttrArg| c.as_const().and_then(ConstValue::as_i64).unwrap_or(0);
        match (class.as_str(), attrs[i].target) {
            (STRUCT_LAYOUT, AttrTarget::Type(d)) => {
                let a = &attrs[i];
                let mut layout = TypeLayout { kind: a.args.first().map(|(c, _)| int(c)).unwrap_or(0) as u32, pack: 0, size: 0, char_set: 2 };
                for n in &a.named {
                    let v = int(&n.value);
                    match n.name.as_str() {
                        "Pack" => layout.pack = v as u16,
                        "Size" => layout.size = v as u32,
                        "CharSet" => layout.char_set = v as u32,
                        _ => {}
                    }
                }
                syms.layouts.insert(d, layout);
            }
            (FIELD_OFFSET, AttrTarget::Field(f)) => {
                let v = attrs[i].args.first().map(|(c, _)| int(c)).unwrap_or(0);
                offsets.push((f, v as u32, spans[i].0));
            }
            _ => {
                i += 1;
                continue;
            }
        }
        attrs.remove(i);
        spans.remove(i);
    }
    let explicit = |syms: &Symbols, d: DefId| syms.layouts.get(&d).is_some_and(|l| l.kind == EXPLICIT);
    for (f, offset, span) in offsets {
        let field = syms.field(f);
        if field.is_static || field.is_const {
            diags.push(Diagnostic::error("CS0637", span, "The FieldOffset attribute is not allowed on static or const fields"));
        } else if !explicit(syms, field.owner) {
            diags.push(Diagnostic::error("CS0636", span, "The FieldOffset attribute can only be placed on members of types marked with the StructLayout(LayoutKind.Explicit)"));
        } else {
            syms.field_offsets.insert(f, offset);
        }
    }
    let explicit_types: Vec<DefId> = syms.layouts.iter().filter(|(_, l)| l.kind == EXPLICIT).map(|(&d, _)| d).collect();
    for d in explicit_types {
        let ty = syms.def_ty(d);
        let type_name = syms.display(ty);
        for &f in &syms.def(d).fields {
            let field = syms.field(f);
            if !field.is_static && !field.is_const && !syms.field_offsets.contains_key(&f) {
                let span = decls.field_spans.get(&f).or_else(|| decls.type_spans.get(&d)).copied().unwrap_or_default();
                let shown = format!("{type_name}.{}", field.name);
                diags.push(Diagnostic::error(
                    "CS0625",
                    span,
                    format!("'{shown}': instance field types marked with StructLayout(LayoutKind.Explicit) must have a FieldOffset attribute"),
                ));
            }
        }
    }
}
