using System.Collections.Generic;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// 解款通知单 — the remittance notice produced by every payment (SUB-05). It has two copies, one kept by the project
/// clerk (项目文员) and one by the cash desk (收银处), with the same number, amount and date; the site manager
/// reconciles the day's payments against them.
/// </summary>
/// <param name="Number">The notice number. The subscription refuses a number it has already issued; duplicates across subscriptions of a project are for the day-end reconciliation to report (REC-02).</param>
/// <param name="Project">The project (sales site) where the payment was made.</param>
/// <param name="Subscription">The subscription the payment is for.</param>
/// <param name="BusinessDate">The business date of the payment.</param>
/// <param name="Amount">The amount paid.</param>
/// <param name="Method">How it was paid.</param>
/// <param name="Collector">Who collected it: the developer or the company cashier.</param>
/// <param name="CollectedBy">The person who took the money.</param>
/// <param name="Copies">The copies issued: always one for the project clerk and one for the cashier.</param>
public sealed record RemittanceNotice(
    RemittanceNoticeNumber Number,
    ProjectId Project,
    SubscriptionId Subscription,
    LocalDate BusinessDate,
    Money Amount,
    PaymentMethod Method,
    PaymentCollector Collector,
    ActorId CollectedBy,
    IReadOnlyList<RemittanceNoticeCopy> Copies)
{
    /// <inheritdoc />
    public bool Equals(RemittanceNotice? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
