// The closing brace of class Program is missing; Roslyn reports it at the end of the last line.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(1);
    } // error CS1513
