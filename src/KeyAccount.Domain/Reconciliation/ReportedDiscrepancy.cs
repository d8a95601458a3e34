namespace KeyAccount.Domain.Reconciliation;

/// <summary>A discrepancy as the sales day records it: its kind and the notice number (REC-02, REC-03).</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Reference">The notice number it concerns.</param>
public readonly record struct ReportedDiscrepancy(DiscrepancyKind Kind, RemittanceNoticeNumber Reference);
