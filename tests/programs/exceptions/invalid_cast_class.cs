// A downcast to an unrelated derived class raises InvalidCastException; `as` yields null instead.
using System;

class Animal { }
class Dog : Animal { }
class Cat : Animal { }

class Program
{
    static void Main()
    {
        Animal a = new Cat();
        try
        {
            Dog d = (Dog)a;
            Console.WriteLine("not reached " + d);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine("caught " + e.GetType().Name); // expect: caught InvalidCastException
        }
        Console.WriteLine((a as Dog) == null); // expect: True
        object o = "text";
        try
        {
            Animal x = (Animal)o;
            Console.WriteLine(x);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("string is not an Animal"); // expect: string is not an Animal
        }
        object n = null;
        Dog fromNull = (Dog)n;
        Console.WriteLine(fromNull == null); // expect: True
    }
}
