// Implicitly converting a base-class reference to a derived class needs an explicit cast.
class Animal { }
class Dog : Animal { }

class Program
{
    static void Main()
    {
        Animal a = new Dog();
        Dog d = a; // error CS0266
        System.Console.WriteLine(d);
    }
}
