namespace System
{
    /// An argument is invalid. `Message` appends " (Parameter 'name')" as .NET does.
    public class ArgumentException : SystemException
    {
        private string _paramName;

        public ArgumentException() : base("Value does not fall within the expected range.")
        {
        }

        public ArgumentException(string message) : base(message)
        {
        }

        public ArgumentException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public ArgumentException(string message, string paramName) : base(message)
        {
            _paramName = paramName;
        }

        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException)
        {
            _paramName = paramName;
        }

        public virtual string ParamName
        {
            get { return _paramName; }
        }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_paramName != null && _paramName.Length > 0)
                {
                    return s + " (Parameter '" + _paramName + "')";
                }
                return s;
            }
        }
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.")
        {
        }

        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName)
        {
        }

        public ArgumentNullException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public ArgumentNullException(string paramName, string message) : base(message, paramName)
        {
        }
    }

    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.")
        {
        }

        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName)
        {
        }

        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName)
        {
        }

        /// The collections of System.Collections.dll pass the offending value
        /// too (Queue(-1): "... (Parameter 'capacity')\nActual value was -1.").
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName)
        {
            _actualValue = actualValue;
        }

        private object _actualValue;

        public virtual object ActualValue
        {
            get { return _actualValue; }
        }

        /// ArgumentException's message, then "\nActual value was V." when a
        /// value was given (.NET's Environment.NewLine is "\n" on Unix).
        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_actualValue != null)
                {
                    string valueMessage = "Actual value was " + _actualValue.ToString() + ".";
                    if (s == null) return valueMessage;
                    return s + "\n" + valueMessage;
                }
                return s;
            }
        }
    }

    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.")
        {
        }

        public InvalidOperationException(string message) : base(message)
        {
        }

        public InvalidOperationException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    /// An operation on an object that was disposed (a closed reader, writer or stream).
    public class ObjectDisposedException : InvalidOperationException
    {
        private string _objectName;

        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.")
        {
        }

        public ObjectDisposedException(string objectName, string message) : base(message)
        {
            _objectName = objectName;
        }

        public string ObjectName
        {
            get { return _objectName == null ? "" : _objectName; }
        }

        public override string Message
        {
            get
            {
                string name = ObjectName;
                if (name.Length == 0) return base.Message;
                return base.Message + "\nObject name: '" + name + "'.";
            }
        }
    }

    /// Access to a file or directory the system refused.
    public class UnauthorizedAccessException : SystemException
    {
        public UnauthorizedAccessException() : base("Attempted to perform an unauthorized operation.")
        {
        }

        public UnauthorizedAccessException(string message) : base(message)
        {
        }

        public UnauthorizedAccessException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.")
        {
        }

        public NotSupportedException(string message) : base(message)
        {
        }

        public NotSupportedException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.")
        {
        }

        public NotImplementedException(string message) : base(message)
        {
        }

        public NotImplementedException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.")
        {
        }

        public FormatException(string message) : base(message)
        {
        }

        public FormatException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.")
        {
        }

        public ArithmeticException(string message) : base(message)
        {
        }

        public ArithmeticException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.")
        {
        }

        public OverflowException(string message) : base(message)
        {
        }

        public OverflowException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.")
        {
        }

        public DivideByZeroException(string message) : base(message)
        {
        }

        public DivideByZeroException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object.")
        {
        }

        public NullReferenceException(string message) : base(message)
        {
        }

        public NullReferenceException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public sealed class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.")
        {
        }

        public IndexOutOfRangeException(string message) : base(message)
        {
        }

        public IndexOutOfRangeException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    /// Raised when an object is stored into an array whose actual element
    /// type it is not (arrays of references are covariant).
    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.")
        {
        }

        public ArrayTypeMismatchException(string message) : base(message)
        {
        }

        public ArrayTypeMismatchException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    /// Raised when the runtime's JIT meets invalid IL: a stack value of
    /// the wrong kind, stack underflow, a bad branch target or token.
    public sealed class InvalidProgramException : SystemException
    {
        public InvalidProgramException() : base("Common Language Runtime detected an invalid program.")
        {
        }

        public InvalidProgramException(string message) : base(message)
        {
        }

        public InvalidProgramException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.")
        {
        }

        public InvalidCastException(string message) : base(message)
        {
        }

        public InvalidCastException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public sealed class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.")
        {
        }

        public StackOverflowException(string message) : base(message)
        {
        }

        public StackOverflowException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.")
        {
        }

        public OutOfMemoryException(string message) : base(message)
        {
        }

        public OutOfMemoryException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    /// Raised by the VM when a native method fails internally (a bug in the runtime).
    public sealed class ExecutionEngineException : SystemException
    {
        public ExecutionEngineException() : base("Internal error in the runtime.")
        {
        }

        public ExecutionEngineException(string message) : base(message)
        {
        }

        public ExecutionEngineException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }
}

namespace System.Collections.Generic
{
    public class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() : base("The given key was not present in the dictionary.")
        {
        }

        public KeyNotFoundException(string message) : base(message)
        {
        }

        public KeyNotFoundException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }
}
