using System.Collections.Immutable;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Subscriptions;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>The state of one project's bundle of signing notices for one day, evolved by <see cref="SigningNoticeBundleDecider"/>.</summary>
/// <param name="Status">Where the bundle stands.</param>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The business day.</param>
/// <param name="Notices">The subscriptions whose notices are in the bundle.</param>
public sealed record SigningNoticeBundleState(SigningNoticeBundleStatus Status, ProjectId Project, LocalDate BusinessDate, ImmutableList<SubscriptionId> Notices)
{
    /// <inheritdoc />
    public bool Equals(SigningNoticeBundleState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state of a bundle with nothing filed.</summary>
    public static SigningNoticeBundleState Initial { get; } = new(SigningNoticeBundleStatus.Empty, default, default, []);
}
