// The Message of each standard exception created with its parameterless constructor.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Console.WriteLine(new Exception().Message); // expect: Exception of type 'System.Exception' was thrown.
        Console.WriteLine(new SystemException().Message); // expect: System error.
        Console.WriteLine(new ArgumentException().Message); // expect: Value does not fall within the expected range.
        Console.WriteLine(new ArgumentNullException().Message); // expect: Value cannot be null.
        Console.WriteLine(new ArgumentOutOfRangeException().Message); // expect: Specified argument was out of the range of valid values.
        Console.WriteLine(new InvalidOperationException().Message); // expect: Operation is not valid due to the current state of the object.
        Console.WriteLine(new NotSupportedException().Message); // expect: Specified method is not supported.
        Console.WriteLine(new NotImplementedException().Message); // expect: The method or operation is not implemented.
        Console.WriteLine(new FormatException().Message); // expect: One of the identified items was in an invalid format.
        Console.WriteLine(new ArithmeticException().Message); // expect: Overflow or underflow in the arithmetic operation.
        Console.WriteLine(new OverflowException().Message); // expect: Arithmetic operation resulted in an overflow.
        Console.WriteLine(new DivideByZeroException().Message); // expect: Attempted to divide by zero.
        Console.WriteLine(new NullReferenceException().Message); // expect: Object reference not set to an instance of an object.
        Console.WriteLine(new IndexOutOfRangeException().Message); // expect: Index was outside the bounds of the array.
        Console.WriteLine(new InvalidCastException().Message); // expect: Specified cast is not valid.
        Console.WriteLine(new KeyNotFoundException().Message); // expect: The given key was not present in the dictionary.
    }
}
