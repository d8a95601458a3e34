using System.Collections.Immutable;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The state of a prospect's screening, evolved by <see cref="ProspectScreeningDecider"/> (KAM-01).</summary>
/// <param name="Screening">The screening.</param>
/// <param name="CompanyName">The prospect's company name.</param>
/// <param name="Status">The lifecycle state; <see cref="ProspectScreeningStatus.None"/> before the first screening.</param>
/// <param name="Rounds">Every screening, in order; the last is in force.</param>
public sealed record ProspectScreeningState(ScreeningId Screening, string CompanyName, ProspectScreeningStatus Status, ImmutableList<ScreeningRound> Rounds)
{
    /// <summary>Gets the state before the first screening.</summary>
    public static ProspectScreeningState NotScreened { get; } = new(default, string.Empty, ProspectScreeningStatus.None, []);

    /// <summary>Gets whether the prospect was screened at least once.</summary>
    public bool IsScreened => Status != ProspectScreeningStatus.None;

    /// <summary>Gets the screening in force (the latest), or null before the first.</summary>
    public ScreeningRound? Latest => Rounds.IsEmpty ? null : Rounds[^1];

    /// <summary>Gets why the prospect is screened out: the mandatory criteria of the latest round it does not meet;
    /// empty when it qualified or was not screened.</summary>
    public ImmutableArray<string> Reason => Latest?.FailedCriteria ?? [];

    /// <inheritdoc />
    public bool Equals(ProspectScreeningState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
