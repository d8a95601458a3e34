using KeyAccount.Domain.Comparisons;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>The memory-bound floor: read every input record once and sum the amounts.</summary>
internal static class ScanFloor
{
    public static long Sum(ReconciliationInput input)
    {
        long sum = 0;
        foreach (var p in input.Payments)
        {
            sum = unchecked(sum + p.AmountMinor);
        }

        foreach (var n in input.ClerkCopies)
        {
            sum = unchecked(sum + n.AmountMinor);
        }

        foreach (var n in input.CashierCopies)
        {
            sum = unchecked(sum + n.AmountMinor);
        }

        return sum;
    }
}
