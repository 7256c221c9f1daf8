// OrderBy/OrderByDescending/ThenBy/ThenByDescending over employee records: sorting is stable for equal keys, secondary keys only break ties, and a later OrderBy replaces the earlier order.
using System;
using System.Collections.Generic;
using System.Linq;

class Employee
{
    public string Name;
    public string Dept;
    public int Salary;
    public int Age;
    public Employee(string name, string dept, int salary, int age) { Name = name; Dept = dept; Salary = salary; Age = age; }
    public override string ToString() { return Name; }
}

class Program
{
    static void Main()
    {
        var staff = new List<Employee> {
            new Employee("Mia", "ops", 50, 31),
            new Employee("Leo", "dev", 70, 28),
            new Employee("Ava", "ops", 50, 45),
            new Employee("Kai", "dev", 60, 28),
            new Employee("Zoe", "hr", 50, 39),
            new Employee("Ben", "dev", 70, 52),
        };

        // Stable: equal salaries keep their original relative order.
        Console.WriteLine(string.Join(" ", staff.OrderBy(e => e.Salary))); // expect: Mia Ava Zoe Kai Leo Ben
        Console.WriteLine(string.Join(" ", staff.OrderByDescending(e => e.Salary))); // expect: Leo Ben Kai Mia Ava Zoe

        Console.WriteLine(string.Join(" ", staff.OrderBy(e => e.Dept).ThenBy(e => e.Name))); // expect: Ben Kai Leo Zoe Ava Mia
        Console.WriteLine(string.Join(" ", staff.OrderBy(e => e.Dept).ThenByDescending(e => e.Salary))); // expect: Leo Ben Kai Zoe Mia Ava

        // Three keys; the last one breaks the tie between Leo and Ben.
        var threeKeys = staff.OrderByDescending(e => e.Salary).ThenBy(e => e.Dept).ThenByDescending(e => e.Age);
        Console.WriteLine(string.Join(" ", threeKeys)); // expect: Ben Leo Kai Zoe Ava Mia

        // A second OrderBy starts over: only Age matters (ties in source order).
        Console.WriteLine(string.Join(" ", staff.OrderBy(e => e.Name).OrderBy(e => e.Age))); // expect: Kai Leo Mia Zoe Ava Ben

        // Sorting is lazy and does not touch the source list.
        var byAge = staff.OrderBy(e => e.Age);
        staff.Add(new Employee("Ivy", "hr", 40, 19));
        Console.WriteLine(byAge.First().Name + " " + staff[0].Name); // expect: Ivy Mia

        // Keys are computed once per element, not once per comparison.
        int keyCalls = 0;
        var sorted = staff.OrderBy(e => { keyCalls++; return e.Salary; }).ToList();
        Console.WriteLine(keyCalls + " " + sorted.Count); // expect: 7 7

        var numbers = new[] { 5, -3, 2, -5, 3, -2, 0 };
        Console.WriteLine(string.Join(" ", numbers.OrderBy(n => Math.Abs(n)))); // expect: 0 2 -2 -3 3 5 -5
        Console.WriteLine(string.Join(" ", numbers.OrderBy(n => Math.Abs(n)).ThenBy(n => n))); // expect: 0 -2 2 -3 3 -5 5
        Console.WriteLine(string.Join(" ", numbers.OrderByDescending(n => n * n).ThenByDescending(n => n))); // expect: 5 -5 3 -3 2 -2 0
    }
}
