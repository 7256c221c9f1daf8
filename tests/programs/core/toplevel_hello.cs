// Top-level statements (C# 9): no class at all, var locals and a loop.
using System;

Console.WriteLine("hello from the top"); // expect: hello from the top
var total = 0;
for (var i = 1; i <= 10; i++) total += i;
Console.WriteLine(total); // expect: 55
var name = "world";
Console.WriteLine("hi " + name); // expect: hi world
