using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The rejection of a refund asked for before it is payable (CAN-05): it says the earliest date as a typed property,
/// so a host can tell the customer when to come back.
/// </summary>
public sealed record RefundNotYetDue : DomainError
{
    internal RefundNotYetDue(LocalDate earliestDate, LocalDate approvedOn, int workingDays)
        : base("CAN-05", "sales.refund_not_yet_due", [new("earliestDate", earliestDate), new("approvedOn", approvedOn), new("workingDays", workingDays)], SalesMessages.Source)
    {
        EarliestDate = earliestDate;
        ApprovedOn = approvedOn;
        WorkingDays = workingDays;
    }

    /// <summary>Gets the first day the refund can be collected.</summary>
    public LocalDate EarliestDate { get; }

    /// <summary>Gets the approval day, which is not counted.</summary>
    public LocalDate ApprovedOn { get; }

    /// <summary>Gets the number of working days of the waiting period.</summary>
    public int WorkingDays { get; }
}
