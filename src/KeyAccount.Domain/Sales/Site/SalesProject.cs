using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.StateMachines;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>Where a project (项目) stands before and at its launch (开盘).</summary>
public enum SalesProjectStatus
{
    /// <summary>Not registered.</summary>
    Unregistered = 0,

    /// <summary>Registered; the pre-sale preparation (销前准备) is under way.</summary>
    Preparing = 1,

    /// <summary>Preparation complete.</summary>
    Prepared = 2,

    /// <summary>The launch took place; sales are open. Terminal.</summary>
    Open = 3,
}

/// <summary>The triggers of the project lifecycle.</summary>
public enum SalesProjectTrigger
{
    /// <summary>The project is registered with its sales mode and launch date.</summary>
    Register = 1,

    /// <summary>The launch date is moved.</summary>
    Reschedule = 2,

    /// <summary>The pre-sale preparation is complete.</summary>
    CompletePreparation = 3,

    /// <summary>The launch opens sales.</summary>
    Open = 4,
}

/// <summary>A command on a project.</summary>
public abstract record SalesProjectCommand;

/// <summary>Registers a project with its sales mode and launch date.</summary>
/// <param name="Project">The project.</param>
/// <param name="Name">The project's name; not blank.</param>
/// <param name="Mode">Agency (代理) or underwriting (包销).</param>
/// <param name="LaunchDate">The launch date; not before today.</param>
public sealed record RegisterProject(ProjectId Project, string Name, SalesMode Mode, LocalDate LaunchDate) : SalesProjectCommand;

/// <summary>Moves the launch date before the launch.</summary>
/// <param name="LaunchDate">The new launch date; not before today.</param>
public sealed record RescheduleLaunch(LocalDate LaunchDate) : SalesProjectCommand;

/// <summary>Records that the pre-sale preparation is complete, on the context's day.</summary>
/// <param name="ConfirmedBy">The site manager who confirms it.</param>
public sealed record CompleteLaunchPreparation(ActorId ConfirmedBy) : SalesProjectCommand;

/// <summary>Opens sales on the launch date; preparation must have been complete in time (SITE-01).</summary>
public sealed record OpenSales : SalesProjectCommand;

/// <summary>Something that happened to a project.</summary>
public abstract record SalesProjectEvent;

/// <summary>The project was registered (<c>project.registered.v1</c>).</summary>
/// <param name="Project">The project.</param>
/// <param name="Name">The name.</param>
/// <param name="Mode">The sales mode.</param>
/// <param name="LaunchDate">The launch date.</param>
public sealed record ProjectRegistered(ProjectId Project, string Name, SalesMode Mode, LocalDate LaunchDate) : SalesProjectEvent;

/// <summary>The launch date moved (<c>project.launch_rescheduled.v1</c>).</summary>
/// <param name="LaunchDate">The new launch date.</param>
public sealed record LaunchRescheduled(LocalDate LaunchDate) : SalesProjectEvent;

/// <summary>The preparation was completed (<c>project.preparation_completed.v1</c>).</summary>
/// <param name="ConfirmedBy">Who confirmed it.</param>
/// <param name="CompletedOn">The day it was complete.</param>
public sealed record PreparationCompleted(ActorId ConfirmedBy, LocalDate CompletedOn) : SalesProjectEvent;

/// <summary>Sales opened at the launch (<c>project.sales_opened.v1</c>).</summary>
/// <param name="OpenedOn">The launch day.</param>
public sealed record SalesOpened(LocalDate OpenedOn) : SalesProjectEvent;

/// <summary>The state of a project.</summary>
/// <param name="Status">Where the project stands.</param>
/// <param name="Project">The project.</param>
/// <param name="Name">The name.</param>
/// <param name="Mode">The sales mode.</param>
/// <param name="LaunchDate">The launch date.</param>
/// <param name="PreparedOn">The day the preparation was complete, if it is.</param>
public sealed record SalesProjectState(SalesProjectStatus Status, ProjectId Project, string Name, SalesMode Mode, LocalDate LaunchDate, LocalDate? PreparedOn)
{
    /// <summary>Gets the state of an unregistered project.</summary>
    public static SalesProjectState Initial { get; } = new(SalesProjectStatus.Unregistered, default, string.Empty, SalesMode.Agency, default, null);

    /// <summary>Gets the last day the preparation may be completed for the current launch date (SITE-01).</summary>
    /// <param name="policy">The lead-time policy.</param>
    /// <returns>The launch date minus the policy's days.</returns>
    public LocalDate PreparationDeadline(LaunchPreparationPolicy policy) =>
        LaunchDate.PlusDays(-Preconditions.CheckNotNull(policy).DaysBeforeLaunch);
}

/// <summary>
/// A project's launch readiness (SITE-01): the pre-sale preparation must be complete no later than
/// <see cref="LaunchPreparationPolicy.DaysBeforeLaunch"/> days before the launch, and the launch cannot open otherwise.
/// </summary>
public sealed class SalesProjectDecider : IDecider<SalesProjectCommand, SalesProjectEvent, SalesProjectState>
{
    /// <summary>Gets the one instance.</summary>
    public static SalesProjectDecider Instance { get; } = new();

