using System;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Sales;

/// <summary>FsCheck generators for sales projects: candidate commands for a state and valid project histories.</summary>
/// <remarks>
/// Histories move over time. Sales open on the launch day only, with preparation complete
/// <see cref="LaunchPreparationPolicy.DaysBeforeLaunch"/> days before (SITE-01), so a history opens sales when its clock
/// reaches a launch day after preparations completed in time.
/// </remarks>
public static class SalesProjectGenerators
{
    /// <summary>Gets project names such as <c>滨江花园二期</c>.</summary>
    public static Gen<string> Name { get; } =
        from place in Gen.Elements("滨江", "翠湖", "金桥", "锦绣", "东方", "龙湾")
        from kind in Gen.Elements("花园", "华府", "公馆", "名苑")
        from phase in Gen.Elements("", "一期", "二期", "三期")
        select place + kind + phase;

    /// <summary>Returns candidate commands for a state, with launch dates around <see cref="TestContexts.Default"/>'s day.</summary>
    /// <param name="state">The state so far.</param>
    /// <returns>The generator.</returns>
    public static Gen<SalesProjectCommand> Commands(SalesProjectState state) => Commands(state, TestContexts.Default.Today);

    /// <summary>
    /// Returns candidate commands for a state: registrations (sometimes unnamed or launching in the past),
    /// reschedules, completed preparations (sometimes unconfirmed), the sales mode (set once, SUB-09) and openings; launch dates are today or soon after,
    /// sometimes in the past.
    /// </summary>
    /// <param name="state">The state so far.</param>
    /// <param name="today">The day the commands are decided on.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<SalesProjectCommand> Commands(SalesProjectState state, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var launch = Gen.Frequency((3, Gen.Constant(today)), (6, Gen.Choose(1, 60).Select(today.PlusDays)), (1, Gen.Choose(1, 30).Select(d => today.PlusDays(-d))));
        var register =
            from project in KernelGenerators.Identifier<ProjectId>()
            from name in Gen.Frequency((8, Name), (1, Gen.Constant(" ")))
            from date in launch
            select (SalesProjectCommand)new RegisterProject(project, name, date);
        var confirmer = Gen.Frequency((8, KernelGenerators.Actor), (1, Gen.Constant(default(ActorId))));
        return Gen.Frequency(
            (state.Status == SalesProjectStatus.Unregistered ? 10 : 1, register),
            (3, launch.Select(d => (SalesProjectCommand)new RescheduleLaunch(d))),
            (state.Status == SalesProjectStatus.Preparing ? 6 : 1, confirmer.Select(a => (SalesProjectCommand)new CompleteLaunchPreparation(a))),
            (state.Status != SalesProjectStatus.Unregistered && state.Mode is null ? 6 : 1, Gen.Elements(SalesMode.Agency, SalesMode.Underwriting).Select(m => (SalesProjectCommand)new SetSalesMode(m))),
            (state.Status == SalesProjectStatus.Prepared ? 6 : 1, Gen.Constant((SalesProjectCommand)new OpenSales())));
    }

    /// <summary>Returns a generator of valid project histories over time (see <see cref="Generators.Histories"/>), from the
    /// context's day on: launches are reached on their day, after preparations completed in time or not (SITE-01).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<SalesProjectCommand, SalesProjectEvent, SalesProjectState>> Histories(DecisionContext? context = null)
    {
        // Over time, so that a launch day (SITE-01) is reached: each candidate's launch dates count from its own day.
        return Generators.Histories.OverTime(
            SalesProjectAggregate.Definition.Decider, (state, today) => Commands(state, today.Today), (today, _, _) => today, context ?? TestContexts.Default);
    }
}
