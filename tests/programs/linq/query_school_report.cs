// A school report written with query expressions: students, courses and enrolments joined, grouped per course and per student, with let for computed averages, orderby several keys, join … into for students without enrolments, and a continuation ranking the courses.
using System;
using System.Collections.Generic;
using System.Linq;

class Student { public int Id; public string Name; public int Year; public Student(int id, string name, int year) { Id = id; Name = name; Year = year; } }
class Course { public string Code; public string Title; public Course(string code, string title) { Code = code; Title = title; } }
class Enrolment { public int StudentId; public string Course; public int Mark; public Enrolment(int s, string c, int m) { StudentId = s; Course = c; Mark = m; } }

class Program
{
    static void Main()
    {
        var students = new List<Student> {
            new Student(1, "Aiko", 2), new Student(2, "Bruno", 1), new Student(3, "Chen", 2),
            new Student(4, "Dara", 1), new Student(5, "Emil", 3),
        };
        var courses = new[] { new Course("MA", "Maths"), new Course("PH", "Physics"), new Course("AR", "Art") };
        var enrolments = new List<Enrolment> {
            new Enrolment(1, "MA", 91), new Enrolment(1, "PH", 78), new Enrolment(2, "MA", 64),
            new Enrolment(3, "MA", 85), new Enrolment(3, "AR", 95), new Enrolment(4, "PH", 70),
            new Enrolment(4, "AR", 58), new Enrolment(3, "PH", 88),
        };

        var perCourse = from c in courses
                        join e in enrolments on c.Code equals e.Course into marks
                        let avg = marks.Average(m => m.Mark)
                        orderby avg descending
                        select c.Title + ": " + marks.Count() + " students, avg " + avg.ToString("F1");
        foreach (var line in perCourse) Console.WriteLine(line);
        // expect: Maths: 3 students, avg 80.0
        // expect: Physics: 3 students, avg 78.7
        // expect: Art: 2 students, avg 76.5

        var transcripts = from s in students
                          join e in enrolments on s.Id equals e.StudentId
                          join c in courses on e.Course equals c.Code
                          orderby s.Name, e.Mark descending
                          group c.Code + "=" + e.Mark by s.Name into g
                          select g.Key + " [" + string.Join(" ", g) + "]";
        foreach (var t in transcripts) Console.WriteLine(t);
        // expect: Aiko [MA=91 PH=78]
        // expect: Bruno [MA=64]
        // expect: Chen [AR=95 PH=88 MA=85]
        // expect: Dara [PH=70 AR=58]

        var idle = from s in students
                   join e in enrolments on s.Id equals e.StudentId into taken
                   where !taken.Any()
                   select s.Name + " (year " + s.Year + ")";
        Console.WriteLine("not enrolled: " + string.Join(", ", idle)); // expect: not enrolled: Emil (year 3)

        var byYear = from s in students
                     join e in enrolments on s.Id equals e.StudentId
                     group e.Mark by s.Year into g
                     orderby g.Key
                     select "year " + g.Key + ": best " + g.Max() + ", marks " + g.Count();
        foreach (var y in byYear) Console.WriteLine(y);
        // expect: year 1: best 70, marks 3
        // expect: year 2: best 95, marks 5

        var honours = from e in enrolments
                      where e.Mark >= 85
                      join s in students on e.StudentId equals s.Id
                      select s.Name into name
                      group name by name into g
                      where g.Count() >= 2
                      select g.Key;
        Console.WriteLine("honours: " + string.Join(", ", honours)); // expect: honours: Chen

        var topPerCourse = from c in courses
                           let top = (from e in enrolments
                                      where e.Course == c.Code
                                      orderby e.Mark descending
                                      join s in students on e.StudentId equals s.Id
                                      select s.Name).First()
                           select c.Code + ":" + top;
        Console.WriteLine(string.Join(" ", topPerCourse)); // expect: MA:Aiko PH:Chen AR:Chen
    }
}
