namespace System.Collections
{
    /// Something foreach can walk: it hands out a fresh cursor each time.
    public interface IEnumerable
    {
        IEnumerator GetEnumerator();
    }

    /// A cursor over a sequence: MoveNext before the first element, Current
    /// until MoveNext returns false. Reset starts over (many throw).
    public interface IEnumerator
    {
        bool MoveNext();

        object Current { get; }

        void Reset();
    }
}
