// Query expressions with join … on … equals …: customers with orders, a three-way join through a link table, join followed by where/orderby, a join key computed on both sides, and the key expressions' scoping (outer variable on the left of equals).
using System;
using System.Collections.Generic;
using System.Linq;

class Author { public int Id; public string Name; public Author(int id, string name) { Id = id; Name = name; } }
class Book { public int Id; public string Title; public int Year; public Book(int id, string title, int year) { Id = id; Title = title; Year = year; } }
class Credit { public int AuthorId; public int BookId; public Credit(int a, int b) { AuthorId = a; BookId = b; } }

class Program
{
    static void Main()
    {
        var authors = new List<Author> { new Author(1, "Pratchett"), new Author(2, "Gaiman"), new Author(3, "Le Guin"), new Author(4, "Banks") };
        var books = new List<Book> {
            new Book(10, "Good Omens", 1990), new Book(11, "Mort", 1987), new Book(12, "Earthsea", 1968),
            new Book(13, "Coraline", 2002), new Book(14, "Dispossessed", 1974),
        };
        var credits = new List<Credit> { new Credit(1, 10), new Credit(2, 10), new Credit(1, 11), new Credit(3, 12), new Credit(2, 13), new Credit(3, 14) };

        var byAuthor = from a in authors
                       join c in credits on a.Id equals c.AuthorId
                       join b in books on c.BookId equals b.Id
                       select a.Name + ": " + b.Title;
        foreach (var line in byAuthor) Console.WriteLine(line);
        // expect: Pratchett: Good Omens
        // expect: Pratchett: Mort
        // expect: Gaiman: Good Omens
        // expect: Gaiman: Coraline
        // expect: Le Guin: Earthsea
        // expect: Le Guin: Dispossessed

        var old = from b in books
                  join c in credits on b.Id equals c.BookId
                  join a in authors on c.AuthorId equals a.Id
                  where b.Year < 1980
                  orderby b.Year
                  select b.Year + " " + b.Title + " by " + a.Name;
        foreach (var line in old) Console.WriteLine(line);
        // expect: 1968 Earthsea by Le Guin
        // expect: 1974 Dispossessed by Le Guin

        // Co-authored books: join credits to themselves.
        var pairs = from c1 in credits
                    join c2 in credits on c1.BookId equals c2.BookId
                    where c1.AuthorId < c2.AuthorId
                    select c1.BookId + ":" + c1.AuthorId + "+" + c2.AuthorId;
        Console.WriteLine(string.Join(" ", pairs)); // expect: 10:1+2

        // Keys computed from expressions on each side.
        var decades = new[] { 1960, 1970, 1980, 1990, 2000 };
        var perDecade = from d in decades
                        join b in books on d equals b.Year / 10 * 10
                        select d + "s:" + b.Title;
        Console.WriteLine(string.Join(", ", perDecade)); // expect: 1960s:Earthsea, 1970s:Dispossessed, 1980s:Mort, 1990s:Good Omens, 2000s:Coraline

        // Joining on strings, case-normalised on both sides.
        var wanted = new[] { "MORT", "coraline", "Neverwhere" };
        var found = from w in wanted
                    join b in books on w.ToLower() equals b.Title.ToLower()
                    select b.Title + "@" + b.Id;
        Console.WriteLine(string.Join(" ", found)); // expect: Mort@11 Coraline@13

        // Authors without credits are dropped by an inner join.
        var credited = (from a in authors join c in credits on a.Id equals c.AuthorId select a.Name).Distinct();
        Console.WriteLine(string.Join(",", credited) + " / " + authors.Count); // expect: Pratchett,Gaiman,Le Guin / 4

        // Join where the inner side is itself a query.
        var recent = from a in authors
                     join b in (from x in books where x.Year > 1985 select x) on a.Id equals b.Id - 9
                     select a.Name + "~" + b.Title;
        Console.WriteLine(string.Join(" ", recent)); // expect: Pratchett~Good Omens Gaiman~Mort Banks~Coraline
    }
}
