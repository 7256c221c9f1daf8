// new() targeting an abstract class still creates an instance of it.
using System;

abstract class Animal
{
    public abstract string Sound();
}

class Program
{
    static void Main()
    {
        Animal a = new(); // error CS0144
        Console.WriteLine(a.Sound());
    }
}
