namespace System.Collections.Generic
{
    /// A hash map laid out as .NET Core 3.x lays it out, so that enumeration
    /// order is the same as on .NET: entries live in one array in the order
    /// they were added, and enumeration walks that array. A removed entry
    /// goes on a free list (most recently freed first) and the next insertion
    /// reuses it, which is how later keys can appear before earlier ones.
    ///
    /// Layout: `_buckets[h % size]` holds 1 + the index of the first entry of
    /// that bucket's chain (0 = empty); `Entry.next` chains on (-1 ends it).
    /// A free entry has `next = StartOfFreeList - (index of the next free
    /// entry)`, so `next < -1` marks it free and decodes to the rest of the
    /// free list (-1 when it is the last). Sizes are primes from HashHelpers:
    /// GetPrime(capacity) at first, ExpandPrime(count) when full.
    ///
    /// As in .NET Core 3.x, Remove and Clear do not invalidate enumerators;
    /// adding, replacing a value, EnsureCapacity and TrimExcess do.
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private struct Entry
        {
            public int hashCode;
            public int next;
            public TKey key;
            public TValue value;
        }

        private const int StartOfFreeList = -3;

        // What TryInsert does with a key that is already present.
        private const int InsertNone = 0;
        private const int InsertOverwrite = 1;
        private const int InsertThrow = 2;

        private int[] _buckets;
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private IEqualityComparer<TKey> _comparer;
        private KeyCollection _keys;
        private ValueCollection _values;

        public Dictionary() : this(0, null)
        {
        }

