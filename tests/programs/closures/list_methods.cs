// Closures passed to List<T> methods: ForEach, FindAll, Find, Exists, Sort(Comparison), RemoveAll and ConvertAll<T>, capturing locals that are read and written by the callbacks.
using System;
using System.Collections.Generic;

class Person
{
    public string Name;
    public int Age;
    public Person(string n, int a) { Name = n; Age = a; }
}

class Program
{
    static List<int> Above(List<int> source, int limit)
    {
        return source.FindAll(x => x > limit);
    }

    static string Show(List<int> xs)
    {
        return string.Join(",", xs.ConvertAll<string>(x => x.ToString()).ToArray());
    }

    static void Main()
    {
        var nums = new List<int> { 5, 3, 9, 1, 7, 3, 8 };

        int sum = 0, count = 0;
        nums.ForEach(x => { sum += x; count++; });
        Console.WriteLine(sum + "/" + count);

        int threshold = 4;
        Predicate<int> big = x => x > threshold;
        Console.WriteLine(Show(nums.FindAll(big)));
        threshold = 7;
        Console.WriteLine(Show(nums.FindAll(big)));
        Console.WriteLine(Show(Above(nums, 6)));

        int target = 3;
        int checks = 0;
        int found = nums.Find(x => { checks++; return x == target; });
        Console.WriteLine(found + " after " + checks);
        Console.WriteLine(nums.Exists(x => x == target * 3) + " " + nums.Exists(x => x == target * 4));

        // Sort with a Comparison that counts its calls and uses a captured direction
        int direction = -1;
        int comparisons = 0;
        var sorted = new List<int>(nums);
        sorted.Sort((a, b) => { comparisons++; return direction * a.CompareTo(b); });
        Console.WriteLine(Show(sorted) + " " + (comparisons > 0));
        direction = 1;
        sorted.Sort((a, b) => direction * a.CompareTo(b));
        Console.WriteLine(Show(sorted));

        // RemoveAll with a captured set and a captured removal counter
        var banned = new List<int> { 3, 8 };
        int removedSeen = 0;
        var copy = new List<int>(nums);
        int removed = copy.RemoveAll(x => { bool b = banned.Contains(x); if (b) removedSeen++; return b; });
        Console.WriteLine(removed + " " + removedSeen + " " + Show(copy));

        // ConvertAll with an explicit type argument and a captured format
        string unit = "kg";
        List<string> labels = nums.ConvertAll<string>(x => x + unit);
        Console.WriteLine(string.Join(" ", labels.ToArray()));
        int scale = 10;
        List<double> halves = nums.ConvertAll<double>(x => x * scale / 4.0);
        Console.WriteLine(halves[0] + " " + halves[1]);

        // objects: sort by a key chosen through a captured flag, then ForEach into a captured string
        var people = new List<Person> { new Person("Cy", 40), new Person("Ann", 25), new Person("Bob", 33) };
        bool byName = true;
        Comparison<Person> cmp = (p, q) => byName ? string.CompareOrdinal(p.Name, q.Name) : p.Age - q.Age;
        people.Sort(cmp);
        string order = "";
        people.ForEach(p => order += p.Name + " ");
        byName = false;
        people.Sort(cmp);
        people.ForEach(p => order += p.Age + " ");
        Console.WriteLine(order.Trim());

        // ForEach that modifies objects using a captured increment
        int bump = 1;
        people.ForEach(p => p.Age += bump++);
        List<int> ages = people.ConvertAll<int>(p => p.Age);
        Console.WriteLine(Show(ages) + " " + bump);
    }
}
// expect: 36/7
// expect: 5,9,7,8
// expect: 9,8
// expect: 9,7,8
// expect: 3 after 2
// expect: True False
// expect: 9,8,7,5,3,3,1 True
// expect: 1,3,3,5,7,8,9
// expect: 3 3 5,9,1,7
// expect: 5kg 3kg 9kg 1kg 7kg 3kg 8kg
// expect: 12.5 7.5
// expect: Ann Bob Cy 25 33 40
// expect: 26,35,43 4
