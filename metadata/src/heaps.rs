//! The four heaps of a metadata image (ECMA-335 II.24.2.2 - II.24.2.5) and compressed integers (II.23.2).
//!
//! Builders deduplicate and start with the mandatory empty entry (`#Strings`, `#Blob` and `#US` begin with a 0
//! byte, so index 0 means "empty"); `#GUID` is 1-based. Readers bounds-check every index.

use crate::error::{MetadataError, Result};
use crate::token::{BlobIdx, GuidIdx, StringIdx, UserStringIdx};
use std::collections::HashMap;

/// Largest value a compressed unsigned integer can hold (II.23.2: 29 bits).
pub const MAX_COMPRESSED: u32 = 0x1FFF_FFFF;

/// Appends `v` as a compressed unsigned integer (II.23.2): 1, 2 or 4 bytes, big-endian, with the top bits
/// saying the length. Values above [`MAX_COMPRESSED`] are an error.
pub fn write_compressed_u32(v: u32, out: &mut Vec<u8>) -> Result<()> {
    if v < 0x80 {
        out.push(v as u8);
    } else if v < 0x4000 {
        out.extend_from_slice(&[0x80 | (v >> 8) as u8, v as u8]);
    } else if v <= MAX_COMPRESSED {
        out.extend_from_slice(&(0xC000_0000 | v).to_be_bytes());
    } else {
        return Err(MetadataError::TooLarge(
            "compressed integer above 0x1FFFFFFF",
        ));
    }
    Ok(())
}

/// Reads a compressed unsigned integer at `*pos`, advancing it.
pub fn read_compressed_u32(data: &[u8], pos: &mut usize) -> Result<u32> {
    let trunc = MetadataError::Truncated {
        what: "compressed integer",
    };
    let b0 = *data.get(*pos).ok_or(trunc.clone())? as u32;
    if b0 & 0x80 == 0 {
        *pos += 1;
        Ok(b0)
    } else if b0 & 0xC0 == 0x80 {
        let b1 = *data.get(*pos + 1).ok_or(trunc)? as u32;
        *pos += 2;
        Ok(((b0 & 0x3F) << 8) | b1)
    } else if b0 & 0xE0 == 0xC0 {
        let b = data.get(*pos..*pos + 4).ok_or(trunc)?;
        *pos += 4;
        Ok(((b0 & 0x1F) << 24) | ((b[1] as u32) << 16) | ((b[2] as u32) << 8) | b[3] as u32)
    } else {
        Err(MetadataError::BadSignature {
            reason: "invalid compressed integer prefix",
        })
    }
}

/// Appends a compressed signed integer (II.23.2): the value is rotated left by one within the width picked
/// for its range, so the sign bit becomes bit 0.
pub fn write_compressed_i32(v: i32, out: &mut Vec<u8>) -> Result<()> {
    // The width comes from the signed range, not from the rotated value (which may be small, e.g. -8192).
    let sign = (v < 0) as u32;
    if (-0x40..0x40).contains(&v) {
        out.push(((((v as u32) & 0x3F) << 1) | sign) as u8);
    } else if (-0x2000..0x2000).contains(&v) {
        let u = (((v as u32) & 0x1FFF) << 1) | sign;
        out.extend_from_slice(&[0x80 | (u >> 8) as u8, u as u8]);
    } else if (-0x1000_0000..0x1000_0000).contains(&v) {
        let u = (((v as u32) & 0x0FFF_FFFF) << 1) | sign;
        out.extend_from_slice(&(0xC000_0000 | u).to_be_bytes());
    } else {
        return Err(MetadataError::TooLarge(
            "compressed signed integer out of range",
        ));
    }
    Ok(())
}

/// Reads a compressed signed integer (inverse of [`write_compressed_i32`]).
pub fn read_compressed_i32(data: &[u8], pos: &mut usize) -> Result<i32> {
    let start = *pos;
    let u = read_compressed_u32(data, pos)?;
    let mask: u32 = match *pos - start {
        1 => 0x3F,
        2 => 0x1FFF,
        _ => 0x0FFF_FFFF,
    };
    let mag = u >> 1;
    Ok(if u & 1 == 1 {
        (mag | !mask) as i32
    } else {
        mag as i32
    })
}

