namespace System
{
    /// The garbage collector (Sharp's is a non-moving mark-sweep collector: vm/src/gc).
    public static class GC
    {
        /// Runs a full collection now.
        public static extern void Collect();

        /// Bytes the program's objects occupy: those alive at the last collection plus those
        /// allocated since; with `forceFullCollection`, a collection runs first.
        public static long GetTotalMemory(bool forceFullCollection)
        {
            if (forceFullCollection)
            {
                Collect();
            }
            return TotalMemory();
        }

        private static extern long TotalMemory();
    }
}
