// Several constraints at once on one type parameter (class, base class, interfaces, new()) and on several type parameters of one method.
using System;

interface IId { int Id { get; set; } }
interface INamed { string Name { get; } }

class Entity : IId, INamed
{
    public int Id { get; set; }
    public virtual string Name { get { return "entity" + Id; } }
}

class User : Entity
{
    public override string Name { get { return "user" + Id; } }
}

struct Tag : IId, INamed
{
    public int Id { get; set; }
    public string Name { get { return "tag" + Id; } }
}

class Program
{
    static T Create<T>(int id) where T : class, IId, INamed, new()
    {
        T t = new T();
        t.Id = id;
        return t;
    }

    static T CreateValue<T>(int id) where T : struct, IId, INamed
    {
        T t = new T();
        t.Id = id;
        return t;
    }

    static string Link<A, B>(A a, B b)
        where A : Entity, new()
        where B : IId, INamed
    {
        A fresh = new A();
        fresh.Id = a.Id + b.Id;
        return a.Name + "+" + b.Name + "=" + fresh.Name;
    }

    static void Main()
    {
        Entity e = Create<Entity>(1);
        Console.WriteLine(e.Name); // expect: entity1
        User u = Create<User>(2);
        Console.WriteLine(u.Name + " " + u.Id); // expect: user2 2
        Tag tg = CreateValue<Tag>(3);
        Console.WriteLine(tg.Name); // expect: tag3
        Console.WriteLine(Link(u, tg)); // expect: user2+tag3=user5
        Console.WriteLine(Link(e, u)); // expect: entity1+user2=entity3
        Console.WriteLine(Link<Entity, Tag>(u, new Tag())); // expect: user2+tag0=entity2
    }
}
