namespace System
{
    /// Reads a string's characters one by one: what `String.GetEnumerator`
    /// gives, so a string is an `IEnumerable<char>` (LINQ over text).
    public sealed class CharEnumerator : System.Collections.Generic.IEnumerator<char>, System.Collections.IEnumerator, IDisposable, ICloneable
    {
        private string _str;
        private int _index;
        private char _current;

        internal CharEnumerator(string str)
        {
            _str = str;
            _index = -1;
        }

        public object Clone()
        {
            return MemberwiseClone();
        }

        public bool MoveNext()
        {
            if (_index < _str.Length - 1)
            {
                _index++;
                _current = _str[_index];
                return true;
            }
            _index = _str.Length;
            return false;
        }

        public void Dispose()
        {
        }

        public char Current
        {
            get
            {
                if (_index == -1) ThrowHelper.Throw("System.InvalidOperationException", "Enumeration has not started. Call MoveNext.");
                if (_index >= _str.Length) ThrowHelper.Throw("System.InvalidOperationException", "Enumeration already finished.");
                return _current;
            }
        }

        object System.Collections.IEnumerator.Current
        {
            get { return Current; }
        }

        public void Reset()
        {
            _current = (char)0;
            _index = -1;
        }
    }
}
