using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>The state of a reception day, evolved by <see cref="ReceptionDayDecider"/>.</summary>
/// <param name="Status">Whether the day has opened.</param>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The day.</param>
/// <param name="OnDuty">The agents on duty, in rotation order.</param>
/// <param name="NewVisitors">How many new visitors each agent received today (kept when an agent goes off duty).</param>
/// <param name="LastAssigned">The agent who received the last new visitor.</param>
/// <param name="Visits">The visits already assigned or routed.</param>
public sealed record ReceptionDayState(
    ReceptionDayStatus Status,
    ProjectId Project,
    LocalDate BusinessDate,
    ImmutableList<ActorId> OnDuty,
    ImmutableDictionary<ActorId, int> NewVisitors,
    ActorId? LastAssigned,
    ImmutableHashSet<SiteVisitId> Visits)
{
    /// <inheritdoc />
    public bool Equals(ReceptionDayState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state of a day before anyone is on duty.</summary>
    public static ReceptionDayState Initial { get; } = new(ReceptionDayStatus.None, default, default, [], ImmutableDictionary<ActorId, int>.Empty, null, []);

    /// <summary>Gets how many new visitors an agent received today.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The count, zero for an agent without any.</returns>
    public int NewVisitorsOf(ActorId agent) => NewVisitors.GetValueOrDefault(agent);

    /// <summary>
    /// Gets the agent whose turn it is (RCP-04): the on-duty agent with the fewest new visitors today; among equals,
    /// the first after the last one served, in duty order. <see langword="null"/> when nobody is on duty.
    /// </summary>
    public ActorId? NextInRotation
    {
        get
        {
            if (OnDuty.Count == 0)
            {
                return null;
            }

            var fewest = OnDuty.Min(NewVisitorsOf);
            var start = LastAssigned is { } last ? OnDuty.IndexOf(last) + 1 : 0;
            return Enumerable.Range(0, OnDuty.Count).Select(i => OnDuty[(start + i) % OnDuty.Count]).First(a => NewVisitorsOf(a) == fewest);
        }
    }
}
