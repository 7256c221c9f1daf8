// Records with a user-defined Equals(R) and GetHashCode (case-insensitive e-mail addresses) used by ==, !=, HashSet and Dictionary; a derived record's equality including base members; and equality across a base-typed reference where the runtime types differ.
// hand-checked: C# 9 records; mcs 6.8 cannot compile them; output checked on CoreCLR 3.1 running Sharp's build
using System;
using System.Collections.Generic;

record Email(string Address)
{
    public virtual bool Equals(Email other) =>
        other is not null && string.Equals(Address.ToLowerInvariant(), other.Address.ToLowerInvariant());

    public override int GetHashCode() => Address.ToLowerInvariant().GetHashCode();
}

record Contact(string Name, Email Email);

record Employee(string Name, Email Email, int Badge) : Contact(Name, Email);

record Version(int Major, int Minor)
{
    public virtual bool Equals(Version other) => other is not null && Major == other.Major;
    public override int GetHashCode() => Major;
    public bool IsNewerThan(Version v) => Major > v.Major || (Major == v.Major && Minor > v.Minor);
}

class Program
{
    static void Main()
    {
        var a = new Email("Ann@Example.com");
        var b = new Email("ann@example.COM");
        var c = new Email("bob@example.com");
        Console.WriteLine(a == b);
        Console.WriteLine(a != c);
        Console.WriteLine(a.Equals((object)b));
        Console.WriteLine(Equals(a, b));
        Console.WriteLine(a.GetHashCode() == b.GetHashCode());
        Console.WriteLine(a);

        var inbox = new HashSet<Email> { a, b, c, new Email("BOB@example.com") };
        Console.WriteLine(inbox.Count);

        var lastSeen = new Dictionary<Email, int>();
        lastSeen[a] = 1;
        lastSeen[b] = 2;
        lastSeen[c] = 3;
        Console.WriteLine($"{lastSeen.Count} {lastSeen[new Email("ANN@EXAMPLE.COM")]}");

        var k1 = new Contact("Ann", a);
        var k2 = new Contact("Ann", b);
        Console.WriteLine(k1 == k2);
        Console.WriteLine(k1 == k2 with { Name = "Annie" });

        var e1 = new Employee("Ann", a, 7);
        var e2 = new Employee("Ann", b, 7);
        Contact asContact = e1;
        Console.WriteLine(e1 == e2);
        Console.WriteLine(e1 == e2 with { Badge = 8 });
        Console.WriteLine(asContact == k1);
        Console.WriteLine(k1.Equals(asContact));
        Console.WriteLine(asContact.Equals(k1));
        Console.WriteLine(asContact.Equals(e2));

        var v1 = new Version(2, 1);
        var v2 = new Version(2, 5);
        Console.WriteLine(v1 == v2);
        Console.WriteLine(v2.IsNewerThan(v1));
        var versions = new HashSet<Version> { v1, v2, new Version(3, 0) };
        Console.WriteLine(versions.Count);
        Console.WriteLine(v1);

        Email none = null;
        Console.WriteLine(none == null);
        Console.WriteLine(a == none);
        Console.WriteLine(a.Equals(none));
    }
}
// expect: True
// expect: True
// expect: True
// expect: True
// expect: True
// expect: Email { Address = Ann@Example.com }
// expect: 2
// expect: 2 2
// expect: True
// expect: False
// expect: True
// expect: False
// expect: False
// expect: False
// expect: False
// expect: True
// expect: True
// expect: True
// expect: 2
// expect: Version { Major = 2, Minor = 1 }
// expect: True
// expect: False
// expect: False
