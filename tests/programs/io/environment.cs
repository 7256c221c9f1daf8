// Environment: command-line arguments (after the program's path), variables, ExitCode for a
// void Main, TickCount and the basics.
// args: one two
// exit: 3
using System;

class EnvironmentProgram
{
    static void Main(string[] args)
    {
        string[] all = Environment.GetCommandLineArgs();
        Console.WriteLine(all.Length + " " + all[1] + " " + all[2] + " " + args.Length); // expect: 3 one two 2
        Console.WriteLine(Environment.GetEnvironmentVariable("PATH") != null); // expect: True
        Console.WriteLine(Environment.GetEnvironmentVariable("SHARP_SURELY_NOT_SET_42") == null); // expect: True
        int t0 = Environment.TickCount;
        Console.WriteLine(Environment.TickCount - t0 >= 0); // expect: True
        Console.WriteLine(Environment.NewLine == "\n"); // expect: True
        Console.WriteLine(Environment.ProcessorCount > 0); // expect: True
        Environment.ExitCode = 3;
        Console.WriteLine(Environment.ExitCode); // expect: 3
    }
}
