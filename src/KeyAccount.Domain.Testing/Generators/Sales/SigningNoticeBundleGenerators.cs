using System;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Sales;

/// <summary>FsCheck generators for a day's bundle of signing notices: candidate commands for a state and valid bundle histories.</summary>
public static class SigningNoticeBundleGenerators
{
    /// <summary>Returns candidate commands for a state, for bundles of <see cref="TestContexts.Default"/>'s day.</summary>
    /// <param name="state">The state so far.</param>
    /// <returns>The generator.</returns>
    public static Gen<SigningNoticeBundleCommand> Commands(SigningNoticeBundleState state) => Commands(state, TestContexts.Default.Today);

    /// <summary>
    /// Returns candidate commands for a state: notices filed for the bundle's project and day (sometimes another
    /// project or day, sometimes a notice already filed) and hand-overs (sometimes without a clerk or an officer).
    /// </summary>
    /// <param name="state">The state so far.</param>
    /// <param name="today">The day the commands are decided on.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<SigningNoticeBundleCommand> Commands(SigningNoticeBundleState state, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var newProject = KernelGenerators.Identifier<ProjectId>();
        var project = state.Status == SigningNoticeBundleStatus.Empty ? newProject : Gen.Frequency((8, Gen.Constant(state.Project)), (1, newProject));
        var newSubscription = KernelGenerators.Identifier<SubscriptionId>();
        var subscription = state.Notices.Count == 0 ? newSubscription : Gen.Frequency((6, newSubscription), (1, Gen.Elements<SubscriptionId>(state.Notices)));
        var file =
            from p in project
            from day in Gen.Frequency((8, Gen.Constant(today)), (1, Gen.Constant(today.PlusDays(-1))))
            from s in subscription
            select (SigningNoticeBundleCommand)new FileSigningNotice(p, day, s);
        var party = Gen.Frequency((8, KernelGenerators.Actor), (1, Gen.Constant(default(ActorId))));
        var handOver =
            from clerk in party
            from officer in party
            select (SigningNoticeBundleCommand)new HandOverSigningNotices(clerk, officer);
        return Gen.Frequency((5, file), (1, handOver));
    }

    /// <summary>Returns a generator of valid bundle histories (see <see cref="Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<SigningNoticeBundleCommand, SigningNoticeBundleEvent, SigningNoticeBundleState>> Histories(DecisionContext? context = null)
    {
        return Generators.Histories.OverTime(
            SigningNoticeBundleAggregate.Definition.Decider,
            (state, today) => Commands(state, state.Status == SigningNoticeBundleStatus.Empty ? today.Today : state.BusinessDate),
            (today, state, _) => Generators.Histories.OnItsDay(today, state.BusinessDate),
            context ?? TestContexts.Default);
    }
}
