// An explicit cast between two unrelated classes (neither derives from the other).
class Cat { }
class Dog { }

class Program
{
    static void Main()
    {
        Cat c = new Cat();
        Dog d = (Dog)c; // error CS0030
        System.Console.WriteLine(d);
    }
}
