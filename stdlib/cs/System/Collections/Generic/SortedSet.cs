namespace System.Collections.Generic
{
    /// A sorted set kept in a red-black tree balanced top-down, as
    /// System.Collections.dll's: insertion splits 4-nodes on the way down,
    /// removal turns 2-nodes into 3- or 4-nodes on the way down and replaces
    /// the match by its successor. Using the same algorithm gives the same
    /// tree shape, which a few operations expose: the set comparisons that
    /// number nodes by their position in the tree (CheckUniqueAndUnfound...)
    /// and which of two equal elements a merge keeps.
    ///
    /// Add and Remove bump the version even when nothing changes (the tree may
    /// have been rebalanced). GetViewBetween returns a live view (TreeSubSet)
    /// over a range of the same tree. RemoveWhere waits for delegates.
    public class SortedSet<T> : ISet<T>, ICollection<T>, ICollection, IReadOnlyCollection<T>
    {
        private const int RotateLeftCase = 0;
        private const int RotateLeftRightCase = 1;
        private const int RotateRightCase = 2;
        private const int RotateRightLeftCase = 3;

        internal Node root;
        internal int count;
        internal int version;
        private IComparer<T> comparer;

        public SortedSet()
        {
            comparer = Comparer<T>.Default;
        }

        public SortedSet(IComparer<T> comparer)
        {
            if (comparer == null) comparer = Comparer<T>.Default;
            this.comparer = comparer;
        }

        public SortedSet(IEnumerable<T> collection) : this(collection, Comparer<T>.Default)
        {
        }

        /// Another SortedSet with an equal comparer is cloned node for node;
        /// anything else is sorted, stripped of duplicates (the first of equal
        /// elements stays) and built into a balanced tree.
        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            SortedSet<T> sortedSet = collection as SortedSet<T>;
            if (sortedSet != null && !(sortedSet is TreeSubSet) && HasEqualComparer(sortedSet))
            {
                if (sortedSet.Count > 0)
                {
                    count = sortedSet.count;
                    root = sortedSet.root.DeepClone();
                }
                return;
            }
            int n;
            T[] elements = EnumerableHelpers.ToArray<T>(collection, out n);
            if (n > 0)
            {
                IComparer<T> c = this.comparer;
                Array.Sort<T>(elements, 0, n, c);
                int index = 1;
                for (int i = 1; i < n; i++)
                {
                    if (c.Compare(elements[i], elements[i - 1]) != 0)
                    {
                        elements[index] = elements[i];
                        index++;
                    }
                }
                n = index;
                root = ConstructRootFromSortedArray(elements, 0, n - 1, null);
                count = n;
            }
        }

        // ---- walking the tree -------------------------------------------------------------

        /// An in-order cursor over the nodes within this set's range (all of
        /// them for a whole set); no version checks.
        internal struct Walker
        {
            private SortedSet<T> _set;
            private Stack<Node> _stack;

            internal Walker(SortedSet<T> set)
            {
                set.VersionCheck(false);
                _set = set;
                _stack = new Stack<Node>(2 * Log2(set.count + 1));
                PushLeft(set.root);
            }

            private void PushLeft(Node node)
            {
                while (node != null)
                {
                    if (_set.IsWithinRange(node.Item))
                    {
                        _stack.Push(node);
                        node = node.Left;
                    }
                    else if (_set.IsBelowRange(node.Item))
                    {
                        node = node.Right;
                    }
                    else
                    {
                        node = node.Left;
                    }
                }
            }

            /// The next node, or null at the end.
            internal Node Next()
            {
                if (_stack.Count == 0) return null;
                Node current = _stack.Pop();
                PushLeft(current.Right);
                return current;
            }
        }

        public int Count
        {
            get
            {
                VersionCheck(true);
                return count;
            }
        }

        public IComparer<T> Comparer
        {
            get { return comparer; }
        }

        bool ICollection<T>.IsReadOnly
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

        // Overridden by TreeSubSet: refresh the view, count it, range checks.
        internal virtual void VersionCheck(bool updateCount)
        {
        }

        internal virtual int TotalCount()
        {
            return Count;
        }

        internal virtual bool IsWithinRange(T item)
        {
            return true;
        }

        /// Below the lower bound of a view (never for a whole set).
        internal virtual bool IsBelowRange(T item)
        {
            return false;
        }

        // ---- adding and removing ----------------------------------------------------------

        /// True when the item was not there and has been added.
        public bool Add(T item)
        {
            return AddIfNotPresent(item);
        }

        void ICollection<T>.Add(T item)
        {
            Add(item);
        }

        /// Walks down from the root splitting every 4-node met (and rotating
        /// when that leaves two reds in a row), then hangs a red leaf.
        internal virtual bool AddIfNotPresent(T item)
        {
            if (root == null)
            {
                root = new Node(item, false);
                count = 1;
                version++;
                return true;
            }
            Node current = root;
            Node parent = null;
            Node grandParent = null;
            Node greatGrandParent = null;
            version++;
            int order = 0;
            while (current != null)
            {
                order = comparer.Compare(item, current.Item);
                if (order == 0)
                {
                    root.IsRed = false;
                    return false;
                }
                if (current.Is4Node)
                {
                    current.Split4Node();
                    if (Node.IsNonNullRed(parent))
                    {
                        parent = InsertionBalance(current, parent, grandParent, greatGrandParent);
                    }
                }
                greatGrandParent = grandParent;
                grandParent = parent;
                parent = current;
                current = order < 0 ? current.Left : current.Right;
            }
            Node node = new Node(item, true);
            if (order > 0) parent.Right = node;
            else parent.Left = node;
            if (parent.IsRed) InsertionBalance(node, parent, grandParent, greatGrandParent);
            root.IsRed = false;
            count++;
            return true;
        }

        public bool Remove(T item)
        {
            return DoRemove(item);
        }

        /// Walks down turning each 2-node on the path into a 3- or 4-node (by a
        /// rotation from a red sibling, a merge with a 2-node sibling, or a
        /// rotation borrowing from a richer sibling); past the match it heads
        /// for the successor, which finally takes the match's place.
        internal virtual bool DoRemove(T item)
        {
            if (root == null) return false;
            version++;
            Node current = root;
            Node parent = null;
            Node grandParent = null;
            Node match = null;
            Node parentOfMatch = null;
            bool foundMatch = false;
            while (current != null)
            {
                if (current.Is2Node)
                {
                    if (parent == null)
                    {
                        current.IsRed = true;
                    }
                    else
                    {
                        Node sibling = parent.GetSibling(current);
                        if (sibling.IsRed)
                        {
                            if (parent.Right == sibling) parent.RotateLeft();
                            else parent.RotateRight();
                            parent.IsRed = true;
                            sibling.IsRed = false;
                            ReplaceChildOrRoot(grandParent, parent, sibling);
                            grandParent = sibling;
                            if (parent == match) parentOfMatch = sibling;
                            sibling = parent.GetSibling(current);
                        }
                        if (sibling.Is2Node)
                        {
                            parent.Merge2Nodes();
                        }
                        else
                        {
                            Node newGrandParent = parent.Rotate(parent.GetRotation(current, sibling));
                            newGrandParent.IsRed = parent.IsRed;
                            parent.IsRed = false;
                            current.IsRed = true;
                            ReplaceChildOrRoot(grandParent, parent, newGrandParent);
                            if (parent == match) parentOfMatch = newGrandParent;
                            grandParent = newGrandParent;
                        }
                    }
                }
                int order = foundMatch ? -1 : comparer.Compare(item, current.Item);
                if (order == 0)
                {
                    foundMatch = true;
                    match = current;
                    parentOfMatch = parent;
                }
                grandParent = parent;
                parent = current;
                current = order < 0 ? current.Left : current.Right;
            }
            if (match != null)
            {
                ReplaceNode(match, parentOfMatch, parent, grandParent);
                count--;
            }
            if (root != null) root.IsRed = false;
            return foundMatch;
        }

        public virtual void Clear()
        {
            root = null;
            count = 0;
            version++;
        }

        public virtual bool Contains(T item)
        {
            return FindNode(item) != null;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0, Count);
        }

        public void CopyTo(T[] array, int index)
        {
            CopyTo(array, index, Count);
        }

        /// Copies up to `count` elements in order.
        public void CopyTo(T[] array, int index, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw Errors.OutOfRange("index", index, Errors.NeedNonNegNum);
            if (count < 0) throw Errors.OutOfRange("count", Errors.NeedNonNegNum);
            if (count > array.Length - index) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
            count += index;
            Walker w = new Walker(this);
            Node node = w.Next();
            while (node != null)
            {
                if (index >= count) return;
                array[index] = node.Item;
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
            if (array.Length - index < Count) throw new ArgumentException(Errors.ArrayPlusOffTooSmall);
            T[] tarray = array as T[];
            if (tarray != null)
            {
                CopyTo(tarray, index);
                return;
            }
            object[] objects = array as object[];
            if (objects == null) throw new ArgumentException(Errors.InvalidArrayType, "array");
            try
            {
                Walker w = new Walker(this);
                Node node = w.Next();
                while (node != null)
                {
                    objects[index] = node.Item;
                    index++;
                    node = w.Next();
                }
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(Errors.InvalidArrayType, "array");
            }
        }

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this, false);
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            return GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        // ---- tree surgery -----------------------------------------------------------------

        /// Fixes two reds in a row (current under parent) by a single or
        /// double rotation at grandParent; returns what the caller's `parent`
        /// becomes.
        private Node InsertionBalance(Node current, Node parent, Node grandParent, Node greatGrandParent)
        {
            bool parentIsOnRight = grandParent.Right == parent;
            bool currentIsOnRight = parent.Right == current;
            Node newChildOfGreatGrandParent;
            if (parentIsOnRight == currentIsOnRight)
            {
                newChildOfGreatGrandParent = currentIsOnRight ? grandParent.RotateLeft() : grandParent.RotateRight();
            }
            else
            {
                newChildOfGreatGrandParent = currentIsOnRight ? grandParent.RotateLeftRight() : grandParent.RotateRightLeft();
                parent = greatGrandParent;
            }
            grandParent.IsRed = true;
            newChildOfGreatGrandParent.IsRed = false;
            ReplaceChildOrRoot(greatGrandParent, grandParent, newChildOfGreatGrandParent);
            return parent;
        }

        private void ReplaceChildOrRoot(Node parent, Node child, Node newChild)
        {
            if (parent != null) parent.ReplaceChild(child, newChild);
            else root = newChild;
        }

        /// Puts the successor (the last node of the removal walk) where the
        /// match was.
        private void ReplaceNode(Node match, Node parentOfMatch, Node successor, Node parentOfSuccessor)
        {
            if (successor == match)
            {
                successor = match.Left;
            }
            else
            {
                if (successor.Right != null) successor.Right.IsRed = false;
                if (parentOfSuccessor != match)
                {
                    parentOfSuccessor.Left = successor.Right;
                    successor.Right = match.Right;
                }
                successor.Left = match.Left;
            }
            if (successor != null) successor.IsRed = match.IsRed;
            ReplaceChildOrRoot(parentOfMatch, match, successor);
        }

        internal virtual Node FindNode(T item)
        {
            Node current = root;
            while (current != null)
            {
                int order = comparer.Compare(item, current.Item);
                if (order == 0) return current;
                current = order < 0 ? current.Left : current.Right;
            }
            return null;
        }

        /// The node's number when the tree is laid out as a heap (root 0,
        /// children 2i+1 and 2i+2), or -1. This can exceed Count, as on .NET.
        internal virtual int InternalIndexOf(T item)
        {
            Node current = root;
            int index = 0;
            while (current != null)
            {
                int order = comparer.Compare(item, current.Item);
                if (order == 0) return index;
                current = order < 0 ? current.Left : current.Right;
                index = order < 0 ? (2 * index + 1) : (2 * index + 2);
            }
            return -1;
        }

        /// The highest node within [from, to] on the search path (the root of
        /// a view's subtree).
        internal Node FindRange(T from, T to, bool lowerBoundActive, bool upperBoundActive)
        {
            Node current = root;
            while (current != null)
            {
                if (lowerBoundActive && comparer.Compare(from, current.Item) > 0)
                {
                    current = current.Right;
                }
                else if (upperBoundActive && comparer.Compare(to, current.Item) < 0)
                {
                    current = current.Left;
                }
                else
                {
                    return current;
                }
            }
            return null;
        }

        internal void UpdateVersion()
        {
            version++;
        }

        /// A balanced tree over arr[startIndex..endIndex]: black nodes, with a
        /// red one where a range has an even size (redNode hangs at the far
        /// left of the subtree).
        private static Node ConstructRootFromSortedArray(T[] arr, int startIndex, int endIndex, Node redNode)
        {
            int size = endIndex - startIndex + 1;
            Node r;
            if (size == 0) return null;
            if (size == 1)
            {
                r = new Node(arr[startIndex], false);
                if (redNode != null) r.Left = redNode;
            }
            else if (size == 2)
            {
                r = new Node(arr[startIndex], false);
                r.Right = new Node(arr[endIndex], true);
                if (redNode != null) r.Left = redNode;
            }
            else if (size == 3)
            {
                r = new Node(arr[startIndex + 1], false);
                r.Left = new Node(arr[startIndex], false);
                r.Right = new Node(arr[endIndex], false);
                if (redNode != null) r.Left.Left = redNode;
            }
            else
            {
                int midpt = (startIndex + endIndex) / 2;
                r = new Node(arr[midpt], false);
                r.Left = ConstructRootFromSortedArray(arr, startIndex, midpt - 1, redNode);
                if (size % 2 == 0)
                {
                    r.Right = ConstructRootFromSortedArray(arr, midpt + 2, endIndex, new Node(arr[midpt + 1], true));
                }
                else
                {
                    r.Right = ConstructRootFromSortedArray(arr, midpt + 1, endIndex, null);
                }
            }
            return r;
        }

        private bool HasEqualComparer(SortedSet<T> other)
        {
            return Comparer == other.Comparer || Comparer.Equals(other.Comparer);
        }

        /// An equality comparer of whole sets.
        public static IEqualityComparer<SortedSet<T>> CreateSetComparer()
        {
            return CreateSetComparer(null);
        }

        public static IEqualityComparer<SortedSet<T>> CreateSetComparer(IEqualityComparer<T> memberEqualityComparer)
        {
            return new SortedSetEqualityComparer<T>(memberEqualityComparer);
        }

        internal static bool SortedSetEquals(SortedSet<T> set1, SortedSet<T> set2, IComparer<T> comparer)
        {
            if (set1 == null) return set2 == null;
            if (set2 == null) return false;
            if (set1.HasEqualComparer(set2)) return set1.Count == set2.Count && set1.SetEquals(set2);
            Enumerator e1 = set1.GetEnumerator();
            while (e1.MoveNext())
            {
                bool found = false;
                Enumerator e2 = set2.GetEnumerator();
                while (e2.MoveNext())
                {
                    if (comparer.Compare(e1.Current, e2.Current) == 0)
                    {
                        found = true;
                        break;
                    }
                }
                if (!found) return false;
            }
            return true;
        }

        // ---- set operations ---------------------------------------------------------------

        private void AddAllElements(IEnumerable<T> collection)
        {
            IEnumerator<T> e = collection.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    T item = e.Current;
                    if (!Contains(item)) Add(item);
                }
            }
            finally
            {
                e.Dispose();
            }
        }

        private void RemoveAllElements(IEnumerable<T> collection)
        {
            T min = Min;
            T max = Max;
            IEnumerator<T> e = collection.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    T item = e.Current;
                    if (!(comparer.Compare(item, min) < 0 || comparer.Compare(item, max) > 0) && Contains(item)) Remove(item);
                }
            }
            finally
            {
                e.Dispose();
            }
        }

        private bool ContainsAllElements(IEnumerable<T> collection)
        {
            IEnumerator<T> e = collection.GetEnumerator();
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

        /// With another SortedSet (same comparer, and not much smaller) the two
        /// are merged and the tree rebuilt, keeping other's element of an equal
        /// pair; otherwise the missing elements are added one by one.
        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            SortedSet<T> asSorted = other as SortedSet<T>;
            TreeSubSet treeSubset = this as TreeSubSet;
            if (treeSubset != null) VersionCheck(false);
            if (asSorted != null && treeSubset == null && Count == 0)
            {
                SortedSet<T> dummy = new SortedSet<T>(asSorted, comparer);
                root = dummy.root;
                count = dummy.count;
                version++;
                return;
            }
            if (asSorted != null && treeSubset == null && HasEqualComparer(asSorted) && asSorted.Count > Count / 2)
            {
                T[] merged = new T[asSorted.Count + Count];
                int c = 0;
                Enumerator mine = GetEnumerator();
                Enumerator theirs = asSorted.GetEnumerator();
                bool mineEnded = !mine.MoveNext();
                bool theirsEnded = !theirs.MoveNext();
                while (!mineEnded && !theirsEnded)
                {
                    int comp = Comparer.Compare(mine.Current, theirs.Current);
                    if (comp < 0)
                    {
                        merged[c] = mine.Current;
                        c++;
                        mineEnded = !mine.MoveNext();
                    }
                    else if (comp == 0)
                    {
                        merged[c] = theirs.Current;
                        c++;
                        mineEnded = !mine.MoveNext();
                        theirsEnded = !theirs.MoveNext();
                    }
                    else
                    {
                        merged[c] = theirs.Current;
                        c++;
                        theirsEnded = !theirs.MoveNext();
                    }
                }
                if (!mineEnded || !theirsEnded)
                {
                    Enumerator remaining = mineEnded ? theirs : mine;
                    do
                    {
                        merged[c] = remaining.Current;
                        c++;
                    } while (remaining.MoveNext());
                }
                root = null;
                root = ConstructRootFromSortedArray(merged, 0, c - 1, null);
                count = c;
                version++;
            }
            else
            {
                AddAllElements(other);
            }
        }

        /// Keeps the elements also in other (other's instance of an equal pair).
        public virtual void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (Count == 0) return;
            if (other == this) return;
            SortedSet<T> asSorted = other as SortedSet<T>;
            TreeSubSet treeSubset = this as TreeSubSet;
            if (treeSubset != null) VersionCheck(false);
            if (asSorted != null && treeSubset == null && HasEqualComparer(asSorted))
            {
                T[] merged = new T[Count];
                int c = 0;
                Enumerator mine = GetEnumerator();
                Enumerator theirs = asSorted.GetEnumerator();
                bool mineEnded = !mine.MoveNext();
                bool theirsEnded = !theirs.MoveNext();
                T max = Max;
                while (!mineEnded && !theirsEnded && Comparer.Compare(theirs.Current, max) <= 0)
                {
                    int comp = Comparer.Compare(mine.Current, theirs.Current);
                    if (comp < 0)
                    {
                        mineEnded = !mine.MoveNext();
                    }
                    else if (comp == 0)
                    {
                        merged[c] = theirs.Current;
                        c++;
                        mineEnded = !mine.MoveNext();
                        theirsEnded = !theirs.MoveNext();
                    }
                    else
                    {
                        theirsEnded = !theirs.MoveNext();
                    }
                }
                root = null;
                root = ConstructRootFromSortedArray(merged, 0, c - 1, null);
                count = c;
                version++;
            }
            else
            {
                IntersectWithEnumerable(other);
            }
        }

        internal virtual void IntersectWithEnumerable(IEnumerable<T> other)
        {
            List<T> toSave = new List<T>(Count);
            IEnumerator<T> e = other.GetEnumerator();
            try
            {
                while (e.MoveNext())
                {
                    T item = e.Current;
                    if (Contains(item)) toSave.Add(item);
                }
            }
            finally
            {
                e.Dispose();
            }
            Clear();
            for (int i = 0; i < toSave.Count; i++)
            {
                Add(toSave[i]);
            }
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (count == 0) return;
            if (other == this)
            {
                Clear();
                return;
            }
            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted))
            {
                if (comparer.Compare(asSorted.Max, Min) >= 0 && comparer.Compare(asSorted.Min, Max) <= 0)
                {
                    T min = Min;
                    T max = Max;
                    IEnumerator<T> e = other.GetEnumerator();
                    try
                    {
                        while (e.MoveNext())
                        {
                            T item = e.Current;
                            if (comparer.Compare(item, min) < 0) continue;
                            if (comparer.Compare(item, max) > 0) break;
                            Remove(item);
                        }
                    }
                    finally
                    {
                        e.Dispose();
                    }
                }
            }
            else
            {
                RemoveAllElements(other);
            }
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (Count == 0)
            {
                UnionWith(other);
                return;
            }
            if (other == this)
            {
                Clear();
                return;
            }
            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted))
            {
                Enumerator e = asSorted.GetEnumerator();
                while (e.MoveNext())
                {
                    T item = e.Current;
                    if (Contains(item)) Remove(item);
                    else Add(item);
                }
            }
            else
            {
                int length;
                T[] elements = EnumerableHelpers.ToArray<T>(other, out length);
                Array.Sort<T>(elements, 0, length, Comparer);
                SymmetricExceptWithSorted(elements, length);
            }
        }

        /// Each distinct element of the sorted array toggles membership.
        private void SymmetricExceptWithSorted(T[] other, int length)
        {
            if (length == 0) return;
            T previous = other[0];
            for (int i = 0; i < length; i++)
            {
                while (i < length && i != 0 && comparer.Compare(other[i], previous) == 0) i++;
                if (i >= length) break;
                T current = other[i];
                if (Contains(current)) Remove(current);
                else Add(current);
                previous = current;
            }
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (Count == 0) return true;
            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted))
            {
                if (Count > asSorted.Count) return false;
                return IsSubsetOfSortedSetWithSameComparer(asSorted);
            }
            int uniqueCount;
            int unfoundCount;
            CheckUniqueAndUnfoundElements(other, false, out uniqueCount, out unfoundCount);
            return uniqueCount == Count && unfoundCount >= 0;
        }

        private bool IsSubsetOfSortedSetWithSameComparer(SortedSet<T> asSorted)
        {
            SortedSet<T> prunedOther = asSorted.GetViewBetween(Min, Max);
            Enumerator e = GetEnumerator();
            while (e.MoveNext())
            {
                if (!prunedOther.Contains(e.Current)) return false;
            }
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            ICollection c = other as ICollection;
            if (c != null)
            {
                if (Count == 0) return c.Count > 0;
            }
            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted))
            {
                if (Count >= asSorted.Count) return false;
                return IsSubsetOfSortedSetWithSameComparer(asSorted);
            }
            int uniqueCount;
            int unfoundCount;
            CheckUniqueAndUnfoundElements(other, false, out uniqueCount, out unfoundCount);
            return uniqueCount == Count && unfoundCount > 0;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            ICollection c = other as ICollection;
            if (c != null && c.Count == 0) return true;
            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted))
            {
                if (Count < asSorted.Count) return false;
                SortedSet<T> pruned = GetViewBetween(asSorted.Min, asSorted.Max);
                Enumerator e = asSorted.GetEnumerator();
                while (e.MoveNext())
                {
                    if (!pruned.Contains(e.Current)) return false;
                }
                return true;
            }
            return ContainsAllElements(other);
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (Count == 0) return false;
            ICollection c = other as ICollection;
            if (c != null && c.Count == 0) return true;
            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted))
            {
                if (asSorted.Count >= Count) return false;
                SortedSet<T> pruned = GetViewBetween(asSorted.Min, asSorted.Max);
                Enumerator e = asSorted.GetEnumerator();
                while (e.MoveNext())
                {
                    if (!pruned.Contains(e.Current)) return false;
                }
                return true;
            }
            int uniqueCount;
            int unfoundCount;
            CheckUniqueAndUnfoundElements(other, true, out uniqueCount, out unfoundCount);
            return uniqueCount < Count && unfoundCount == 0;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted))
            {
                Enumerator mine = GetEnumerator();
                Enumerator theirs = asSorted.GetEnumerator();
                bool mineEnded = !mine.MoveNext();
                bool theirsEnded = !theirs.MoveNext();
                while (!mineEnded && !theirsEnded)
                {
                    if (Comparer.Compare(mine.Current, theirs.Current) != 0) return false;
                    mineEnded = !mine.MoveNext();
                    theirsEnded = !theirs.MoveNext();
                }
                return mineEnded && theirsEnded;
            }
            int uniqueCount;
            int unfoundCount;
            CheckUniqueAndUnfoundElements(other, true, out uniqueCount, out unfoundCount);
            return uniqueCount == Count && unfoundCount == 0;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (Count == 0) return false;
            ICollection<T> c = other as ICollection<T>;
            if (c != null && c.Count == 0) return false;
            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted)
                && (comparer.Compare(Min, asSorted.Max) > 0 || comparer.Compare(Max, asSorted.Min) < 0))
            {
                return false;
            }
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

        /// Marks found elements by InternalIndexOf in a bit array of Count bits
        /// (indexes past it are not remembered, as on .NET).
        private void CheckUniqueAndUnfoundElements(IEnumerable<T> other, bool returnIfUnfound, out int uniqueCount, out int unfoundCount)
        {
            if (Count == 0)
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
            int originalLastIndex = Count;
            int[] bits = new int[originalLastIndex > 0 ? (originalLastIndex - 1) / 32 + 1 : 0];
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
                        int w = index / 32;
                        bool marked = (uint)w < (uint)bits.Length && (bits[w] & (1 << (index % 32))) != 0;
                        if (!marked)
                        {
                            if ((uint)w < (uint)bits.Length) bits[w] |= 1 << (index % 32);
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

        /// The least element, or default(T) when empty.
        public T Min
        {
            get { return MinInternal; }
        }

        internal virtual T MinInternal
        {
            get
            {
                if (root == null) return default(T);
                Node current = root;
                while (current.Left != null) current = current.Left;
                return current.Item;
            }
        }

        /// The greatest element, or default(T) when empty.
        public T Max
        {
            get { return MaxInternal; }
        }

        internal virtual T MaxInternal
        {
            get
            {
                if (root == null) return default(T);
                Node current = root;
                while (current.Right != null) current = current.Right;
                return current.Item;
            }
        }

        /// The elements from greatest to least, enumerated lazily (the
        /// version is taken at the first MoveNext).
        public IEnumerable<T> Reverse()
        {
            return new ReverseIterator(this);
        }

        /// A live view of the elements in [lowerValue, upperValue]: it sees
        /// later changes to this set, and changes through it (inside the range
        /// only) change this set.
        public virtual SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (Comparer.Compare(lowerValue, upperValue) > 0)
            {
                throw new ArgumentException(Errors.LowerValueGreaterThanUpperValue, "lowerValue");
            }
            return new TreeSubSet(this, lowerValue, upperValue, true, true);
        }

        /// The stored element equal to equalValue.
        public bool TryGetValue(T equalValue, out T actualValue)
        {
            Node node = FindNode(equalValue);
            if (node != null)
            {
                actualValue = node.Item;
                return true;
            }
            actualValue = default(T);
            return false;
        }

        /// The number of significant bits (0 for 0).
        internal static int Log2(int value)
        {
            int result = 0;
            while (value > 0)
            {
                result++;
                value >>= 1;
            }
            return result;
        }

        // ---- nested types -----------------------------------------------------------------

        internal sealed class Node
        {
            public T Item;
            public Node Left;
            public Node Right;
            public bool IsRed;

            public Node(T item, bool isRed)
            {
                Item = item;
                IsRed = isRed;
            }

            public static bool IsNonNullRed(Node node)
            {
                return node != null && node.IsRed;
            }

            public static bool IsNullOrBlack(Node node)
            {
                return node == null || !node.IsRed;
            }

            public bool Is2Node
            {
                get { return !IsRed && IsNullOrBlack(Left) && IsNullOrBlack(Right); }
            }

            public bool Is4Node
            {
                get { return IsNonNullRed(Left) && IsNonNullRed(Right); }
            }

            /// A copy of the subtree, colours included.
            public Node DeepClone()
            {
                Node copy = new Node(Item, IsRed);
                if (Left != null) copy.Left = Left.DeepClone();
                if (Right != null) copy.Right = Right.DeepClone();
                return copy;
            }

            /// Which rotation moves a red from the 3- or 4-node sibling over
            /// to the 2-node `current`.
            public int GetRotation(Node current, Node sibling)
            {
                bool currentIsLeftChild = Left == current;
                if (IsNonNullRed(sibling.Left)) return currentIsLeftChild ? RotateRightLeftCase : RotateRightCase;
                return currentIsLeftChild ? RotateLeftCase : RotateLeftRightCase;
            }

            public Node GetSibling(Node node)
            {
                return node == Left ? Right : Left;
            }

            public void Split4Node()
            {
                IsRed = true;
                Left.IsRed = false;
                Right.IsRed = false;
            }

            public Node Rotate(int rotation)
            {
                if (rotation == RotateRightCase)
                {
                    Left.Left.IsRed = false;
                    return RotateRight();
                }
                if (rotation == RotateLeftCase)
                {
                    Right.Right.IsRed = false;
                    return RotateLeft();
                }
                if (rotation == RotateRightLeftCase) return RotateRightLeft();
                return RotateLeftRight();
            }

            public Node RotateLeft()
            {
                Node child = Right;
                Right = child.Left;
                child.Left = this;
                return child;
            }

            public Node RotateLeftRight()
            {
                Node child = Left;
                Node grandChild = child.Right;
                Left = grandChild.Right;
                grandChild.Right = this;
                child.Right = grandChild.Left;
                grandChild.Left = child;
                return grandChild;
            }

            public Node RotateRight()
            {
                Node child = Left;
                Left = child.Right;
                child.Right = this;
                return child;
            }

            public Node RotateRightLeft()
            {
                Node child = Right;
                Node grandChild = child.Left;
                Right = grandChild.Left;
                grandChild.Left = this;
                child.Left = grandChild.Right;
                grandChild.Right = child;
                return grandChild;
            }

            public void Merge2Nodes()
            {
                IsRed = false;
                Left.IsRed = true;
                Right.IsRed = true;
            }

            public void ReplaceChild(Node child, Node newChild)
            {
                if (Left == child) Left = newChild;
                else Right = newChild;
            }
        }

        /// In order (or reverse order) over the elements within the set's
        /// range. Current is default(T) outside the enumeration.
        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private SortedSet<T> _tree;
            private int _version;
            private Stack<Node> _stack;
            private Node _current;
            private bool _reverse;

            internal Enumerator(SortedSet<T> set, bool reverse)
            {
                _tree = set;
                set.VersionCheck(false);
                _version = set.version;
                _stack = new Stack<Node>(2 * Log2(set.TotalCount() + 1));
                _current = null;
                _reverse = reverse;
                Initialize();
            }

            private void Initialize()
            {
                _current = null;
                Node node = _tree.root;
                while (node != null)
                {
                    Node next = _reverse ? node.Right : node.Left;
                    Node other = _reverse ? node.Left : node.Right;
                    if (_tree.IsWithinRange(node.Item))
                    {
                        _stack.Push(node);
                        node = next;
                    }
                    else if (next == null || !_tree.IsWithinRange(next.Item))
                    {
                        node = other;
                    }
                    else
                    {
                        node = next;
                    }
                }
            }

            public bool MoveNext()
            {
                _tree.VersionCheck(false);
                if (_version != _tree.version) throw Errors.VersionChangedCollections();
                if (_stack.Count == 0)
                {
                    _current = null;
                    return false;
                }
                _current = _stack.Pop();
                Node node = _reverse ? _current.Left : _current.Right;
                while (node != null)
                {
                    Node next = _reverse ? node.Right : node.Left;
                    Node other = _reverse ? node.Left : node.Right;
                    if (_tree.IsWithinRange(node.Item))
                    {
                        _stack.Push(node);
                        node = next;
                    }
                    else if (other == null || !_tree.IsWithinRange(other.Item))
                    {
                        node = next;
                    }
                    else
                    {
                        node = other;
                    }
                }
                return true;
            }

            public void Dispose()
            {
            }

            public T Current
            {
                get
                {
                    if (_current != null) return _current.Item;
                    return default(T);
                }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (_current == null) throw Errors.CantHappen();
                    return _current.Item;
                }
            }

            internal bool NotStartedOrEnded
            {
                get { return _current == null; }
            }

            internal void Reset()
            {
                if (_version != _tree.version) throw Errors.VersionChangedCollections();
                _stack.Clear();
                Initialize();
            }

            void IEnumerator.Reset()
            {
                Reset();
            }
        }

        /// What Reverse() returns: an iterator object, enumerable once by
        /// itself and afresh by each further GetEnumerator.
        private sealed class ReverseIterator : IEnumerable<T>, IEnumerator<T>
        {
            private SortedSet<T> _set;
            private int _state;
            private Enumerator _e;
            private T _current;

            internal ReverseIterator(SortedSet<T> set)
            {
                _set = set;
                _state = -2;
            }

            public IEnumerator<T> GetEnumerator()
            {
                if (_state == -2)
                {
                    _state = 0;
                    return this;
                }
                ReverseIterator fresh = new ReverseIterator(_set);
                fresh._state = 0;
                return fresh;
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return GetEnumerator();
            }

            public bool MoveNext()
            {
                if (_state == 0)
                {
                    _e = new Enumerator(_set, true);
                    _state = 1;
                }
                if (_state != 1) return false;
                if (_e.MoveNext())
                {
                    _current = _e.Current;
                    return true;
                }
                _state = -1;
                return false;
            }

            public T Current
            {
                get { return _current; }
            }

            object IEnumerator.Current
            {
                get { return _current; }
            }

            public void Reset()
            {
                throw new NotSupportedException();
            }

            public void Dispose()
            {
                _state = -1;
            }
        }

        /// GetViewBetween's live view: a SortedSet whose root is the top of
        /// the underlying tree's in-range part, refreshed whenever the
        /// underlying set's version moves on. Its count is recounted lazily.
        internal sealed class TreeSubSet : SortedSet<T>
        {
            private SortedSet<T> _underlying;
            private T _min;
            private T _max;
            private int _countVersion;
            private bool _lBoundActive;
            private bool _uBoundActive;

            public TreeSubSet(SortedSet<T> underlying, T min, T max, bool lowerBoundActive, bool upperBoundActive)
                : base(underlying.Comparer)
            {
                _underlying = underlying;
                _min = min;
                _max = max;
                _lBoundActive = lowerBoundActive;
                _uBoundActive = upperBoundActive;
                root = _underlying.FindRange(_min, _max, _lBoundActive, _uBoundActive);
                count = 0;
                version = -1;
                _countVersion = -1;
            }

            /// ArgumentOutOfRangeException outside the range.
            internal override bool AddIfNotPresent(T item)
            {
                if (!IsWithinRange(item)) throw new ArgumentOutOfRangeException("item");
                bool ret = _underlying.AddIfNotPresent(item);
                VersionCheck(false);
                return ret;
            }

            public override bool Contains(T item)
            {
                VersionCheck(false);
                return base.Contains(item);
            }

            internal override bool DoRemove(T item)
            {
                if (!IsWithinRange(item)) return false;
                bool ret = _underlying.Remove(item);
                VersionCheck(false);
                return ret;
            }

            /// Removes the range's elements from the underlying set, in the
            /// reverse of breadth-first order.
            public override void Clear()
            {
                if (Count == 0) return;
                List<T> toRemove = new List<T>();
                VersionCheck(false);
                if (root != null)
                {
                    Queue<Node> processQueue = new Queue<Node>();
                    processQueue.Enqueue(root);
                    while (processQueue.Count != 0)
                    {
                        Node current = processQueue.Dequeue();
                        if (IsWithinRange(current.Item)) toRemove.Add(current.Item);
                        if (current.Left != null && (!_lBoundActive || Comparer.Compare(_min, current.Item) < 0))
                        {
                            processQueue.Enqueue(current.Left);
                        }
                        if (current.Right != null && (!_uBoundActive || Comparer.Compare(_max, current.Item) > 0))
                        {
                            processQueue.Enqueue(current.Right);
                        }
                    }
                }
                while (toRemove.Count != 0)
                {
                    _underlying.Remove(toRemove[toRemove.Count - 1]);
                    toRemove.RemoveAt(toRemove.Count - 1);
                }
                root = null;
                count = 0;
                version = _underlying.version;
            }

            internal override bool IsWithinRange(T item)
            {
                int comp = _lBoundActive ? Comparer.Compare(_min, item) : -1;
                if (comp > 0) return false;
                comp = _uBoundActive ? Comparer.Compare(_max, item) : 1;
                return comp >= 0;
            }

            internal override bool IsBelowRange(T item)
            {
                return _lBoundActive && Comparer.Compare(_min, item) > 0;
            }

            internal override T MinInternal
            {
                get
                {
                    Node current = root;
                    T result = default(T);
                    while (current != null)
                    {
                        int comp = _lBoundActive ? Comparer.Compare(_min, current.Item) : -1;
                        if (comp == 1)
                        {
                            current = current.Right;
                        }
                        else
                        {
                            result = current.Item;
                            if (comp == 0) break;
                            current = current.Left;
                        }
                    }
                    return result;
                }
            }

            internal override T MaxInternal
            {
                get
                {
                    Node current = root;
                    T result = default(T);
                    while (current != null)
                    {
                        int comp = _uBoundActive ? Comparer.Compare(_max, current.Item) : 1;
                        if (comp == -1)
                        {
                            current = current.Left;
                        }
                        else
                        {
                            result = current.Item;
                            if (comp == 0) break;
                            current = current.Right;
                        }
                    }
                    return result;
                }
            }

            internal override Node FindNode(T item)
            {
                if (!IsWithinRange(item)) return null;
                VersionCheck(false);
                return base.FindNode(item);
            }

            /// The position in enumeration order (not the heap numbering).
            internal override int InternalIndexOf(T item)
            {
                int index = -1;
                Enumerator e = GetEnumerator();
                while (e.MoveNext())
                {
                    index++;
                    if (Comparer.Compare(item, e.Current) == 0) return index;
                }
                return -1;
            }

            internal override void VersionCheck(bool updateCount)
            {
                if (version != _underlying.version)
                {
                    root = _underlying.FindRange(_min, _max, _lBoundActive, _uBoundActive);
                    version = _underlying.version;
                }
                if (updateCount && _countVersion != _underlying.version)
                {
                    int n = 0;
                    Walker w = new Walker(this);
                    while (w.Next() != null) n++;
                    count = n;
                    _countVersion = _underlying.version;
                }
            }

            internal override int TotalCount()
            {
                return _underlying.Count;
            }

            /// A narrower view; ArgumentOutOfRangeException past this view's bounds.
            public override SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
            {
                if (_lBoundActive && Comparer.Compare(_min, lowerValue) > 0) throw new ArgumentOutOfRangeException("lowerValue");
                if (_uBoundActive && Comparer.Compare(_max, upperValue) < 0) throw new ArgumentOutOfRangeException("upperValue");
                return (TreeSubSet)_underlying.GetViewBetween(lowerValue, upperValue);
            }
        }
    }

    /// SortedSet<T>.CreateSetComparer(): sets equal by the set comparer,
    /// hashed by XOR of the members' hash codes.
    internal sealed class SortedSetEqualityComparer<T> : IEqualityComparer<SortedSet<T>>
    {
        private readonly IComparer<T> _comparer;
        private readonly IEqualityComparer<T> _memberEqualityComparer;

        public SortedSetEqualityComparer(IEqualityComparer<T> memberEqualityComparer)
        {
            _comparer = Comparer<T>.Default;
            if (memberEqualityComparer == null) memberEqualityComparer = EqualityComparer<T>.Default;
            _memberEqualityComparer = memberEqualityComparer;
        }

        public bool Equals(SortedSet<T> x, SortedSet<T> y)
        {
            return SortedSet<T>.SortedSetEquals(x, y, _comparer);
        }

        public int GetHashCode(SortedSet<T> obj)
        {
            int hashCode = 0;
            if (obj != null)
            {
                SortedSet<T>.Enumerator e = obj.GetEnumerator();
                while (e.MoveNext())
                {
                    hashCode = hashCode ^ (_memberEqualityComparer.GetHashCode(e.Current) & 0x7FFFFFFF);
                }
            }
            return hashCode;
        }

        public override bool Equals(object obj)
        {
            SortedSetEqualityComparer<T> comparer = obj as SortedSetEqualityComparer<T>;
            return comparer != null && _comparer == comparer._comparer;
        }

        public override int GetHashCode()
        {
            return _comparer.GetHashCode() ^ _memberEqualityComparer.GetHashCode();
        }
    }
}
