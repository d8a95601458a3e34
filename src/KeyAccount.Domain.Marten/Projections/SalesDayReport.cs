using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>The sales-day report projection's document, one per sales day stream: what the day holds and how its reconciliation stands (REC-04, REC-06, SUB-05).</summary>
public sealed class SalesDayReport
{
    /// <summary>Gets or sets the day's stream ID, the document's identity.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the version of the stream the report was made at.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the site.</summary>
    public ProjectId Site { get; set; }

    /// <summary>Gets or sets the business date.</summary>
    public LocalDate Date { get; set; }

    /// <summary>Gets or sets the day's status.</summary>
    public SalesDayStatus Status { get; set; }

    /// <summary>Gets or sets the number of payments posted.</summary>
    public int Payments { get; set; }

    /// <summary>Gets or sets the sum of the payments posted.</summary>
    public Money PaymentsTotal { get; set; } = Money.Zero(Currency.CNY);

    /// <summary>Gets or sets the number of remittance notice copies posted.</summary>
    public int NoticeCopies { get; set; }

    /// <summary>Gets or sets the number of entries the last reconciliation matched.</summary>
    public int Matched { get; set; }

    /// <summary>Gets or sets the number of discrepancies the last reconciliation reported.</summary>
    public int Discrepancies { get; set; }

    /// <summary>Gets or sets the number of those not explained yet.</summary>
    public int Unexplained { get; set; }
}
