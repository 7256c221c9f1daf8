// Three levels of inheritance: inherited fields and methods, overrides at different levels, base chaining.
using System;

class Employee
{
    public string Name;
    public int Salary;
    public Employee(string name, int salary) { Name = name; Salary = salary; }
    public virtual int Bonus() { return Salary / 10; }
    public virtual string Title() { return "Employee"; }
    public string Card() { return Title() + " " + Name + " " + (Salary + Bonus()); }
}

class Manager : Employee
{
    public int Reports;
    public Manager(string name, int salary, int reports) : base(name, salary) { Reports = reports; }
    public override int Bonus() { return base.Bonus() + Reports * 100; }
    public override string Title() { return "Manager"; }
}

class Director : Manager
{
    public Director(string name) : base(name, 5000, 3) { }
    public override string Title() { return "Director"; }
}

class Program
{
    static void Main()
    {
        Employee[] staff = { new Employee("ann", 1000), new Manager("bo", 2000, 2), new Director("cy") };
        foreach (Employee e in staff) Console.WriteLine(e.Card());
        // expect: Employee ann 1100
        // expect: Manager bo 2400
        // expect: Director cy 5800
        Manager m = (Manager)staff[2];
        Console.WriteLine(m.Reports + " " + m.Name); // expect: 3 cy
    }
}
