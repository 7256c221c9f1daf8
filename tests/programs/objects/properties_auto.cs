// Auto-properties: get/set, initializers, private set, get-only assigned in the constructor, compound assignment.
using System;

class Person
{
    public string Name { get; set; }
    public int Age { get; set; } = 18;
    public string Id { get; }
    public int Visits { get; private set; }
    public bool Active { get; set; }

    public Person(string id) { Id = id; }
    public void Visit() { Visits++; }
}

class Program
{
    static void Main()
    {
        Person p = new Person("p-1");
        Console.WriteLine(p.Name == null);     // expect: True
        Console.WriteLine(p.Age);              // expect: 18
        p.Name = "Ada";
        p.Age += 2;
        p.Age++;
        p.Visit();
        p.Visit();
        Console.WriteLine(p.Name + " " + p.Age + " " + p.Id); // expect: Ada 21 p-1
        Console.WriteLine(p.Visits);           // expect: 2
        Console.WriteLine(p.Active);           // expect: False
        p.Active = !p.Active;
        Console.WriteLine(p.Active);           // expect: True
    }
}
