using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Accounts;

/// <summary>A key contact of a won account who has not been contacted within the interval (ACC-14).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="LastInteraction">The last recorded interaction, or null when there was none.</param>
/// <param name="DueOn">The last day by which the next interaction was due.</param>
public sealed record OverdueContact(ContactId Contact, LocalDate? LastInteraction, LocalDate DueOn);
