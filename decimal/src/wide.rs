//! A minimal 192-bit unsigned integer, just wide enough for the
//! intermediate values decimal arithmetic produces: the product of two
//! 96-bit coefficients (< 2^192) and a 96-bit coefficient rescaled by up to
//! 10^28 (< 2^190). Only the handful of operations the arithmetic needs are
//! provided; none of them is expected to overflow 192 bits.

/// Little-endian 64-bit limbs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct U192([u64; 3]);

impl U192 {
    pub(crate) const fn from_u128(v: u128) -> U192 {
        U192([v as u64, (v >> 64) as u64, 0])
    }

    /// The full product of two values below 2^128 whose product fits in
    /// 192 bits (always the case for two 96-bit coefficients, or a 96-bit
    /// coefficient and a power of ten up to 10^28).
    pub(crate) fn mul(a: u128, b: u128) -> U192 {
        let (a0, a1) = (a as u64 as u128, a >> 64);
        let (b0, b1) = (b as u64 as u128, b >> 64);
        let p00 = a0 * b0;
        // a1 and b1 are below 2^32 for 96-bit inputs, but stay general:
        // each cross product is below 2^128 as long as one factor is.
        let p01 = a0 * b1;
        let p10 = a1 * b0;
        let p11 = a1 * b1;
        let limb0 = p00 as u64;
        let mid = (p00 >> 64) + (p01 as u64 as u128) + (p10 as u64 as u128);
        let limb1 = mid as u64;
        let high = (mid >> 64) + (p01 >> 64) + (p10 >> 64) + p11;
        debug_assert!(high >> 64 == 0, "U192 product overflow");
        U192([limb0, limb1, high as u64])
    }

    pub(crate) fn is_zero(self) -> bool {
        self.0 == [0, 0, 0]
    }

    /// Number of significant bits (0 for zero).
    pub(crate) fn bits(self) -> u32 {
        for i in (0..3).rev() {
            if self.0[i] != 0 {
                return 64 * i as u32 + (64 - self.0[i].leading_zeros());
            }
        }
        0
    }

    /// The value as a u128 when it fits.
    pub(crate) fn to_u128(self) -> Option<u128> {
        (self.0[2] == 0).then(|| (self.0[1] as u128) << 64 | self.0[0] as u128)
    }

    pub(crate) fn add_u128(self, v: u128) -> U192 {
        let low = (self.0[1] as u128) << 64 | self.0[0] as u128;
        let (sum, carry) = low.overflowing_add(v);
        let top = self.0[2] + carry as u64;
        U192([sum as u64, (sum >> 64) as u64, top])
    }

    /// `self - v`; the caller guarantees `self >= v`.
    pub(crate) fn sub_u128(self, v: u128) -> U192 {
        let low = (self.0[1] as u128) << 64 | self.0[0] as u128;
        let (diff, borrow) = low.overflowing_sub(v);
        let top = self.0[2] - borrow as u64;
        U192([diff as u64, (diff >> 64) as u64, top])
    }

    /// Ordering against a u128.
    pub(crate) fn cmp_u128(self, v: u128) -> core::cmp::Ordering {
        match self.to_u128() {
            Some(x) => x.cmp(&v),
            None => core::cmp::Ordering::Greater,
        }
    }

    /// Quotient and remainder by a non-zero 64-bit divisor.
    pub(crate) fn div_rem_u64(self, d: u64) -> (U192, u64) {
        debug_assert!(d != 0);
        let d = d as u128;
        let mut rem: u128 = 0;
        let mut q = [0u64; 3];
        for i in (0..3).rev() {
            let cur = rem << 64 | self.0[i] as u128;
            q[i] = (cur / d) as u64;
            rem = cur % d;
        }
        (U192(q), rem as u64)
    }

    pub(crate) fn is_odd(self) -> bool {
        self.0[0] & 1 == 1
    }

    pub(crate) fn increment(self) -> U192 {
        self.add_u128(1)
    }
}
