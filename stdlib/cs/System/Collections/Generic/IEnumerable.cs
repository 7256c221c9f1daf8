namespace System.Collections.Generic
{
    /// A sequence of T: a typed cursor each time it is asked.
    public interface IEnumerable<out T> : IEnumerable
    {
        new IEnumerator<T> GetEnumerator();
    }

    /// A typed cursor; foreach disposes it when the loop ends.
    public interface IEnumerator<out T> : IDisposable, IEnumerator
    {
        new T Current { get; }
    }
}