/// `#Strings`: NUL-terminated UTF-8 (II.24.2.3).
#[derive(Clone, Debug)]
pub struct StringHeapBuilder {
    data: Vec<u8>,
    map: HashMap<String, u32>,
}

impl Default for StringHeapBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl StringHeapBuilder {
    pub fn new() -> Self {
        StringHeapBuilder {
            data: vec![0],
            map: HashMap::new(),
        }
    }
    /// Interns `s`; "" is always index 0. A string holding NUL is cut at the NUL (it cannot be stored).
    pub fn add(&mut self, s: &str) -> StringIdx {
        let s = s.split('\0').next().unwrap_or("");
        if s.is_empty() {
            return StringIdx(0);
        }
        if let Some(&i) = self.map.get(s) {
            return StringIdx(i);
        }
        let i = self.data.len() as u32;
        self.data.extend_from_slice(s.as_bytes());
        self.data.push(0);
        self.map.insert(s.to_string(), i);
        StringIdx(i)
    }
    pub fn bytes(&self) -> &[u8] {
        &self.data
    }
    pub fn len(&self) -> usize {
        self.data.len()
    }
    pub fn is_empty(&self) -> bool {
        self.data.len() <= 1
    }
}

/// `#Blob`: each entry is a compressed length followed by the bytes (II.24.2.4).
#[derive(Clone, Debug)]
pub struct BlobHeapBuilder {
    data: Vec<u8>,
    map: HashMap<Vec<u8>, u32>,
}

impl Default for BlobHeapBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl BlobHeapBuilder {
    pub fn new() -> Self {
        BlobHeapBuilder {
            data: vec![0],
            map: HashMap::new(),
        }
    }
    /// Interns `b`; the empty blob is always index 0. (A blob over 512 MiB cannot be encoded; the writer
    /// rejects a heap that large.)
    pub fn add(&mut self, b: &[u8]) -> BlobIdx {
        if b.is_empty() {
            return BlobIdx(0);
        }
        if let Some(&i) = self.map.get(b) {
            return BlobIdx(i);
        }
        let i = self.data.len() as u32;
        let len = u32::try_from(b.len())
            .unwrap_or(u32::MAX)
            .min(MAX_COMPRESSED);
        // Cannot fail: len is clamped to MAX_COMPRESSED.
        let _ = write_compressed_u32(len, &mut self.data);
        self.data.extend_from_slice(b);
        self.map.insert(b.to_vec(), i);
        BlobIdx(i)
    }
    pub fn bytes(&self) -> &[u8] {
        &self.data
    }
    pub fn len(&self) -> usize {
        self.data.len()
    }
    pub fn is_empty(&self) -> bool {
        self.data.len() <= 1
    }
}

/// `#GUID`: 16-byte entries, indexed from 1 (II.24.2.5).
#[derive(Clone, Debug, Default)]
pub struct GuidHeapBuilder {
    data: Vec<u8>,
}

impl GuidHeapBuilder {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn add(&mut self, g: [u8; 16]) -> GuidIdx {
        for (i, c) in self.data.chunks_exact(16).enumerate() {
            if c == g {
                return GuidIdx(i as u32 + 1);
            }
        }
        self.data.extend_from_slice(&g);
        GuidIdx((self.data.len() / 16) as u32)
    }
    pub fn bytes(&self) -> &[u8] {
        &self.data
    }
    pub fn len(&self) -> usize {
        self.data.len()
    }
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}

/// `#US`: `ldstr` literals as a compressed byte length, UTF-16LE, and a final flag byte that is 1 when any
/// character needs more than 8-bit handling (II.24.2.4).
#[derive(Clone, Debug)]
pub struct UserStringHeapBuilder {
    data: Vec<u8>,
    map: HashMap<Vec<u16>, u32>,
}

