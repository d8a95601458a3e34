using System;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>One of the host's strategic criteria a prospect is screened against (KAM-01), e.g. "industry we serve".</summary>
/// <param name="Name">The criterion's name, trimmed; not empty.</param>
/// <param name="Mandatory">Whether a prospect that does not meet it is screened out.</param>
/// <exception cref="ArgumentException"><paramref name="Name"/> is blank.</exception>
public sealed record StrategicCriterion(string Name, bool Mandatory)
{
    /// <summary>Gets the criterion's name.</summary>
    public string Name { get; } = Preconditions.CheckNotBlank(Name).Trim();
}
