namespace KeyAccount.Domain.Decisions;

/// <summary>
/// A host-set parameter of the rules (a gift ceiling, the refund waiting days, tier thresholds), with the default
/// the catalogue names. A <see cref="DecisionContext"/> carries the host's policies; any policy not set is its default.
/// </summary>
/// <typeparam name="TSelf">The policy type.</typeparam>
public interface IPolicy<TSelf>
    where TSelf : class, IPolicy<TSelf>
{
    /// <summary>Gets the policy the catalogue prescribes when the host sets none.</summary>
    static abstract TSelf Default { get; }
}
