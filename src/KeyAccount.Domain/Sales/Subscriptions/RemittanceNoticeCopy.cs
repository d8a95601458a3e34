using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using NodaTime;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>One copy of a remittance notice: the same number, amount and date as the notice (SUB-05).</summary>
/// <param name="Holder">Who keeps the copy.</param>
/// <param name="Number">The notice number.</param>
/// <param name="Amount">The amount.</param>
/// <param name="BusinessDate">The business date.</param>
public sealed record RemittanceNoticeCopy(RemittanceCopyHolder Holder, RemittanceNoticeNumber Number, Money Amount, LocalDate BusinessDate);
