using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Accounts;

/// <summary>A recorded contact with a person of the customer: a call, a meal, a meeting, a visit (ACC-06, ACC-14).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="On">The day of the interaction.</param>
/// <param name="Summary">What happened.</param>
public sealed record Interaction(ContactId Contact, LocalDate On, string Summary);
