using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Testing.Fixtures;

/// <summary>
/// Two projects whose sales opened on 2025-03-03, one sold by agency and one by underwriting, as the sources a
/// subscription's draft reads its sales mode from (SUB-09, GEN-11). <see cref="TestContexts"/> supplies both; a context
/// of <see cref="DecisionContextBuilder"/> supplies them after <see cref="WithOpenProjects"/>.
/// </summary>
public static class TestProjects
{
    /// <summary>Gets the project sold by agency (代理).</summary>
    public static ProjectId Agency { get; } = ProjectId.From(Guid.Parse("0a6e0c1d-0000-4000-8000-000000000001"));

    /// <summary>Gets the project sold by underwriting (包销).</summary>
    public static ProjectId Underwriting { get; } = ProjectId.From(Guid.Parse("0b5e6c1d-2f3a-4b8c-8d9e-1a2b3c4d5e6f"));

    /// <summary>Gets the day both projects opened sales.</summary>
    public static LocalDate Launch { get; } = new(2025, 3, 3);

    /// <summary>Returns the project of a sales mode.</summary>
    /// <param name="mode">The sales mode.</param>
    /// <returns><see cref="Agency"/> or <see cref="Underwriting"/>.</returns>
    public static ProjectId Of(SalesMode mode) => mode == SalesMode.Agency ? Agency : Underwriting;

    /// <summary>Returns the events of a project registered, its mode set and its preparation complete a week before the
    /// launch, and its sales opened on <see cref="Launch"/>.</summary>
    /// <param name="project">The project.</param>
    /// <param name="mode">Its sales mode.</param>
    /// <returns>The events, in order.</returns>
    public static SalesProjectEvent[] Opened(ProjectId project, SalesMode mode) =>
    [
        new ProjectRegistered(project, mode == SalesMode.Agency ? "滨江花园" : "翠湖华府", Launch),
        new SalesModeSet(mode, Launch.PlusDays(-7)),
        new PreparationCompleted(new ActorId("SM-01"), Launch.PlusDays(-7)),
        new SalesOpened(Launch),
    ];

    /// <summary>Returns the context with a project's state replayed from its events as a source.</summary>
    /// <param name="context">The context.</param>
    /// <param name="project">The project.</param>
    /// <param name="events">The project's events.</param>
    /// <returns>The context carrying the project at the version of its last event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DecisionContext WithProject(this DecisionContext context, ProjectId project, params SalesProjectEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        return context.WithSource(SalesProjectAggregate.StreamOf(project), events.Length, SalesProjectAggregate.Definition.Decider.Replay(events));
    }

    /// <summary>Returns the context with both open projects as sources.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The context carrying <see cref="Agency"/> and <see cref="Underwriting"/>.</returns>
    public static DecisionContext WithOpenProjects(this DecisionContext context) =>
        context.WithProject(Agency, Opened(Agency, SalesMode.Agency)).WithProject(Underwriting, Opened(Underwriting, SalesMode.Underwriting));
}