    /// <summary>Gets the lifecycle table; <c>docs/diagrams/sales-project.*</c> is generated from it.</summary>
    public static Lifecycle<SalesProjectStatus, SalesProjectTrigger> Lifecycle { get; } =
        StateMachines.Lifecycle.Define<SalesProjectStatus, SalesProjectTrigger>("sales-project", SalesProjectStatus.Unregistered, "SITE-01")
            .Permit(SalesProjectStatus.Unregistered, SalesProjectTrigger.Register, SalesProjectStatus.Preparing)
            .Permit(SalesProjectStatus.Preparing, SalesProjectTrigger.Reschedule, SalesProjectStatus.Preparing, "SITE-01")
            .Permit(SalesProjectStatus.Prepared, SalesProjectTrigger.Reschedule, SalesProjectStatus.Prepared, "SITE-01")
            .Permit(SalesProjectStatus.Preparing, SalesProjectTrigger.CompletePreparation, SalesProjectStatus.Prepared, "SITE-01")
            .Permit(SalesProjectStatus.Prepared, SalesProjectTrigger.Open, SalesProjectStatus.Open, "SITE-01")
            .Build();

    /// <inheritdoc />
    public SalesProjectState Initial => SalesProjectState.Initial;

    /// <inheritdoc />
    public Decision<SalesProjectEvent> Decide(SalesProjectCommand command, SalesProjectState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        var today = context.Today;
        var trigger = command switch
        {
            RegisterProject => SalesProjectTrigger.Register,
            RescheduleLaunch => SalesProjectTrigger.Reschedule,
            CompleteLaunchPreparation => SalesProjectTrigger.CompletePreparation,
            OpenSales => SalesProjectTrigger.Open,
            _ => throw new ArgumentException($"{command.GetType().Name} is not a project command.", nameof(command)),
        };
        if (state.Status == SalesProjectStatus.Preparing && trigger == SalesProjectTrigger.Open)
        {
            return SalesMessages.Violation("SITE-01", "sales.preparation_incomplete", new ErrorDetail("launchDate", state.LaunchDate));
        }

        if (Lifecycle.Check(state.Status, trigger) is { } illegal)
        {
            return illegal;
        }

        switch (command)
        {
            case RegisterProject c:
                if (string.IsNullOrWhiteSpace(c.Name))
                {
                    return SalesMessages.Violation("SITE-01", "sales.project_name_required");
                }

                return c.LaunchDate < today
                    ? SalesMessages.Violation("SITE-01", "sales.launch_in_past", new ErrorDetail("launchDate", c.LaunchDate), new ErrorDetail("today", today))
                    : Decision<SalesProjectEvent>.Accept(new ProjectRegistered(c.Project, c.Name.Trim(), c.Mode, c.LaunchDate));

            case RescheduleLaunch c:
                return c.LaunchDate < today
                    ? SalesMessages.Violation("SITE-01", "sales.launch_in_past", new ErrorDetail("launchDate", c.LaunchDate), new ErrorDetail("today", today))
                    : Decision<SalesProjectEvent>.Accept(new LaunchRescheduled(c.LaunchDate));

            case CompleteLaunchPreparation c:
                return c.ConfirmedBy == default
                    ? SalesMessages.Violation("SITE-01", "sales.preparation_confirmer_required")
                    : Decision<SalesProjectEvent>.Accept(new PreparationCompleted(c.ConfirmedBy, today));

            default:
                // SITE-01: preparation complete no later than N days before the launch, and the launch is on its day.
                var deadline = state.PreparationDeadline(context.Policy<LaunchPreparationPolicy>());
                if (state.PreparedOn > deadline)
                {
                    return SalesMessages.Violation("SITE-01", "sales.preparation_late", new ErrorDetail("preparedOn", state.PreparedOn), new ErrorDetail("deadline", deadline), new ErrorDetail("launchDate", state.LaunchDate));
                }

                return today != state.LaunchDate
                    ? SalesMessages.Violation("SITE-01", "sales.not_launch_day", new ErrorDetail("launchDate", state.LaunchDate), new ErrorDetail("today", today))
                    : Decision<SalesProjectEvent>.Accept(new SalesOpened(today));
        }
    }

    /// <inheritdoc />
    public SalesProjectState Evolve(SalesProjectState state, SalesProjectEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            ProjectRegistered e => state with { Status = SalesProjectStatus.Preparing, Project = e.Project, Name = e.Name, Mode = e.Mode, LaunchDate = e.LaunchDate },
            LaunchRescheduled e => state with { LaunchDate = e.LaunchDate },
            PreparationCompleted e => state with { Status = SalesProjectStatus.Prepared, PreparedOn = e.CompletedOn },
            SalesOpened => state with { Status = SalesProjectStatus.Open },
            _ => throw new ArgumentException($"{@event?.GetType().Name} is not a project event.", nameof(@event)),
        };
    }
}
