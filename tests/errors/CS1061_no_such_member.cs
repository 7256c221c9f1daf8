// Calling a method the type does not have.
class Dog
{
    public string Bark() { return "woof"; }
}

class Program
{
    static void Main()
    {
        Dog d = new Dog();
        System.Console.WriteLine(d.Meow()); // error CS1061
    }
}
