using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Accounts;

/// <summary>One cell of the buying centre's authority matrix: a contact's authority in one decision area (ACC-08).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="Area">The decision area.</param>
/// <param name="Authority">The authority, never <see cref="Accounts.Authority.None"/> (an absent cell means none).</param>
public sealed record AuthorityGrant(ContactId Contact, DecisionArea Area, Authority Authority);
