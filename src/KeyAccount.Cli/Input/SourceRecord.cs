using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Cli.Input;

/// <summary>A payment or notice copy as found in the input, with the file and line it was read from: what a
/// discrepancy row shows so that the accountant can open the records involved.</summary>
/// <param name="Side">A payment, the clerk's copy or the cashier's copy.</param>
/// <param name="NoticeNo">The remittance notice number.</param>
/// <param name="File">The file as named on the command line.</param>
/// <param name="Line">The 1-based line (for JSON Lines, the record's line).</param>
/// <param name="AmountMinor">The amount in minor units.</param>
/// <param name="Currency">The currency.</param>
internal readonly record struct SourceRecord(EntryKind Side, long NoticeNo, string File, long Line, long AmountMinor, CurrencyCode Currency)
{
    /// <summary>Gets where the record is, as <c>file:line</c>.</summary>
    public string At => $"{File}:{Line}";
}
