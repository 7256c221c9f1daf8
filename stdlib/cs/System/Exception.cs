namespace System
{
    /// The base class of every exception. The VM creates instances of the classes below for the
    /// faults it detects (null dereference, bounds, division, casts…) without running a
    /// constructor: it sets `_message` (and `_paramName`) directly. `_stackTraceString` is
    /// written by the VM as the exception leaves or is caught in each frame (`vm/src/eh/`);
    /// `_traceFrame` is the VM's record of the last frame it added.
    public class Exception
    {
        private string _message;
        private Exception _innerException;
        private string _stackTraceString;
        private long _traceFrame;

        public Exception()
        {
        }

        public Exception(string message)
        {
            _message = message;
        }

        public Exception(string message, Exception innerException)
        {
            _message = message;
            _innerException = innerException;
        }

        /// The message, or .NET's default "Exception of type 'X' was thrown.".
        public virtual string Message
        {
            get
            {
                if (_message == null)
                {
                    return "Exception of type '" + GetType().FullName + "' was thrown.";
                }
                return _message;
            }
        }

        public Exception InnerException
        {
            get { return _innerException; }
        }

        /// One line `   at Type.Method(Int32 n)` per frame, from the throw to the catch; null
        /// until the exception is thrown.
        public virtual string StackTrace
        {
            get { return _stackTraceString; }
        }

        /// "System.InvalidOperationException: message", the inner exception, then the stack
        /// trace, in .NET's layout.
        public override string ToString()
        {
            string s = GetType().FullName;
            string message = Message;
            if (message != null && message.Length > 0)
            {
                s = s + ": " + message;
            }
            if (_innerException != null)
            {
                s = s + "\n ---> " + _innerException.ToString() + "\n   --- End of inner exception stack trace ---";
            }
            string trace = StackTrace;
            if (trace != null)
            {
                s = s + "\n" + trace;
            }
            return s;
        }
    }

    public class SystemException : Exception
    {
        public SystemException() : base("System error.")
        {
        }

        public SystemException(string message) : base(message)
        {
        }

        public SystemException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    /// The base of application-defined exceptions in .NET Framework's
    /// design (now merely an Exception), which older code derives from.
    public class ApplicationException : Exception
    {
        public ApplicationException() : base("Error in the application.")
        {
        }

        public ApplicationException(string message) : base(message)
        {
        }

        public ApplicationException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }
}
