// A user-defined exception class with extra fields; catching it by its own type reads them.
using System;

class ValidationException : Exception
{
    public string Field;
    public int Line;

    public ValidationException(string field, int line) : base("invalid " + field)
    {
        Field = field;
        Line = line;
    }
}

class Program
{
    static void Validate(string name, int line)
    {
        if (name.Length == 0) throw new ValidationException("name", line);
        Console.WriteLine("ok " + name);
    }

    static void Main()
    {
        try
        {
            Validate("bob", 1); // expect: ok bob
            Validate("", 2);
        }
        catch (ValidationException e)
        {
            Console.WriteLine(e.Message); // expect: invalid name
            Console.WriteLine(e.Field + " at line " + e.Line); // expect: name at line 2
            Console.WriteLine(e.GetType().Name); // expect: ValidationException
            Console.WriteLine(e is Exception); // expect: True
        }
    }
}
