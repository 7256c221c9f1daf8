namespace System
{
    /// Pseudo-random numbers: Knuth's subtractive generator (TAOCP 3.2.2, algorithm A), seeded
    /// and stepped exactly as .NET's `new Random(seed)`, so a seeded program prints the same
    /// numbers there and here.
    public class Random
    {
        private const int MBig = int.MaxValue;
        private const int MSeed = 161803398;

        private readonly int[] _seedArray = new int[56];
        private int _inext;
        private int _inextp;

        private static int s_seedCounter;

        /// Seeded from the clock, distinct for Randoms made in the same tick.
        public Random() : this(Environment.TickCount ^ (s_seedCounter++ * 1103515245))
        {
        }

        public Random(int Seed)
        {
            int subtraction = Seed == int.MinValue ? int.MaxValue : Math.Abs(Seed);
            int mj = MSeed - subtraction;
            _seedArray[55] = mj;
            int mk = 1;
            int ii = 0;
            for (int i = 1; i < 55; i++)
            {
                ii += 21;
                if (ii >= 55) ii -= 55;
                _seedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0) mk += MBig;
                mj = _seedArray[ii];
            }
            for (int k = 1; k < 5; k++)
            {
                for (int i = 1; i < 56; i++)
                {
                    int n = i + 30;
                    if (n >= 55) n -= 55;
                    _seedArray[i] -= _seedArray[1 + n];
                    if (_seedArray[i] < 0) _seedArray[i] += MBig;
                }
            }
            _inext = 0;
            _inextp = 21;
        }

        /// The next number of the sequence, in [0, int.MaxValue).
        private int InternalSample()
        {
            int next = _inext + 1;
            if (next >= 56) next = 1;
            int nextp = _inextp + 1;
            if (nextp >= 56) nextp = 1;
            int result = _seedArray[next] - _seedArray[nextp];
            if (result == MBig) result--;
            if (result < 0) result += MBig;
            _seedArray[next] = result;
            _inext = next;
            _inextp = nextp;
            return result;
        }

        /// A double in [0, 1).
        protected virtual double Sample()
        {
            return InternalSample() * (1.0 / MBig);
        }

        /// A double in [0, 1) from two samples, for ranges wider than int.MaxValue.
        private double GetSampleForLargeRange()
        {
            int result = InternalSample();
            if (InternalSample() % 2 == 0) result = -result;
            double d = result;
            d += int.MaxValue - 1;
            d /= 2 * (uint)int.MaxValue - 1;
            return d;
        }

        public virtual int Next()
        {
            return InternalSample();
        }

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0) throw new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero.");
            return (int)(Sample() * maxValue);
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            long range = (long)maxValue - minValue;
            if (range <= int.MaxValue) return (int)(Sample() * range) + minValue;
            return (int)((long)(GetSampleForLargeRange() * range) + minValue);
        }

        public virtual double NextDouble()
        {
            return Sample();
        }

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(InternalSample() % 256);
        }
    }
}
