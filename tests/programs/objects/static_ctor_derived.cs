// Creating a derived instance runs the derived static ctor first, then the base static ctor (when base's ctor runs).
using System;

class Animal
{
    static Animal() { Console.WriteLine("Animal cctor"); }
    public Animal() { Console.WriteLine("Animal ctor"); }
}

class Dog : Animal
{
    static Dog() { Console.WriteLine("Dog cctor"); }
    public Dog() { Console.WriteLine("Dog ctor"); }
}

class Program
{
    static void Main()
    {
        new Dog();
        // expect: Dog cctor
        // expect: Animal cctor
        // expect: Animal ctor
        // expect: Dog ctor
        new Dog();
        // expect: Animal ctor
        // expect: Dog ctor
    }
}
