namespace System
{
    /// The base of every delegate type (ECMA-335 II.14.6). A delegate is a method and the
    /// object it is called on; the VM makes one in the constructor of a delegate type and calls
    /// it in `Invoke` as one indirect call (vm/src/jit/delegates.rs), so the fields below are
    /// the VM's contract with this file: their names are looked up when code is compiled.
    public abstract class Delegate : ICloneable
    {
        // The receiver of an instance method, or the first argument of a static method the
        // delegate is closed over (an extension method); null for an open static method.
        internal object _target;
        // The code of the method: what `ldftn` or `ldvirtftn` gave. Two delegates of one type
        // call the same method exactly when these words are equal (code is never shared).
        internal long _methodPtr;
        // 1 when the method is static and takes the delegate's own parameters, so the call
        // passes no target.
        internal int _openStatic;
        // A combined delegate: the single-cast delegates it calls, in order, and how many of
        // the array's elements are used. Null for a single-cast delegate.
        internal Delegate[] _invocationList;
        internal int _invocationCount;

        /// The object the method is called on; null for a static method.
        public object Target
        {
            get
            {
                if (_invocationList != null) return _invocationList[_invocationCount - 1].Target;
                return _openStatic != 0 ? null : _target;
            }
        }

        /// The delegates a combined delegate calls, in order; a single-cast delegate alone.
        public virtual Delegate[] GetInvocationList()
        {
            if (_invocationList == null) return new Delegate[] { this };
            Delegate[] list = new Delegate[_invocationCount];
            for (int i = 0; i < _invocationCount; i++) list[i] = _invocationList[i];
            return list;
        }

        public virtual object Clone()
        {
            return MemberwiseClone();
        }

        /// Same type, and the same methods on the same targets in the same order.
        public override bool Equals(object obj)
        {
            Delegate d = obj as Delegate;
            if (d == null || d.GetType() != GetType()) return false;
            if (_invocationList == null && d._invocationList == null) return SameMethod(d);
            if (_invocationList == null || d._invocationList == null) return false;
            if (_invocationCount != d._invocationCount) return false;
            for (int i = 0; i < _invocationCount; i++)
            {
                if (!_invocationList[i].SameMethod(d._invocationList[i])) return false;
            }
            return true;
        }

        private bool SameMethod(Delegate d)
        {
            if (_target != d._target || _openStatic != d._openStatic) return false;
            return _methodPtr == d._methodPtr || MethodIdentity(_methodPtr) == MethodIdentity(d._methodPtr);
        }

        /// What the code at `code` is an entry of: its method, which keeps its identity when
        /// the runtime compiles it again (quick code, then optimised).
        private static extern long MethodIdentity(long code);

        public override int GetHashCode()
        {
            if (_invocationList != null) return _invocationList[_invocationCount - 1].GetHashCode();
            long m = MethodIdentity(_methodPtr);
            return GetType().GetHashCode() ^ (int)(m ^ (m >> 32));
        }

        public static bool operator ==(Delegate d1, Delegate d2)
        {
            if ((object)d1 == null) return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(Delegate d1, Delegate d2)
        {
            return !(d1 == d2);
        }

        /// `a + b` on delegates (§12.10.5): a delegate that calls a's methods, then b's.
        public static Delegate Combine(Delegate a, Delegate b)
        {
            if ((object)a == null) return b;
            if ((object)b == null) return a;
            if (a.GetType() != b.GetType()) throw new ArgumentException("Delegates must be of the same type.");
            int na = a._invocationList == null ? 1 : a._invocationCount;
            int nb = b._invocationList == null ? 1 : b._invocationCount;
            Delegate[] list = new Delegate[na + nb];
            a.CopyInvocationList(list, 0);
            b.CopyInvocationList(list, na);
            return a.WithInvocationList(list, na + nb);
        }

        public static Delegate Combine(params Delegate[] delegates)
        {
            if (delegates == null) return null;
            Delegate result = null;
            for (int i = 0; i < delegates.Length; i++) result = Combine(result, delegates[i]);
            return result;
        }

        /// `a - b` on delegates (§12.11.5): a without the last occurrence of b's invocation list
        /// as a contiguous run; a itself when it has none; null when nothing is left.
        public static Delegate Remove(Delegate source, Delegate value)
        {
            if ((object)source == null) return null;
            if ((object)value == null) return source;
            if (source.GetType() != value.GetType()) throw new ArgumentException("Delegates must be of the same type.");
            Delegate[] s = source.GetInvocationList();
            Delegate[] v = value.GetInvocationList();
            for (int start = s.Length - v.Length; start >= 0; start--)
            {
                bool match = true;
                for (int j = 0; j < v.Length && match; j++)
                {
                    match = s[start + j].SameMethod(v[j]);
                }
                if (!match) continue;
                int left = s.Length - v.Length;
                if (left == 0) return null;
                if (left == 1) return start == 0 ? s[s.Length - 1] : s[0];
                Delegate[] list = new Delegate[left];
                for (int k = 0; k < start; k++) list[k] = s[k];
                for (int k = start + v.Length; k < s.Length; k++) list[k - v.Length] = s[k];
                return source.WithInvocationList(list, left);
            }
            return source;
        }

        /// Removes every occurrence of value's invocation list from source.
        public static Delegate RemoveAll(Delegate source, Delegate value)
        {
            Delegate d;
            do
            {
                d = source;
                source = Remove(source, value);
            } while (!ReferenceEquals(d, source));
            return source;
        }

        private void CopyInvocationList(Delegate[] list, int at)
        {
            if (_invocationList == null)
            {
                list[at] = this;
                return;
            }
            for (int i = 0; i < _invocationCount; i++) list[at + i] = _invocationList[i];
        }

        private Delegate WithInvocationList(Delegate[] list, int count)
        {
            Delegate d = (Delegate)MemberwiseClone();
            d._invocationList = list;
            d._invocationCount = count;
            d._target = null;
            d._methodPtr = 0;
            d._openStatic = 0;
            return d;
        }
    }

    /// The base of the delegate types compilers declare (ECMA-335 II.14.6).
    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2)
        {
            if ((object)d1 == null) return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2)
        {
            return !(d1 == d2);
        }

        public sealed override bool Equals(object obj)
        {
            return base.Equals(obj);
        }

        public sealed override int GetHashCode()
        {
            return base.GetHashCode();
        }

        public sealed override Delegate[] GetInvocationList()
        {
            return base.GetInvocationList();
        }
    }
}
