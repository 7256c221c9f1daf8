// List<T>.Sort() on ints, lowercase strings and a user class implementing IComparable<T>.
using System;
using System.Collections.Generic;

class Person : IComparable<Person>
{
    public string Name;
    public int Age;

    public Person(string name, int age)
    {
        Name = name;
        Age = age;
    }

    public int CompareTo(Person other)
    {
        if (Age != other.Age)
            return Age.CompareTo(other.Age);
        return string.CompareOrdinal(Name, other.Name);
    }

    public override string ToString()
    {
        return Name + "(" + Age + ")";
    }
}

class Program
{
    static void Main()
    {
        var ints = new List<int> { 5, -3, 12, 0, 5, 99, -100, 7 };
        ints.Sort();
        Console.WriteLine(string.Join(" ", ints)); // expect: -100 -3 0 5 5 7 12 99
        var many = new List<int>();
        for (int i = 0; i < 40; i++)
            many.Add((i * 37) % 41);
        many.Sort();
        bool sorted = true;
        for (int i = 1; i < many.Count; i++)
            if (many[i - 1] > many[i])
                sorted = false;
        Console.WriteLine(sorted + " " + many[0] + " " + many[39]); // expect: True 0 40
        var words = new List<string> { "pear", "apple", "fig", "banana", "cherry", "apricot" };
        words.Sort();
        Console.WriteLine(string.Join(" ", words)); // expect: apple apricot banana cherry fig pear
        var people = new List<Person>
        {
            new Person("Zoe", 30),
            new Person("Adam", 25),
            new Person("Bob", 30),
            new Person("Carl", 20),
        };
        people.Sort();
        foreach (Person p in people)
            Console.WriteLine(p); // expect: Carl(20)
        // expect: Adam(25)
        // expect: Bob(30)
        // expect: Zoe(30)
        var part = new List<int> { 9, 8, 7, 6, 5, 4 };
        part.Sort(1, 3, null);
        Console.WriteLine(string.Join(" ", part)); // expect: 9 6 7 8 5 4
        var empty = new List<int>();
        empty.Sort();
        Console.WriteLine(empty.Count); // expect: 0
        var chars = new List<char> { 'd', 'a', 'c', 'b' };
        chars.Sort();
        Console.WriteLine(string.Join("", chars)); // expect: abcd
        var doubles = new List<double> { 2.5, -1, 0.125 };
        doubles.Sort();
        Console.WriteLine(string.Join(" ", doubles)); // expect: -1 0.125 2.5
    }
}