impl Default for UserStringHeapBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl UserStringHeapBuilder {
    pub fn new() -> Self {
        UserStringHeapBuilder {
            data: vec![0],
            map: HashMap::new(),
        }
    }
    pub fn add(&mut self, s: &str) -> UserStringIdx {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.add_utf16(&units)
    }
    /// Adds UTF-16 units as they are (a C# string may hold lone surrogates). The empty string gets its own
    /// entry (length byte 1, flag 0), since offset 0 is not a valid `ldstr` operand.
    pub fn add_utf16(&mut self, s: &[u16]) -> UserStringIdx {
        if let Some(&i) = self.map.get(s) {
            return UserStringIdx(i);
        }
        let i = self.data.len() as u32;
        let len = (s.len() as u64 * 2 + 1).min(MAX_COMPRESSED as u64) as u32;
        let _ = write_compressed_u32(len, &mut self.data); // cannot fail: clamped
        let mut flag = 0u8;
        for &c in s {
            self.data.extend_from_slice(&c.to_le_bytes());
            // II.24.2.4: set when a unit has a non-zero high byte or a low byte in these ranges.
            if c > 0xFF || matches!(c, 0x01..=0x08 | 0x0E..=0x1F | 0x27 | 0x2D | 0x7F) {
                flag = 1;
            }
        }
        self.data.push(flag);
        self.map.insert(s.to_vec(), i);
        UserStringIdx(i)
    }
    pub fn bytes(&self) -> &[u8] {
        &self.data
    }
    pub fn len(&self) -> usize {
        self.data.len()
    }
    pub fn is_empty(&self) -> bool {
        self.data.len() <= 1
    }
}

/// Reads the NUL-terminated UTF-8 string at `i` of a `#Strings` heap.
pub fn read_string(heap: &[u8], i: StringIdx) -> Result<&str> {
    let bad = MetadataError::BadHeap {
        heap: "#Strings",
        index: i.0,
    };
    let rest = heap.get(i.0 as usize..).ok_or(bad.clone())?;
    let end = rest.iter().position(|&b| b == 0).ok_or(bad.clone())?;
    std::str::from_utf8(&rest[..end]).map_err(|_| bad)
}

/// Reads the blob at `i` of a `#Blob` heap (without its length prefix).
pub fn read_blob(heap: &[u8], i: BlobIdx) -> Result<&[u8]> {
    let bad = MetadataError::BadHeap {
        heap: "#Blob",
        index: i.0,
    };
    let mut pos = i.0 as usize;
    if pos >= heap.len() {
        // Index 0 of an empty (absent) heap reads as the empty blob.
        return if pos == 0 { Ok(&[]) } else { Err(bad) };
    }
    let len = read_compressed_u32(heap, &mut pos).map_err(|_| bad.clone())? as usize;
    heap.get(pos..pos + len).ok_or(bad)
}

/// Reads the 1-based GUID `i` of a `#GUID` heap (index 0 reads as all zeros).
pub fn read_guid(heap: &[u8], i: GuidIdx) -> Result<[u8; 16]> {
    if i.0 == 0 {
        return Ok([0; 16]);
    }
    let start = (i.0 as usize - 1) * 16;
    let s = heap.get(start..start + 16).ok_or(MetadataError::BadHeap {
        heap: "#GUID",
        index: i.0,
    })?;
    let mut g = [0u8; 16];
    g.copy_from_slice(s);
    Ok(g)
}

