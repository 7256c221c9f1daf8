// A lambda inside a constructor is not the constructor: it cannot assign an init-only property.
using System;
class Box
{
    public int Size { get; init; }
    public Box()
    {
        Action grow = () => Size = 10; // error CS8852
        grow();
    }
}
class Program { static void Main() { Console.WriteLine(new Box().Size); } }
