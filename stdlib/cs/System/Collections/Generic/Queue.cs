namespace System.Collections.Generic
{
    /// A first-in first-out queue in a circular array that doubles (at least
    /// +4) when full, as System.Collections.dll's.
    public class Queue<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _head;
        private int _tail;
        private int _size;
        private int _version;

        private const int MinimumGrow = 4;
        private const int GrowFactor = 200;

        public Queue()
        {
            _array = Array.Empty<T>();
        }

        public Queue(int capacity)
        {
            if (capacity < 0) throw Errors.OutOfRange("capacity", capacity, Errors.NeedNonNegNum);
            _array = new T[capacity];
        }

        public Queue(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _array = EnumerableHelpers.ToArray<T>(collection, out _size);
            if (_size != _array.Length) _tail = _size;
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
            if (_size != 0)
            {
                if (_head < _tail)
                {
                    Array.Clear(_array, _head, _size);
                }
                else
                {
                    Array.Clear(_array, _head, _array.Length - _head);
                    Array.Clear(_array, 0, _tail);
                }
                _size = 0;
            }
            _head = 0;
            _tail = 0;
            _version++;
        }

        /// Copies the elements, oldest first.
        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw Errors.OutOfRange("arrayIndex", arrayIndex, Errors.Index);
            if (array.Length - arrayIndex < _size) throw new ArgumentException(Errors.InvalidOffLen);
            int numToCopy = _size;
            if (numToCopy == 0) return;
            int firstPart = _array.Length - _head;
            if (firstPart > numToCopy) firstPart = numToCopy;
            Array.Copy(_array, _head, array, arrayIndex, firstPart);
            numToCopy -= firstPart;
            if (numToCopy > 0) Array.Copy(_array, 0, array, arrayIndex + _array.Length - _head, numToCopy);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");
            if (array.GetLowerBound(0) != 0) throw new ArgumentException(Errors.NonZeroLowerBound, "array");
            int arrayLen = array.Length;
            if (index < 0 || index > arrayLen) throw Errors.OutOfRange("index", index, Errors.Index);
            if (arrayLen - index < _size) throw new ArgumentException(Errors.InvalidOffLen);
            int numToCopy = _size;
            if (numToCopy == 0) return;
            try
            {
                int firstPart = (_array.Length - _head < numToCopy) ? _array.Length - _head : numToCopy;
                Array.Copy(_array, _head, array, index, firstPart);
                numToCopy -= firstPart;
                if (numToCopy > 0) Array.Copy(_array, 0, array, index + _array.Length - _head, numToCopy);
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(Errors.InvalidArrayType, "array");
            }
        }

        public void Enqueue(T item)
        {
            if (_size == _array.Length)
            {
                int newcapacity = (int)((long)_array.Length * (long)GrowFactor / 100);
                if (newcapacity < _array.Length + MinimumGrow) newcapacity = _array.Length + MinimumGrow;
                SetCapacity(newcapacity);
            }
            _array[_tail] = item;
            _tail = Next(_tail);
            _size++;
            _version++;
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

        /// InvalidOperationException "Queue empty." when empty.
        public T Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException(Errors.EmptyQueue);
            T removed = _array[_head];
            _array[_head] = default(T);
            _head = Next(_head);
            _size--;
            _version++;
            return removed;
        }

        public bool TryDequeue(out T result)
        {
            if (_size == 0)
            {
                result = default(T);
                return false;
            }
            result = _array[_head];
            _array[_head] = default(T);
            _head = Next(_head);
            _size--;
            _version++;
            return true;
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException(Errors.EmptyQueue);
            return _array[_head];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0)
            {
                result = default(T);
                return false;
            }
            result = _array[_head];
            return true;
        }

        public bool Contains(T item)
        {
            if (_size == 0) return false;
            if (_head < _tail) return Array.IndexOf<T>(_array, item, _head, _size) >= 0;
            return Array.IndexOf<T>(_array, item, _head, _array.Length - _head) >= 0
                || Array.IndexOf<T>(_array, item, 0, _tail) >= 0;
        }

        /// The elements, oldest first.
        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            T[] arr = new T[_size];
            if (_head < _tail)
            {
                Array.Copy(_array, _head, arr, 0, _size);
            }
            else
            {
                Array.Copy(_array, _head, arr, 0, _array.Length - _head);
                Array.Copy(_array, 0, arr, _array.Length - _head, _tail);
            }
            return arr;
        }

        private void SetCapacity(int capacity)
        {
            T[] newarray = new T[capacity];
            if (_size > 0)
            {
                if (_head < _tail)
                {
                    Array.Copy(_array, _head, newarray, 0, _size);
                }
                else
                {
                    Array.Copy(_array, _head, newarray, 0, _array.Length - _head);
                    Array.Copy(_array, 0, newarray, _array.Length - _head, _tail);
                }
            }
            _array = newarray;
            _head = 0;
            _tail = (_size == capacity) ? 0 : _size;
            _version++;
        }

        private int Next(int index)
        {
            int tmp = index + 1;
            if (tmp == _array.Length) tmp = 0;
            return tmp;
        }

        public void TrimExcess()
        {
            int threshold = (int)(((double)_array.Length) * 0.9);
            if (_size < threshold) SetCapacity(_size);
        }

        /// Oldest first. Current throws before the first MoveNext and after
        /// the last (unlike List's).
        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private Queue<T> _q;
            private int _version;
            private int _index;
            private T _currentElement;

            internal Enumerator(Queue<T> q)
            {
                _q = q;
                _version = q._version;
                _index = -1;
                _currentElement = default(T);
            }

            public void Dispose()
            {
                _index = -2;
                _currentElement = default(T);
            }

            public bool MoveNext()
            {
                if (_version != _q._version) throw Errors.VersionChangedCollections();
                if (_index == -2) return false;
                _index++;
                if (_index == _q._size)
                {
                    _index = -2;
                    _currentElement = default(T);
                    return false;
                }
                T[] array = _q._array;
                int arrayIndex = _q._head + _index;
                if (arrayIndex >= array.Length) arrayIndex -= array.Length;
                _currentElement = array[arrayIndex];
                return true;
            }

            public T Current
            {
                get
                {
                    if (_index < 0)
                    {
                        throw new InvalidOperationException(_index == -1 ? Errors.EnumNotStarted : Errors.EnumEnded);
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
                if (_version != _q._version) throw Errors.VersionChangedCollections();
                _index = -1;
                _currentElement = default(T);
            }
        }
    }
}
