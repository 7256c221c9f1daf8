namespace System.Collections.Generic
{
    /// A hash set laid out as .NET Core 3.1's (the older, slot-based design
    /// of System.Collections.dll), so that enumeration order matches: slots
    /// 0 .. _lastIndex are walked in order, skipping free ones (hashCode -1).
    /// A removed slot is pushed on a free list chained through `next` and the
    /// next addition takes it (last freed, first reused); removing the last
    /// element resets the set to start from slot 0 again.
    ///
    /// `_buckets[h % size]` holds 1 + the first slot of the bucket's chain
    /// (0 = empty). Hash codes are the comparer's masked to 31 bits; null
    /// hashes to 0. Sizes are HashHelpers primes. Every change bumps the
    /// version (unlike Dictionary, Remove and Clear invalidate enumerators).
    public class HashSet<T> : ICollection<T>, ISet<T>, IReadOnlyCollection<T>
    {
        internal struct Slot
        {
            internal int hashCode;
            internal int next;
            internal T value;
        }

        private const int Lower31BitMask = 0x7FFFFFFF;

        /// A set built from a collection is trimmed when it fills less than a
        /// third of its slots.
        private const int ShrinkThreshold = 3;

        private int[] _buckets;
        private Slot[] _slots;
        private int _count;
        private int _lastIndex;
        private int _freeList;
        private IEqualityComparer<T> _comparer;
        private int _version;

        public HashSet() : this((IEqualityComparer<T>)null)
        {
        }

        public HashSet(IEqualityComparer<T> comparer)
        {
            if (comparer == null) comparer = EqualityComparer<T>.Default;
            _comparer = comparer;
            _lastIndex = 0;
            _count = 0;
            _freeList = -1;
            _version = 0;
        }

        public HashSet(int capacity) : this(capacity, (IEqualityComparer<T>)null)
        {
        }

        public HashSet(IEnumerable<T> collection) : this(collection, (IEqualityComparer<T>)null)
        {
        }

        /// From a HashSet with an equal comparer the slots are copied as they
        /// are (same order, same free slots) unless that set is much larger
        /// than its count; otherwise sized to the collection's count, filled
        /// in its order, and trimmed if the collection had many duplicates.
        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            HashSet<T> otherAsHashSet = collection as HashSet<T>;
            if (otherAsHashSet != null && AreEqualityComparersEqual(this, otherAsHashSet))
            {
                CopyFrom(otherAsHashSet);
            }
            else
            {
                ICollection<T> coll = collection as ICollection<T>;
                int suggestedCapacity = coll == null ? 0 : coll.Count;
                Initialize(suggestedCapacity);
                UnionWith(collection);
                if (_count > 0 && _slots.Length / _count > ShrinkThreshold) TrimExcess();
            }
        }

        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            if (capacity > 0) Initialize(capacity);
        }

        private void CopyFrom(HashSet<T> source)
        {
            int count = source._count;
            if (count == 0) return;
            int capacity = source._buckets.Length;
            int threshold = HashHelpers.ExpandPrime(count + 1);
            if (threshold >= capacity)
            {
                _buckets = (int[])source._buckets.Clone();
                _slots = (Slot[])source._slots.Clone();
                _lastIndex = source._lastIndex;
                _freeList = source._freeList;
            }
            else
            {
                int lastIndex = source._lastIndex;
                Slot[] slots = source._slots;
                Initialize(count);
                int index = 0;
                for (int i = 0; i < lastIndex; i++)
                {
                    int hashCode = slots[i].hashCode;
                    if (hashCode >= 0)
                    {
                        AddValue(index, hashCode, slots[i].value);
                        index++;
                    }
                }
                _lastIndex = index;
            }
            _count = count;
        }

        void ICollection<T>.Add(T item)
        {
            AddIfNotPresent(item);
        }

        /// Empties the set but keeps its size.
        public void Clear()
        {
            if (_lastIndex > 0)
            {
                Array.Clear(_slots, 0, _lastIndex);
                Array.Clear(_buckets, 0, _buckets.Length);
                _lastIndex = 0;
                _count = 0;
                _freeList = -1;
            }
            _version++;
        }

        public bool Contains(T item)
        {
            if (_buckets == null) return false;
            return InternalIndexOf(item) >= 0;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            CopyTo(array, arrayIndex, _count);
        }

        public bool Remove(T item)
        {
            if (_buckets == null) return false;
            int hashCode = InternalGetHashCode(item);
            int bucket = hashCode % _buckets.Length;
            int last = -1;
            int collisionCount = 0;
            Slot[] slots = _slots;
            int i = _buckets[bucket] - 1;
            while (i >= 0)
            {
                if (slots[i].hashCode == hashCode && _comparer.Equals(slots[i].value, item))
                {
                    if (last < 0) _buckets[bucket] = slots[i].next + 1;
                    else slots[last].next = slots[i].next;
                    slots[i].hashCode = -1;
                    slots[i].value = default(T);
                    slots[i].next = _freeList;
                    _count--;
                    _version++;
                    if (_count == 0)
                    {
                        _lastIndex = 0;
                        _freeList = -1;
                    }
                    else
                    {
                        _freeList = i;
                    }
                    return true;
                }
                if (collisionCount >= slots.Length) throw ConcurrentOperations();
                collisionCount++;
                last = i;
                i = slots[i].next;
            }
            return false;
        }

        public int Count
        {
            get { return _count; }
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
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

        /// True when the item was not there and has been added.
        public bool Add(T item)
        {
            return AddIfNotPresent(item);
        }

        /// The stored element equal to equalValue.
        public bool TryGetValue(T equalValue, out T actualValue)
        {
            if (_buckets != null)
            {
                int i = InternalIndexOf(equalValue);
                if (i >= 0)
                {
                    actualValue = _slots[i].value;
                    return true;
                }
            }
            actualValue = default(T);
            return false;
        }

        // ---- set operations -------------------------------------------------------------

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            IEnumerator<T> e = other.GetEnumerator();
            try
            {
                while (e.MoveNext()) AddIfNotPresent(e.Current);
            }
            finally
            {
                e.Dispose();
            }
        }

        /// Keeps the elements also in other, removing the rest in slot order.
        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (_count == 0) return;
            if (other == this) return;
            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                if (otherAsCollection.Count == 0)
                {
                    Clear();
                    return;
                }
                HashSet<T> otherAsSet = other as HashSet<T>;
                if (otherAsSet != null && AreEqualityComparersEqual(this, otherAsSet))
                {
                    for (int i = 0; i < _lastIndex; i++)
                    {
                        if (_slots[i].hashCode >= 0)
                        {
                            T item = _slots[i].value;
                            if (!otherAsSet.Contains(item)) Remove(item);
                        }
                    }
                    return;
                }
            }
            IntersectWithEnumerable(other);
        }

        private void IntersectWithEnumerable(IEnumerable<T> other)
        {
            int originalLastIndex = _lastIndex;
            int[] marks = new int[BitArrayLength(originalLastIndex)];
            IEnumerator<T> e = other.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    int index = InternalIndexOf(e.Current);
                    if (index >= 0) MarkBit(marks, index);
                }
            }
            finally
            {
                e.Dispose();
            }
            for (int i = 0; i < originalLastIndex; i++)
            {
                if (_slots[i].hashCode >= 0 && !IsMarked(marks, i)) Remove(_slots[i].value);
            }
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (_count == 0) return;
            if (other == this)
            {
                Clear();
                return;
            }
            IEnumerator<T> e = other.GetEnumerator();
            try
            {
                while (e.MoveNext()) Remove(e.Current);
            }
            finally
            {
                e.Dispose();
            }
        }

        /// Keeps the elements in exactly one of the two. Elements of other
        /// that are new are added as met; the shared ones are removed after.
        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (_count == 0)
            {
                UnionWith(other);
                return;
            }
            if (other == this)
            {
                Clear();
                return;
            }
            HashSet<T> otherAsSet = other as HashSet<T>;
            if (otherAsSet != null && AreEqualityComparersEqual(this, otherAsSet))
            {
                Enumerator e = otherAsSet.GetEnumerator();
                while (e.MoveNext())
                {
                    T item = e.Current;
                    if (!Remove(item)) AddIfNotPresent(item);
                }
            }
            else
            {
                SymmetricExceptWithEnumerable(other);
            }
        }

        private void SymmetricExceptWithEnumerable(IEnumerable<T> other)
        {
            int originalLastIndex = _lastIndex;
            int length = BitArrayLength(originalLastIndex);
            int[] itemsToRemove = new int[length];
            int[] itemsAddedFromOther = new int[length];
            IEnumerator<T> e = other.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    int location;
                    bool added = AddOrGetLocation(e.Current, out location);
                    if (added)
                    {
                        MarkBit(itemsAddedFromOther, location);
                    }
                    else if (location < originalLastIndex && !IsMarked(itemsAddedFromOther, location))
                    {
                        MarkBit(itemsToRemove, location);
                    }
                }
            }
            finally
            {
                e.Dispose();
            }
            for (int i = 0; i < originalLastIndex; i++)
            {
                if (IsMarked(itemsToRemove, i)) Remove(_slots[i].value);
            }
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (_count == 0) return true;
            if (other == this) return true;
            HashSet<T> otherAsSet = other as HashSet<T>;
            if (otherAsSet != null && AreEqualityComparersEqual(this, otherAsSet))
            {
                if (_count > otherAsSet.Count) return false;
                return IsSubsetOfHashSetWithSameEC(otherAsSet);
            }
            int uniqueCount;
            int unfoundCount;
            CheckUniqueAndUnfoundElements(other, false, out uniqueCount, out unfoundCount);
            return uniqueCount == _count && unfoundCount >= 0;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (other == this) return false;
            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                if (otherAsCollection.Count == 0) return false;
                if (_count == 0) return otherAsCollection.Count > 0;
                HashSet<T> otherAsSet = other as HashSet<T>;
                if (otherAsSet != null && AreEqualityComparersEqual(this, otherAsSet))
                {
                    if (_count >= otherAsSet.Count) return false;
                    return IsSubsetOfHashSetWithSameEC(otherAsSet);
                }
            }
            int uniqueCount;
            int unfoundCount;
            CheckUniqueAndUnfoundElements(other, false, out uniqueCount, out unfoundCount);
            return uniqueCount == _count && unfoundCount > 0;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (other == this) return true;
            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                if (otherAsCollection.Count == 0) return true;
                HashSet<T> otherAsSet = other as HashSet<T>;
                if (otherAsSet != null && AreEqualityComparersEqual(this, otherAsSet))
                {
                    if (otherAsSet.Count > _count) return false;
                }
            }
            return ContainsAllElements(other);
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (_count == 0) return false;
            if (other == this) return false;
            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                if (otherAsCollection.Count == 0) return true;
                HashSet<T> otherAsSet = other as HashSet<T>;
                if (otherAsSet != null && AreEqualityComparersEqual(this, otherAsSet))
                {
                    if (otherAsSet.Count >= _count) return false;
                    return ContainsAllElements(otherAsSet);
                }
            }
            int uniqueCount;
            int unfoundCount;
            CheckUniqueAndUnfoundElements(other, true, out uniqueCount, out unfoundCount);
            return uniqueCount < _count && unfoundCount == 0;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (_count == 0) return false;
            if (other == this) return true;
            IEnumerator<T> e = other.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    if (Contains(e.Current)) return true;
                }
            }
            finally
            {
                e.Dispose();
            }
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (other == this) return true;
            HashSet<T> otherAsSet = other as HashSet<T>;
            if (otherAsSet != null && AreEqualityComparersEqual(this, otherAsSet))
            {
                if (_count != otherAsSet.Count) return false;
                return ContainsAllElements(otherAsSet);
            }
            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                if (_count == 0 && otherAsCollection.Count > 0) return false;
            }
            int uniqueCount;
            int unfoundCount;
            CheckUniqueAndUnfoundElements(other, true, out uniqueCount, out unfoundCount);
            return uniqueCount == _count && unfoundCount == 0;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0, _count);
        }

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0) throw Errors.OutOfRange("arrayIndex", arrayIndex, Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", count, Errors.NeedNonNegNum);
            if (arrayIndex > array.Length || count > array.Length - arrayIndex) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
            int numCopied = 0;
            for (int i = 0; i < _lastIndex && numCopied < count; i++)
            {
                if (_slots[i].hashCode >= 0)
                {
                    array[arrayIndex + numCopied] = _slots[i].value;
                    numCopied++;
                }
            }
        }

        public IEqualityComparer<T> Comparer
        {
            get { return _comparer; }
        }

        /// Grows the table to hold `capacity` elements; returns the new size.
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            int currentCapacity = _slots == null ? 0 : _slots.Length;
            if (currentCapacity >= capacity) return currentCapacity;
            if (_buckets == null) return Initialize(capacity);
            int newSize = HashHelpers.GetPrime(capacity);
            SetCapacity(newSize);
            return newSize;
        }

        /// Rebuilds at GetPrime(count), packing the elements to the front in
        /// slot order (an empty set drops its tables).
        public void TrimExcess()
        {
            if (_count == 0)
            {
                _buckets = null;
                _slots = null;
                _version++;
            }
            else
            {
                int newSize = HashHelpers.GetPrime(_count);
                Slot[] newSlots = new Slot[newSize];
                int[] newBuckets = new int[newSize];
                int newIndex = 0;
                for (int i = 0; i < _lastIndex; i++)
                {
                    if (_slots[i].hashCode >= 0)
                    {
                        newSlots[newIndex] = _slots[i];
                        int bucket = newSlots[newIndex].hashCode % newSize;
                        newSlots[newIndex].next = newBuckets[bucket] - 1;
                        newBuckets[bucket] = newIndex + 1;
                        newIndex++;
                    }
                }
                _lastIndex = newIndex;
                _slots = newSlots;
                _buckets = newBuckets;
                _freeList = -1;
            }
        }

        /// An equality comparer of whole sets (same elements under
        /// EqualityComparer<T>.Default).
        public static IEqualityComparer<HashSet<T>> CreateSetComparer()
        {
            return new HashSetEqualityComparer<T>();
        }

        // ---- internals ------------------------------------------------------------------

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _slots = new Slot[size];
            return size;
        }

        private void IncreaseCapacity()
        {
            int newSize = HashHelpers.ExpandPrime(_count);
            if (newSize <= _count) throw new ArgumentException("HashSet capacity is too big.");
            SetCapacity(newSize);
        }

        /// Copies the used slots into arrays of the new size and rebuilds the
        /// chains in slot order (free slots included, as .NET does).
        private void SetCapacity(int newSize)
        {
            Slot[] newSlots = new Slot[newSize];
            if (_slots != null) Array.Copy(_slots, 0, newSlots, 0, _lastIndex);
            int[] newBuckets = new int[newSize];
            for (int i = 0; i < _lastIndex; i++)
            {
                int bucket = newSlots[i].hashCode % newSize;
                newSlots[i].next = newBuckets[bucket] - 1;
                newBuckets[bucket] = i + 1;
            }
            _slots = newSlots;
            _buckets = newBuckets;
        }

        private bool AddIfNotPresent(T value)
        {
            int location;
            return AddOrGetLocation(value, out location);
        }

        /// Adds the value unless present; either way `location` is its slot.
        /// A new value takes the free list's head, else the next unused slot
        /// (growing when there is none).
        private bool AddOrGetLocation(T value, out int location)
        {
            if (_buckets == null) Initialize(0);
            int hashCode = InternalGetHashCode(value);
            int bucket = hashCode % _buckets.Length;
            int collisionCount = 0;
            Slot[] slots = _slots;
            for (int i = _buckets[bucket] - 1; i >= 0; i = slots[i].next)
            {
                if (slots[i].hashCode == hashCode && _comparer.Equals(slots[i].value, value))
                {
                    location = i;
                    return false;
                }
                if (collisionCount >= slots.Length) throw ConcurrentOperations();
                collisionCount++;
            }
            int index;
            if (_freeList >= 0)
            {
                index = _freeList;
                _freeList = slots[index].next;
            }
            else
            {
                if (_lastIndex == slots.Length)
                {
                    IncreaseCapacity();
                    slots = _slots;
                    bucket = hashCode % _buckets.Length;
                }
                index = _lastIndex;
                _lastIndex++;
            }
            slots[index].hashCode = hashCode;
            slots[index].value = value;
            slots[index].next = _buckets[bucket] - 1;
            _buckets[bucket] = index + 1;
            _count++;
            _version++;
            location = index;
            return true;
        }

        private void AddValue(int index, int hashCode, T value)
        {
            int bucket = hashCode % _buckets.Length;
            _slots[index].hashCode = hashCode;
            _slots[index].value = value;
            _slots[index].next = _buckets[bucket] - 1;
            _buckets[bucket] = index + 1;
        }

        private bool ContainsAllElements(IEnumerable<T> other)
        {
            IEnumerator<T> e = other.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    if (!Contains(e.Current)) return false;
                }
            }
            finally
            {
                e.Dispose();
            }
            return true;
        }

        private bool IsSubsetOfHashSetWithSameEC(HashSet<T> other)
        {
            Enumerator e = GetEnumerator();
            while (e.MoveNext())
            {
                if (!other.Contains(e.Current)) return false;
            }
            return true;
        }

        private int InternalIndexOf(T item)
        {
            int collisionCount = 0;
            int hashCode = InternalGetHashCode(item);
            Slot[] slots = _slots;
            for (int i = _buckets[hashCode % _buckets.Length] - 1; i >= 0; i = slots[i].next)
            {
                if (slots[i].hashCode == hashCode && _comparer.Equals(slots[i].value, item)) return i;
                if (collisionCount >= slots.Length) throw ConcurrentOperations();
                collisionCount++;
            }
            return -1;
        }

        /// How many distinct elements of other are in this set, and how many
        /// of other's elements are not (stopping at the first one when asked).
        private void CheckUniqueAndUnfoundElements(IEnumerable<T> other, bool returnIfUnfound, out int uniqueCount, out int unfoundCount)
        {
            if (_count == 0)
            {
                int numElementsInOther = 0;
                IEnumerator<T> e0 = other.GetEnumerator();
                try
                {
                    if (e0.MoveNext()) numElementsInOther++;
                }
                finally
                {
                    e0.Dispose();
                }
                uniqueCount = 0;
                unfoundCount = numElementsInOther;
                return;
            }
            int originalLastIndex = _lastIndex;
            int[] marks = new int[BitArrayLength(originalLastIndex)];
            int unfound = 0;
            int uniqueFound = 0;
            IEnumerator<T> e = other.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    int index = InternalIndexOf(e.Current);
                    if (index >= 0)
                    {
                        if (!IsMarked(marks, index))
                        {
                            MarkBit(marks, index);
                            uniqueFound++;
                        }
                    }
                    else
                    {
                        unfound++;
                        if (returnIfUnfound) break;
                    }
                }
            }
            finally
            {
                e.Dispose();
            }
            uniqueCount = uniqueFound;
            unfoundCount = unfound;
        }

        /// Same elements: by Contains when both sets use the same comparer,
        /// else by pairwise search under `comparer`.
        internal static bool HashSetEquals(HashSet<T> set1, HashSet<T> set2, IEqualityComparer<T> comparer)
        {
            if (set1 == null) return set2 == null;
            if (set2 == null) return false;
            if (AreEqualityComparersEqual(set1, set2))
            {
                if (set1.Count != set2.Count) return false;
                Enumerator e = set2.GetEnumerator();
                while (e.MoveNext())
                {
                    if (!set1.Contains(e.Current)) return false;
                }
                return true;
            }
            Enumerator e2 = set2.GetEnumerator();
            while (e2.MoveNext())
            {
                bool found = false;
                Enumerator e1 = set1.GetEnumerator();
                while (e1.MoveNext())
                {
                    if (comparer.Equals(e2.Current, e1.Current))
                    {
                        found = true;
                        break;
                    }
                }
                if (!found) return false;
            }
            return true;
        }

        private static bool AreEqualityComparersEqual(HashSet<T> set1, HashSet<T> set2)
        {
            return set1.Comparer.Equals(set2.Comparer);
        }

        private int InternalGetHashCode(T item)
        {
            if (item == null) return 0;
            return _comparer.GetHashCode(item) & Lower31BitMask;
        }

        private static InvalidOperationException ConcurrentOperations()
        {
            return new InvalidOperationException("Operations that change non-concurrent collections must have exclusive access. A concurrent update was performed on this collection and corrupted its state. The collection's state is no longer correct.");
        }

        private static int BitArrayLength(int n)
        {
            if (n > 0) return (n - 1) / 32 + 1;
            return 0;
        }

        private static void MarkBit(int[] bits, int bitPosition)
        {
            int i = bitPosition / 32;
            if ((uint)i < (uint)bits.Length) bits[i] |= 1 << (bitPosition % 32);
        }

        private static bool IsMarked(int[] bits, int bitPosition)
        {
            int i = bitPosition / 32;
            return (uint)i < (uint)bits.Length && (bits[i] & (1 << (bitPosition % 32))) != 0;
        }

        /// Walks slots 0 .. _lastIndex in order. Current is default(T) before
        /// the first MoveNext and after the last.
        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private HashSet<T> _set;
            private int _index;
            private int _version;
            private T _current;

            internal Enumerator(HashSet<T> set)
            {
                _set = set;
                _index = 0;
                _version = set._version;
                _current = default(T);
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                if (_version != _set._version) throw Errors.VersionChangedCollections();
                while (_index < _set._lastIndex)
                {
                    if (_set._slots[_index].hashCode >= 0)
                    {
                        _current = _set._slots[_index].value;
                        _index++;
                        return true;
                    }
                    _index++;
                }
                _index = _set._lastIndex + 1;
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
                    if (_index == 0 || _index == _set._lastIndex + 1) throw Errors.CantHappen();
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _set._version) throw Errors.VersionChangedCollections();
                _index = 0;
                _current = default(T);
            }
        }
    }

    /// HashSet<T>.CreateSetComparer(): sets equal by their elements, hashed
    /// by XOR of the elements' hash codes.
    internal sealed class HashSetEqualityComparer<T> : IEqualityComparer<HashSet<T>>
    {
        private readonly IEqualityComparer<T> _comparer;

        public HashSetEqualityComparer()
        {
            _comparer = EqualityComparer<T>.Default;
        }

        public bool Equals(HashSet<T> x, HashSet<T> y)
        {
            return HashSet<T>.HashSetEquals(x, y, _comparer);
        }

        public int GetHashCode(HashSet<T> obj)
        {
            int hashCode = 0;
            if (obj != null)
            {
                HashSet<T>.Enumerator e = obj.GetEnumerator();
                while (e.MoveNext())
                {
                    hashCode = hashCode ^ (_comparer.GetHashCode(e.Current) & 0x7FFFFFFF);
                }
            }
            return hashCode;
        }

        public override bool Equals(object obj)
        {
            HashSetEqualityComparer<T> comparer = obj as HashSetEqualityComparer<T>;
            if (comparer == null) return false;
            return _comparer == comparer._comparer;
        }

        public override int GetHashCode()
        {
            return _comparer.GetHashCode();
        }
    }
}
