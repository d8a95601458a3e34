namespace KeyAccount.Domain.Accounts;

/// <summary>A contact's authority in one area, in a <see cref="ContactSummary"/>.</summary>
/// <param name="Area">The area.</param>
/// <param name="Authority">The authority.</param>
public sealed record AreaAuthority(DecisionArea Area, Authority Authority);
