namespace System.Collections.Generic
{
    /// A growable array. Capacity goes 0, 4, 8, 16... (doubling once full,
    /// or straight to what an insertion needs), as on .NET; every change bumps
    /// a version so that enumerators notice modification. The methods that
    /// take delegates are in ListDelegates.cs; AsReadOnly waits for
    /// ReadOnlyCollection.
    public partial class List<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private const int DefaultCapacity = 4;

        private T[] _items;
        private int _size;
        private int _version;

        public List()
        {
            _items = Array.Empty<T>();
        }

        public List(int capacity)
        {
            if (capacity < 0) throw Errors.OutOfRange("capacity", Errors.NeedNonNegNum);
            if (capacity == 0) _items = Array.Empty<T>();
            else _items = new T[capacity];
        }

        /// An ICollection<T> is copied in one go (capacity = its count);
        /// anything else is added element by element.
        public List(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            ICollection<T> c = collection as ICollection<T>;
            if (c != null)
            {
                int count = c.Count;
                if (count == 0)
                {
                    _items = Array.Empty<T>();
                }
                else
                {
                    _items = new T[count];
                    c.CopyTo(_items, 0);
                    _size = count;
                }
            }
            else
            {
                _items = Array.Empty<T>();
                IEnumerator<T> en = collection.GetEnumerator();
                try
                {
                    while (en.MoveNext()) Add(en.Current);
                }
                finally
                {
                    en.Dispose();
                }
            }
        }

        public int Capacity
        {
            get { return _items.Length; }
            set
            {
                if (value < _size) throw Errors.OutOfRange("value", Errors.SmallCapacity);
                if (value != _items.Length)
                {
                    if (value > 0)
                    {
                        T[] newItems = new T[value];
                        if (_size > 0) Array.Copy(_items, 0, newItems, 0, _size);
                        _items = newItems;
                    }
                    else
                    {
                        _items = Array.Empty<T>();
                    }
                }
            }
        }

        public int Count
        {
            get { return _size; }
        }

