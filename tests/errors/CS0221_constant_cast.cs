// An explicit cast of an out-of-range constant is an error outside unchecked.
using System;

class Program
{
    static void Main()
    {
        byte ok = unchecked((byte)300);
        byte b = (byte)300; // error CS0221
        Console.WriteLine(ok + b);
    }
}
