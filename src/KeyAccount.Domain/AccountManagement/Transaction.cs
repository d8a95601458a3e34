using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>A transaction with the account, recorded against its plan (KAM-06, ACC-13): the fact from which the
/// period's amount and frequency are derived.</summary>
/// <param name="Reference">The host's reference of the transaction (order, invoice), unique within the plan.</param>
/// <param name="On">The day of the transaction, within the plan's period.</param>
/// <param name="Amount">The amount, positive, in the currency of the plan's target.</param>
public sealed record Transaction(string Reference, LocalDate On, Money Amount);
