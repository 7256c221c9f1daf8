// A `return 3;` in top-level statements sets the process exit code.
// exit: 3
using System;

int code = 1 + 2;
Console.WriteLine("returning " + code); // expect: returning 3
if (code > 0) return code;
Console.WriteLine("not reached");
return 0;
