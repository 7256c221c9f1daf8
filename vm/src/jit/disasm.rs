//! `sharp dump asm`: each method's machine code as the JIT emitted it, in Intel syntax, with
//! the IL offset every run of instructions came from. The translator tags each IL
//! instruction's IR with its offset (`set_srcloc`) and Cranelift carries the tags through to
//! machine-code ranges, the same ranges the code map keeps for stack traces, so the listing
//! shows which IL became which instructions.

use rustc_hash::FxHashMap as HashMap;
use std::fmt::Write;

use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};

/// The listing of one function: its name, then each instruction with its offset from the
/// start, and a comment line wherever the position the code came from changes. `ranges` are
/// (start, end, position) in code offsets, sorted by start; `positions` names each position
/// (`IL_0007`, or an inlined callee's offset after its call's).
pub(crate) fn listing(name: &str, code: &[u8], address: u64, ranges: &[(u32, u32, u32)], positions: &HashMap<u32, String>) -> String {
    let mut out = format!("; {name} ({} bytes at {address:#x})\n", code.len());
    if !cfg!(target_arch = "x86_64") {
        // The decoder reads x86-64 only: other targets get their bytes.
        for chunk in code.chunks(16) {
            let bytes: Vec<String> = chunk.iter().map(|b| format!("{b:02x}")).collect();
            let _ = writeln!(out, "  {}", bytes.join(" "));
        }
        return out;
    }
    // Decoded as if at address 0, so branch targets read as offsets in the listing.
    let mut decoder = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut formatter = IntelFormatter::new();
    formatter.options_mut().set_first_operand_char_index(8);
    formatter.options_mut().set_branch_leading_zeros(false);
    let mut text = String::new();
    let mut last_position = None;
    while decoder.can_decode() {
        let instruction = decoder.decode();
        let offset = instruction.ip() as u32;
        let position = ranges.iter().find(|&&(start, end, _)| start <= offset && offset < end).map(|r| r.2);
        if let Some(p) = position
            && position != last_position
        {
            let _ = writeln!(out, "  ; {}", positions.get(&p).map_or("?", String::as_str));
            last_position = position;
        }
        text.clear();
        formatter.format(&instruction, &mut text);
        let _ = writeln!(out, "  {offset:04x}  {text}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::listing;

    #[test]
    #[cfg(target_arch = "x86_64")]
    fn lists_instructions_under_their_il_offsets() {
        // push rbp; mov rbp,rsp; mov eax,1; pop rbp; ret
        let code = [0x55, 0x48, 0x89, 0xe5, 0xb8, 0x01, 0x00, 0x00, 0x00, 0x5d, 0xc3];
        let positions = [(0, "IL_0000".to_string()), (2, "IL_0002".to_string())].into_iter().collect();
        let text = listing("M", &code, 0x1000, &[(4, 9, 0), (9, 11, 2)], &positions);
        let want = "; M (11 bytes at 0x1000)
  0000  push    rbp
  0001  mov     rbp,rsp
  ; IL_0000
  0004  mov     eax,1
  ; IL_0002
  0009  pop     rbp
  000a  ret
";
        assert_eq!(text, want);
    }
}