        bool IList.IsFixedSize
        {
            get { return false; }
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        bool IList.IsReadOnly
        {
            get { return false; }
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size) throw Errors.IndexOutOfRange();
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size) throw Errors.IndexOutOfRange();
                _items[index] = value;
                _version++;
            }
        }

        /// A T, or null when T admits null.
        private static bool IsCompatibleObject(object value)
        {
            return (value is T) || (value == null && default(T) == null);
        }

        object IList.this[int index]
        {
            get { return this[index]; }
            set
            {
                if (value == null && default(T) != null) throw new ArgumentNullException("value");
                if (!(value is T) && value != null) throw Errors.WrongType<T>(value, "value");
                this[index] = (T)value;
            }
        }

        public void Add(T item)
        {
            _version++;
            int size = _size;
            if ((uint)size < (uint)_items.Length)
            {
                _size = size + 1;
                _items[size] = item;
            }
            else
            {
                EnsureCapacity(size + 1);
                _size = size + 1;
                _items[size] = item;
            }
        }

        int IList.Add(object item)
        {
            if (item == null && default(T) != null) throw new ArgumentNullException("item");
            if (!(item is T) && item != null) throw Errors.WrongType<T>(item, "value");
            Add((T)item);
            return Count - 1;
        }

        public void AddRange(IEnumerable<T> collection)
        {
            InsertRange(_size, collection);
        }

        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            return Array.BinarySearch<T>(_items, index, count, item, comparer);
        }

        public int BinarySearch(T item)
        {
            return BinarySearch(0, Count, item, null);
        }

        public int BinarySearch(T item, IComparer<T> comparer)
        {
            return BinarySearch(0, Count, item, comparer);
        }

        public void Clear()
        {
            _version++;
            int size = _size;
            _size = 0;
            if (size > 0) Array.Clear(_items, 0, size);
        }

        public bool Contains(T item)
        {
            return _size != 0 && IndexOf(item) != -1;
        }

        bool IList.Contains(object item)
        {
            if (IsCompatibleObject(item)) return Contains((T)item);
            return false;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0);
        }

        void ICollection.CopyTo(Array array, int arrayIndex)
        {
            if (array != null && array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported);
            try
            {
                Array.Copy(_items, 0, array, arrayIndex, _size);
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(Errors.InvalidArrayType);
            }
        }

        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            Array.Copy(_items, index, array, arrayIndex, count);
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            Array.Copy(_items, 0, array, arrayIndex, _size);
        }

        /// Grows to 4 when empty, else to twice the capacity, or to `min`
        /// when that is more.
        private void EnsureCapacity(int min)
        {
            if (_items.Length < min)
            {
                int newCapacity = _items.Length == 0 ? DefaultCapacity : _items.Length * 2;
                if ((uint)newCapacity > 0x7FEFFFFF) newCapacity = 0x7FEFFFFF;
                if (newCapacity < min) newCapacity = min;
                Capacity = newCapacity;
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

        public List<T> GetRange(int index, int count)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            List<T> list = new List<T>(count);
            Array.Copy(_items, index, list._items, 0, count);
            list._size = count;
            return list;
        }

        public int IndexOf(T item)
        {
            return Array.IndexOf<T>(_items, item, 0, _size);
        }

        int IList.IndexOf(object item)
        {
            if (IsCompatibleObject(item)) return IndexOf((T)item);
            return -1;
        }

        public int IndexOf(T item, int index)
        {
            if (index > _size) throw Errors.IndexOutOfRange();
            return Array.IndexOf<T>(_items, item, index, _size - index);
        }

        public int IndexOf(T item, int index, int count)
        {
            if (index > _size) throw Errors.IndexOutOfRange();
            if (count < 0 || index > _size - count) throw Errors.OutOfRange("count", Errors.Count);
            return Array.IndexOf<T>(_items, item, index, count);
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_size) throw Errors.OutOfRange("index", Errors.ListInsert);
            if (_size == _items.Length) EnsureCapacity(_size + 1);
            if (index < _size) Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = item;
            _size++;
            _version++;
        }

        void IList.Insert(int index, object item)
        {
            if (item == null && default(T) != null) throw new ArgumentNullException("item");
            if (!(item is T) && item != null) throw Errors.WrongType<T>(item, "value");
            Insert(index, (T)item);
        }

        /// An ICollection<T> is copied in one block (inserting a list into
        /// itself included); other sequences are inserted one by one.
        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            if ((uint)index > (uint)_size) throw Errors.IndexOutOfRange();
            ICollection<T> c = collection as ICollection<T>;
            if (c != null)
            {
                int count = c.Count;
                if (count > 0)
                {
                    EnsureCapacity(_size + count);
                    if (index < _size) Array.Copy(_items, index, _items, index + count, _size - index);
                    if (this == c)
                    {
                        Array.Copy(_items, 0, _items, index, index);
                        Array.Copy(_items, index + count, _items, index * 2, _size - index);
                    }
                    else
                    {
                        c.CopyTo(_items, index);
                    }
                    _size += count;
                }
            }
            else
            {
                IEnumerator<T> en = collection.GetEnumerator();
                try
                {
                    while (en.MoveNext())
                    {
                        Insert(index, en.Current);
                        index++;
                    }
                }
                finally
                {
                    en.Dispose();
                }
            }
            _version++;
        }

        public int LastIndexOf(T item)
        {
            if (_size == 0) return -1;
            return LastIndexOf(item, _size - 1, _size);
        }

        public int LastIndexOf(T item, int index)
        {
            if (index >= _size) throw Errors.IndexOutOfRange();
            return LastIndexOf(item, index, index + 1);
        }

        public int LastIndexOf(T item, int index, int count)
        {
            if (Count != 0 && index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (Count != 0 && count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size == 0) return -1;
            if (index >= _size) throw Errors.OutOfRange("index", Errors.BiggerThanCollection);
            if (count > index + 1) throw Errors.OutOfRange("count", Errors.BiggerThanCollection);
            return Array.LastIndexOf<T>(_items, item, index, count);
        }

        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index >= 0)
            {
                RemoveAt(index);
                return true;
            }
            return false;
        }

        void IList.Remove(object item)
        {
            if (IsCompatibleObject(item)) Remove((T)item);
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) throw Errors.IndexOutOfRange();
            _size--;
            if (index < _size) Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = default(T);
            _version++;
        }

        public void RemoveRange(int index, int count)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            if (count > 0)
            {
                _size -= count;
                if (index < _size) Array.Copy(_items, index + count, _items, index, _size - index);
                _version++;
                Array.Clear(_items, _size, count);
            }
        }

        public void Reverse()
        {
            Reverse(0, Count);
        }

        public void Reverse(int index, int count)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            if (count > 1) Array.Reverse<T>(_items, index, count);
            _version++;
        }

        public void Sort()
        {
            Sort(0, Count, null);
        }

        public void Sort(IComparer<T> comparer)
        {
            Sort(0, Count, comparer);
        }

        /// Array.Sort's introsort over the range: equal elements end where
        /// .NET puts them (the sort is not stable).
        public void Sort(int index, int count, IComparer<T> comparer)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            if (count > 1) Array.Sort<T>(_items, index, count, comparer);
            _version++;
        }

        public T[] ToArray()
        {
            if (_size == 0) return Array.Empty<T>();
            T[] array = new T[_size];
            Array.Copy(_items, 0, array, 0, _size);
            return array;
        }

        /// Shrinks to the count when less than 90% of the capacity is used.
        public void TrimExcess()
        {
            int threshold = (int)(((double)_items.Length) * 0.9);
            if (_size < threshold) Capacity = _size;
        }

        /// A cursor over the list that throws once the list has changed.
        /// Current is default(T) before the first MoveNext and after the last.
        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private List<T> _list;
            private int _index;
            private int _version;
            private T _current;

            internal Enumerator(List<T> list)
            {
                _list = list;
                _index = 0;
                _version = list._version;
                _current = default(T);
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                List<T> localList = _list;
                if (_version == localList._version && ((uint)_index < (uint)localList._size))
                {
                    _current = localList._items[_index];
                    _index++;
                    return true;
                }
                if (_version != _list._version) throw Errors.VersionChanged();
                _index = _list._size + 1;
                _current = default(T);
                return false;
            }

            public T Current
            {
                get { return _current; }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _list._size + 1) throw Errors.CantHappen();
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _list._version) throw Errors.VersionChanged();
                _index = 0;
                _current = default(T);
            }
        }
    }
}
