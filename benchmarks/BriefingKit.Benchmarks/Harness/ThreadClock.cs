using System.Runtime.InteropServices;

namespace BriefingKit.Benchmarks.Harness;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID). Unlike wall time it barely moves when
/// other processes compete for the cores, so ratios measured on a busy machine stay meaningful.
/// Elsewhere it returns null and callers fall back to wall time.
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static double? NowMs()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return NativeMethods.clock_gettime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : null;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out TimeSpec time);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
