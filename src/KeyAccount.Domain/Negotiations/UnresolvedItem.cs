namespace KeyAccount.Domain.Negotiations;

/// <summary>An item not agreed (未达成的协议), named in the minutes with the follow-up action that pursues it, NEG-08.</summary>
/// <param name="Subject">What was not agreed; a deferred agenda item or dispute is named by its title or subject.</param>
/// <param name="FollowUp">The follow-up action of the same minutes that pursues it.</param>
public sealed record UnresolvedItem(string Subject, FollowUpActionId FollowUp);
