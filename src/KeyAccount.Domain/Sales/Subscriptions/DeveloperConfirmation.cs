using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The developer's agent's (开发商代理人) confirmation of an application or refund notice on an agency project: both
/// a signature and the developer's stamp are needed for the document to be valid (CAN-06, RET-04).
/// </summary>
/// <param name="Agent">The developer's agent who signed.</param>
/// <param name="HasSignature">Whether the agent signed the document.</param>
/// <param name="HasStamp">Whether the developer's stamp is on the document.</param>
public sealed record DeveloperConfirmation(ActorId Agent, bool HasSignature, bool HasStamp)
{
    /// <summary>Gets a confirmation that is both signed and stamped by <paramref name="agent"/>.</summary>
    /// <param name="agent">The developer's agent.</param>
    /// <returns>The complete confirmation.</returns>
    public static DeveloperConfirmation SignedAndStamped(ActorId agent) => new(agent, true, true);
}
