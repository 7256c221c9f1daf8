namespace System.Diagnostics
{
    /// Measures elapsed time on the system's monotonic clock, in nanoseconds (`Frequency`).
    public class Stopwatch
    {
        /// Timestamp ticks per second: the clock counts nanoseconds, as .NET's does on Linux.
        public static readonly long Frequency = 1000000000;
        public static readonly bool IsHighResolution = true;

        /// The monotonic clock in nanoseconds.
        internal static extern long QueryNanoseconds();

        private long _elapsed;
        private long _startTimestamp;
        private bool _isRunning;

        public Stopwatch()
        {
        }

        public static Stopwatch StartNew()
        {
            var s = new Stopwatch();
            s.Start();
            return s;
        }

        public static long GetTimestamp()
        {
            return QueryNanoseconds();
        }

        public void Start()
        {
            if (_isRunning) return;
            _startTimestamp = GetTimestamp();
            _isRunning = true;
        }

        public void Stop()
        {
            if (!_isRunning) return;
            _elapsed += GetTimestamp() - _startTimestamp;
            _isRunning = false;
            if (_elapsed < 0) _elapsed = 0;
        }

        public void Reset()
        {
            _elapsed = 0;
            _isRunning = false;
            _startTimestamp = 0;
        }

        public void Restart()
        {
            _elapsed = 0;
            _startTimestamp = GetTimestamp();
            _isRunning = true;
        }

        public bool IsRunning
        {
            get { return _isRunning; }
        }

        /// Elapsed timestamp ticks (nanoseconds).
        public long ElapsedTicks
        {
            get
            {
                long elapsed = _elapsed;
                if (_isRunning) elapsed += GetTimestamp() - _startTimestamp;
                return elapsed;
            }
        }

        public TimeSpan Elapsed
        {
            get { return new TimeSpan(ElapsedTicks / 100); }
        }

        public long ElapsedMilliseconds
        {
            get { return ElapsedTicks / 1000000; }
        }
    }
}
