// Top-level statements see the command line through the implicit `args` parameter.
// args: alpha beta gamma
using System;

Console.WriteLine(args.Length); // expect: 3
foreach (var a in args) Console.WriteLine(a.ToUpper());
// expect: ALPHA
// expect: BETA
// expect: GAMMA
Console.WriteLine(args[args.Length - 1].Length); // expect: 5
