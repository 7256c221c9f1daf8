// `is` and `as` with classes, interfaces, structs and null: as gives null on failure, never throws.
using System;

interface IFly { }
class Animal { }
class Bird : Animal, IFly { }
class Fish : Animal { }

class Program
{
    static void Main()
    {
        Animal a = new Bird();
        Console.WriteLine(a is Bird);          // expect: True
        Console.WriteLine(a is Fish);          // expect: False
        Console.WriteLine(a is Animal);        // expect: True
        Console.WriteLine(a is IFly);          // expect: True
        Console.WriteLine(a is object);        // expect: True
        Bird b = a as Bird;
        Fish f = a as Fish;
        Console.WriteLine(b != null);          // expect: True
        Console.WriteLine(f == null);          // expect: True
        Animal none = null;
        Console.WriteLine(none is Animal);     // expect: False
        Console.WriteLine((none as Bird) == null); // expect: True
        object boxed = 3;
        Console.WriteLine(boxed is int);       // expect: True
        Console.WriteLine(boxed is long);      // expect: False
        Console.WriteLine((boxed as string) == null); // expect: True
        object s = "str";
        Console.WriteLine((s as string).Length); // expect: 3
    }
}
