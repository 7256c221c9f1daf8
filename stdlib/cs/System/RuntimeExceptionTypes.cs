namespace System
{
    // The exceptions the runtime raises when a type or member cannot be loaded, and the rest
    // of .NET's common exceptions. Default messages are .NET Core 3.1's.

    /// A type cannot be loaded: a type missing from an assembly, or a layout the runtime
    /// refuses (a reference overlapped by data in an explicit layout).
    public class TypeLoadException : SystemException
    {
        public TypeLoadException() : base("Failure has occurred while loading a type.")
        {
        }

        public TypeLoadException(string message) : base(message)
        {
        }

        public TypeLoadException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class MemberAccessException : SystemException
    {
        public MemberAccessException() : base("Cannot access member.")
        {
        }

        public MemberAccessException(string message) : base(message)
        {
        }

        public MemberAccessException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class MissingMemberException : MemberAccessException
    {
        public MissingMemberException() : base("Attempted to access a missing member.")
        {
        }

        public MissingMemberException(string message) : base(message)
        {
        }

        public MissingMemberException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    /// A call names a method the loaded assemblies do not have (an assembly built against a
    /// library with more members than Sharp's).
    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.")
        {
        }

        public MissingMethodException(string message) : base(message)
        {
        }

        public MissingMethodException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException() : base("Attempted to access a non-existing field.")
        {
        }

        public MissingFieldException(string message) : base(message)
        {
        }

        public MissingFieldException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class FieldAccessException : MemberAccessException
    {
        public FieldAccessException() : base("Attempted to access a field that is not accessible by the caller.")
        {
        }

        public FieldAccessException(string message) : base(message)
        {
        }

        public FieldAccessException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class MethodAccessException : MemberAccessException
    {
        public MethodAccessException() : base("Attempt to access the method failed.")
        {
        }

        public MethodAccessException(string message) : base(message)
        {
        }

        public MethodAccessException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class BadImageFormatException : SystemException
    {
        public BadImageFormatException() : base("Format of the executable (.exe) or library (.dll) is invalid.")
        {
        }

        public BadImageFormatException(string message) : base(message)
        {
        }

        public BadImageFormatException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    /// A static constructor threw: the type cannot be used, and every later use throws again.
    public sealed class TypeInitializationException : SystemException
    {
        private string _typeName;

        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException)
        {
            _typeName = fullTypeName;
        }

        public string TypeName
        {
            get { return _typeName == null ? "" : _typeName; }
        }
    }

    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.")
        {
        }

        public TimeoutException(string message) : base(message)
        {
        }

        public TimeoutException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class RankException : SystemException
    {
        public RankException() : base("Attempted to operate on an array with the incorrect number of dimensions.")
        {
        }

        public RankException(string message) : base(message)
        {
        }

        public RankException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.")
        {
        }

        public PlatformNotSupportedException(string message) : base(message)
        {
        }

        public PlatformNotSupportedException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public class NotFiniteNumberException : ArithmeticException
    {
        private double _offendingNumber;

        public NotFiniteNumberException() : base("Number encountered was not a finite quantity.")
        {
        }

        public NotFiniteNumberException(double offendingNumber) : base("Number encountered was not a finite quantity.")
        {
            _offendingNumber = offendingNumber;
        }

        public NotFiniteNumberException(string message) : base(message)
        {
        }

        public NotFiniteNumberException(string message, double offendingNumber) : base(message)
        {
            _offendingNumber = offendingNumber;
        }

        public NotFiniteNumberException(string message, Exception innerException) : base(message, innerException)
        {
        }

        public double OffendingNumber
        {
            get { return _offendingNumber; }
        }
    }

    public class OperationCanceledException : SystemException
    {
        public OperationCanceledException() : base("The operation was canceled.")
        {
        }

        public OperationCanceledException(string message) : base(message)
        {
        }

        public OperationCanceledException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public sealed class InsufficientExecutionStackException : SystemException
    {
        public InsufficientExecutionStackException() : base("Insufficient stack to continue executing the program safely. This can happen from having too many functions on the call stack or function on the stack using too much stack space.")
        {
        }

        public InsufficientExecutionStackException(string message) : base(message)
        {
        }

        public InsufficientExecutionStackException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }

    public class AccessViolationException : SystemException
    {
        public AccessViolationException() : base("Attempted to read or write protected memory. This is often an indication that other memory is corrupt.")
        {
        }

        public AccessViolationException(string message) : base(message)
        {
        }

        public AccessViolationException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }
}
