// Accessing a private field from another class.
class Account
{
    private int balance = 5;
    public int Get() { return balance; }
}

class Program
{
    static void Main()
    {
        Account a = new Account();
        System.Console.WriteLine(a.balance); // error CS0122
    }
}
