//! Portable PDB round trips (PdbBuilder -> bytes -> DebugInfo), line lookup, robustness on malformed
//! input, and the PE debug directory that links an assembly to its PDB.

mod common;
use common::*;
use metadata::*;

fn point(
    il_offset: u32,
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
) -> SequencePoint {
    SequencePoint {
        il_offset,
        start_line,
        start_column,
        end_line,
        end_column,
    }
}

/// Debug info for `hello_builder`'s four methods (Main, Sum, Guarded, .ctor): hidden points, multi-line
/// spans with negative column deltas, large line and offset deltas, a method without points (Sum) and one
/// left out of the list (.ctor).
fn hello_pdb() -> PdbBuilder {
    PdbBuilder {
        documents: vec![
            "/home/user/src/hello.cs".to_string(),
            "C:\\src\\generated.cs".to_string(),
        ],
        methods: vec![
            MethodDebug {
                document: 1,
                points: vec![
                    SequencePoint::hidden(0),
                    point(1, 12, 9, 12, 40),
                    point(11, 13, 30, 15, 5), // multi-line, end column before start column
                    SequencePoint::hidden(16),
                    point(0x1_0000, 100_000, 1, 100_000, 2), // large deltas (4-byte compressed)
                    point(0x1_0005, 3, 65_535, 4, 1),        // back up 99 997 lines
                    SequencePoint::hidden(0x20_0000),
                ],
            },
            MethodDebug::default(),
            MethodDebug {
                document: 2,
                points: vec![point(0, 7, 5, 7, 6), point(23, 20, 1, 20, 2)],
            },
        ],
    }
}

#[test]
fn pdb_round_trips() {
    let asm = hello_builder("hello");
    let pdb = hello_pdb();
    let (bytes, id) = pdb.write(&asm).unwrap();
    assert_eq!(&bytes[..4], b"BSJB");
    let info = DebugInfo::parse(&bytes).unwrap();
    assert_eq!(info.id, id);
    assert_eq!(info.entry_point, Token::new(TableId::MethodDef, 1));
    assert_eq!(info.documents, pdb.documents);
    // One row per MethodDef row: the missing .ctor entry reads as "no points".
    let mut expected = pdb.methods.clone();
    expected.push(MethodDebug::default());
    assert_eq!(info.methods, expected);

    // Deterministic: same input, same bytes and id; different points, different id.
    assert_eq!(pdb.write(&asm).unwrap(), (bytes.clone(), id));
    let mut other = pdb.clone();
    other.methods[2].points[1].start_line = 19;
    assert_ne!(other.write(&asm).unwrap().1, id);
    // The assembly's identity is part of the id too.
    let mut renamed = hello_builder("hello2");
    renamed.entry_point = asm.entry_point;
    assert_ne!(pdb.write(&renamed).unwrap().1, id);
}

#[test]
fn dll_pdb_has_no_entry_point_and_empty_builder_works() {
    let mut asm = hello_builder("lib");
    asm.kind = ModuleKind::Dll;
    let (bytes, _) = PdbBuilder::default().write(&asm).unwrap();
    let info = DebugInfo::parse(&bytes).unwrap();
    assert!(info.entry_point.is_nil());
    assert!(info.documents.is_empty());
    assert_eq!(info.methods, vec![MethodDebug::default(); 4]);
    assert_eq!(info.line_at(1, 0), None);
}

#[test]
fn line_at_picks_the_last_visible_point_at_or_before_the_offset() {
    let (bytes, _) = hello_pdb().write(&hello_builder("hello")).unwrap();
    let info = DebugInfo::parse(&bytes).unwrap();
    let doc1 = "/home/user/src/hello.cs";
    assert_eq!(info.line_at(1, 0), None); // only a hidden point so far
    assert_eq!(info.line_at(1, 1), Some((doc1, 12)));
    assert_eq!(info.line_at(1, 10), Some((doc1, 12)));
    assert_eq!(info.line_at(1, 11), Some((doc1, 13)));
    assert_eq!(info.line_at(1, 16), Some((doc1, 13))); // hidden points do not cut a statement short
    assert_eq!(info.line_at(1, 0x1_0004), Some((doc1, 100_000)));
    assert_eq!(info.line_at(1, 0x1_0005), Some((doc1, 3)));
    assert_eq!(info.line_at(1, u32::MAX), Some((doc1, 3)));
    assert_eq!(info.line_at(2, 5), None); // no points
    assert_eq!(info.line_at(3, 22), Some(("C:\\src\\generated.cs", 7)));
    assert_eq!(info.line_at(3, 23), Some(("C:\\src\\generated.cs", 20)));
    assert_eq!(info.line_at(4, 0), None); // .ctor: not in the builder's list
    assert_eq!(info.line_at(0, 0), None);
    assert_eq!(info.line_at(5, 0), None);
}

