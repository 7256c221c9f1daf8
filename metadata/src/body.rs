//! Method bodies (ECMA-335 II.25.4): tiny and fat headers, code, and exception-handling sections.

use crate::error::{MetadataError, Result};
use crate::token::Token;

/// The kind of an exception-handling clause (II.25.4.6 flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EhKind {
    /// Typed catch (flags 0) of the class token.
    Catch(Token),
    /// Filter (flags 1); the IL offset where the filter code starts.
    Filter(u32),
    /// Finally (flags 2).
    Finally,
    /// Fault (flags 4).
    Fault,
}

/// One exception-handling clause. Nested clauses must come before their enclosing ones (the caller's job).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EhClause {
    pub kind: EhKind,
    pub try_offset: u32,
    pub try_length: u32,
    pub handler_offset: u32,
    pub handler_length: u32,
}

/// A method body: header fields, CIL and exception clauses.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MethodBody {
    pub max_stack: u16,
    pub init_locals: bool,
    /// StandAloneSig token of the local signature, or [`Token::NIL`].
    pub local_var_sig: Token,
    pub code: Vec<u8>,
    pub eh_clauses: Vec<EhClause>,
}

const TINY: u8 = 0x2;
const FAT: u16 = 0x3;
const MORE_SECTS: u16 = 0x8;
const INIT_LOCALS: u16 = 0x10;
const SECT_EH_TABLE: u8 = 0x1;
const SECT_FAT: u8 = 0x40;
const SECT_MORE: u8 = 0x80;

fn bad(reason: &'static str) -> MetadataError {
    MetadataError::BadMethodBody { reason }
}

impl MethodBody {
    /// A tiny header (II.25.4.2) is allowed when the code is under 64 bytes, max-stack is at most 8 (a tiny
    /// body implies 8), and there are no locals and no exception clauses.
    pub fn fits_tiny(&self) -> bool {
        self.code.len() < 64
            && self.max_stack <= 8
            && self.local_var_sig.is_nil()
            && self.eh_clauses.is_empty()
    }

    /// Encodes the body. A fat body must be placed on a 4-byte boundary (II.25.4.3); the EH section is
    /// aligned relative to the start of the returned bytes, so the caller places them at a 4-aligned RVA.
    /// Exception clauses are always written in the fat form, which every runtime accepts.
    pub fn encode(&self) -> Result<Vec<u8>> {
        let mut out = Vec::with_capacity(self.code.len() + 12);
        if self.fits_tiny() {
            out.push(((self.code.len() as u8) << 2) | TINY);
            out.extend_from_slice(&self.code);
            return Ok(out);
        }
        let code_size =
            u32::try_from(self.code.len()).map_err(|_| MetadataError::TooLarge("method code"))?;
        let mut flags = FAT | (3 << 12); // header size is 3 dwords
        if !self.eh_clauses.is_empty() {
            flags |= MORE_SECTS;
        }
        if self.init_locals {
            flags |= INIT_LOCALS;
        }
        out.extend_from_slice(&flags.to_le_bytes());
        out.extend_from_slice(&self.max_stack.to_le_bytes());
        out.extend_from_slice(&code_size.to_le_bytes());
        out.extend_from_slice(&self.local_var_sig.0.to_le_bytes());
        out.extend_from_slice(&self.code);
        if !self.eh_clauses.is_empty() {
            while out.len() % 4 != 0 {
                out.push(0);
            }
            // II.25.4.5: fat EH section, 24-byte clauses; DataSize = 4 + 24n in 3 bytes.
            let size = 4 + 24 * self.eh_clauses.len();
            if size > 0x00FF_FFFF {
                return Err(MetadataError::TooLarge("exception clause table"));
            }
            out.push(SECT_EH_TABLE | SECT_FAT);
            out.extend_from_slice(&(size as u32).to_le_bytes()[..3]);
            for c in &self.eh_clauses {
                let (flags, extra) = match c.kind {
                    EhKind::Catch(t) => (0u32, t.0),
                    EhKind::Filter(off) => (1, off),
                    EhKind::Finally => (2, 0),
                    EhKind::Fault => (4, 0),
                };
                for v in [
                    flags,
                    c.try_offset,
                    c.try_length,
                    c.handler_offset,
                    c.handler_length,
                    extra,
                ] {
                    out.extend_from_slice(&v.to_le_bytes());
                }
            }
        }
        Ok(out)
    }

