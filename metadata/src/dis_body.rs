//! Method bodies in ilasm syntax: `.maxstack`, `.locals`, labelled instructions, exception clauses
//! (the label form of II.19: `.try L1 to L2 catch T handler L3 to L4`).

use crate::body::{EhKind, MethodBody};
use crate::dis_names::{Names, string_literal};
use crate::error::Result;
use crate::opcodes::{Instr, Opcode, Operand, decode_il};
use crate::signature::decode_local_sig;
use crate::token::{TableId, UserStringIdx};
use std::fmt::Write;

pub fn write_body(n: &Names, body: &MethodBody, indent: &str, out: &mut String) -> Result<()> {
    let _ = writeln!(out, "{indent}// code size {}", body.code.len());
    let _ = writeln!(out, "{indent}.maxstack {}", body.max_stack);
    if !body.local_var_sig.is_nil() {
        let r = n
            .img
            .tables
            .stand_alone_sig
            .get((body.local_var_sig.row() as usize).wrapping_sub(1));
        let r = r.ok_or(crate::MetadataError::BadRowIndex {
            table: TableId::StandAloneSig,
            row: body.local_var_sig.row(),
        })?;
        let locals = decode_local_sig(n.img.blob(r.signature)?)?;
        let parts: Result<Vec<String>> = locals
            .iter()
            .enumerate()
            .map(|(i, t)| n.type_sig(t).map(|s| format!("{s} V_{i}")))
            .collect();
        let init = if body.init_locals { "init " } else { "" };
        let _ = writeln!(out, "{indent}.locals {init}({})", parts?.join(", "));
    }
    let instrs = decode_il(&body.code)?;
    for i in &instrs {
        let _ = writeln!(out, "{indent}IL_{:04x}: {}", i.offset, instr_text(n, i)?);
    }
    // A clause may end at the end of the code; give that offset a label (a nop ilasm accepts as a target is
    // not needed: ilasm resolves a label placed before the closing brace).
    let end = body.code.len() as u32;
    let needs_end = body
        .eh_clauses
        .iter()
        .any(|c| c.try_offset + c.try_length == end || c.handler_offset + c.handler_length == end);
    if needs_end {
        let _ = writeln!(out, "{indent}IL_{end:04x}:");
    }
    for c in &body.eh_clauses {
        let handler = match c.kind {
            EhKind::Catch(t) => format!("catch {}", n.type_token(t)?),
            EhKind::Filter(f) => format!("filter IL_{f:04x}"),
            EhKind::Finally => "finally".to_string(),
            EhKind::Fault => "fault".to_string(),
        };
        let _ = writeln!(
            out,
            "{indent}.try IL_{:04x} to IL_{:04x} {handler} handler IL_{:04x} to IL_{:04x}",
            c.try_offset,
            c.try_offset + c.try_length,
            c.handler_offset,
            c.handler_offset + c.handler_length
        );
    }
    Ok(())
}

/// Prints a float so ilasm reads back the same bits: plain decimals when Rust's shortest round-trip form
/// has no exponent, otherwise the `(bytes)` form of II.16.2.
fn float_text(bits: &[u8], debug: String) -> String {
    if debug
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        && debug.contains('.')
    {
        debug
    } else {
        let hex: Vec<String> = bits.iter().map(|b| format!("{b:02X}")).collect();
        format!("({})", hex.join(" "))
    }
}

fn instr_text(n: &Names, i: &Instr) -> Result<String> {
    use Opcode::*;
    let name = i.opcode.name();
    let operand = match &i.operand {
        Operand::None => return Ok(name.to_string()),
        Operand::I8(v) => v.to_string(),
        Operand::U8(v) => v.to_string(),
        Operand::I32(v) => v.to_string(),
        Operand::I64(v) => v.to_string(),
        Operand::R4(v) => float_text(&v.to_le_bytes(), format!("{v:?}")),
        Operand::R8(v) => float_text(&v.to_le_bytes(), format!("{v:?}")),
        Operand::Var(v) => v.to_string(),
        Operand::Branch(t) => format!("IL_{t:04x}"),
        Operand::Switch(ts) => {
            let labels: Vec<String> = ts.iter().map(|t| format!("IL_{t:04x}")).collect();
            format!("({})", labels.join(", "))
        }
        Operand::Token(t) => match i.opcode {
            Ldstr => string_literal(&n.img.user_string(UserStringIdx(t.row()))?),
            Call | Callvirt | Newobj | Jmp | Ldftn | Ldvirtftn => n.method_ref(*t)?,
            Ldfld | Ldflda | Stfld | Ldsfld | Ldsflda | Stsfld => n.field_ref(*t)?,
            Ldtoken => n.ldtoken_operand(*t)?,
            Calli => n.calli_sig(*t)?,
            _ => n.type_token(*t)?,
        },
    };
    Ok(format!("{name} {operand}"))
}
