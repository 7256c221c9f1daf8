using System.Collections.Generic;

namespace System.Collections
{
    /// A growable array of objects (capacity 0, 4, 8, 16...), .NET's
    /// pre-generic list. Sort is the introsort of Array.Sort over object[]
    /// with Comparer.Default or the given IComparer. The wrappers (Adapter,
    /// FixedSize, ReadOnly, Synchronized) and GetRange's view are not
    /// here yet.
    public class ArrayList : IList, ICloneable
    {
        private object[] _items;
        private int _size;
        private int _version;

        private const int DefaultCapacity = 4;

        public ArrayList()
        {
            _items = Array.Empty<object>();
        }

        public ArrayList(int capacity)
        {
            if (capacity < 0) throw Errors.OutOfRange("capacity", "'capacity' must be non-negative.");
            if (capacity == 0) _items = Array.Empty<object>();
            else _items = new object[capacity];
        }

        public ArrayList(ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c", Errors.CollectionNull);
            int count = c.Count;
            if (count == 0)
            {
                _items = Array.Empty<object>();
            }
            else
            {
                _items = new object[count];
                AddRange(c);
            }
        }

        /// Setting 0 allocates the default 4 slots, as .NET does.
        public virtual int Capacity
        {
            get { return _items.Length; }
            set
            {
                if (value < _size) throw Errors.OutOfRange("value", Errors.SmallCapacity);
                if (value != _items.Length)
                {
                    if (value > 0)
                    {
                        object[] newItems = new object[value];
                        if (_size > 0) Array.Copy(_items, 0, newItems, 0, _size);
                        _items = newItems;
                    }
                    else
                    {
                        _items = new object[DefaultCapacity];
                    }
                }
            }
        }

        public virtual int Count
        {
            get { return _size; }
        }

        public virtual bool IsFixedSize
        {
            get { return false; }
        }

        public virtual bool IsReadOnly
        {
            get { return false; }
        }

        public virtual bool IsSynchronized
        {
            get { return false; }
        }

        public virtual object SyncRoot
        {
            get { return this; }
        }

        public virtual object this[int index]
        {
            get
            {
                if (index < 0 || index >= _size) throw Errors.OutOfRange("index", Errors.Index);
                return _items[index];
            }
            set
            {
                if (index < 0 || index >= _size) throw Errors.OutOfRange("index", Errors.Index);
                _items[index] = value;
                _version++;
            }
        }

        /// Appends; returns the new element's index.
        public virtual int Add(object value)
        {
            if (_size == _items.Length) EnsureCapacity(_size + 1);
            _items[_size] = value;
            _version++;
            int index = _size;
            _size++;
            return index;
        }

        public virtual void AddRange(ICollection c)
        {
            InsertRange(_size, c);
        }

        public virtual int BinarySearch(int index, int count, object value, IComparer comparer)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            if (comparer == null) comparer = Comparer.Default;
            return ArraySortHelper<object, object>.BinarySearch(_items, index, count, value, new ObjectComparerAdapter(comparer));
        }

        public virtual int BinarySearch(object value)
        {
            return BinarySearch(0, Count, value, null);
        }

        public virtual int BinarySearch(object value, IComparer comparer)
        {
            return BinarySearch(0, Count, value, comparer);
        }

        public virtual void Clear()
        {
            if (_size > 0)
            {
                Array.Clear(_items, 0, _size);
                _size = 0;
            }
            _version++;
        }

        /// A shallow copy whose capacity is the count.
        public virtual object Clone()
        {
            ArrayList la = new ArrayList(_size);
            la._size = _size;
            la._version = _version;
            Array.Copy(_items, 0, la._items, 0, _size);
            return la;
        }

        /// By Equals on the stored element (null matches null).
        public virtual bool Contains(object item)
        {
            if (item == null)
            {
                for (int i = 0; i < _size; i++)
                {
                    if (_items[i] == null) return true;
                }
                return false;
            }
            for (int i = 0; i < _size; i++)
            {
                if (_items[i] != null && _items[i].Equals(item)) return true;
            }
            return false;
        }

        public virtual void CopyTo(Array array)
        {
            CopyTo(array, 0);
        }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if (array != null && array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");
            Array.Copy(_items, 0, array, arrayIndex, _size);
        }

        public virtual void CopyTo(int index, Array array, int arrayIndex, int count)
        {
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            if (array != null && array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");
            Array.Copy(_items, index, array, arrayIndex, count);
        }

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

        public virtual IEnumerator GetEnumerator()
        {
            return new ArrayListEnumeratorSimple(this);
        }

        /// An enumerator over [index, index + count).
        public virtual IEnumerator GetEnumerator(int index, int count)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            return new ArrayListEnumerator(this, index, count);
        }

