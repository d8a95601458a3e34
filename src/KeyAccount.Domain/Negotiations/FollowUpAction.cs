using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Negotiations;

/// <summary>A follow-up action of the minutes (后续跟踪计划), with an owner and a due date, NEG-08.</summary>
/// <param name="Id">The action's identifier.</param>
/// <param name="Description">What is to be done.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="Due">By when.</param>
public sealed record FollowUpAction(FollowUpActionId Id, string Description, ActorId Owner, LocalDate Due);
