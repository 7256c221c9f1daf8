// A partial class split in two parts in one file: fields, methods and a constructor from both parts combine.
using System;

partial class Report
{
    private string title;
    public Report(string t) { title = t; lines = 0; }
    public string Header() { return "== " + title + " =="; }
}

partial class Report
{
    private int lines;
    public void Add(string s) { lines++; Console.WriteLine(lines + ". " + s); }
    public int Lines { get { return lines; } }
}

class Program
{
    static void Main()
    {
        Report r = new Report("notes");
        Console.WriteLine(r.Header());  // expect: == notes ==
        r.Add("first");                 // expect: 1. first
        r.Add("second");                // expect: 2. second
        Console.WriteLine(r.Lines);     // expect: 2
    }
}
