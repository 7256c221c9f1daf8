//! Sequence points to a Portable PDB: each method's (IL offset, source
//! span) pairs become (IL offset, line, column) records, and the
//! assembly's debug directory names the PDB, so that a debugger or a
//! stack trace (`at Program.Main() in /src/app.cs:line 12`) can map code
//! back to source on Sharp, Mono (`mono --debug`) and CoreCLR alike.

use lexer::Span;
use metadata::pdb::{MethodDebug, PdbBuilder, PdbLink, SequencePoint};

use crate::{EmitError, Emitter};

/// What a PDB needs from the caller.
pub struct DebugOptions<'a> {
    /// The PDB's path as the assembly's debug directory records it.
    pub pdb_path: &'a str,
    /// Per source file, in `FileId` order: the document name the PDB
    /// records (Roslyn records the full path) and the file's text.
    pub documents: Vec<(String, &'a str)>,
}

/// Where each line of a text starts, for turning byte offsets into lines
/// and columns (both 1-based; columns count characters).
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<u32>,
    /// Per line, whether it is all ASCII: there a column is a byte
    /// distance, found without counting characters (which would make a
    /// long line with many statements quadratic).
    ascii: Vec<bool>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i as u32 + 1));
        let ascii = (0..starts.len())
            .map(|l| {
                let end = starts.get(l + 1).map_or(text.len(), |&e| e as usize);
                text.as_bytes()[starts[l] as usize..end].is_ascii()
            })
            .collect();
        LineIndex { text, starts, ascii }
    }

    fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.starts[line] as usize;
        let end = (offset as usize).min(self.text.len()).max(start);
        let col = if self.ascii[line] {
            end - start
        } else {
            self.text.get(start..end).map_or(end - start, |s| s.chars().count())
        };
        (line as u32 + 1, col as u32 + 1)
    }
}

impl Emitter<'_> {
    /// Builds the PDB for the emitted methods and links the assembly to
    /// it; returns the PDB's bytes. Call after every method is emitted and
    /// before the assembly is written.
    pub(crate) fn write_pdb(&mut self, opts: &DebugOptions<'_>) -> Result<Vec<u8>, EmitError> {
        let indexes: Vec<LineIndex<'_>> = opts.documents.iter().map(|(_, t)| LineIndex::new(t)).collect();
        let mut methods = Vec::with_capacity(self.points.len());
        for points in &self.points {
            methods.push(method_debug(points, &indexes));
        }
        let pdb = PdbBuilder {
            documents: opts.documents.iter().map(|(n, _)| n.clone()).collect(),
            methods,
        };
        let (bytes, id) = pdb.write(&self.b).map_err(|e| EmitError(format!("writing the PDB: {e}")))?;
        self.b.debug = Some(PdbLink {
            id,
            path: opts.pdb_path.to_string(),
        });
        Ok(bytes)
    }
}

/// The largest column a Portable PDB sequence point can record.
const MAX_COLUMN: u32 = 0xFFFF;

/// One method's record: its points, all in the document of the first one
/// (a method's body is in one file; a point elsewhere, which `partial`
/// cannot produce, is dropped rather than mislabelled).
fn method_debug(points: &[(u32, Span)], indexes: &[LineIndex<'_>]) -> MethodDebug {
    let Some(&(_, first)) = points.first() else {
        return MethodDebug { document: 0, points: Vec::new() };
    };
    let Some(index) = indexes.get(first.file.0 as usize) else {
        return MethodDebug { document: 0, points: Vec::new() };
    };
    let points = points
        .iter()
        .filter(|(_, s)| s.file == first.file)
        .map(|&(il_offset, s)| {
            let (start_line, start_column) = index.line_col(s.start);
            let (end_line, end_column) = index.line_col(s.end.max(s.start));
            // The format holds columns up to 0xFFFF (a longer line's
            // later columns are clamped, so the line stays right), and a
            // point covers at least one character.
            let start_column = start_column.min(MAX_COLUMN - 1);
            let end_column = end_column.min(MAX_COLUMN);
            SequencePoint {
                il_offset,
                start_line,
                start_column,
                end_line,
                end_column: if end_line == start_line { end_column.max(start_column + 1) } else { end_column },
            }
        })
        .collect();
    MethodDebug {
        document: first.file.0 + 1,
        points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based() {
        let ix = LineIndex::new("ab\ncd\n\nxé");
        assert_eq!(ix.line_col(0), (1, 1));
        assert_eq!(ix.line_col(1), (1, 2));
        assert_eq!(ix.line_col(3), (2, 1));
        assert_eq!(ix.line_col(6), (3, 1));
        assert_eq!(ix.line_col(9), (4, 3)); // after the two-byte 'é'
        assert_eq!(ix.line_col(100), (4, 3));
    }
}
