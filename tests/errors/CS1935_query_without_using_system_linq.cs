// Could not find an implementation of the query pattern for source type 'List<int>'. 'Where' not found. Are you missing required assembly references or a using directive for 'System.Linq'?
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var scores = new List<int> { 40, 75, 90 };
        var passed = from s in scores where s >= 50 select s; // error CS1935
        Console.WriteLine(scores.Count);
    }
}
