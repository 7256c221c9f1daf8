using System;

class Animal
{
    public Animal(string name) { Console.WriteLine(name); }
}

class Dog : Animal // error CS7036
{
}

class Cat : Animal
{
    public Cat() { } // error CS7036
}

class Program
{
    static void Main() { }
}
