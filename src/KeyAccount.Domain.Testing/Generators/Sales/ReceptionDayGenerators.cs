using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;

namespace KeyAccount.Domain.Testing.Generators.Sales;

/// <summary>FsCheck generators for a reception day: candidate commands for a state and valid reception histories.</summary>
public static class ReceptionDayGenerators
{
    /// <summary>
    /// Returns candidate commands for a state: agents starting and ending duty (mostly those on duty, sometimes one
    /// who is not), new visitors, returning customers (sometimes with their previous agent), visitors sent to signing
    /// with their subscription's status (mostly effective), and visits already seen that day.
    /// </summary>
    /// <param name="state">The state so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<ReceptionDayCommand> Commands(ReceptionDayState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var project = state.OnDuty.Count == 0 && state.Project == default ? KernelGenerators.Identifier<ProjectId>() : Gen.Constant(state.Project);
        var onDuty = state.OnDuty.Count == 0 ? KernelGenerators.Actor : Gen.Frequency((6, Gen.Elements<ActorId>(state.OnDuty)), (1, KernelGenerators.Actor));
        var newVisit = KernelGenerators.Identifier<SiteVisitId>();
        var visit = state.Visits.Count == 0 ? newVisit : Gen.Frequency((8, newVisit), (1, Gen.Elements(state.Visits.ToArray())));
        var start =
            from p in project
            from agent in Gen.Frequency((8, KernelGenerators.Actor), (1, onDuty), (1, Gen.Constant(default(ActorId))))
            select (ReceptionDayCommand)new StartDuty(p, agent);
        var returning =
            from v in visit
            from manager in Gen.Frequency((8, KernelGenerators.Actor), (1, Gen.Constant(default(ActorId))))
            from previous in Gen.Frequency((3, onDuty.Select(a => (ActorId?)a)), (1, Gen.Constant<ActorId?>(null)))
            select (ReceptionDayCommand)new RouteReturningCustomer(v, manager, previous);
        var signing =
            from v in visit
            from s in KernelGenerators.Identifier<SubscriptionId>()
            from status in Gen.Frequency((6, Gen.Constant(SubscriptionStatus.Effective)), (1, Gen.Elements(Enum.GetValues<SubscriptionStatus>())))
            select (ReceptionDayCommand)new RouteToSigning(v, s, status);
        return Gen.Frequency(
            (state.OnDuty.Count < 3 ? 6 : 2, start),
            (2, onDuty.Select(a => (ReceptionDayCommand)new EndDuty(a))),
            (6, visit.Select(v => (ReceptionDayCommand)new AssignNewVisitor(v))),
            (2, returning),
            (2, signing));
    }

    /// <summary>Returns a generator of valid reception histories (see <see cref="Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<ReceptionDayCommand, ReceptionDayEvent, ReceptionDayState>> Histories(DecisionContext? context = null) =>
        Generators.Histories.OverTime(
            ReceptionDayAggregate.Definition.Decider,
            (state, _) => Commands(state),
            (today, state, _) => Generators.Histories.OnItsDay(today, state.BusinessDate),
            context ?? TestContexts.Default);
}
