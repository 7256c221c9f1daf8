// An array of base references holding several derived types; virtual calls in a loop; array covariance reads.
using System;

abstract class Animal
{
    public abstract string Sound();
    public virtual int Legs() { return 4; }
}

class Dog : Animal { public override string Sound() { return "woof"; } }
class Bird : Animal
{
    public override string Sound() { return "tweet"; }
    public override int Legs() { return 2; }
}
class Puppy : Dog { public override string Sound() { return "yip"; } }

class Program
{
    static void Main()
    {
        Animal[] zoo = new Animal[] { new Dog(), new Bird(), new Puppy(), new Bird() };
        int legs = 0;
        for (int i = 0; i < zoo.Length; i++)
        {
            Console.Write(zoo[i].Sound() + ";");
            legs += zoo[i].Legs();
        }
        Console.WriteLine();          // expect: woof;tweet;yip;tweet;
        Console.WriteLine(legs);      // expect: 12
        Dog[] dogs = { new Dog(), new Puppy() };
        Animal[] view = dogs;
        Console.WriteLine(view[1].Sound()); // expect: yip
        object[] objs = zoo;
        Console.WriteLine(objs.Length);     // expect: 4
    }
}
