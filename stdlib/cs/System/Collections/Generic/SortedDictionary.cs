namespace System.Collections.Generic
{
    /// A map sorted by key: a SortedSet of pairs ordered by the key comparer
    /// alone (TreeSet, which throws on a duplicate key). Replacing a value
    /// through the indexer keeps the stored key and invalidates enumerators.
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private KeyCollection _keys;
        private ValueCollection _values;
        private TreeSet<KeyValuePair<TKey, TValue>> _set;

        public SortedDictionary() : this((IComparer<TKey>)null)
        {
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null)
        {
        }

        /// Adds the source's pairs in its enumeration order.
        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            _set = new TreeSet<KeyValuePair<TKey, TValue>>(new KeyValuePairComparer(comparer));
            IEnumerator<KeyValuePair<TKey, TValue>> e = dictionary.GetEnumerator();
            try
            {
                while (e.MoveNext()) _set.Add(e.Current);
            }
            finally
            {
                e.Dispose();
            }
        }

        public SortedDictionary(IComparer<TKey> comparer)
        {
            _set = new TreeSet<KeyValuePair<TKey, TValue>>(new KeyValuePairComparer(comparer));
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair)
        {
            _set.Add(keyValuePair);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(keyValuePair);
            if (node == null) return false;
            if (keyValuePair.Value == null) return node.Item.Value == null;
            return EqualityComparer<TValue>.Default.Equals(node.Item.Value, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(keyValuePair);
            if (node == null) return false;
            if (EqualityComparer<TValue>.Default.Equals(node.Item.Value, keyValuePair.Value))
            {
                _set.Remove(keyValuePair);
                return true;
            }
            return false;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly
        {
            get { return false; }
        }

        public TValue this[TKey key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key");
                SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(new KeyValuePair<TKey, TValue>(key, default(TValue)));
                if (node == null) throw Errors.KeyNotFound(key);
                return node.Item.Value;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(new KeyValuePair<TKey, TValue>(key, default(TValue)));
                if (node == null)
                {
                    _set.Add(new KeyValuePair<TKey, TValue>(key, value));
                }
                else
                {
                    node.Item = new KeyValuePair<TKey, TValue>(node.Item.Key, value);
                    _set.UpdateVersion();
                }
            }
        }

        public int Count
        {
            get { return _set.Count; }
        }

        public IComparer<TKey> Comparer
        {
            get { return ((KeyValuePairComparer)_set.Comparer).keyComparer; }
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

        /// ArgumentException "An item with the same key has already been
        /// added. Key: [k, v]" (the pair, as .NET formats it) for a duplicate.
        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            _set.Add(new KeyValuePair<TKey, TValue>(key, value));
        }

        public void Clear()
        {
            _set.Clear();
        }

        public bool ContainsKey(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _set.Contains(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public bool ContainsValue(TValue value)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Walker w = new SortedSet<KeyValuePair<TKey, TValue>>.Walker(_set);
            SortedSet<KeyValuePair<TKey, TValue>>.Node node = w.Next();
            if (value == null)
            {
                while (node != null)
                {
                    if (node.Item.Value == null) return true;
                    node = w.Next();
                }
            }
            else
            {
                EqualityComparer<TValue> valueComparer = EqualityComparer<TValue>.Default;
                while (node != null)
                {
                    if (valueComparer.Equals(node.Item.Value, value)) return true;
                    node = w.Next();
                }
            }
            return false;
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            _set.CopyTo(array, index);
        }

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePairType);
        }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePairType);
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _set.Remove(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(new KeyValuePair<TKey, TValue>(key, default(TValue)));
            if (node == null)
            {
                value = default(TValue);
                return false;
            }
            value = node.Item.Value;
            return true;
        }

        void ICollection.CopyTo(Array array, int index)
        {
            ((ICollection)_set).CopyTo(array, index);
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

        object IDictionary.this[object key]
        {
            get
            {
                if (IsCompatibleKey(key))
                {
                    TValue value;
                    if (TryGetValue((TKey)key, out value)) return value;
                }
                return null;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                if (value == null && default(TValue) != null) throw new ArgumentNullException("value");
                if (!(key is TKey)) throw Errors.WrongTypeCollections<TKey>(key, "key");
                if (value != null && !(value is TValue)) throw Errors.WrongTypeCollections<TValue>(value, "value");
                this[(TKey)key] = (TValue)value;
            }
        }

        void IDictionary.Add(object key, object value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (value == null && default(TValue) != null) throw new ArgumentNullException("value");
            if (!(key is TKey)) throw Errors.WrongTypeCollections<TKey>(key, "key");
            if (value != null && !(value is TValue)) throw Errors.WrongTypeCollections<TValue>(value, "value");
            Add((TKey)key, (TValue)value);
        }

        bool IDictionary.Contains(object key)
        {
            if (IsCompatibleKey(key)) return ContainsKey((TKey)key);
            return false;
        }

        private static bool IsCompatibleKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return key is TKey;
        }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.DictEntryType);
        }

        void IDictionary.Remove(object key)
        {
            if (IsCompatibleKey(key)) Remove((TKey)key);
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return ((ICollection)_set).SyncRoot; }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePairType);
        }

        /// In key order, over the underlying tree's enumerator.
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            internal const int KeyValuePairType = 1;
            internal const int DictEntryType = 2;

            private SortedSet<KeyValuePair<TKey, TValue>>.Enumerator _treeEnum;
            private int _getEnumeratorRetType;

            internal Enumerator(SortedDictionary<TKey, TValue> dictionary, int getEnumeratorRetType)
            {
                _treeEnum = dictionary._set.GetEnumerator();
                _getEnumeratorRetType = getEnumeratorRetType;
            }

            public bool MoveNext()
            {
                return _treeEnum.MoveNext();
            }

            public void Dispose()
            {
                _treeEnum.Dispose();
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get { return _treeEnum.Current; }
            }

            internal bool NotStartedOrEnded
            {
                get { return _treeEnum.NotStartedOrEnded; }
            }

            internal void Reset()
            {
                _treeEnum.Reset();
            }

            void IEnumerator.Reset()
            {
                _treeEnum.Reset();
            }

            object IEnumerator.Current
            {
                get
                {
                    if (NotStartedOrEnded) throw Errors.CantHappen();
                    KeyValuePair<TKey, TValue> current = Current;
                    if (_getEnumeratorRetType == DictEntryType) return new DictionaryEntry(current.Key, current.Value);
                    return new KeyValuePair<TKey, TValue>(current.Key, current.Value);
                }
            }

            object IDictionaryEnumerator.Key
            {
                get
                {
                    if (NotStartedOrEnded) throw Errors.CantHappen();
                    return Current.Key;
                }
            }

            object IDictionaryEnumerator.Value
            {
                get
                {
                    if (NotStartedOrEnded) throw Errors.CantHappen();
                    return Current.Value;
                }
            }

            DictionaryEntry IDictionaryEnumerator.Entry
            {
                get
                {
                    if (NotStartedOrEnded) throw Errors.CantHappen();
                    KeyValuePair<TKey, TValue> current = Current;
                    return new DictionaryEntry(current.Key, current.Value);
                }
            }
        }

        /// A live, read-only view of the keys in order.
        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private SortedDictionary<TKey, TValue> _dictionary;

            public KeyCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (index < 0) throw Errors.OutOfRange("index", index, Errors.NeedNonNegNum);
                if (array.Length - index < Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                SortedSet<KeyValuePair<TKey, TValue>>.Walker w = new SortedSet<KeyValuePair<TKey, TValue>>.Walker(_dictionary._set);
                SortedSet<KeyValuePair<TKey, TValue>>.Node node = w.Next();
                while (node != null)
                {
                    array[index] = node.Item.Key;
                    index++;
                    node = w.Next();
                }
            }

            void ICollection.CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");
                if (array.GetLowerBound(0) != 0) throw new ArgumentException(Errors.NonZeroLowerBound, "array");
                if (index < 0) throw Errors.OutOfRange("index", index, Errors.NeedNonNegNum);
                if (array.Length - index < _dictionary.Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                TKey[] keys = array as TKey[];
                if (keys != null)
                {
                    CopyTo(keys, index);
                    return;
                }
                try
                {
                    object[] objects = (object[])array;
                    SortedSet<KeyValuePair<TKey, TValue>>.Walker w = new SortedSet<KeyValuePair<TKey, TValue>>.Walker(_dictionary._set);
                    SortedSet<KeyValuePair<TKey, TValue>>.Node node = w.Next();
                    while (node != null)
                    {
                        objects[index] = node.Item.Key;
                        index++;
                        node = w.Next();
                    }
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(Errors.InvalidArrayType, "array");
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
                private SortedDictionary<TKey, TValue>.Enumerator _dictEnum;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    _dictEnum = dictionary.GetEnumerator();
                }

                public void Dispose()
                {
                    _dictEnum.Dispose();
                }

                public bool MoveNext()
                {
                    return _dictEnum.MoveNext();
                }

                public TKey Current
                {
                    get { return _dictEnum.Current.Key; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_dictEnum.NotStartedOrEnded) throw Errors.CantHappen();
                        return Current;
                    }
                }

                void IEnumerator.Reset()
                {
                    _dictEnum.Reset();
                }
            }
        }

        /// A live, read-only view of the values in key order.
        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private SortedDictionary<TKey, TValue> _dictionary;

            public ValueCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (index < 0) throw Errors.OutOfRange("index", index, Errors.NeedNonNegNum);
                if (array.Length - index < Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                SortedSet<KeyValuePair<TKey, TValue>>.Walker w = new SortedSet<KeyValuePair<TKey, TValue>>.Walker(_dictionary._set);
                SortedSet<KeyValuePair<TKey, TValue>>.Node node = w.Next();
                while (node != null)
                {
                    array[index] = node.Item.Value;
                    index++;
                    node = w.Next();
                }
            }

            void ICollection.CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");
                if (array.GetLowerBound(0) != 0) throw new ArgumentException(Errors.NonZeroLowerBound, "array");
                if (index < 0) throw Errors.OutOfRange("index", index, Errors.NeedNonNegNum);
                if (array.Length - index < _dictionary.Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                TValue[] values = array as TValue[];
                if (values != null)
                {
                    CopyTo(values, index);
                    return;
                }
                try
                {
                    object[] objects = (object[])array;
                    SortedSet<KeyValuePair<TKey, TValue>>.Walker w = new SortedSet<KeyValuePair<TKey, TValue>>.Walker(_dictionary._set);
                    SortedSet<KeyValuePair<TKey, TValue>>.Node node = w.Next();
                    while (node != null)
                    {
                        objects[index] = node.Item.Value;
                        index++;
                        node = w.Next();
                    }
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(Errors.InvalidArrayType, "array");
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

            void ICollection<TValue>.Clear()
            {
                throw new NotSupportedException(Errors.ValueCollectionSet);
            }

            bool ICollection<TValue>.Contains(TValue item)
            {
                return _dictionary.ContainsValue(item);
            }

            bool ICollection<TValue>.Remove(TValue item)
            {
                throw new NotSupportedException(Errors.ValueCollectionSet);
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
                private SortedDictionary<TKey, TValue>.Enumerator _dictEnum;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    _dictEnum = dictionary.GetEnumerator();
                }

                public void Dispose()
                {
                    _dictEnum.Dispose();
                }

                public bool MoveNext()
                {
                    return _dictEnum.MoveNext();
                }

                public TValue Current
                {
                    get { return _dictEnum.Current.Value; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_dictEnum.NotStartedOrEnded) throw Errors.CantHappen();
                        return Current;
                    }
                }

                void IEnumerator.Reset()
                {
                    _dictEnum.Reset();
                }
            }
        }

        /// Orders pairs by key alone.
        internal sealed class KeyValuePairComparer : Comparer<KeyValuePair<TKey, TValue>>
        {
            internal IComparer<TKey> keyComparer;

            public KeyValuePairComparer(IComparer<TKey> keyComparer)
            {
                if (keyComparer == null) keyComparer = Comparer<TKey>.Default;
                this.keyComparer = keyComparer;
            }

            public override int Compare(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y)
            {
                return keyComparer.Compare(x.Key, y.Key);
            }
        }
    }

    /// A SortedSet that rejects duplicates with SortedDictionary's
    /// ArgumentException ("... Key: " and the element).
    internal sealed class TreeSet<T> : SortedSet<T>
    {
        public TreeSet()
        {
        }

        public TreeSet(IComparer<T> comparer) : base(comparer)
        {
        }

        internal override bool AddIfNotPresent(T item)
        {
            bool ret = base.AddIfNotPresent(item);
            if (!ret) throw new ArgumentException("An item with the same key has already been added. Key: " + Errors.Str(item));
            return ret;
        }
    }
}
