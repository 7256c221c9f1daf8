namespace System.Collections
{
    /// .NET's non-generic hash table, with its algorithm so that enumeration
    /// order matches for the same hash codes: open addressing with double
    /// hashing in a prime-sized bucket array (h1 = hash, step = 1 + (h1 * 101)
    /// mod (size - 1)), a collision bit in the stored hash's sign, removed
    /// entries that collided kept as tombstones (their key is the bucket array
    /// itself), growth at 72% load, and enumeration from the last bucket to
    /// the first. String hash codes differ between runtimes (and are
    /// randomised per process on .NET), so only orders that depend on stable
    /// hash codes (integers, say) are reproducible.
    ///
    /// The obsolete IHashCodeProvider/IComparer constructors and Synchronized
    /// are not here.
    public class Hashtable : IDictionary, ICloneable
    {
        private struct Bucket
        {
            public object key;
            public object val;
            public int hash_coll;
        }

        private const int InitialSize = 3;

        private Bucket[] _buckets;
        private int _count;
        private int _occupancy;
        private int _loadsize;
        private float _loadFactor;
        private int _version;
        private ICollection _keys;
        private ICollection _values;
        private IEqualityComparer _keycomparer;

        public Hashtable() : this(0, 1.0f)
        {
        }

        public Hashtable(int capacity) : this(capacity, 1.0f)
        {
        }

        /// The table starts at the prime for capacity / (0.72 * loadFactor).
        public Hashtable(int capacity, float loadFactor)
        {
            if (capacity < 0) throw Errors.OutOfRange("capacity", Errors.NeedNonNegNum);
            if (!(loadFactor >= 0.1f && loadFactor <= 1.0f))
            {
                throw Errors.OutOfRange("loadFactor", "Load factor needs to be between 0.1 and 1.0.");
            }
            _loadFactor = 0.72f * loadFactor;
            double rawsize = capacity / _loadFactor;
            if (rawsize > int.MaxValue)
            {
                throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.", "capacity");
            }
            int hashsize = (rawsize > InitialSize) ? HashHelpers.GetPrime((int)rawsize) : InitialSize;
            _buckets = new Bucket[hashsize];
            _loadsize = (int)(_loadFactor * hashsize);
        }

        public Hashtable(int capacity, float loadFactor, IEqualityComparer equalityComparer) : this(capacity, loadFactor)
        {
            _keycomparer = equalityComparer;
        }

        public Hashtable(IEqualityComparer equalityComparer) : this(0, 1.0f, equalityComparer)
        {
        }

        public Hashtable(int capacity, IEqualityComparer equalityComparer) : this(capacity, 1.0f, equalityComparer)
        {
        }

        public Hashtable(IDictionary d) : this(d, 1.0f)
        {
        }

        public Hashtable(IDictionary d, float loadFactor) : this(d, loadFactor, (IEqualityComparer)null)
        {
        }

        public Hashtable(IDictionary d, IEqualityComparer equalityComparer) : this(d, 1.0f, equalityComparer)
        {
        }

        /// Adds d's entries in its enumeration order.
        public Hashtable(IDictionary d, float loadFactor, IEqualityComparer equalityComparer)
            : this(d != null ? d.Count : 0, loadFactor, equalityComparer)
        {
            if (d == null) throw new ArgumentNullException("d", Errors.DictionaryNull);
            IDictionaryEnumerator e = d.GetEnumerator();
            while (e.MoveNext()) Add(e.Key, e.Value);
        }

        protected IEqualityComparer EqualityComparer
        {
            get { return _keycomparer; }
        }

        /// The 31-bit hash, the first probe (seed) and the probe step.
        private uint InitHash(object key, int hashsize, out uint seed, out uint incr)
        {
            uint hashcode = (uint)GetHash(key) & 0x7FFFFFFF;
            seed = hashcode;
            incr = 1 + ((seed * HashHelpers.HashPrime) % ((uint)hashsize - 1));
            return hashcode;
        }

        /// ArgumentException "Item has already been added. Key in dictionary:
        /// 'a'  Key being added: 'b'" for a duplicate.
        public virtual void Add(object key, object value)
        {
            Insert(key, value, true);
        }

        public virtual void Clear()
        {
            if (_count == 0 && _occupancy == 0) return;
            for (int i = 0; i < _buckets.Length; i++)
            {
                _buckets[i].hash_coll = 0;
                _buckets[i].key = null;
                _buckets[i].val = null;
            }
            _count = 0;
            _occupancy = 0;
            _version++;
        }

        /// A copy with the same comparer and load factor, filled from the last
        /// bucket to the first.
        public virtual object Clone()
        {
            Bucket[] lbuckets = _buckets;
            Hashtable ht = new Hashtable(_count, _keycomparer);
            ht._version = _version;
            ht._loadFactor = _loadFactor;
            ht._count = 0;
            int bucket = lbuckets.Length;
            while (bucket > 0)
            {
                bucket--;
                object keyv = lbuckets[bucket].key;
                if (keyv != null && keyv != (object)lbuckets)
                {
                    ht[keyv] = lbuckets[bucket].val;
                }
            }
            return ht;
        }

        public virtual bool Contains(object key)
        {
            return ContainsKey(key);
        }

        public virtual bool ContainsKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key", Errors.KeyNull);
            return FindBucket(key) >= 0;
        }

        /// The bucket holding the key, or -1: probes until an empty bucket or
        /// one that never saw a collision.
        private int FindBucket(object key)
        {
            uint seed;
            uint incr;
            Bucket[] lbuckets = _buckets;
            uint hashcode = InitHash(key, lbuckets.Length, out seed, out incr);
            int ntry = 0;
            int bucketNumber = (int)(seed % (uint)lbuckets.Length);
            Bucket b;
            do
            {
                b = lbuckets[bucketNumber];
                if (b.key == null) return -1;
                if ((b.hash_coll & 0x7FFFFFFF) == hashcode && KeyEquals(b.key, key)) return bucketNumber;
                bucketNumber = (int)(((long)bucketNumber + incr) % (uint)lbuckets.Length);
                ntry++;
            } while (b.hash_coll < 0 && ntry < lbuckets.Length);
            return -1;
        }

        public virtual bool ContainsValue(object value)
        {
            if (value == null)
            {
                for (int i = _buckets.Length - 1; i >= 0; i--)
                {
                    if (_buckets[i].key != null && _buckets[i].key != (object)_buckets && _buckets[i].val == null) return true;
                }
            }
            else
            {
                for (int i = _buckets.Length - 1; i >= 0; i--)
                {
                    object val = _buckets[i].val;
                    if (val != null && val.Equals(value)) return true;
                }
            }
            return false;
        }

        /// Stores into an object[] or DictionaryEntry[] (Array.SetValue for
        /// other element types is not in this runtime yet).
        private static void SetElement(Array array, object value, int index)
        {
            object[] objects = array as object[];
            if (objects != null)
            {
                objects[index] = value;
                return;
            }
            DictionaryEntry[] entries = array as DictionaryEntry[];
            if (entries != null)
            {
                entries[index] = (DictionaryEntry)value;
                return;
            }
            throw new InvalidCastException();
        }

        private void CopyKeys(Array array, int arrayIndex)
        {
            Bucket[] lbuckets = _buckets;
            for (int i = lbuckets.Length - 1; i >= 0; i--)
            {
                object keyv = lbuckets[i].key;
                if (keyv != null && keyv != (object)_buckets)
                {
                    SetElement(array, keyv, arrayIndex);
                    arrayIndex++;
                }
            }
        }

        private void CopyEntries(Array array, int arrayIndex)
        {
            Bucket[] lbuckets = _buckets;
            for (int i = lbuckets.Length - 1; i >= 0; i--)
            {
                object keyv = lbuckets[i].key;
                if (keyv != null && keyv != (object)_buckets)
                {
                    SetElement(array, new DictionaryEntry(keyv, lbuckets[i].val), arrayIndex);
                    arrayIndex++;
                }
            }
        }

        private void CopyValues(Array array, int arrayIndex)
        {
            Bucket[] lbuckets = _buckets;
            for (int i = lbuckets.Length - 1; i >= 0; i--)
            {
                object keyv = lbuckets[i].key;
                if (keyv != null && keyv != (object)_buckets)
                {
                    SetElement(array, lbuckets[i].val, arrayIndex);
                    arrayIndex++;
                }
            }
        }

        /// Copies DictionaryEntry values, last bucket first.
        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array", "Array cannot be null.");
            if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");
            if (arrayIndex < 0) throw Errors.OutOfRange("arrayIndex", Errors.NeedNonNegNum);
            if (array.Length - arrayIndex < Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
            CopyEntries(array, arrayIndex);
        }

        /// Null for a missing key; setting adds or replaces.
        public virtual object this[object key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key", Errors.KeyNull);
                int b = FindBucket(key);
                if (b < 0) return null;
                return _buckets[b].val;
            }
            set
            {
                Insert(key, value, false);
            }
        }

        private void Expand()
        {
            Rehash(HashHelpers.ExpandPrime(_buckets.Length));
        }

        private void Rehash(int newsize)
        {
            _occupancy = 0;
            Bucket[] newBuckets = new Bucket[newsize];
            for (int nb = 0; nb < _buckets.Length; nb++)
            {
                Bucket oldb = _buckets[nb];
                if (oldb.key != null && oldb.key != (object)_buckets)
                {
                    PutEntry(newBuckets, oldb.key, oldb.val, oldb.hash_coll & 0x7FFFFFFF);
                }
            }
            _buckets = newBuckets;
            _loadsize = (int)(_loadFactor * newsize);
            _version++;
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new HashtableEnumerator(this, HashtableEnumerator.DictEntry);
        }

        /// Last bucket first.
        public virtual IDictionaryEnumerator GetEnumerator()
        {
            return new HashtableEnumerator(this, HashtableEnumerator.DictEntry);
        }

        /// The key's hash: the comparer's, else key.GetHashCode().
        protected virtual int GetHash(object key)
        {
            if (_keycomparer != null) return _keycomparer.GetHashCode(key);
            return key.GetHashCode();
        }

        public virtual bool IsReadOnly
        {
            get { return false; }
        }

        public virtual bool IsFixedSize
        {
            get { return false; }
        }

        public virtual bool IsSynchronized
        {
            get { return false; }
        }

        /// item is the stored key: the same object, or equal by the comparer
        /// (else item.Equals(key)); never a tombstone.
        protected virtual bool KeyEquals(object item, object key)
        {
            if ((object)_buckets == item) return false;
            if (item == key) return true;
            if (_keycomparer != null) return _keycomparer.Equals(item, key);
            return item == null ? false : item.Equals(key);
        }

        public virtual ICollection Keys
        {
            get
            {
                if (_keys == null) _keys = new KeyCollection(this);
                return _keys;
            }
        }

        public virtual ICollection Values
        {
            get
            {
                if (_values == null) _values = new ValueCollection(this);
                return _values;
            }
        }

        /// Probes for the key, remembering the first tombstone that had seen
        /// a collision; a new key goes there, else into the first empty bucket
        /// (or tombstone without collision). Occupied buckets passed get the
        /// collision bit.
        private void Insert(object key, object nvalue, bool add)
        {
            if (key == null) throw new ArgumentNullException("key", Errors.KeyNull);
            if (_count >= _loadsize) Expand();
            else if (_occupancy > _loadsize && _count > 100) Rehash(_buckets.Length);

            uint seed;
            uint incr;
            uint hashcode = InitHash(key, _buckets.Length, out seed, out incr);
            int ntry = 0;
            int emptySlotNumber = -1;
            int bucketNumber = (int)(seed % (uint)_buckets.Length);
            do
            {
                if (emptySlotNumber == -1 && _buckets[bucketNumber].key == (object)_buckets && _buckets[bucketNumber].hash_coll < 0)
                {
                    emptySlotNumber = bucketNumber;
                }
                if (_buckets[bucketNumber].key == null
                    || (_buckets[bucketNumber].key == (object)_buckets && (_buckets[bucketNumber].hash_coll & int.MinValue) == 0))
                {
                    if (emptySlotNumber != -1) bucketNumber = emptySlotNumber;
                    _buckets[bucketNumber].val = nvalue;
                    _buckets[bucketNumber].key = key;
                    _buckets[bucketNumber].hash_coll |= (int)hashcode;
                    _count++;
                    _version++;
                    return;
                }
                if ((_buckets[bucketNumber].hash_coll & 0x7FFFFFFF) == hashcode && KeyEquals(_buckets[bucketNumber].key, key))
                {
                    if (add)
                    {
                        throw new ArgumentException("Item has already been added. Key in dictionary: '" + Errors.Str(_buckets[bucketNumber].key) + "'  Key being added: '" + Errors.Str(key) + "'");
                    }
                    _buckets[bucketNumber].val = nvalue;
                    _version++;
                    return;
                }
                if (emptySlotNumber == -1)
                {
                    if (_buckets[bucketNumber].hash_coll >= 0)
                    {
                        _buckets[bucketNumber].hash_coll |= int.MinValue;
                        _occupancy++;
                    }
                }
                bucketNumber = (int)(((long)bucketNumber + incr) % (uint)_buckets.Length);
                ntry++;
            } while (ntry < _buckets.Length);

            if (emptySlotNumber != -1)
            {
                _buckets[emptySlotNumber].val = nvalue;
                _buckets[emptySlotNumber].key = key;
                _buckets[emptySlotNumber].hash_coll |= (int)hashcode;
                _count++;
                _version++;
                return;
            }
            throw new InvalidOperationException("Hashtable insert failed. Load factor too high. The most common cause is multiple threads writing to the Hashtable simultaneously.");
        }

        private void PutEntry(Bucket[] newBuckets, object key, object nvalue, int hashcode)
        {
            uint seed = (uint)hashcode;
            uint incr = 1 + ((seed * HashHelpers.HashPrime) % ((uint)newBuckets.Length - 1));
            int bucketNumber = (int)(seed % (uint)newBuckets.Length);
            while (true)
            {
                if (newBuckets[bucketNumber].key == null || newBuckets[bucketNumber].key == (object)_buckets)
                {
                    newBuckets[bucketNumber].val = nvalue;
                    newBuckets[bucketNumber].key = key;
                    newBuckets[bucketNumber].hash_coll |= hashcode;
                    return;
                }
                if (newBuckets[bucketNumber].hash_coll >= 0)
                {
                    newBuckets[bucketNumber].hash_coll |= int.MinValue;
                    _occupancy++;
                }
                bucketNumber = (int)(((long)bucketNumber + incr) % (uint)newBuckets.Length);
            }
        }

        /// Empties the key's bucket, leaving a tombstone if it had collided.
        public virtual void Remove(object key)
        {
            if (key == null) throw new ArgumentNullException("key", Errors.KeyNull);
            uint seed;
            uint incr;
            uint hashcode = InitHash(key, _buckets.Length, out seed, out incr);
            int ntry = 0;
            Bucket b;
            int bn = (int)(seed % (uint)_buckets.Length);
            do
            {
                b = _buckets[bn];
                if ((b.hash_coll & 0x7FFFFFFF) == hashcode && KeyEquals(b.key, key))
                {
                    _buckets[bn].hash_coll &= int.MinValue;
                    if (_buckets[bn].hash_coll != 0) _buckets[bn].key = _buckets;
                    else _buckets[bn].key = null;
                    _buckets[bn].val = null;
                    _count--;
                    _version++;
                    return;
                }
                bn = (int)(((long)bn + incr) % (uint)_buckets.Length);
                ntry++;
            } while (b.hash_coll < 0 && ntry < _buckets.Length);
        }

        public virtual object SyncRoot
        {
            get { return this; }
        }

        public virtual int Count
        {
            get { return _count; }
        }

        private sealed class KeyCollection : ICollection
        {
            private Hashtable _hashtable;

            internal KeyCollection(Hashtable hashtable)
            {
                _hashtable = hashtable;
            }

            public void CopyTo(Array array, int arrayIndex)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");
                if (arrayIndex < 0) throw Errors.OutOfRange("arrayIndex", Errors.NeedNonNegNum);
                if (array.Length - arrayIndex < _hashtable._count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                _hashtable.CopyKeys(array, arrayIndex);
            }

            public IEnumerator GetEnumerator()
            {
                return new HashtableEnumerator(_hashtable, HashtableEnumerator.Keys);
            }

            public bool IsSynchronized
            {
                get { return _hashtable.IsSynchronized; }
            }

            public object SyncRoot
            {
                get { return _hashtable.SyncRoot; }
            }

            public int Count
            {
                get { return _hashtable._count; }
            }
        }

        private sealed class ValueCollection : ICollection
        {
            private Hashtable _hashtable;

            internal ValueCollection(Hashtable hashtable)
            {
                _hashtable = hashtable;
            }

            public void CopyTo(Array array, int arrayIndex)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (array.Rank != 1) throw new ArgumentException(Errors.RankMultiDimNotSupported, "array");
                if (arrayIndex < 0) throw Errors.OutOfRange("arrayIndex", Errors.NeedNonNegNum);
                if (array.Length - arrayIndex < _hashtable._count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
                _hashtable.CopyValues(array, arrayIndex);
            }

            public IEnumerator GetEnumerator()
            {
                return new HashtableEnumerator(_hashtable, HashtableEnumerator.Values);
            }

            public bool IsSynchronized
            {
                get { return _hashtable.IsSynchronized; }
            }

            public object SyncRoot
            {
                get { return _hashtable.SyncRoot; }
            }

            public int Count
            {
                get { return _hashtable._count; }
            }
        }

        /// Walks the buckets from last to first. Key throws before the first
        /// MoveNext ("not started"); Current, Entry and Value throw outside the
        /// enumeration.
        private sealed class HashtableEnumerator : IDictionaryEnumerator, ICloneable
        {
            internal const int Keys = 1;
            internal const int Values = 2;
            internal const int DictEntry = 3;

            private Hashtable _hashtable;
            private int _bucket;
            private int _version;
            private bool _current;
            private int _getObjectRetType;
            private object _currentKey;
            private object _currentValue;

            internal HashtableEnumerator(Hashtable hashtable, int getObjRetType)
            {
                _hashtable = hashtable;
                _bucket = hashtable._buckets.Length;
                _version = hashtable._version;
                _current = false;
                _getObjectRetType = getObjRetType;
            }

            public object Clone()
            {
                HashtableEnumerator copy = new HashtableEnumerator(_hashtable, _getObjectRetType);
                copy._bucket = _bucket;
                copy._version = _version;
                copy._current = _current;
                copy._currentKey = _currentKey;
                copy._currentValue = _currentValue;
                return copy;
            }

            public object Key
            {
                get
                {
                    if (!_current) throw new InvalidOperationException(Errors.EnumNotStarted);
                    return _currentKey;
                }
            }

            public bool MoveNext()
            {
                if (_version != _hashtable._version) throw Errors.VersionChanged();
                while (_bucket > 0)
                {
                    _bucket--;
                    object keyv = _hashtable._buckets[_bucket].key;
                    if (keyv != null && keyv != (object)_hashtable._buckets)
                    {
                        _currentKey = keyv;
                        _currentValue = _hashtable._buckets[_bucket].val;
                        _current = true;
                        return true;
                    }
                }
                _current = false;
                return false;
            }

            public DictionaryEntry Entry
            {
                get
                {
                    if (!_current) throw Errors.CantHappen();
                    return new DictionaryEntry(_currentKey, _currentValue);
                }
            }

            public object Current
            {
                get
                {
                    if (!_current) throw Errors.CantHappen();
                    if (_getObjectRetType == Keys) return _currentKey;
                    if (_getObjectRetType == Values) return _currentValue;
                    return new DictionaryEntry(_currentKey, _currentValue);
                }
            }

            public object Value
            {
                get
                {
                    if (!_current) throw Errors.CantHappen();
                    return _currentValue;
                }
            }

            public void Reset()
            {
                if (_version != _hashtable._version) throw Errors.VersionChanged();
                _current = false;
                _bucket = _hashtable._buckets.Length;
                _currentKey = null;
                _currentValue = null;
            }
        }
    }
}
