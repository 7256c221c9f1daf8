// The default Object.ToString prints the full type name, namespace included; nested types use '+'.
using System;

namespace Zoo.Animals
{
    class Lion { }
    class Cage { public class Door { } }
}

class Plain { }

class Program
{
    static void Main()
    {
        Console.WriteLine(new Plain());                     // expect: Plain
        Console.WriteLine(new Zoo.Animals.Lion());          // expect: Zoo.Animals.Lion
        Console.WriteLine(new Zoo.Animals.Cage.Door());     // expect: Zoo.Animals.Cage+Door
        object o = new object();
        Console.WriteLine(o);                               // expect: System.Object
        Console.WriteLine(new Plain().ToString().Length);   // expect: 5
    }
}
