// A tokenizer that classifies characters with relational and logical patterns (>= 'a' and <= 'z', or, not) in a switch expression, and groups runs of one class into tokens through a switch statement with case patterns and a when guard.
// hand-checked: C# 8/9 feature mcs 6.8 cannot compile; output reasoned from the spec and run on CoreCLR 3.1 from Sharp's build
using System;
using System.Collections.Generic;
using System.Text;

enum CharKind { Letter, Digit, Space, Operator, Paren, Other }

class Program
{
    static CharKind Classify(char c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' => CharKind.Letter,
        >= '0' and <= '9' => CharKind.Digit,
        ' ' or '\t' or '\n' => CharKind.Space,
        '+' or '-' or '*' or '/' or '=' or '<' or '>' => CharKind.Operator,
        '(' or ')' => CharKind.Paren,
        _ => CharKind.Other,
    };

    static bool IsIdentChar(char c) => c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c is '_' || c is >= '0' and <= '9';

    static List<string> Tokenize(string src)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < src.Length)
        {
            char c = src[i];
            CharKind kind = Classify(c);
            switch (kind)
            {
                case CharKind.Space:
                    i++;
                    break;
                case CharKind.Letter:
                case CharKind.Digit:
                    var sb = new StringBuilder();
                    while (i < src.Length && IsIdentChar(src[i])) sb.Append(src[i++]);
                    string word = sb.ToString();
                    tokens.Add((Classify(word[0]) == CharKind.Digit ? "NUM:" : "ID:") + word);
                    break;
                case CharKind.Operator when c is '<' or '>' && i + 1 < src.Length && src[i + 1] == '=':
                    tokens.Add("OP:" + c + "=");
                    i += 2;
                    break;
                case CharKind.Operator:
                    tokens.Add("OP:" + c);
                    i++;
                    break;
                case var k when k is CharKind.Paren:
                    tokens.Add(c == '(' ? "LP" : "RP");
                    i++;
                    break;
                default:
                    tokens.Add("?" + (int)c);
                    i++;
                    break;
            }
        }
        return tokens;
    }

    static void Main()
    {
        var kinds = new List<string>();
        foreach (char c in "aZ_5 +(#")
            kinds.Add(Classify(c).ToString());
        Console.WriteLine(string.Join(" ", kinds));
        Console.WriteLine(string.Join(" ", Tokenize("x1 = (foo_bar + 42) * y")));
        Console.WriteLine(string.Join(" ", Tokenize("a<=b >c\t9>=10;")));
        Console.WriteLine(Tokenize("").Count);
        char low = 'm';
        Console.WriteLine(low is not < 'a' ? "not below a" : "below a");
        Console.WriteLine('@' is not >= 'A' and <= 'Z');
        Console.WriteLine('[' is not >= 'A' and <= 'Z');
    }
}
// expect: Letter Letter Letter Digit Space Operator Paren Other
// expect: ID:x1 OP:= LP ID:foo_bar OP:+ NUM:42 RP OP:* ID:y
// expect: ID:a OP:<= ID:b OP:> ID:c NUM:9 OP:>= NUM:10 ?59
// expect: 0
// expect: not below a
// expect: True
// expect: False
