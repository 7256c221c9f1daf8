// Generic classes are invariant: Box<string> does not convert to Box<object>.
using System;

class Box<T>
{
    public T Value;
}

class Program
{
    static void Main()
    {
        Box<string> s = new Box<string>();
        Box<object> o = s; // error CS0029
        Console.WriteLine(o);
    }
}
