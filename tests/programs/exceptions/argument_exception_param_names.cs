// Argument exceptions with a parameter name append " (Parameter 'name')" to the message (.NET Core 3.0+).
// mono-differs: Mono appends "\nParameter name: x" instead
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(new ArgumentNullException().Message); // expect: Value cannot be null.
        Console.WriteLine(new ArgumentNullException("x").Message); // expect: Value cannot be null. (Parameter 'x')
        Console.WriteLine(new ArgumentNullException("x", "x is required").Message); // expect: x is required (Parameter 'x')
        Console.WriteLine(new ArgumentNullException("x").ParamName); // expect: x
        Console.WriteLine(new ArgumentException("bad value", "p").Message); // expect: bad value (Parameter 'p')
        Console.WriteLine(new ArgumentException("bad value", "p").ParamName); // expect: p
        Console.WriteLine(new ArgumentException("no name").Message); // expect: no name
        Console.WriteLine(new ArgumentOutOfRangeException("i").Message); // expect: Specified argument was out of the range of valid values. (Parameter 'i')
        Console.WriteLine(new ArgumentOutOfRangeException("i", "must be positive").Message); // expect: must be positive (Parameter 'i')
    }
}
