// First, Last, Single and their OrDefault forms, with and without predicates, over lists, arrays, lazy queries and empty sequences (default is null for classes, 0 for int).
using System;
using System.Collections.Generic;
using System.Linq;

class Book
{
    public string Title;
    public int Year;
    public Book(string title, int year) { Title = title; Year = year; }
}

class Program
{
    static IEnumerable<int> Lazy()
    {
        yield return 5;
        yield return 8;
        yield return 13;
    }

    static void Main()
    {
        var books = new List<Book> {
            new Book("Dune", 1965), new Book("Emma", 1815), new Book("Ulysses", 1922),
            new Book("Beloved", 1987), new Book("Hamlet", 1603),
        };

        Console.WriteLine(books.First().Title + " " + books.Last().Title); // expect: Dune Hamlet
        Console.WriteLine(books.First(b => b.Year > 1900).Title); // expect: Dune
        Console.WriteLine(books.Last(b => b.Year > 1900).Title); // expect: Beloved
        Console.WriteLine(books.Single(b => b.Year < 1700).Title); // expect: Hamlet
        Console.WriteLine(books.Single(b => b.Title.StartsWith("U")).Year); // expect: 1922

        var none = books.FirstOrDefault(b => b.Year > 2000);
        Console.WriteLine(none == null); // expect: True
        Console.WriteLine(books.LastOrDefault(b => b.Title.Length == 4).Title); // expect: Emma
        Console.WriteLine(books.SingleOrDefault(b => b.Year == 1) == null); // expect: True
        Console.WriteLine(books.SingleOrDefault(b => b.Year == 1987).Title); // expect: Beloved

        var empty = new List<int>();
        Console.WriteLine(empty.FirstOrDefault() + " " + empty.LastOrDefault() + " " + empty.SingleOrDefault()); // expect: 0 0 0
        Console.WriteLine(new[] { 42 }.Single() + " " + new[] { 42 }.SingleOrDefault()); // expect: 42 42

        // Over a lazy iterator (no list fast path).
        Console.WriteLine(Lazy().First() + " " + Lazy().Last() + " " + Lazy().Last(n => n % 2 == 0)); // expect: 5 13 8
        Console.WriteLine(Lazy().FirstOrDefault(n => n > 100)); // expect: 0
        Console.WriteLine(Lazy().Single(n => n > 10)); // expect: 13

        // After sorting: oldest and newest.
        var byYear = books.OrderBy(b => b.Year);
        Console.WriteLine(byYear.First().Title + ".." + byYear.Last().Title); // expect: Hamlet..Beloved
        Console.WriteLine(byYear.Where(b => b.Year > 1900).First().Title); // expect: Ulysses

        // Strings are sequences of chars; default(char) is '\0'.
        string word = "linq";
        Console.WriteLine(word.First() + "" + word.Last()); // expect: lq
        Console.WriteLine((int)"".FirstOrDefault()); // expect: 0
        Console.WriteLine(word.LastOrDefault(c => c < 'k')); // expect: i

        // Nullable elements: the OrDefault value is null.
        var maybe = new int?[] { null, 3, null };
        Console.WriteLine(maybe.First().HasValue + " " + maybe.First(x => x.HasValue)); // expect: False 3
        Console.WriteLine(new int?[0].FirstOrDefault() == null); // expect: True
    }
}
