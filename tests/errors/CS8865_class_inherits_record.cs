// Only a record may inherit from a record; an ordinary class may not.
using System;

record Animal(string Name);

class Dog : Animal // error CS8865
{
    public Dog() : base("Rex") { }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new Dog());
    }
}
