// Caller-information attributes apply only to optional parameters (CS4020-CS4022), whose
// type the line (an int) or text (a string) converts to (CS4017, CS4018).
using System.Runtime.CompilerServices;

class P
{
    static void A([CallerLineNumber] int line) { } // error CS4020
    static void B([CallerFilePath] string path) { } // error CS4021
    static void C([CallerMemberName] string name) { } // error CS4022
    static void D([CallerLineNumber] string line = "") { } // error CS4017
    static void E([CallerFilePath] int path = 0) { } // error CS4018
    static void F([CallerLineNumber] long line = 0, [CallerMemberName] object name = null) { }

    static void Main() { }
}
