// A downcast to the wrong class throws InvalidCastException (after the good casts printed).
using System;

class Animal { }
class Dog : Animal { }
class Cat : Animal { }

class Program
{
    static void Main()
    {
        Animal a = new Dog();
        Dog d = (Dog)a;
        Console.WriteLine(d != null);  // expect: True
        object o = a;
        Console.WriteLine(((Animal)o) == a); // expect: True
        Cat c = (Cat)a; // throws: System.InvalidCastException
    }
}
