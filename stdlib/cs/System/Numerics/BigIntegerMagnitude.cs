namespace System.Numerics
{
    /// Unsigned arithmetic on magnitudes: arrays of 32-bit limbs, least significant first. A
    /// null array is zero; results may carry high zero limbs, which BigInteger's constructor
    /// trims.
    internal static class Magnitude
    {
        /// The number of limbs without the high zero ones.
        internal static int Length(uint[] a)
        {
            if (a == null) return 0;
            int n = a.Length;
            while (n > 0 && a[n - 1] == 0) n--;
            return n;
        }

        internal static uint[] Copy(uint[] a, int n)
        {
            uint[] c = new uint[n];
            Array.Copy(a, c, n);
            return c;
        }

        internal static uint[] FromUInt64(ulong v)
        {
            if (v >> 32 == 0) return new uint[] { (uint)v };
            return new uint[] { (uint)v, (uint)(v >> 32) };
        }

        internal static int Compare(uint[] a, uint[] b)
        {
            int na = Length(a);
            int nb = Length(b);
            if (na != nb) return na < nb ? -1 : 1;
            for (int i = na - 1; i >= 0; i--)
            {
                if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            }
            return 0;
        }

        internal static uint[] Add(uint[] a, uint[] b)
        {
            int na = Length(a);
            int nb = Length(b);
            if (na < nb)
            {
                uint[] t = a;
                a = b;
                b = t;
                int tn = na;
                na = nb;
                nb = tn;
            }
            uint[] r = new uint[na + 1];
            ulong carry = 0;
            for (int i = 0; i < na; i++)
            {
                ulong s = (ulong)a[i] + (i < nb ? b[i] : 0u) + carry;
                r[i] = (uint)s;
                carry = s >> 32;
            }
            r[na] = (uint)carry;
            return r;
        }

        /// a - b, where a >= b.
        internal static uint[] Subtract(uint[] a, uint[] b)
        {
            int na = Length(a);
            int nb = Length(b);
            uint[] r = new uint[na];
            long borrow = 0;
            for (int i = 0; i < na; i++)
            {
                long d = (long)a[i] - (i < nb ? b[i] : 0u) - borrow;
                r[i] = (uint)d;
                borrow = d < 0 ? 1 : 0;
            }
            return r;
        }

        /// Schoolbook multiplication: O(n·m), enough for the sizes scripts reach.
        internal static uint[] Multiply(uint[] a, uint[] b)
        {
            int na = Length(a);
            int nb = Length(b);
            uint[] r = new uint[na + nb];
            for (int i = 0; i < na; i++)
            {
                ulong carry = 0;
                ulong ai = a[i];
                if (ai == 0) continue;
                for (int j = 0; j < nb; j++)
                {
                    ulong t = ai * b[j] + r[i + j] + carry;
                    r[i + j] = (uint)t;
                    carry = t >> 32;
                }
                r[i + nb] = (uint)carry;
            }
            return r;
        }

        /// a = a * m + add, in place (the caller leaves room for the growth).
        internal static void MultiplyAddInPlace(uint[] a, uint m, uint add)
        {
            ulong carry = add;
            for (int i = 0; i < a.Length; i++)
            {
                ulong t = (ulong)a[i] * m + carry;
                a[i] = (uint)t;
                carry = t >> 32;
            }
        }

        /// a / d and the remainder, for a one-limb divisor.
        internal static uint[] DivideSmall(uint[] a, uint d, out uint remainder)
        {
            int n = Length(a);
            uint[] q = new uint[n];
            ulong r = 0;
            for (int i = n - 1; i >= 0; i--)
            {
                ulong cur = (r << 32) | a[i];
                q[i] = (uint)(cur / d);
                r = cur % d;
            }
            remainder = (uint)r;
            return q;
        }

        internal static uint[] ShiftLeft(uint[] a, int shift)
        {
            int n = Length(a);
            if (n == 0) return null;
            int limbs = shift / 32;
            int bits = shift % 32;
            uint[] r = new uint[n + limbs + 1];
            for (int i = 0; i < n; i++)
            {
                ulong v = (ulong)a[i] << bits;
                r[i + limbs] |= (uint)v;
                r[i + limbs + 1] = (uint)(v >> 32);
            }
            return r;
        }

        internal static uint[] ShiftRight(uint[] a, int shift)
        {
            int n = Length(a);
            int limbs = shift / 32;
            int bits = shift % 32;
            if (limbs >= n) return null;
            uint[] r = new uint[n - limbs];
            for (int i = 0; i < r.Length; i++)
            {
                ulong v = a[i + limbs];
                if (i + limbs + 1 < n) v |= (ulong)a[i + limbs + 1] << 32;
                r[i] = (uint)(v >> bits);
            }
            return r;
        }

        internal static int LeadingZeros(uint x)
        {
            int n = 0;
            if (x == 0) return 32;
            while ((x & 0x80000000u) == 0)
            {
                x <<= 1;
                n++;
            }
            return n;
        }

        /// u / v and u % v, for u >= v > 0: Knuth's algorithm D (TAOCP 4.3.1), on limbs
        /// normalized so the divisor's top bit is set.
        internal static uint[] DivRem(uint[] u, uint[] v, out uint[] remainder)
        {
            int n = Length(v);
            int m = Length(u) - n;
            if (n == 1)
            {
                uint r;
                uint[] q1 = DivideSmall(u, v[0], out r);
                remainder = new uint[] { r };
                return q1;
            }
            int s = LeadingZeros(v[n - 1]);
            uint[] vn = new uint[n];
            for (int i = n - 1; i > 0; i--) vn[i] = (v[i] << s) | (s == 0 ? 0u : v[i - 1] >> (32 - s));
            vn[0] = v[0] << s;
            uint[] un = new uint[m + n + 1];
            un[m + n] = s == 0 ? 0u : u[m + n - 1] >> (32 - s);
            for (int i = m + n - 1; i > 0; i--) un[i] = (u[i] << s) | (s == 0 ? 0u : u[i - 1] >> (32 - s));
            un[0] = u[0] << s;
            uint[] q = new uint[m + 1];
            ulong top = vn[n - 1];
            ulong next = vn[n - 2];
            for (int j = m; j >= 0; j--)
            {
                ulong num = ((ulong)un[j + n] << 32) | un[j + n - 1];
                ulong qhat = num / top;
                ulong rhat = num % top;
                while (qhat >= 0x100000000UL || qhat * next > ((rhat << 32) | un[j + n - 2]))
                {
                    qhat--;
                    rhat += top;
                    if (rhat >= 0x100000000UL) break;
                }
                // un[j..j+n] -= qhat * vn
                long k = 0;
                long t;
                for (int i = 0; i < n; i++)
                {
                    ulong p = qhat * vn[i];
                    t = (long)un[i + j] - k - (long)(p & 0xFFFFFFFFUL);
                    un[i + j] = (uint)t;
                    k = (long)(p >> 32) - (t >> 32);
                }
                t = (long)un[j + n] - k;
                un[j + n] = (uint)t;
                if (t < 0)
                {
                    // qhat was one too big: add the divisor back.
                    qhat--;
                    ulong carry = 0;
                    for (int i = 0; i < n; i++)
                    {
                        ulong sum = (ulong)un[i + j] + vn[i] + carry;
                        un[i + j] = (uint)sum;
                        carry = sum >> 32;
                    }
                    un[j + n] = (uint)(un[j + n] + carry);
                }
                q[j] = (uint)qhat;
            }
            uint[] rem = new uint[n];
            for (int i = 0; i < n; i++) rem[i] = (un[i] >> s) | (s == 0 ? 0u : un[i + 1] << (32 - s));
            remainder = rem;
            return q;
        }

        /// The decimal digits of a magnitude ("0" for zero), nine at a time.
        internal static string ToDecimal(uint[] a)
        {
            int n = Length(a);
            if (n == 0) return "0";
            var chunks = new System.Collections.Generic.List<uint>();
            uint[] cur = Copy(a, n);
            while (Length(cur) > 0)
            {
                uint r;
                cur = DivideSmall(cur, 1000000000u, out r);
                chunks.Add(r);
            }
            var sb = new System.Text.StringBuilder();
            sb.Append(chunks[chunks.Count - 1]);
            for (int i = chunks.Count - 2; i >= 0; i--) sb.Append(chunks[i].ToString("D9"));
            return sb.ToString();
        }
    }
}
