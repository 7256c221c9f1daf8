// Query syntax over records and tuples: multiple from with let and orderby (Pythagorean triples), two-join transcript with a relational switch expression in let, group into with let aggregates, join into for left outer joins with DefaultIfEmpty and null-conditional keys, GroupBy with element and result selectors, Aggregate, SelectMany with a result selector
// hand-checked: C# 8/9 features mcs 6.8 cannot compile; output checked on CoreCLR 3.1 and Mono running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    record Student(string Name, int Year);
    record Course(string Code, string Title, int Credits);
    record Enrollment(string Student, string Course, int Score);

    static int Gcd(int x, int y) => y == 0 ? x : Gcd(y, x % y);

    static void Main()
    {
        // Pythagorean triples with query syntax: multiple from, let, where, orderby
        var triples =
            from a in Enumerable.Range(1, 30)
            from b in Enumerable.Range(a, 30 - a + 1)
            let c2 = a * a + b * b
            let c = (int)Math.Sqrt(c2)
            where c <= 30 && c * c == c2
            orderby c, a
            select (a, b, c);
        Console.WriteLine(string.Join(" ", triples.Select(t => $"{t.a}-{t.b}-{t.c}")));
        var primitive = triples.Where(t => Gcd(Gcd(t.a, t.b), t.c) == 1).ToList();
        Console.WriteLine($"primitive: {primitive.Count}, first {primitive[0]}, last {primitive[^1]}");

        var students = new[] { new Student("Ann", 1), new Student("Ben", 2), new Student("Cid", 2), new Student("Dee", 3) };
        var courses = new List<Course> { new("CS101", "Intro", 4), new("MA201", "Calculus", 3), new("PH110", "Physics", 4), new("AR100", "Art", 2) };
        var enrollments = new List<Enrollment>
        {
            new("Ann", "CS101", 91), new("Ann", "MA201", 78),
            new("Ben", "CS101", 65), new("Ben", "PH110", 88), new("Ben", "MA201", 55),
            new("Cid", "PH110", 72),
            new("Dee", "CS101", 99), new("Dee", "MA201", 94), new("Dee", "PH110", 90),
        };

        var transcript =
            from s in students
            join e in enrollments on s.Name equals e.Student
            join c in courses on e.Course equals c.Code
            let grade = e.Score switch { >= 90 => 'A', >= 80 => 'B', >= 70 => 'C', >= 60 => 'D', _ => 'F' }
            orderby s.Name, c.Code descending
            select (s.Name, c.Title, e.Score, grade, c.Credits);

        foreach (var (name, title, score, grade, credits) in transcript)
            Console.WriteLine($"{name,-4}{title,-9}{score,4} {grade} {credits}cr");

        var gpa =
            from t in transcript
            group t by t.Name into g
            let points = g.Sum(x => x.Credits * (x.grade switch { 'A' => 4, 'B' => 3, 'C' => 2, 'D' => 1, _ => 0 }))
            let credits = g.Sum(x => x.Credits)
            select (Name: g.Key, Gpa: (double)points / credits, Courses: g.Count());
        foreach (var s in gpa.OrderByDescending(x => x.Gpa))
            Console.WriteLine($"{s.Name}: {s.Gpa:F3} over {s.Courses}");

        var unpopular =
            from c in courses
            join e in enrollments on c.Code equals e.Course into es
            where !es.Any()
            select c.Title;
        Console.WriteLine($"no students: {string.Join(",", unpopular)}");

        var perCourse =
            from c in courses
            join e in enrollments on c.Code equals e.Course into es
            from e in es.DefaultIfEmpty()
            group e?.Score by c.Code into g
            select $"{g.Key}:{g.Count(x => x.HasValue)}/{(g.Any(x => x.HasValue) ? g.Max() : -1)}";
        Console.WriteLine(string.Join(" ", perCourse));

        var byYear = students.GroupBy(s => s.Year, s => s.Name, (y, names) => $"Y{y}=[{string.Join("|", names)}]");
        Console.WriteLine(string.Join(" ", byYear));

        var best = enrollments.Aggregate((best, e) => e.Score > best.Score ? e : best);
        Console.WriteLine($"best: {best}");
        var top2PerCourse = enrollments.GroupBy(e => e.Course)
            .OrderBy(g => g.Key)
            .SelectMany(g => g.OrderByDescending(e => e.Score).Take(2), (g, e) => $"{g.Key}/{e.Student}");
        Console.WriteLine(string.Join(" ", top2PerCourse));
        Console.WriteLine(enrollments.Skip(2).SkipWhile(e => e.Student == "Ben").TakeWhile(e => e.Score > 70).Count());
    }
}
// expect: 3-4-5 6-8-10 5-12-13 9-12-15 8-15-17 12-16-20 7-24-25 15-20-25 10-24-26 20-21-29 18-24-30
// expect: primitive: 5, first (3, 4, 5), last (20, 21, 29)
// expect: Ann Calculus   78 C 3cr
// expect: Ann Intro      91 A 4cr
// expect: Ben Physics    88 B 4cr
// expect: Ben Calculus   55 F 3cr
// expect: Ben Intro      65 D 4cr
// expect: Cid Physics    72 C 4cr
// expect: Dee Physics    90 A 4cr
// expect: Dee Calculus   94 A 3cr
// expect: Dee Intro      99 A 4cr
// expect: Dee: 4.000 over 3
// expect: Ann: 3.143 over 2
// expect: Cid: 2.000 over 1
// expect: Ben: 1.455 over 3
// expect: no students: Art
// expect: CS101:3/99 MA201:3/94 PH110:3/90 AR100:0/-1
// expect: Y1=[Ann] Y2=[Ben|Cid] Y3=[Dee]
// expect: best: Enrollment { Student = Dee, Course = CS101, Score = 99 }
// expect: CS101/Dee CS101/Ann MA201/Dee MA201/Ann PH110/Dee PH110/Ben
// expect: 4
