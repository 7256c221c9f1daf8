namespace System.Collections.Generic
{
    /// A last-in first-out stack in an array: capacity 0, 4, 8, 16...
    public class Stack<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _size;
        private int _version;

        private const int DefaultCapacity = 4;

        public Stack()
        {
            _array = Array.Empty<T>();
        }

        public Stack(int capacity)
        {
            if (capacity < 0) throw Errors.OutOfRange("capacity", capacity, Errors.NeedNonNegNum);
            _array = new T[capacity];
        }

        /// Pushes the collection's elements in order (its last is on top).
        public Stack(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _array = EnumerableHelpers.ToArray<T>(collection, out _size);
        }

        public int Count
        {
            get { return _size; }
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        public void Clear()
        {
            Array.Clear(_array, 0, _size);
            _size = 0;
            _version++;
        }

        public bool Contains(T item)
        {
            return _size != 0 && Array.LastIndexOf<T>(_array, item, _size - 1) != -1;
        }

        /// Copies the elements top first.
        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw Errors.OutOfRange("arrayIndex", arrayIndex, Errors.Index);
            if (array.Length - arrayIndex < _size) throw new ArgumentException(Errors.InvalidOffLen);
            int srcIndex = 0;
            int dstIndex = arrayIndex + _size;
            while (srcIndex < _size)
            {
                dstIndex--;
                array[dstIndex] = _array[srcIndex];
                srcIndex++;
            }
        }

        void ICollection.CopyTo(Array array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");
            if (array.GetLowerBound(0) != 0) throw new ArgumentException(Errors.NonZeroLowerBound, "array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw Errors.OutOfRange("arrayIndex", arrayIndex, Errors.Index);
            if (array.Length - arrayIndex < _size) throw new ArgumentException(Errors.InvalidOffLen);
            try
            {
                Array.Copy(_array, 0, array, arrayIndex, _size);
                Array.Reverse(array, arrayIndex, _size);
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(Errors.InvalidArrayType, "array");
            }
        }

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this);
        }

        public void TrimExcess()
        {
            int threshold = (int)(((double)_array.Length) * 0.9);
            if (_size < threshold)
            {
                Array.Resize<T>(ref _array, _size);
                _version++;
            }
        }

        /// InvalidOperationException "Stack empty." when empty.
        public T Peek()
        {
            int size = _size - 1;
            if ((uint)size >= (uint)_array.Length) throw new InvalidOperationException(Errors.EmptyStack);
            return _array[size];
        }

        public bool TryPeek(out T result)
        {
            int size = _size - 1;
            if ((uint)size >= (uint)_array.Length)
            {
                result = default(T);
                return false;
            }
            result = _array[size];
            return true;
        }

        public T Pop()
        {
            int size = _size - 1;
            T[] array = _array;
            if ((uint)size >= (uint)array.Length) throw new InvalidOperationException(Errors.EmptyStack);
            _version++;
            _size = size;
            T item = array[size];
            array[size] = default(T);
            return item;
        }

        public bool TryPop(out T result)
        {
            int size = _size - 1;
            T[] array = _array;
            if ((uint)size >= (uint)array.Length)
            {
                result = default(T);
                return false;
            }
            _version++;
            _size = size;
            result = array[size];
            array[size] = default(T);
            return true;
        }

        public void Push(T item)
        {
            if (_size == _array.Length)
            {
                Array.Resize<T>(ref _array, (_array.Length == 0) ? DefaultCapacity : 2 * _array.Length);
            }
            _array[_size] = item;
            _version++;
            _size++;
        }

        /// The elements, top first.
        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            T[] objArray = new T[_size];
            for (int i = 0; i < _size; i++)
            {
                objArray[i] = _array[_size - i - 1];
            }
            return objArray;
        }

        /// Top first. Current throws before the first MoveNext and after the last.
        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private Stack<T> _stack;
            private int _version;
            private int _index;
            private T _currentElement;

            internal Enumerator(Stack<T> stack)
            {
                _stack = stack;
                _version = stack._version;
                _index = -2;
                _currentElement = default(T);
            }

            public void Dispose()
            {
                _index = -1;
            }

            public bool MoveNext()
            {
                if (_version != _stack._version) throw Errors.VersionChangedCollections();
                bool retval;
                if (_index == -2)
                {
                    _index = _stack._size - 1;
                    retval = _index >= 0;
                    if (retval) _currentElement = _stack._array[_index];
                    return retval;
                }
                if (_index == -1) return false;
                _index--;
                retval = _index >= 0;
                if (retval) _currentElement = _stack._array[_index];
                else _currentElement = default(T);
                return retval;
            }

            public T Current
            {
                get
                {
                    if (_index < 0)
                    {
                        throw new InvalidOperationException(_index == -2 ? Errors.EnumNotStarted : Errors.EnumEnded);
                    }
                    return _currentElement;
                }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            void IEnumerator.Reset()
            {
                if (_version != _stack._version) throw Errors.VersionChangedCollections();
                _index = -2;
                _currentElement = default(T);
            }
        }
    }
}
