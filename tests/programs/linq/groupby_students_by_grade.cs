// Grouping students by letter grade with GroupBy: groups come out in first-seen key order, each group keeps source order, and groups are reported with Key, Count, Average and OrderBy.
using System;
using System.Collections.Generic;
using System.Linq;

class Student
{
    public string Name;
    public int Score;
    public Student(string name, int score) { Name = name; Score = score; }
}

class Program
{
    static string Grade(int score)
    {
        if (score >= 90) return "A";
        if (score >= 80) return "B";
        if (score >= 70) return "C";
        return "F";
    }

    static void Main()
    {
        var students = new List<Student> {
            new Student("Nora", 84), new Student("Omar", 91), new Student("Pia", 67),
            new Student("Quin", 88), new Student("Rosa", 73), new Student("Sam", 95),
            new Student("Tess", 80), new Student("Uri", 59),
        };

        var byGrade = students.GroupBy(s => Grade(s.Score));
        foreach (var g in byGrade)
            Console.WriteLine(g.Key + ": " + string.Join(", ", g.Select(s => s.Name)));
        // expect: B: Nora, Quin, Tess
        // expect: A: Omar, Sam
        // expect: F: Pia, Uri
        // expect: C: Rosa

        foreach (var g in byGrade.OrderBy(g => g.Key))
            Console.WriteLine(g.Key + " count=" + g.Count() + " avg=" + g.Average(s => s.Score) + " best=" + g.Max(s => s.Score));
        // expect: A count=2 avg=93 best=95
        // expect: B count=3 avg=84 best=88
        // expect: C count=1 avg=73 best=73
        // expect: F count=2 avg=63 best=67

        // The group with the most students, and grades nobody passed with.
        var largest = byGrade.OrderByDescending(g => g.Count()).First();
        Console.WriteLine("largest " + largest.Key); // expect: largest B
        Console.WriteLine(string.Join("", new[] { "A", "B", "C", "D", "F" }.Except(byGrade.Select(g => g.Key)))); // expect: D

        // Pass/fail split with a bool key.
        foreach (var g in students.GroupBy(s => s.Score >= 70))
            Console.WriteLine((g.Key ? "pass" : "fail") + " " + g.Count());
        // expect: pass 6
        // expect: fail 2

        // Grouping is deferred: a late student shows up in the groups.
        students.Add(new Student("Vic", 99));
        Console.WriteLine(string.Join(",", byGrade.First(g => g.Key == "A").Select(s => s.Name))); // expect: Omar,Sam,Vic

        // IGrouping is itself an IEnumerable: nested LINQ on a group.
        var topOfEach = byGrade.OrderBy(g => g.Key).Select(g => g.Key + "=" + g.OrderByDescending(s => s.Score).First().Name);
        Console.WriteLine(string.Join(" ", topOfEach)); // expect: A=Vic B=Quin C=Rosa F=Pia
    }
}
