using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Negotiations;

/// <summary>A member of our negotiation team (谈判团队), NEG-03.</summary>
/// <param name="Person">The person as the host knows them.</param>
/// <param name="Name">The name used in introductions (NEG-04).</param>
/// <param name="Role">The role in the team, e.g. "price lead" or "technical support".</param>
public sealed record TeamMember(ActorId Person, string Name, string Role);
