namespace KeyAccount.Domain.Reconciliation;

/// <summary>Which join the reconciler runs: chosen from the input, or forced (to compare both on the same input).</summary>
internal enum ReconcilerPath
{
    /// <summary>The direct-addressed table when the day's payment numbers are dense, the partitioned hash join otherwise.</summary>
    Auto,

    /// <summary>The direct-addressed table whenever its shape allows it, however spread the numbers.</summary>
    Dense,

    /// <summary>The partitioned hash join.</summary>
    Partitioned,
}
