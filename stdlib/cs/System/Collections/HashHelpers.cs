namespace System.Collections
{
    /// Table sizes for the hashed collections (Dictionary, HashSet,
    /// Hashtable): .NET Core's list of primes, so that a table grows through
    /// the same capacities as on .NET.
    internal static class HashHelpers
    {
        /// The largest prime below the maximum array length.
        public const int MaxPrimeArrayLength = 0x7FEFFFFD;

        /// Sizes computed beyond the table avoid primes p with p - 1 a
        /// multiple of this (Hashtable's probe step uses it).
        public const int HashPrime = 101;

        private static readonly int[] s_primes = new int[]
        {
            3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
            1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591,
            17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437,
            187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263,
            1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369
        };

        public static bool IsPrime(int candidate)
        {
            if ((candidate & 1) == 0) return candidate == 2;
            for (int divisor = 3; (long)divisor * divisor <= candidate; divisor += 2)
            {
                if (candidate % divisor == 0) return false;
            }
            return true;
        }

        /// The smallest table prime >= min; past the table, the next odd prime
        /// p with (p - 1) % 101 != 0.
        public static int GetPrime(int min)
        {
            if (min < 0)
            {
                throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.");
            }
            for (int i = 0; i < s_primes.Length; i++)
            {
                if (s_primes[i] >= min) return s_primes[i];
            }
            for (int i = min | 1; i < int.MaxValue; i += 2)
            {
                if (IsPrime(i) && (i - 1) % HashPrime != 0) return i;
            }
            return min;
        }

        /// The size to grow to: the prime for twice the old size, capped at
        /// MaxPrimeArrayLength.
        public static int ExpandPrime(int oldSize)
        {
            int newSize = 2 * oldSize;
            if ((uint)newSize > MaxPrimeArrayLength && MaxPrimeArrayLength > oldSize)
            {
                return MaxPrimeArrayLength;
            }
            return GetPrime(newSize);
        }
    }
}
