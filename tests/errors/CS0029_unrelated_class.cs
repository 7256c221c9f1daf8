// Implicitly converting a class to an unrelated class.
class Cat { }
class Dog { }

class Program
{
    static void Main()
    {
        Cat c = new Cat();
        Dog d = c; // error CS0029
        System.Console.WriteLine(d);
    }
}