/// Reads the UTF-16 string at `i` of a `#US` heap (the final flag byte is dropped).
pub fn read_user_string(heap: &[u8], i: UserStringIdx) -> Result<Vec<u16>> {
    let bad = MetadataError::BadHeap {
        heap: "#US",
        index: i.0,
    };
    let mut pos = i.0 as usize;
    let len = read_compressed_u32(heap, &mut pos).map_err(|_| bad.clone())? as usize;
    let bytes = heap.get(pos..pos + len).ok_or(bad)?;
    let units = len / 2; // an odd length carries the flag byte; an even one (non-standard) has none
    Ok(bytes[..units * 2]
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_unsigned_examples_from_ecma() {
        // II.23.2 examples.
        let cases: &[(u32, &[u8])] = &[
            (0x03, &[0x03]),
            (0x7F, &[0x7F]),
            (0x80, &[0x80, 0x80]),
            (0x2E57, &[0xAE, 0x57]),
            (0x3FFF, &[0xBF, 0xFF]),
            (0x4000, &[0xC0, 0x00, 0x40, 0x00]),
            (0x1FFF_FFFF, &[0xDF, 0xFF, 0xFF, 0xFF]),
        ];
        for &(v, enc) in cases {
            let mut out = Vec::new();
            write_compressed_u32(v, &mut out).unwrap();
            assert_eq!(out, enc, "encoding {v:#x}");
            let mut pos = 0;
            assert_eq!(read_compressed_u32(&out, &mut pos).unwrap(), v);
            assert_eq!(pos, enc.len());
        }
        assert!(write_compressed_u32(0x2000_0000, &mut Vec::new()).is_err());
        assert!(read_compressed_u32(&[0xC0, 0], &mut 0).is_err());
        assert!(read_compressed_u32(&[0xFF], &mut 0).is_err());
    }

    #[test]
    fn compressed_signed_examples_from_ecma() {
        let cases: &[(i32, &[u8])] = &[
            (3, &[0x06]),
            (-3, &[0x7B]),
            (64, &[0x80, 0x80]),
            (-64, &[0x01]),
            (8192, &[0xC0, 0x00, 0x40, 0x00]),
            (-8192, &[0x80, 0x01]),
            (268435455, &[0xDF, 0xFF, 0xFF, 0xFE]),
            (-268435456, &[0xC0, 0x00, 0x00, 0x01]),
        ];
        for &(v, enc) in cases {
            let mut out = Vec::new();
            write_compressed_i32(v, &mut out).unwrap();
            assert_eq!(out, enc, "encoding {v}");
            assert_eq!(read_compressed_i32(&out, &mut 0).unwrap(), v);
        }
        for v in -70000..70000 {
            let mut out = Vec::new();
            write_compressed_i32(v, &mut out).unwrap();
            assert_eq!(read_compressed_i32(&out, &mut 0).unwrap(), v);
        }
    }

    #[test]
    fn heaps_dedupe_and_read_back() {
        let mut s = StringHeapBuilder::new();
        assert_eq!(s.add(""), StringIdx(0));
        let a = s.add("System");
        let b = s.add("Object");
        assert_eq!(s.add("System"), a);
        assert_eq!(read_string(s.bytes(), a).unwrap(), "System");
        assert_eq!(read_string(s.bytes(), b).unwrap(), "Object");
        assert_eq!(read_string(s.bytes(), StringIdx(0)).unwrap(), "");
        assert!(read_string(s.bytes(), StringIdx(999)).is_err());

        let mut bl = BlobHeapBuilder::new();
        assert_eq!(bl.add(&[]), BlobIdx(0));
        let big = vec![7u8; 300];
        let x = bl.add(&[1, 2, 3]);
        let y = bl.add(&big);
        assert_eq!(bl.add(&[1, 2, 3]), x);
        assert_eq!(read_blob(bl.bytes(), x).unwrap(), &[1, 2, 3]);
        assert_eq!(read_blob(bl.bytes(), y).unwrap(), &big[..]);
        assert!(read_blob(bl.bytes(), BlobIdx(bl.len() as u32 + 5)).is_err());
        assert!(read_blob(&[0, 5, 1], BlobIdx(1)).is_err());

        let mut g = GuidHeapBuilder::new();
        assert_eq!(g.add([1; 16]), GuidIdx(1));
        assert_eq!(g.add([2; 16]), GuidIdx(2));
        assert_eq!(g.add([1; 16]), GuidIdx(1));
        assert_eq!(read_guid(g.bytes(), GuidIdx(2)).unwrap(), [2; 16]);
        assert!(read_guid(g.bytes(), GuidIdx(3)).is_err());

        let mut us = UserStringHeapBuilder::new();
        let h = us.add("hi");
        assert_eq!(h, UserStringIdx(1));
        assert_eq!(&us.bytes()[1..], &[5, b'h', 0, b'i', 0, 0]);
        let e = us.add("é'\u{1F600}");
        assert_eq!(*us.bytes().last().unwrap(), 1);
        let lone = us.add_utf16(&[0xD800, 0x41]);
        assert_eq!(read_user_string(us.bytes(), h).unwrap(), vec![0x68, 0x69]);
        assert_eq!(
            String::from_utf16(&read_user_string(us.bytes(), e).unwrap()).unwrap(),
            "é'\u{1F600}"
        );
        assert_eq!(
            read_user_string(us.bytes(), lone).unwrap(),
            vec![0xD800, 0x41]
        );
        let empty = us.add("");
        assert_ne!(empty.0, 0);
        assert_eq!(
            read_user_string(us.bytes(), empty).unwrap(),
            Vec::<u16>::new()
        );
    }
}
