using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// Asks the processor to bring a table entry into the cache ahead of its use, so the direct-addressed join's random
/// touches of a table larger than the cache overlap instead of waiting for memory one at a time (REC-05). A hint
/// only: nothing is read or written, and on processors without the instruction it does nothing.
/// </summary>
internal static unsafe class CachePrefetch
{
    /// <summary>How many records ahead of the one being joined the passes ask for their entries.</summary>
    public const int Distance = 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Touch<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }
}