    /// Decodes a body starting at `data[0]` (the header). `data` may extend past the body. EH sections are
    /// aligned relative to `data[0]`, so pass a slice starting at the body's (4-aligned for fat) RVA.
    pub fn decode(data: &[u8]) -> Result<MethodBody> {
        let b0 = *data.first().ok_or(bad("empty"))?;
        if b0 & 3 == TINY {
            let n = (b0 >> 2) as usize;
            let code = data.get(1..1 + n).ok_or(MetadataError::Truncated {
                what: "tiny method body",
            })?;
            return Ok(MethodBody {
                max_stack: 8,
                init_locals: false,
                local_var_sig: Token::NIL,
                code: code.to_vec(),
                eh_clauses: vec![],
            });
        }
        if b0 & 3 != FAT as u8 {
            return Err(bad("header is neither tiny nor fat"));
        }
        let h = data.get(..12).ok_or(MetadataError::Truncated {
            what: "fat method header",
        })?;
        let flags = u16::from_le_bytes([h[0], h[1]]);
        let header_size = (flags >> 12) as usize * 4;
        if header_size < 12 {
            return Err(bad("fat header size below 3 dwords"));
        }
        let max_stack = u16::from_le_bytes([h[2], h[3]]);
        let code_size = u32::from_le_bytes([h[4], h[5], h[6], h[7]]) as usize;
        let local_var_sig = Token(u32::from_le_bytes([h[8], h[9], h[10], h[11]]));
        let code = data
            .get(header_size..header_size.saturating_add(code_size))
            .ok_or(MetadataError::Truncated {
                what: "method code",
            })?
            .to_vec();
        let mut eh_clauses = Vec::new();
        let mut more = flags & MORE_SECTS != 0;
        let mut pos = header_size + code_size;
        while more {
            pos = (pos + 3) & !3;
            let kind = *data.get(pos).ok_or(MetadataError::Truncated {
                what: "method data section",
            })?;
            let fat = kind & SECT_FAT != 0;
            more = kind & SECT_MORE != 0;
            let (size, clause_size) = if fat {
                let s = data
                    .get(pos + 1..pos + 4)
                    .ok_or(MetadataError::Truncated { what: "EH section" })?;
                (u32::from_le_bytes([s[0], s[1], s[2], 0]) as usize, 24)
            } else {
                (
                    *data
                        .get(pos + 1)
                        .ok_or(MetadataError::Truncated { what: "EH section" })?
                        as usize,
                    12,
                )
            };
            if size < 4 {
                return Err(bad("data section smaller than its header"));
            }
            let sect = data
                .get(pos..pos + size)
                .ok_or(MetadataError::Truncated { what: "EH section" })?;
            if kind & SECT_EH_TABLE != 0 {
                for c in sect[4..].chunks_exact(clause_size) {
                    let u32_at =
                        |i: usize| u32::from_le_bytes([c[i], c[i + 1], c[i + 2], c[i + 3]]);
                    let u16_at = |i: usize| u16::from_le_bytes([c[i], c[i + 1]]) as u32;
                    let (flags, t_off, t_len, h_off, h_len, extra) = if fat {
                        (
                            u32_at(0),
                            u32_at(4),
                            u32_at(8),
                            u32_at(12),
                            u32_at(16),
                            u32_at(20),
                        )
                    } else {
                        (
                            u16_at(0),
                            u16_at(2),
                            c[4] as u32,
                            u16_at(5),
                            c[7] as u32,
                            u32_at(8),
                        )
                    };
                    let kind = match flags & 7 {
                        0 => EhKind::Catch(Token(extra)),
                        1 => EhKind::Filter(extra),
                        2 => EhKind::Finally,
                        4 => EhKind::Fault,
                        _ => return Err(bad("unknown exception clause kind")),
                    };
                    eh_clauses.push(EhClause {
                        kind,
                        try_offset: t_off,
                        try_length: t_len,
                        handler_offset: h_off,
                        handler_length: h_len,
                    });
                }
            }
            pos += size;
        }
        Ok(MethodBody {
            max_stack,
            init_locals: flags & INIT_LOCALS != 0,
            local_var_sig,
            code,
            eh_clauses,
        })
    }
}
