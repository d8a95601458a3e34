using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Points at an entry of another (usually closed) sales day: what a late or corrected entry refers to
/// (REC-04).</summary>
/// <param name="Day">The day that holds the original entry.</param>
/// <param name="Reference">The original entry's notice number.</param>
public sealed record EntryReference(SalesDayId Day, RemittanceNoticeNumber Reference);