        public virtual int IndexOf(object value)
        {
            return Array.IndexOf(_items, value, 0, _size);
        }

        public virtual int IndexOf(object value, int startIndex)
        {
            if (startIndex > _size) throw Errors.OutOfRange("startIndex", Errors.Index);
            return Array.IndexOf(_items, value, startIndex, _size - startIndex);
        }

        public virtual int IndexOf(object value, int startIndex, int count)
        {
            if (startIndex > _size) throw Errors.OutOfRange("startIndex", Errors.Index);
            if (count < 0 || startIndex > _size - count) throw Errors.OutOfRange("count", Errors.Count);
            return Array.IndexOf(_items, value, startIndex, count);
        }

        public virtual void Insert(int index, object value)
        {
            if (index < 0 || index > _size) throw Errors.OutOfRange("index", Errors.Index);
            if (_size == _items.Length) EnsureCapacity(_size + 1);
            if (index < _size) Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = value;
            _size++;
            _version++;
        }

        /// Inserts a copy of the collection's elements (taken through its
        /// CopyTo) at index.
        public virtual void InsertRange(int index, ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c", Errors.CollectionNull);
            if (index < 0 || index > _size) throw Errors.OutOfRange("index", Errors.Index);
            int count = c.Count;
            if (count > 0)
            {
                EnsureCapacity(_size + count);
                if (index < _size) Array.Copy(_items, index, _items, index + count, _size - index);
                object[] itemsToInsert = new object[count];
                c.CopyTo(itemsToInsert, 0);
                itemsToInsert.CopyTo(_items, index);
                _size += count;
                _version++;
            }
        }

        public virtual int LastIndexOf(object value)
        {
            return LastIndexOf(value, _size - 1, _size);
        }

        public virtual int LastIndexOf(object value, int startIndex)
        {
            if (startIndex >= _size) throw Errors.OutOfRange("startIndex", Errors.Index);
            return LastIndexOf(value, startIndex, startIndex + 1);
        }

        public virtual int LastIndexOf(object value, int startIndex, int count)
        {
            if (Count != 0 && (startIndex < 0 || count < 0))
            {
                throw Errors.OutOfRange(startIndex < 0 ? "startIndex" : "count", Errors.NeedNonNegNum);
            }
            if (_size == 0) return -1;
            if (startIndex >= _size || count > startIndex + 1)
            {
                throw Errors.OutOfRange(startIndex >= _size ? "startIndex" : "count", Errors.BiggerThanCollection);
            }
            int end = startIndex - count;
            for (int i = startIndex; i > end; i--)
            {
                object o = _items[i];
                if (value == null ? o == null : (o != null && o.Equals(value))) return i;
            }
            return -1;
        }

        /// Removes the first element equal to obj, if any.
        public virtual void Remove(object obj)
        {
            int index = IndexOf(obj);
            if (index >= 0) RemoveAt(index);
        }

        public virtual void RemoveAt(int index)
        {
            if (index < 0 || index >= _size) throw Errors.OutOfRange("index", Errors.Index);
            _size--;
            if (index < _size) Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = null;
            _version++;
        }

