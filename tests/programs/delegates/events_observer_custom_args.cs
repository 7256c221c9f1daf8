// Events in the observer pattern: EventHandler<T> with custom EventArgs subclasses carrying data, a cancellable "changing" event whose handlers can veto through a settable property, observers holding state, the sender passed through, and a derived EventArgs type handled by a base-typed handler.
using System;
using System.Collections.Generic;
class PriceChangingEventArgs : EventArgs {
    public string Symbol { get; }
    public double OldPrice { get; }
    public double NewPrice { get; }
    public bool Cancel { get; set; }
    public string Reason { get; set; }
    public PriceChangingEventArgs(string symbol, double oldPrice, double newPrice) {
        Symbol = symbol; OldPrice = oldPrice; NewPrice = newPrice;
    }
}
class PriceChangedEventArgs : EventArgs {
    public string Symbol { get; private set; }
    public double Price { get; private set; }
    public double Delta { get; private set; }
    public PriceChangedEventArgs(string symbol, double price, double delta) { Symbol = symbol; Price = price; Delta = delta; }
}
class Stock {
    public string Symbol { get; }
    double price;
    public event EventHandler<PriceChangingEventArgs> PriceChanging;
    public event EventHandler<PriceChangedEventArgs> PriceChanged;
    public Stock(string symbol, double price) { Symbol = symbol; this.price = price; }
    public double Price {
        get { return price; }
        set {
            if (value == price) return;
            var changing = new PriceChangingEventArgs(Symbol, price, value);
            PriceChanging?.Invoke(this, changing);
            if (changing.Cancel) {
                Console.WriteLine(Symbol + " change to " + value + " vetoed: " + changing.Reason);
                return;
            }
            double old = price;
            price = value;
            PriceChanged?.Invoke(this, new PriceChangedEventArgs(Symbol, price, price - old));
        }
    }
}
class Limiter {
    readonly double maxJump;
    public Limiter(double maxJump) { this.maxJump = maxJump; }
    public void OnChanging(object sender, PriceChangingEventArgs e) {
        double jump = Math.Abs(e.NewPrice - e.OldPrice);
        if (jump > maxJump) { e.Cancel = true; e.Reason = "jump " + jump + " > " + maxJump; }
    }
}
class Portfolio {
    readonly Dictionary<string, int> shares = new Dictionary<string, int>();
    public double Value { get; private set; }
    public void Hold(Stock s, int count) {
        shares[s.Symbol] = count;
        Value += s.Price * count;
        s.PriceChanged += OnPriceChanged;
    }
    void OnPriceChanged(object sender, PriceChangedEventArgs e) {
        Value += e.Delta * shares[e.Symbol];
        Console.WriteLine("portfolio now " + Value + " (" + ((Stock)sender).Symbol + " " + (e.Delta > 0 ? "+" : "") + e.Delta + ")");
    }
}
class Program {
    static void AnyEvent(object sender, EventArgs e) { Console.WriteLine("base-typed handler saw " + e.GetType().Name); }
    static void Main() {
        var acme = new Stock("ACME", 10);
        var globex = new Stock("GLBX", 50);
        var limiter = new Limiter(20);
        acme.PriceChanging += limiter.OnChanging;
        globex.PriceChanging += limiter.OnChanging;
        var p = new Portfolio();
        p.Hold(acme, 3);
        p.Hold(globex, 2);
        Console.WriteLine("start " + p.Value);
        int changes = 0;
        acme.PriceChanged += (s, e) => changes++;
        acme.PriceChanged += AnyEvent;
        acme.Price = 12;
        acme.Price = 12;
        globex.Price = 45;
        acme.Price = 40;
        acme.PriceChanging += (s, e) => { if (e.NewPrice < 0) { e.Cancel = true; e.Reason = "negative"; } };
        acme.Price = -1;
        acme.Price = 5;
        Console.WriteLine("acme " + acme.Price + ", changes " + changes + ", value " + p.Value);
        // expect: start 130
        // expect: portfolio now 136 (ACME +2)
        // expect: base-typed handler saw PriceChangedEventArgs
        // expect: portfolio now 126 (GLBX -5)
        // expect: ACME change to 40 vetoed: jump 28 > 20
        // expect: ACME change to -1 vetoed: negative
        // expect: portfolio now 105 (ACME -7)
        // expect: base-typed handler saw PriceChangedEventArgs
        // expect: acme 5, changes 2, value 105
    }
}
