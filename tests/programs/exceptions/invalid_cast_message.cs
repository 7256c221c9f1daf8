// The runtime's InvalidCastException names both types in its message on .NET Core.
// mono-differs: Mono says "Specified cast is not valid."
using System;

class Animal { }
class Dog : Animal { }

class Program
{
    static void Main()
    {
        object o = new Animal();
        try
        {
            Dog d = (Dog)o;
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine(e.Message); // expect: Unable to cast object of type 'Animal' to type 'Dog'.
        }
    }
}
