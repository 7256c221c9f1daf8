namespace System.Collections.Generic
{
    /// The methods of List<T> that take delegates, with .NET Core 3.1's
    /// checks and messages.
    public partial class List<T>
    {
        public bool Exists(Predicate<T> match)
        {
            return FindIndex(match) != -1;
        }

        /// The first element that matches, or default(T).
        public T Find(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < _size; i++)
            {
                if (match(_items[i])) return _items[i];
            }
            return default(T);
        }

        public List<T> FindAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            List<T> list = new List<T>();
            for (int i = 0; i < _size; i++)
            {
                if (match(_items[i])) list.Add(_items[i]);
            }
            return list;
        }

        public int FindIndex(Predicate<T> match)
        {
            return FindIndex(0, _size, match);
        }

        public int FindIndex(int startIndex, Predicate<T> match)
        {
            return FindIndex(startIndex, _size - startIndex, match);
        }

        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)_size) throw Errors.OutOfRange("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > _size - count) throw Errors.OutOfRange("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null) throw new ArgumentNullException("match");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
            {
                if (match(_items[i])) return i;
            }
            return -1;
        }

        /// The last element that matches, or default(T).
        public T FindLast(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = _size - 1; i >= 0; i--)
            {
                if (match(_items[i])) return _items[i];
            }
            return default(T);
        }

        public int FindLastIndex(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = _size - 1; i >= 0; i--)
            {
                if (match(_items[i])) return i;
            }
            return -1;
        }

        /// Calls `action` on each element; a change to the list meanwhile stops it.
        public void ForEach(Action<T> action)
        {
            if (action == null) throw new ArgumentNullException("action");
            int version = _version;
            for (int i = 0; i < _size; i++)
            {
                if (version != _version) break;
                action(_items[i]);
            }
            if (version != _version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
        }

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < _size; i++)
            {
                if (!match(_items[i])) return false;
            }
            return true;
        }

        /// Removes the elements that match, keeping the others in order; returns how many went.
        public int RemoveAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            int free = 0;
            while (free < _size && !match(_items[free])) free++;
            if (free >= _size) return 0;
            int current = free + 1;
            while (current < _size)
            {
                while (current < _size && match(_items[current])) current++;
                if (current < _size) _items[free++] = _items[current++];
            }
            for (int i = free; i < _size; i++) _items[i] = default(T);
            int removed = _size - free;
            _size = free;
            _version++;
            return removed;
        }

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null) throw new ArgumentNullException("converter");
            List<TOutput> list = new List<TOutput>(_size);
            for (int i = 0; i < _size; i++) list.Add(converter(_items[i]));
            return list;
        }

        /// Array.Sort's introsort with the comparison (not stable, as on .NET).
        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            if (_size > 1) Array.Sort<T>(_items, 0, _size, new ComparisonComparer<T>(comparison));
            _version++;
        }
    }
}
