// DefaultIfEmpty (with and without a default value), ElementAt and ElementAtOrDefault over arrays, lists and lazy queries: summary lines that still show something when a filter matches nothing.
using System;
using System.Collections.Generic;
using System.Linq;

class Task
{
    public string Title;
    public int Priority;
    public Task(string title, int priority) { Title = title; Priority = priority; }
}

class Program
{
    static void Main()
    {
        var tasks = new List<Task> {
            new Task("write", 2), new Task("test", 1), new Task("ship", 3), new Task("rest", 5),
        };

        var urgent = tasks.Where(t => t.Priority == 1).Select(t => t.Title).DefaultIfEmpty("(none)");
        var critical = tasks.Where(t => t.Priority == 0).Select(t => t.Title).DefaultIfEmpty("(none)");
        Console.WriteLine("urgent: " + string.Join(",", urgent)); // expect: urgent: test
        Console.WriteLine("critical: " + string.Join(",", critical)); // expect: critical: (none)

        var noNumbers = new int[0].DefaultIfEmpty();
        Console.WriteLine(noNumbers.Count() + " " + noNumbers.First()); // expect: 1 0
        var noTasks = tasks.Where(t => t.Priority > 9).DefaultIfEmpty();
        Console.WriteLine(noTasks.Single() == null); // expect: True
        Console.WriteLine(string.Join(",", new[] { 4, 5 }.DefaultIfEmpty(-1))); // expect: 4,5

        // Max of possibly empty groups without an exception.
        Console.WriteLine(tasks.Where(t => t.Priority > 9).Select(t => t.Priority).DefaultIfEmpty().Max()); // expect: 0
        Console.WriteLine(tasks.Select(t => t.Priority).DefaultIfEmpty().Max()); // expect: 5

        // ElementAt over list, array and a lazy query.
        var titles = tasks.Select(t => t.Title);
        Console.WriteLine(tasks.ElementAt(2).Title + " " + titles.ElementAt(3) + " " + new[] { 'a', 'b' }.ElementAt(1)); // expect: ship rest b
        Console.WriteLine(titles.ElementAtOrDefault(10) == null); // expect: True
        Console.WriteLine(titles.ElementAtOrDefault(-1) == null); // expect: True
        Console.WriteLine(Enumerable.Range(10, 5).ElementAtOrDefault(4) + " " + Enumerable.Range(10, 5).ElementAtOrDefault(5)); // expect: 14 0

        // Second-highest priority with ElementAt after sorting.
        var byPri = tasks.OrderByDescending(t => t.Priority);
        Console.WriteLine(byPri.ElementAt(1).Title); // expect: ship

        // ElementAt on a lazy query enumerates only up to the index.
        int visited = 0;
        var counted = tasks.Where(t => { visited++; return true; });
        Console.WriteLine(counted.ElementAt(1).Title + " visited " + visited); // expect: test visited 2

        // DefaultIfEmpty is deferred: an empty list filled later is not defaulted.
        var later = new List<string>();
        var view = later.DefaultIfEmpty("empty");
        Console.WriteLine(string.Join(",", view)); // expect: empty
        later.Add("filled");
        Console.WriteLine(string.Join(",", view)); // expect: filled

        // Pick from a menu by index, with a fallback.
        var menu = new[] { "soup", "salad", "stew" };
        foreach (int choice in new[] { 0, 2, 7 })
            Console.WriteLine(choice + " -> " + (menu.ElementAtOrDefault(choice) ?? "not on the menu"));
        // expect: 0 -> soup
        // expect: 2 -> stew
        // expect: 7 -> not on the menu
    }
}
