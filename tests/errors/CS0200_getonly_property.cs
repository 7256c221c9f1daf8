// Assigning to a get-only property outside a constructor.
class Person
{
    public string Name { get; }
    public Person(string n) { Name = n; }
}

class Program
{
    static void Main()
    {
        Person p = new Person("a");
        p.Name = "b"; // error CS0200
        System.Console.WriteLine(p.Name);
    }
}
