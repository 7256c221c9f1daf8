namespace System
{
    /// A value made by its factory on first use of Value, once (.NET Core 3.1's Lazy<T> in
    /// its single-threaded behaviour: the VM runs one thread).
    public class Lazy<T>
    {
        private Func<T> _factory;
        private T _value;
        private bool _created;
        private bool _running;
        // What the factory threw: thrown again by every later use of Value, as .NET's
        // default (ExecutionAndPublication) mode does.
        private Exception _exception;

        public Lazy(Func<T> valueFactory)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            _factory = valueFactory;
        }

        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory)
        {
        }

        public Lazy(T value)
        {
            _value = value;
            _created = true;
        }

        public bool IsValueCreated
        {
            get { return _created; }
        }

        public T Value
        {
            get
            {
                if (_created) return _value;
                if (_exception != null) throw _exception;
                if (_running) throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                _running = true;
                try
                {
                    _value = _factory();
                }
                catch (Exception e)
                {
                    _exception = e;
                    throw;
                }
                finally
                {
                    _running = false;
                }
                _created = true;
                _factory = null;
                return _value;
            }
        }

        public override string ToString()
        {
            return _created ? _value.ToString() : "Value is not created.";
        }
    }
}