#[test]
fn inconsistent_builders_are_errors() {
    let asm = hello_builder("hello");
    let mut too_many = hello_pdb();
    too_many.methods.resize(5, MethodDebug::default());
    assert!(too_many.write(&asm).is_err());

    let mut duplicate = hello_pdb();
    duplicate.documents.push(duplicate.documents[0].clone());
    assert!(duplicate.write(&asm).is_err());

    for document in [0, 3] {
        let mut bad_doc = hello_pdb();
        bad_doc.methods[2].document = document;
        assert!(bad_doc.write(&asm).is_err(), "document {document}");
    }

    let mut unordered = hello_pdb();
    unordered.methods[2].points.reverse();
    assert!(unordered.write(&asm).is_err());
}

#[test]
fn wide_columns_round_trip() {
    // 70 000 documents: the #Blob heap passes 64 KiB and Document passes 2^16 rows, so the Name, Hash,
    // SequencePoints and Document columns all become 4 bytes wide (II.24.2.6).
    let asm = hello_builder("wide");
    let documents: Vec<String> = (0..70_000).map(|i| format!("/src/f{i}.cs")).collect();
    let pdb = PdbBuilder {
        documents,
        methods: vec![
            MethodDebug {
                document: 70_000,
                points: vec![point(0, 1, 1, 1, 9)],
            },
            MethodDebug {
                document: 65_536,
                points: vec![point(2, 8, 1, 8, 9)],
            },
        ],
    };
    let (bytes, _) = pdb.write(&asm).unwrap();
    let info = DebugInfo::parse(&bytes).unwrap();
    assert_eq!(info.documents.len(), 70_000);
    assert_eq!(info.line_at(1, 0), Some(("/src/f69999.cs", 1)));
    assert_eq!(info.line_at(2, 7), Some(("/src/f65535.cs", 8)));
}

#[test]
fn truncated_pdbs_are_errors_not_panics() {
    let (bytes, _) = hello_pdb().write(&hello_builder("hello")).unwrap();
    // The last stream (#Blob) ends at the end of the file, so every cut leaves a stream short.
    for len in 0..bytes.len() {
        assert!(DebugInfo::parse(&bytes[..len]).is_err(), "length {len}");
    }
    assert!(DebugInfo::parse(&[]).is_err());
    // An assembly is not a PDB (no #Pdb stream).
    let exe = hello_builder("hello").write().unwrap();
    assert!(DebugInfo::parse(&exe).is_err());
}

#[test]
fn mutated_pdbs_never_panic() {
    let (bytes, _) = hello_pdb().write(&hello_builder("hello")).unwrap();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20_000 {
        let mut b = bytes.clone();
        for _ in 0..1 + next() % 4 {
            let at = (next() % b.len() as u64) as usize;
            b[at] = next() as u8;
        }
        if let Ok(info) = DebugInfo::parse(&b) {
            for row in 0..6 {
                let _ = info.line_at(row, 0x10);
            }
        }
    }
}

#[test]
fn pdb_link_round_trips_through_the_pe_and_still_verifies() {
    let dir = test_dir("pdblink");
    let mut asm = hello_builder("linked");
    let (pdb, id) = hello_pdb().write(&asm).unwrap();
    let link = PdbLink {
        id,
        path: dir.join("linked.pdb").to_string_lossy().into_owned(),
    };
    asm.debug = Some(link.clone());
    let bytes = asm.write().unwrap();
    let exe = dir.join("linked.exe");
    std::fs::write(&exe, &bytes).unwrap();
    std::fs::write(dir.join("linked.pdb"), &pdb).unwrap();

    let img = Image::parse(bytes.clone()).unwrap();
    assert_eq!(img.pdb_link().unwrap(), Some(link));
    assert_eq!(DebugInfo::parse(&pdb).unwrap().id, id);
    // Without `debug` there is no debug directory.
    let plain = Image::parse(hello_builder("plain").write().unwrap()).unwrap();
    assert_eq!(plain.pdb_link().unwrap(), None);

    check_peverify(&exe);
    check_mono(&exe, HELLO_OUTPUT);
    check_coreclr(&exe, HELLO_OUTPUT);

    // Malformed debug directories are errors: truncate the file anywhere, or scribble on the directory.
    for len in (0..bytes.len()).step_by(7) {
        if let Ok(img) = Image::parse(bytes[..len].to_vec()) {
            let _ = img.pdb_link();
        }
    }
    let rsds = bytes.windows(4).position(|w| w == b"RSDS").unwrap();
    for at in rsds - 28..rsds + 30 {
        for v in [0x00, 0x01, 0x7F, 0xFF] {
            let mut b = bytes.clone();
            b[at] = v;
            if let Ok(img) = Image::parse(b) {
                let _ = img.pdb_link();
            }
        }
    }
    let mut no_nul = bytes.clone();
    let path_end = rsds + 24 + dir.join("linked.pdb").to_string_lossy().len();
    no_nul[path_end] = b'x';
    // The path now runs into the padding after it (zeros), or past SizeOfData: either way no panic.
    let _ = Image::parse(no_nul).unwrap().pdb_link();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn pdb_path_with_nul_is_rejected() {
    let mut asm = hello_builder("nul");
    asm.debug = Some(PdbLink {
        id: [7; 20],
        path: "a\0b.pdb".to_string(),
    });
    assert!(asm.write().is_err());
}
