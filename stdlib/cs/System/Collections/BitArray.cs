namespace System.Collections
{
    /// A fixed-length vector of bits, 32 to an int: bit i is bit (i % 32) of
    /// int i / 32, so CopyTo(int[]) and CopyTo(byte[]) give .NET's values.
    /// As in .NET Core 3.1, bits past Length may hold anything: shrinking
    /// Length keeps the int[] unless it would waste more than 256 ints, and
    /// Not and SetAll work on the whole int[]. CopyTo masks the last int's
    /// spare bits and growing Length clears them, but CopyTo(int[]) of a
    /// length that is a multiple of 32 copies the whole int[], spare ints
    /// too, as .NET Core 3.1's does.
    public sealed class BitArray : ICollection, ICloneable
    {
        private int[] _array;
        private int _length;
        private int _version;

        /// Unused ints a shorter Length may leave before the array is cut.
        private const int ShrinkThreshold = 256;

        private const int BitsPerInt32 = 32;
        private const int BitsPerByte = 8;

        /// length bits, all false.
        public BitArray(int length) : this(length, false)
        {
        }

        public BitArray(int length, bool defaultValue)
        {
            if (length < 0) throw Errors.OutOfRange("length", length, Errors.NeedNonNegNum);
            _array = new int[Int32LengthFromBitLength(length)];
            _length = length;
            if (defaultValue)
            {
                for (int i = 0; i < _array.Length; i++) _array[i] = -1;
            }
        }

        /// Eight bits a byte, bit 0 the low bit of bytes[0].
        public BitArray(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (bytes.Length > int.MaxValue / BitsPerByte) throw Errors.ArrayTooLarge(BitsPerByte, "bytes");
            _array = new int[Int32LengthFromByteLength(bytes.Length)];
            _length = bytes.Length * BitsPerByte;
            for (int i = 0; i < bytes.Length; i++)
            {
                _array[i >> 2] |= bytes[i] << ((i & 3) * 8);
            }
        }

        public BitArray(bool[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            _array = new int[Int32LengthFromBitLength(values.Length)];
            _length = values.Length;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i]) _array[i >> 5] |= 1 << i;
            }
        }

        /// 32 bits an int, bit 0 the low bit of values[0].
        public BitArray(int[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            if (values.Length > int.MaxValue / BitsPerInt32) throw Errors.ArrayTooLarge(BitsPerInt32, "values");
            _array = new int[values.Length];
            Array.Copy(values, _array, values.Length);
            _length = values.Length * BitsPerInt32;
        }

        /// A copy of bits' Length bits; it takes bits' version too, as .NET's does.
        public BitArray(BitArray bits)
        {
            if (bits == null) throw new ArgumentNullException("bits");
            int ints = Int32LengthFromBitLength(bits._length);
            _array = new int[ints];
            Array.Copy(bits._array, _array, ints);
            _length = bits._length;
            _version = bits._version;
        }

        public bool this[int index]
        {
            get { return Get(index); }
            set { Set(index, value); }
        }

        public bool Get(int index)
        {
            if ((uint)index >= (uint)_length) throw IndexOutOfRange(index);
            return (_array[index >> 5] & (1 << index)) != 0;
        }

        public void Set(int index, bool value)
        {
            if ((uint)index >= (uint)_length) throw IndexOutOfRange(index);
            if (value) _array[index >> 5] |= 1 << index;
            else _array[index >> 5] &= ~(1 << index);
            _version++;
        }

        public void SetAll(bool value)
        {
            int fill = value ? -1 : 0;
            for (int i = 0; i < _array.Length; i++) _array[i] = fill;
            _version++;
        }

        /// this &= value; returns this.
        public BitArray And(BitArray value)
        {
            int ints = CheckSameLength(value);
            int[] other = value._array;
            for (int i = 0; i < ints; i++) _array[i] &= other[i];
            _version++;
            return this;
        }

        /// this |= value; returns this.
        public BitArray Or(BitArray value)
        {
            int ints = CheckSameLength(value);
            int[] other = value._array;
            for (int i = 0; i < ints; i++) _array[i] |= other[i];
            _version++;
            return this;
        }

        /// this ^= value; returns this.
        public BitArray Xor(BitArray value)
        {
            int ints = CheckSameLength(value);
            int[] other = value._array;
            for (int i = 0; i < ints; i++) _array[i] ^= other[i];
            _version++;
            return this;
        }

        /// Inverts every bit; returns this.
        public BitArray Not()
        {
            for (int i = 0; i < _array.Length; i++) _array[i] = ~_array[i];
            _version++;
            return this;
        }

        /// Moves every bit count places towards index 0, filling the top with
        /// false; returns this.
        public BitArray RightShift(int count)
        {
            if (count < 0) throw Errors.OutOfRange("count", count, Errors.NeedNonNegNum);
            if (count == 0)
            {
                _version++;
                return this;
            }
            int ints = Int32LengthFromBitLength(_length);
            int toIndex = 0;
            if (count < _length)
            {
                int fromIndex = count >> 5;
                int shift = count & 31;
                // The bits past Length in the last int must not shift in.
                int extraBits = _length & 31;
                uint lastMask = extraBits == 0 ? uint.MaxValue : (1u << extraBits) - 1;
                if (shift == 0)
                {
                    _array[ints - 1] &= (int)lastMask;
                    Array.Copy(_array, fromIndex, _array, 0, ints - fromIndex);
                    toIndex = ints - fromIndex;
                }
                else
                {
                    int lastIndex = ints - 1;
                    while (fromIndex < lastIndex)
                    {
                        uint low = (uint)_array[fromIndex] >> shift;
                        fromIndex++;
                        int high = _array[fromIndex] << (BitsPerInt32 - shift);
                        _array[toIndex++] = high | (int)low;
                    }
                    uint last = lastMask & (uint)_array[fromIndex];
                    _array[toIndex++] = (int)(last >> shift);
                }
            }
            for (int i = toIndex; i < ints; i++) _array[i] = 0;
            _version++;
            return this;
        }

        /// Moves every bit count places away from index 0, filling the bottom
        /// with false; returns this.
        public BitArray LeftShift(int count)
        {
            if (count < 0) throw Errors.OutOfRange("count", count, Errors.NeedNonNegNum);
            if (count == 0)
            {
                _version++;
                return this;
            }
            int intsToClear;
            if (count < _length)
            {
                int lastIndex = (_length - 1) >> 5;
                intsToClear = count >> 5;
                int shift = count & 31;
                if (shift == 0)
                {
                    Array.Copy(_array, 0, _array, intsToClear, lastIndex + 1 - intsToClear);
                }
                else
                {
                    int fromIndex = lastIndex - intsToClear;
                    while (fromIndex > 0)
                    {
                        int high = _array[fromIndex] << shift;
                        fromIndex--;
                        uint low = (uint)_array[fromIndex] >> (BitsPerInt32 - shift);
                        _array[lastIndex] = high | (int)low;
                        lastIndex--;
                    }
                    _array[lastIndex] = _array[fromIndex] << shift;
                }
            }
            else
            {
                intsToClear = Int32LengthFromBitLength(_length);
            }
            for (int i = 0; i < intsToClear; i++) _array[i] = 0;
            _version++;
            return this;
        }

        /// Growing clears the new bits; see the class comment for shrinking.
        public int Length
        {
            get { return _length; }
            set
            {
                if (value < 0) throw Errors.OutOfRange("value", value, Errors.NeedNonNegNum);
                int newInts = Int32LengthFromBitLength(value);
                if (newInts > _array.Length || newInts + ShrinkThreshold < _array.Length)
                {
                    Array.Resize(ref _array, newInts);
                }
                if (value > _length)
                {
                    // The old last int's bits past the old length may be set.
                    int last = (_length - 1) >> 5;
                    int bits = _length & 31;
                    if (bits > 0) _array[last] &= (1 << bits) - 1;
                    for (int i = last + 1; i < newInts; i++) _array[i] = 0;
                }
                _length = value;
                _version++;
            }
        }

        public int Count
        {
            get { return _length; }
        }

        public object SyncRoot
        {
            get { return this; }
        }

        public bool IsSynchronized
        {
            get { return false; }
        }

        public bool IsReadOnly
        {
            get { return false; }
        }

        /// Copies the bits into an int[] (32 a element), a byte[] (8 an
        /// element) or a bool[] from index on. As .NET's, the int[] copy checks
        /// no length first: a short array fails in Array.Copy or with an
        /// IndexOutOfRangeException on the last, masked int.
        public void CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw Errors.OutOfRange("index", index, Errors.NeedNonNegNum);
            if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");

            int[] intArray = array as int[];
            if (intArray != null)
            {
                int extraBits = _length & 31;
                if (extraBits == 0)
                {
                    Array.Copy(_array, 0, intArray, index, _array.Length);
                }
                else
                {
                    int last = (_length - 1) >> 5;
                    Array.Copy(_array, 0, intArray, index, last);
                    intArray[index + last] = _array[last] & ((1 << extraBits) - 1);
                }
                return;
            }

            byte[] byteArray = array as byte[];
            if (byteArray != null)
            {
                int byteLength = ByteLengthFromBitLength(_length);
                if (array.Length - index < byteLength) throw new ArgumentException(Errors.InvalidOffLen);
                int extraBits = _length & 7;
                int fullBytes = extraBits > 0 ? byteLength - 1 : byteLength;
                for (int i = 0; i < fullBytes; i++)
                {
                    byteArray[index + i] = (byte)(_array[i >> 2] >> ((i & 3) * 8));
                }
                if (extraBits > 0)
                {
                    int partial = _array[fullBytes >> 2] >> ((fullBytes & 3) * 8);
                    byteArray[index + fullBytes] = (byte)(partial & ((1 << extraBits) - 1));
                }
                return;
            }

            bool[] boolArray = array as bool[];
            if (boolArray != null)
            {
                if (array.Length - index < _length) throw new ArgumentException(Errors.InvalidOffLen);
                for (int i = 0; i < _length; i++)
                {
                    boolArray[index + i] = (_array[i >> 5] & (1 << i)) != 0;
                }
                return;
            }

            throw new ArgumentException(Errors.BitArrayTypeUnsupported, "array");
        }

        public object Clone()
        {
            return new BitArray(this);
        }

        public IEnumerator GetEnumerator()
        {
            return new BitArrayEnumeratorSimple(this);
        }

        /// (n + 31) / 32 without overflow: n - 1 + 32 wraps past int.MaxValue
        /// only into the uint range, and n = 0 gives 31 >> 5 = 0.
        private static int Int32LengthFromBitLength(int n)
        {
            return (int)((uint)(n - 1 + BitsPerInt32) >> 5);
        }

        private static int Int32LengthFromByteLength(int n)
        {
            return (int)((uint)(n - 1 + 4) >> 2);
        }

        private static int ByteLengthFromBitLength(int n)
        {
            return (int)((uint)(n - 1 + BitsPerByte) >> 3);
        }

        /// The number of ints the two arrays' bits fill.
        private int CheckSameLength(BitArray value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (_length != value._length) throw new ArgumentException(Errors.ArrayLengthsDiffer);
            return Int32LengthFromBitLength(_length);
        }

        private static ArgumentOutOfRangeException IndexOutOfRange(int index)
        {
            return Errors.OutOfRange("index", index, Errors.Index);
        }

        /// Throws once the array changes (System.Collections.dll's wording);
        /// Current, read from a copy taken by MoveNext, does not check.
        private sealed class BitArrayEnumeratorSimple : IEnumerator, ICloneable
        {
            private readonly BitArray _bitArray;
            private readonly int _version;
            private int _index;
            private bool _currentElement;

            internal BitArrayEnumeratorSimple(BitArray bitArray)
            {
                _bitArray = bitArray;
                _index = -1;
                _version = bitArray._version;
            }

            public object Clone()
            {
                return MemberwiseClone();
            }

            public bool MoveNext()
            {
                if (_version != _bitArray._version) throw Errors.VersionChangedCollections();
                if (_index < _bitArray._length - 1)
                {
                    _index++;
                    _currentElement = _bitArray.Get(_index);
                    return true;
                }
                _index = _bitArray._length;
                return false;
            }

            public object Current
            {
                get
                {
                    if ((uint)_index >= (uint)_bitArray._length)
                    {
                        if (_index == -1) throw new InvalidOperationException(Errors.EnumNotStarted);
                        throw new InvalidOperationException(Errors.EnumEnded);
                    }
                    return _currentElement;
                }
            }

            public void Reset()
            {
                if (_version != _bitArray._version) throw Errors.VersionChangedCollections();
                _index = -1;
            }
        }
    }
}