        public Dictionary(int capacity) : this(capacity, null)
        {
        }

        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer)
        {
        }

        /// A null comparer, or the default one, means EqualityComparer<TKey>.Default.
        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            if (capacity > 0) Initialize(capacity);
            if (comparer != null && comparer != EqualityComparer<TKey>.Default) _comparer = comparer;
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null)
        {
        }

        /// Copies in the source's enumeration order (a Dictionary's entries
        /// are read directly, in the same order).
        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)
            : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            Dictionary<TKey, TValue> d = dictionary as Dictionary<TKey, TValue>;
            if (d != null)
            {
                int count = d._count;
                Entry[] entries = d._entries;
                for (int i = 0; i < count; i++)
                {
                    if (entries[i].next >= -1) Add(entries[i].key, entries[i].value);
                }
                return;
            }
            IEnumerator<KeyValuePair<TKey, TValue>> e = dictionary.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    KeyValuePair<TKey, TValue> pair = e.Current;
                    Add(pair.Key, pair.Value);
                }
            }
            finally
            {
                e.Dispose();
            }
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null)
        {
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this(CountOf(collection), comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            IEnumerator<KeyValuePair<TKey, TValue>> e = collection.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    KeyValuePair<TKey, TValue> pair = e.Current;
                    Add(pair.Key, pair.Value);
                }
            }
            finally
            {
                e.Dispose();
            }
        }

        private static int CountOf(IEnumerable<KeyValuePair<TKey, TValue>> collection)
        {
            ICollection<KeyValuePair<TKey, TValue>> c = collection as ICollection<KeyValuePair<TKey, TValue>>;
            if (c == null) return 0;
            return c.Count;
        }

        public IEqualityComparer<TKey> Comparer
        {
            get
            {
                if (_comparer == null) return EqualityComparer<TKey>.Default;
                return _comparer;
            }
        }

        public int Count
        {
            get { return _count - _freeCount; }
        }

        public KeyCollection Keys
        {
            get
            {
                if (_keys == null) _keys = new KeyCollection(this);
                return _keys;
            }
        }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        public ValueCollection Values
        {
            get
            {
                if (_values == null) _values = new ValueCollection(this);
                return _values;
            }
        }

        ICollection<TValue> IDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        /// Get throws KeyNotFoundException for a missing key; set adds or
        /// replaces.
        public TValue this[TKey key]
        {
            get
            {
                int i = FindEntry(key);
                if (i >= 0) return _entries[i].value;
                throw Errors.KeyNotFound(key);
            }
            set
            {
                TryInsert(key, value, InsertOverwrite);
            }
        }

        /// ArgumentException "An item with the same key has already been
        /// added. Key: k" when the key is present.
        public void Add(TKey key, TValue value)
        {
            TryInsert(key, value, InsertThrow);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair)
        {
            Add(keyValuePair.Key, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindEntry(keyValuePair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindEntry(keyValuePair.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, keyValuePair.Value))
            {
                Remove(keyValuePair.Key);
                return true;
            }
            return false;
        }

        /// Empties the table but keeps its size.
        public void Clear()
        {
            int count = _count;
            if (count > 0)
            {
                Array.Clear(_buckets, 0, _buckets.Length);
                _count = 0;
                _freeList = -1;
                _freeCount = 0;
                Array.Clear(_entries, 0, count);
            }
        }

        public bool ContainsKey(TKey key)
        {
            return FindEntry(key) >= 0;
        }

        public bool ContainsValue(TValue value)
        {
            Entry[] entries = _entries;
            if (value == null)
            {
                for (int i = 0; i < _count; i++)
                {
                    if (entries[i].next >= -1 && entries[i].value == null) return true;
                }
            }
            else
            {
                EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
                for (int i = 0; i < _count; i++)
                {
                    if (entries[i].next >= -1 && c.Equals(entries[i].value, value)) return true;
                }
            }
            return false;
        }

        private void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)index > (uint)array.Length) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (array.Length - index < Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
            int count = _count;
            Entry[] entries = _entries;
            for (int i = 0; i < count; i++)
            {
                if (entries[i].next >= -1)
                {
                    array[index] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
                    index++;
                }
            }
        }

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePairType);
        }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePairType);
        }

        /// The index of the key's entry, or -1. Keys are compared as
        /// stored.Equals(key) with the dictionary's comparer.
        private int FindEntry(TKey key)
        {
            if (key == null) throw Errors.KeyIsNull();
            int[] buckets = _buckets;
            if (buckets == null) return -1;
            Entry[] entries = _entries;
            IEqualityComparer<TKey> comparer = _comparer;
            if (comparer == null) comparer = EqualityComparer<TKey>.Default;
            int hashCode = comparer.GetHashCode(key) & 0x7FFFFFFF;
            int i = buckets[hashCode % buckets.Length] - 1;
            int collisionCount = 0;
            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && comparer.Equals(entries[i].key, key)) return i;
                i = entries[i].next;
                if (collisionCount >= entries.Length) throw ConcurrentOperations();
                collisionCount++;
            }
            return -1;
        }

        private static InvalidOperationException ConcurrentOperations()
        {
            return new InvalidOperationException("Operations that change non-concurrent collections must have exclusive access. A concurrent update was performed on this collection and corrupted its state. The collection's state is no longer correct.");
        }

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _freeList = -1;
            _buckets = new int[size];
            _entries = new Entry[size];
            return size;
        }

        /// Adds the pair, or finds the key present and then replaces the value
        /// (overwrite), throws (throw) or returns false (none). A new entry
        /// takes the most recently freed slot, else the next unused one,
        /// growing the table when there is none.
        private bool TryInsert(TKey key, TValue value, int behavior)
        {
            if (key == null) throw Errors.KeyIsNull();
            if (_buckets == null) Initialize(0);
            Entry[] entries = _entries;
            IEqualityComparer<TKey> comparer = _comparer;
            if (comparer == null) comparer = EqualityComparer<TKey>.Default;
            int hashCode = comparer.GetHashCode(key) & 0x7FFFFFFF;
            int bucket = hashCode % _buckets.Length;
            int i = _buckets[bucket] - 1;
            int collisionCount = 0;
            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && comparer.Equals(entries[i].key, key))
                {
                    if (behavior == InsertOverwrite)
                    {
                        entries[i].value = value;
                        _version++;
                        return true;
                    }
                    if (behavior == InsertThrow) throw Errors.DuplicateKey(key);
                    return false;
                }
                i = entries[i].next;
                if (collisionCount >= entries.Length) throw ConcurrentOperations();
                collisionCount++;
            }

            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeList = StartOfFreeList - entries[_freeList].next;
                _freeCount--;
            }
            else
            {
                int count = _count;
                if (count == entries.Length)
                {
                    Resize(HashHelpers.ExpandPrime(count));
                    bucket = hashCode % _buckets.Length;
                }
                index = count;
                _count = count + 1;
                entries = _entries;
            }
            entries[index].hashCode = hashCode;
            entries[index].next = _buckets[bucket] - 1;
            entries[index].key = key;
            entries[index].value = value;
            _buckets[bucket] = index + 1;
            _version++;
            return true;
        }

        /// Copies the entries into arrays of the new size and rebuilds the
        /// chains, in entry order.
        private void Resize(int newSize)
        {
            int[] buckets = new int[newSize];
            Entry[] entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, 0, entries, 0, count);
            for (int i = 0; i < count; i++)
            {
                if (entries[i].next >= -1)
                {
                    int bucket = entries[i].hashCode % newSize;
                    entries[i].next = buckets[bucket] - 1;
                    buckets[bucket] = i + 1;
                }
            }
            _buckets = buckets;
            _entries = entries;
        }

        public bool Remove(TKey key)
        {
            TValue value;
            return Remove(key, out value);
        }

        /// Unlinks the entry from its chain and pushes it on the free list.
        public bool Remove(TKey key, out TValue value)
        {
            if (key == null) throw Errors.KeyIsNull();
            int[] buckets = _buckets;
            Entry[] entries = _entries;
            int collisionCount = 0;
            if (buckets != null)
            {
                IEqualityComparer<TKey> comparer = _comparer;
                if (comparer == null) comparer = EqualityComparer<TKey>.Default;
                int hashCode = comparer.GetHashCode(key) & 0x7FFFFFFF;
                int bucket = hashCode % buckets.Length;
                int last = -1;
                int i = buckets[bucket] - 1;
                while (i >= 0)
                {
                    if (entries[i].hashCode == hashCode && comparer.Equals(entries[i].key, key))
                    {
                        if (last < 0) buckets[bucket] = entries[i].next + 1;
                        else entries[last].next = entries[i].next;
                        value = entries[i].value;
                        entries[i].next = StartOfFreeList - _freeList;
                        entries[i].key = default(TKey);
                        entries[i].value = default(TValue);
                        _freeList = i;
                        _freeCount++;
                        return true;
                    }
                    last = i;
                    i = entries[i].next;
                    if (collisionCount >= entries.Length) throw ConcurrentOperations();
                    collisionCount++;
                }
            }
            value = default(TValue);
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i >= 0)
            {
                value = _entries[i].value;
                return true;
            }
            value = default(TValue);
            return false;
        }

        /// Adds unless the key is present (then false).
        public bool TryAdd(TKey key, TValue value)
        {
            return TryInsert(key, value, InsertNone);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly
        {
            get { return false; }
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            CopyTo(array, index);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported);
            if (array.GetLowerBound(0) != 0) throw new ArgumentException(Errors.NonZeroLowerBound);
            if ((uint)index > (uint)array.Length) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
            if (array.Length - index < Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
            KeyValuePair<TKey, TValue>[] pairs = array as KeyValuePair<TKey, TValue>[];
            if (pairs != null)
            {
                CopyTo(pairs, index);
                return;
            }
            Entry[] entries = _entries;
            DictionaryEntry[] dictEntries = array as DictionaryEntry[];
            if (dictEntries != null)
            {
                for (int i = 0; i < _count; i++)
                {
                    if (entries[i].next >= -1)
                    {
                        dictEntries[index] = new DictionaryEntry(entries[i].key, entries[i].value);
                        index++;
                    }
                }
                return;
            }
            object[] objects = array as object[];
            if (objects == null) throw new ArgumentException(Errors.InvalidArrayType);
            try
            {
                for (int i = 0; i < _count; i++)
                {
                    if (entries[i].next >= -1)
                    {
                        objects[index] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
                        index++;
                    }
                }
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(Errors.InvalidArrayType);
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePairType);
        }

        /// Grows the table to hold `capacity` entries without resizing;
        /// returns the new size.
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            int currentCapacity = _entries == null ? 0 : _entries.Length;
            if (currentCapacity >= capacity) return currentCapacity;
            _version++;
            if (_buckets == null) return Initialize(capacity);
            int newSize = HashHelpers.GetPrime(capacity);
            Resize(newSize);
            return newSize;
        }

        public void TrimExcess()
        {
            TrimExcess(Count);
        }

        /// Rebuilds at GetPrime(capacity) when that is smaller, packing the
        /// live entries to the front in their current order.
        public void TrimExcess(int capacity)
        {
            if (capacity < Count) throw new ArgumentOutOfRangeException("capacity");
            int newSize = HashHelpers.GetPrime(capacity);
            Entry[] oldEntries = _entries;
            int currentCapacity = oldEntries == null ? 0 : oldEntries.Length;
            if (newSize >= currentCapacity) return;
            int oldCount = _count;
            _version++;
            Initialize(newSize);
            Entry[] entries = _entries;
            int[] buckets = _buckets;
            int count = 0;
            for (int i = 0; i < oldCount; i++)
            {
                if (oldEntries[i].next >= -1)
                {
                    entries[count] = oldEntries[i];
                    int bucket = oldEntries[i].hashCode % newSize;
                    entries[count].next = buckets[bucket] - 1;
                    buckets[bucket] = count + 1;
                    count++;
                }
            }
            _count = count;
            _freeCount = 0;
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        bool IDictionary.IsFixedSize
        {
            get { return false; }
        }

        bool IDictionary.IsReadOnly
        {
            get { return false; }
        }

        ICollection IDictionary.Keys
        {
            get { return Keys; }
        }

        ICollection IDictionary.Values
        {
            get { return Values; }
        }

        /// Null for a missing key or a key of another type.
        object IDictionary.this[object key]
        {
            get
            {
                if (IsCompatibleKey(key))
                {
                    int i = FindEntry((TKey)key);
                    if (i >= 0) return _entries[i].value;
                }
                return null;
            }
            set
            {
                if (key == null) throw Errors.KeyIsNull();
                if (value == null && default(TValue) != null) throw new ArgumentNullException("value");
                if (!(key is TKey)) throw Errors.WrongType<TKey>(key, "key");
                if (value != null && !(value is TValue)) throw Errors.WrongType<TValue>(value, "value");
                this[(TKey)key] = (TValue)value;
            }
        }

        private static bool IsCompatibleKey(object key)
        {
            if (key == null) throw Errors.KeyIsNull();
            return key is TKey;
        }

        void IDictionary.Add(object key, object value)
        {
            if (key == null) throw Errors.KeyIsNull();
            if (value == null && default(TValue) != null) throw new ArgumentNullException("value");
            if (!(key is TKey)) throw Errors.WrongType<TKey>(key, "key");
            if (value != null && !(value is TValue)) throw Errors.WrongType<TValue>(value, "value");
            Add((TKey)key, (TValue)value);
        }

        bool IDictionary.Contains(object key)
        {
            if (IsCompatibleKey(key)) return ContainsKey((TKey)key);
            return false;
        }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.DictEntryType);
        }

        void IDictionary.Remove(object key)
        {
            if (IsCompatibleKey(key)) Remove((TKey)key);
        }

        /// Walks the entries array in order, skipping free entries. Current is
        /// a default pair before the first MoveNext and after the last.
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            internal const int DictEntryType = 1;
            internal const int KeyValuePairType = 2;

            private Dictionary<TKey, TValue> _dictionary;
            private int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;
            private int _getEnumeratorRetType;

            internal Enumerator(Dictionary<TKey, TValue> dictionary, int getEnumeratorRetType)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _index = 0;
                _getEnumeratorRetType = getEnumeratorRetType;
                _current = new KeyValuePair<TKey, TValue>();
            }

            public bool MoveNext()
            {
                if (_version != _dictionary._version) throw Errors.VersionChanged();
                while ((uint)_index < (uint)_dictionary._count)
                {
                    int i = _index;
                    _index++;
                    if (_dictionary._entries[i].next >= -1)
                    {
                        _current = new KeyValuePair<TKey, TValue>(_dictionary._entries[i].key, _dictionary._entries[i].value);
                        return true;
                    }
                }
                _index = _dictionary._count + 1;
                _current = new KeyValuePair<TKey, TValue>();
                return false;
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get { return _current; }
            }

            public void Dispose()
            {
            }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _dictionary._count + 1) throw Errors.CantHappen();
                    if (_getEnumeratorRetType == DictEntryType) return new DictionaryEntry(_current.Key, _current.Value);
                    return new KeyValuePair<TKey, TValue>(_current.Key, _current.Value);
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _dictionary._version) throw Errors.VersionChanged();
                _index = 0;
                _current = new KeyValuePair<TKey, TValue>();
            }

            DictionaryEntry IDictionaryEnumerator.Entry
            {
                get
                {
                    if (_index == 0 || _index == _dictionary._count + 1) throw Errors.CantHappen();
                    return new DictionaryEntry(_current.Key, _current.Value);
                }
            }

            object IDictionaryEnumerator.Key
            {
                get
                {
                    if (_index == 0 || _index == _dictionary._count + 1) throw Errors.CantHappen();
                    return _current.Key;
                }
            }

            object IDictionaryEnumerator.Value
            {
                get
                {
                    if (_index == 0 || _index == _dictionary._count + 1) throw Errors.CantHappen();
                    return _current.Value;
                }
            }
        }

        /// A live view of the keys, in the dictionary's order. Read-only.
        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private Dictionary<TKey, TValue> _dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (index < 0 || index > array.Length) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
                if (array.Length - index < _dictionary.Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                int count = _dictionary._count;
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < count; i++)
                {
                    if (entries[i].next >= -1)
                    {
                        array[index] = entries[i].key;
                        index++;
                    }
                }
            }

            public int Count
            {
                get { return _dictionary.Count; }
            }

            bool ICollection<TKey>.IsReadOnly
            {
                get { return true; }
            }

            void ICollection<TKey>.Add(TKey item)
            {
                throw new NotSupportedException(Errors.KeyCollectionSet);
            }

            void ICollection<TKey>.Clear()
            {
                throw new NotSupportedException(Errors.KeyCollectionSet);
            }

            bool ICollection<TKey>.Contains(TKey item)
            {
                return _dictionary.ContainsKey(item);
            }

            bool ICollection<TKey>.Remove(TKey item)
            {
                throw new NotSupportedException(Errors.KeyCollectionSet);
            }

            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            void ICollection.CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported);
                if (array.GetLowerBound(0) != 0) throw new ArgumentException(Errors.NonZeroLowerBound);
                if ((uint)index > (uint)array.Length) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
                if (array.Length - index < _dictionary.Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                TKey[] keys = array as TKey[];
                if (keys != null)
                {
                    CopyTo(keys, index);
                    return;
                }
                object[] objects = array as object[];
                if (objects == null) throw new ArgumentException(Errors.InvalidArrayType);
                int count = _dictionary._count;
                Entry[] entries = _dictionary._entries;
                try
                {
                    for (int i = 0; i < count; i++)
                    {
                        if (entries[i].next >= -1)
                        {
                            objects[index] = entries[i].key;
                            index++;
                        }
                    }
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(Errors.InvalidArrayType);
                }
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return ((ICollection)_dictionary).SyncRoot; }
            }

            public struct Enumerator : IEnumerator<TKey>, IEnumerator
            {
                private Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private int _version;
                private TKey _currentKey;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    _dictionary = dictionary;
                    _version = dictionary._version;
                    _index = 0;
                    _currentKey = default(TKey);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    if (_version != _dictionary._version) throw Errors.VersionChanged();
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        int i = _index;
                        _index++;
                        if (_dictionary._entries[i].next >= -1)
                        {
                            _currentKey = _dictionary._entries[i].key;
                            return true;
                        }
                    }
                    _index = _dictionary._count + 1;
                    _currentKey = default(TKey);
                    return false;
                }

                public TKey Current
                {
                    get { return _currentKey; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || _index == _dictionary._count + 1) throw Errors.CantHappen();
                        return _currentKey;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version) throw Errors.VersionChanged();
                    _index = 0;
                    _currentKey = default(TKey);
                }
            }
        }

        /// A live view of the values, in the dictionary's order. Read-only.
        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private Dictionary<TKey, TValue> _dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (index < 0 || index > array.Length) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
                if (array.Length - index < _dictionary.Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                int count = _dictionary._count;
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < count; i++)
                {
                    if (entries[i].next >= -1)
                    {
                        array[index] = entries[i].value;
                        index++;
                    }
                }
            }

            public int Count
            {
                get { return _dictionary.Count; }
            }

            bool ICollection<TValue>.IsReadOnly
            {
                get { return true; }
            }

            void ICollection<TValue>.Add(TValue item)
            {
                throw new NotSupportedException(Errors.ValueCollectionSet);
            }

            bool ICollection<TValue>.Remove(TValue item)
            {
                throw new NotSupportedException(Errors.ValueCollectionSet);
            }

            void ICollection<TValue>.Clear()
            {
                throw new NotSupportedException(Errors.ValueCollectionSet);
            }

            bool ICollection<TValue>.Contains(TValue item)
            {
                return _dictionary.ContainsValue(item);
            }

            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            void ICollection.CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported);
                if (array.GetLowerBound(0) != 0) throw new ArgumentException(Errors.NonZeroLowerBound);
                if ((uint)index > (uint)array.Length) throw Errors.OutOfRange("index", Errors.NeedNonNegNum);
                if (array.Length - index < _dictionary.Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                TValue[] values = array as TValue[];
                if (values != null)
                {
                    CopyTo(values, index);
                    return;
                }
                object[] objects = array as object[];
                if (objects == null) throw new ArgumentException(Errors.InvalidArrayType);
                int count = _dictionary._count;
                Entry[] entries = _dictionary._entries;
                try
                {
                    for (int i = 0; i < count; i++)
                    {
                        if (entries[i].next >= -1)
                        {
                            objects[index] = entries[i].value;
                            index++;
                        }
                    }
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(Errors.InvalidArrayType);
                }
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return ((ICollection)_dictionary).SyncRoot; }
            }

            public struct Enumerator : IEnumerator<TValue>, IEnumerator
            {
                private Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private int _version;
                private TValue _currentValue;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    _dictionary = dictionary;
                    _version = dictionary._version;
                    _index = 0;
                    _currentValue = default(TValue);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    if (_version != _dictionary._version) throw Errors.VersionChanged();
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        int i = _index;
                        _index++;
                        if (_dictionary._entries[i].next >= -1)
                        {
                            _currentValue = _dictionary._entries[i].value;
                            return true;
                        }
                    }
                    _index = _dictionary._count + 1;
                    _currentValue = default(TValue);
                    return false;
                }

                public TValue Current
                {
                    get { return _currentValue; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || _index == _dictionary._count + 1) throw Errors.CantHappen();
                        return _currentValue;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version) throw Errors.VersionChanged();
                    _index = 0;
                    _currentValue = default(TValue);
                }
            }
        }
    }
}
