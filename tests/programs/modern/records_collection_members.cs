// Records holding arrays, lists and nested records: equality compares collection members by reference (equal contents are not enough), `with` makes a shallow copy that shares the list, ToString prints the collection's type name, and a helper restores content equality where needed.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;
using System.Linq;

record Author(string Name);
record Book(string Title, Author Author, List<string> Tags);
record Shelf(string Label, Book[] Books)
{
    public int Count => Books.Length;
    public bool SameBooksAs(Shelf other) => Label == other.Label && Books.SequenceEqual(other.Books);
}
record Matrix(int Rows, int Cols, double[] Cells)
{
    public double this[int r, int c] => Cells[r * Cols + c];
}

class Program
{
    static void Main()
    {
        var tolkien = new Author("Tolkien");
        var tags = new List<string> { "fantasy" };
        var hobbit = new Book("The Hobbit", tolkien, tags);
        var sameTags = new Book("The Hobbit", new Author("Tolkien"), tags);
        var copiedTags = new Book("The Hobbit", tolkien, new List<string> { "fantasy" });

        Console.WriteLine(hobbit == sameTags);
        Console.WriteLine(hobbit == copiedTags);
        Console.WriteLine(hobbit.Tags.SequenceEqual(copiedTags.Tags));
        Console.WriteLine(hobbit);

        var reprint = hobbit with { Title = "The Hobbit (2nd ed.)" };
        reprint.Tags.Add("classic");
        Console.WriteLine(string.Join(",", hobbit.Tags));
        Console.WriteLine(ReferenceEquals(reprint.Tags, hobbit.Tags));
        Console.WriteLine(ReferenceEquals(reprint.Author, hobbit.Author));

        var independent = hobbit with { Tags = new List<string>(hobbit.Tags) };
        independent.Tags.Remove("classic");
        Console.WriteLine($"{hobbit.Tags.Count} {independent.Tags.Count}");

        var books = new[] { hobbit, reprint };
        var s1 = new Shelf("A", books);
        var s2 = new Shelf("A", books);
        var s3 = new Shelf("A", (Book[])books.Clone());
        Console.WriteLine(s1 == s2);
        Console.WriteLine(s1 == s3);
        Console.WriteLine(s1.SameBooksAs(s3));
        Console.WriteLine(s1);
        books[1] = sameTags;
        Console.WriteLine(s2.Books[1].Title);
        Console.WriteLine(s1.SameBooksAs(s3));

        var m = new Matrix(2, 2, new[] { 1.5, 0, 0, 2 });
        Console.WriteLine($"{m[0, 0]} {m[1, 1]} {m.Cells.Sum()}");
        Console.WriteLine(m);
        var scaled = m with { Cells = m.Cells.Select(x => x * 0.5).ToArray() };
        Console.WriteLine(string.Join(" ", scaled.Cells));
        Console.WriteLine(string.Join(" ", m.Cells));

        var catalog = new Dictionary<Author, List<Book>>();
        foreach (var b in new[] { hobbit, copiedTags, new Book("Dune", new Author("Herbert"), new List<string>()) })
        {
            if (!catalog.TryGetValue(b.Author, out var list)) catalog[b.Author] = list = new List<Book>();
            list.Add(b);
        }
        foreach (var kv in catalog) Console.WriteLine($"{kv.Key.Name}: {kv.Value.Count}");
        Console.WriteLine(catalog[new Author("Tolkien")].Distinct().Count());
    }
}
// expect: True
// expect: False
// expect: True
// expect: Book { Title = The Hobbit, Author = Author { Name = Tolkien }, Tags = System.Collections.Generic.List`1[System.String] }
// expect: fantasy,classic
// expect: True
// expect: True
// expect: 2 1
// expect: True
// expect: False
// expect: True
// expect: Shelf { Label = A, Books = Book[], Count = 2 }
// expect: The Hobbit
// expect: False
// expect: 1.5 2 3.5
// expect: Matrix { Rows = 2, Cols = 2, Cells = System.Double[] }
// expect: 0.75 0 0 1
// expect: 1.5 0 0 2
// expect: Tolkien: 2
// expect: Herbert: 1
// expect: 2
