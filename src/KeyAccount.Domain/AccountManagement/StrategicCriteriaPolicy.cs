using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>
/// The host's strategic criteria (企业战略目标) against which prospects are screened before they are opened as key
/// accounts (KAM-01), each mandatory or not. A host that names at least one criterion makes screening the way in: an
/// account is then opened only from a qualified screening. The catalogue's default names none, so that accounts open
/// without a screening until the host sets its criteria.
/// </summary>
public sealed record StrategicCriteriaPolicy : IPolicy<StrategicCriteriaPolicy>
{
    /// <summary>Creates the policy.</summary>
    /// <param name="criteria">The criteria, with distinct names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">Two criteria have the same name.</exception>
    public StrategicCriteriaPolicy(IEnumerable<StrategicCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        Criteria = [.. criteria.Select(c => c ?? throw new ArgumentNullException(nameof(criteria), "A criterion is null."))];
        Preconditions.CheckArgument(Criteria.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() == Criteria.Length, nameof(criteria), "Criterion names must be distinct.");
    }

    /// <summary>Gets the catalogue's default: no criteria, so accounts open without a screening.</summary>
    public static StrategicCriteriaPolicy Default { get; } = new([]);

    /// <summary>Gets the criteria, in the host's order.</summary>
    public ImmutableArray<StrategicCriterion> Criteria { get; }

    /// <summary>Gets whether an account is opened only from a qualified screening: the host named at least one criterion.</summary>
    public bool ScreeningRequired => !Criteria.IsEmpty;

    /// <inheritdoc />
    public bool Equals(StrategicCriteriaPolicy? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
