// Command pattern with delegates: commands holding Action pairs for do/undo over a shared document, undo and redo stacks, a macro command combining others with multicast and reversed undo, and a command registry of factories Func<string, Command>.
using System;
using System.Collections.Generic;
using System.Text;
class Command {
    public readonly string Name;
    public readonly Action Execute;
    public readonly Action Undo;
    public Command(string name, Action execute, Action undo) { Name = name; Execute = execute; Undo = undo; }
}
class Editor {
    public readonly StringBuilder Text = new StringBuilder();
    readonly Stack<Command> undo = new Stack<Command>();
    readonly Stack<Command> redo = new Stack<Command>();
    public void Run(Command c) { c.Execute(); undo.Push(c); redo.Clear(); }
    public bool UndoLast() {
        if (undo.Count == 0) return false;
        var c = undo.Pop(); c.Undo(); redo.Push(c); return true;
    }
    public bool RedoLast() {
        if (redo.Count == 0) return false;
        var c = redo.Pop(); c.Execute(); undo.Push(c); return true;
    }
    public Command Append(string s) {
        return new Command("append " + s, () => Text.Append(s), () => Text.Length -= s.Length);
    }
    public Command Upper() {
        string saved = null;
        return new Command("upper", () => { saved = Text.ToString(); Text.Length = 0; Text.Append(saved.ToUpper()); },
                                    () => { Text.Length = 0; Text.Append(saved); });
    }
    public Command Macro(string name, params Command[] parts) {
        Action run = null;
        foreach (var p in parts) run += p.Execute;
        Action back = () => { for (int i = parts.Length - 1; i >= 0; i--) parts[i].Undo(); };
        return new Command(name, run, back);
    }
    public string State { get { return "[" + Text + "] undo=" + undo.Count + " redo=" + redo.Count; } }
}
class Program {
    static void Main() {
        var ed = new Editor();
        // expect: [hello] undo=1 redo=0
        ed.Run(ed.Append("hello"));
        Console.WriteLine(ed.State);
        // expect: [hello world] undo=2 redo=0
        ed.Run(ed.Append(" world"));
        Console.WriteLine(ed.State);
        // expect: [HELLO WORLD] undo=3 redo=0
        ed.Run(ed.Upper());
        Console.WriteLine(ed.State);
        // expect: [hello world] undo=2 redo=1
        ed.UndoLast();
        Console.WriteLine(ed.State);
        // expect: [hello] undo=1 redo=2
        ed.UndoLast();
        Console.WriteLine(ed.State);
        // expect: [hello world] undo=2 redo=1
        ed.RedoLast();
        Console.WriteLine(ed.State);
        // expect: [hello world!] undo=3 redo=0
        ed.Run(ed.Append("!"));
        Console.WriteLine(ed.State);
        // expect: False
        Console.WriteLine(ed.RedoLast());
        // expect: [HELLO WORLD! :) :)] undo=4 redo=0
        var smile = ed.Append(" :)");
        ed.Run(ed.Macro("shout", ed.Upper(), smile, smile));
        Console.WriteLine(ed.State);
        // expect: [hello world!] undo=3 redo=1
        ed.UndoLast();
        Console.WriteLine(ed.State);
        var registry = new Dictionary<string, Func<string, Command>> {
            { "add", arg => ed.Append(arg) },
            { "up", arg => ed.Upper() },
            { "twice", arg => ed.Macro("twice", ed.Append(arg), ed.Append(arg)) }
        };
        var names = new List<string>();
        foreach (var line in new[] { "add  ok", "twice .", "up", "nope x" }) {
            int sp = line.IndexOf(' ');
            string verb = sp < 0 ? line : line.Substring(0, sp);
            string arg = sp < 0 ? "" : line.Substring(sp + 1);
            Func<string, Command> make;
            if (!registry.TryGetValue(verb, out make)) { names.Add("?" + verb); continue; }
            var cmd = make(arg);
            names.Add(cmd.Name);
            ed.Run(cmd);
        }
        // expect: append  ok|twice|upper|?nope
        Console.WriteLine(string.Join("|", names));
        // expect: [HELLO WORLD! OK..] undo=6 redo=0
        Console.WriteLine(ed.State);
        int undone = 0;
        while (ed.UndoLast()) undone++;
        // expect: 6 [] undo=0 redo=6
        Console.WriteLine(undone + " " + ed.State);
    }
}