        public virtual void RemoveRange(int index, int count)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            if (count > 0)
            {
                int i = _size;
                _size -= count;
                if (index < _size) Array.Copy(_items, index + count, _items, index, _size - index);
                while (i > _size)
                {
                    i--;
                    _items[i] = null;
                }
                _version++;
            }
        }

        /// A list of `count` copies of value.
        public static ArrayList Repeat(object value, int count)
        {
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            ArrayList list = new ArrayList(count > DefaultCapacity ? count : DefaultCapacity);
            for (int i = 0; i < count; i++) list.Add(value);
            return list;
        }

        public virtual void Reverse()
        {
            Reverse(0, Count);
        }

        public virtual void Reverse(int index, int count)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            Array.Reverse(_items, index, count);
            _version++;
        }

        /// Overwrites elements from index with the collection's.
        public virtual void SetRange(int index, ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c", Errors.CollectionNull);
            int count = c.Count;
            if (index < 0 || index > _size - count) throw Errors.OutOfRange("index", Errors.Index);
            if (count > 0)
            {
                c.CopyTo(_items, index);
                _version++;
            }
        }

        public virtual void Sort()
        {
            Sort(0, Count, Comparer.Default);
        }

        public virtual void Sort(IComparer comparer)
        {
            Sort(0, Count, comparer);
        }

        /// The introsort Array.Sort uses for object arrays (equal elements end
        /// where .NET puts them).
        public virtual void Sort(int index, int count, IComparer comparer)
        {
            if (index < 0) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (_size - index < count) throw new ArgumentException(Errors.InvalidOffLen);
            if (count > 1)
            {
                if (comparer == null) comparer = Comparer.Default;
                ArraySortHelper<object, object>.Sort(_items, null, index, count, new ObjectComparerAdapter(comparer));
            }
            _version++;
        }

        public virtual object[] ToArray()
        {
            if (_size == 0) return Array.Empty<object>();
            object[] array = new object[_size];
            Array.Copy(_items, 0, array, 0, _size);
            return array;
        }

        /// The elements in a new array of `type`: unboxed for a value type,
        /// InvalidCastException for an element the array cannot hold.
        public virtual Array ToArray(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            Array array = Array.CreateInstance(type, _size);
            Array.Copy(_items, 0, array, 0, _size);
            return array;
        }

        public virtual void TrimToSize()
        {
            Capacity = _size;
        }

        /// A non-generic IComparer seen as an IComparer<object>, so that the
        /// generic sort can run it in its comparer variant (the one
        /// Array.Sort uses for object arrays). Prints as the wrapped comparer.
        internal sealed class ObjectComparerAdapter : IComparer<object>
        {
            private readonly IComparer _comparer;

            internal ObjectComparerAdapter(IComparer comparer)
            {
                _comparer = comparer;
            }

            public int Compare(object x, object y)
            {
                return _comparer.Compare(x, y);
            }

            public override string ToString()
            {
                return _comparer.ToString();
            }
        }

        /// GetEnumerator(): throws once the list changes; Current throws
        /// before the first MoveNext and after the last.
        private sealed class ArrayListEnumeratorSimple : IEnumerator, ICloneable
        {
            private static readonly object s_dummyObject = new object();

            private ArrayList _list;
            private int _index;
            private int _version;
            private object _currentElement;

            internal ArrayListEnumeratorSimple(ArrayList list)
            {
                _list = list;
                _index = -1;
                _version = list._version;
                _currentElement = s_dummyObject;
            }

            public object Clone()
            {
                ArrayListEnumeratorSimple copy = new ArrayListEnumeratorSimple(_list);
                copy._index = _index;
                copy._version = _version;
                copy._currentElement = _currentElement;
                return copy;
            }

            public bool MoveNext()
            {
                if (_version != _list._version) throw Errors.VersionChanged();
                if (_index < _list.Count - 1)
                {
                    _index++;
                    _currentElement = _list[_index];
                    return true;
                }
                _index = _list.Count;
                _currentElement = s_dummyObject;
                return false;
            }

            public object Current
            {
                get
                {
                    object temp = _currentElement;
                    if (s_dummyObject == temp)
                    {
                        if (_index == -1) throw new InvalidOperationException(Errors.EnumNotStarted);
                        throw new InvalidOperationException(Errors.EnumEnded);
                    }
                    return temp;
                }
            }

            public void Reset()
            {
                if (_version != _list._version) throw Errors.VersionChanged();
                _currentElement = s_dummyObject;
                _index = -1;
            }
        }

        /// GetEnumerator(index, count).
        private sealed class ArrayListEnumerator : IEnumerator, ICloneable
        {
            private ArrayList _list;
            private int _index;
            private int _endIndex;
            private int _version;
            private object _currentElement;
            private int _startIndex;

            internal ArrayListEnumerator(ArrayList list, int index, int count)
            {
                _list = list;
                _startIndex = index;
                _index = index - 1;
                _endIndex = _index + count;
                _version = list._version;
                _currentElement = null;
            }

            public object Clone()
            {
                ArrayListEnumerator copy = new ArrayListEnumerator(_list, _startIndex, _endIndex - _startIndex + 1);
                copy._index = _index;
                copy._version = _version;
                copy._currentElement = _currentElement;
                return copy;
            }

            public bool MoveNext()
            {
                if (_version != _list._version) throw Errors.VersionChanged();
                if (_index < _endIndex)
                {
                    _index++;
                    _currentElement = _list[_index];
                    return true;
                }
                _index = _endIndex + 1;
                return false;
            }

            public object Current
            {
                get
                {
                    if (_index < _startIndex) throw new InvalidOperationException(Errors.EnumNotStarted);
                    if (_index > _endIndex) throw new InvalidOperationException(Errors.EnumEnded);
                    return _currentElement;
                }
            }

            public void Reset()
            {
                if (_version != _list._version) throw Errors.VersionChanged();
                _index = _startIndex - 1;
            }
        }
    }
}
