using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>
/// A project's launch readiness (SITE-01): the pre-sale preparation must be complete no later than
/// <see cref="LaunchPreparationPolicy.DaysBeforeLaunch"/> days before the launch, and the launch cannot open otherwise;
/// and its sales mode (SUB-09), set once before the launch, without which sales do not open.
/// </summary>
internal sealed class SalesProjectDecider : LifecycleDecider<SalesProjectCommand, SalesProjectEvent, SalesProjectState, SalesProjectStatus, SalesProjectTrigger>
{
    private SalesProjectDecider()
        : base(SalesProjectState.Initial, SalesProjectLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static SalesProjectDecider Instance { get; } = new();

    /// <inheritdoc />
    public override SalesProjectTrigger? TriggerOf(SalesProjectEvent @event) => @event switch
    {
        ProjectRegistered => SalesProjectTrigger.Register,
        LaunchRescheduled => SalesProjectTrigger.Reschedule,
        PreparationCompleted => SalesProjectTrigger.CompletePreparation,
        SalesOpened => SalesProjectTrigger.Open,
        SalesModeSet => SalesProjectTrigger.SetMode,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not a project event.", nameof(@event)),
    };

    /// <inheritdoc />
    /// <remarks>Opening sales while the preparation is still under way fires no trigger, so that
    /// the decider refuses it with the more specific <c>sales.preparation_incomplete</c> (SITE-01, the
    /// rule the table names for that move too).</remarks>
    public override SalesProjectTrigger? TriggerOf(SalesProjectCommand command, SalesProjectState state) => command switch
    {
        RegisterProject => SalesProjectTrigger.Register,
        RescheduleLaunch => SalesProjectTrigger.Reschedule,
        CompleteLaunchPreparation => SalesProjectTrigger.CompletePreparation,
        OpenSales when state.Status == SalesProjectStatus.Preparing => null,
        OpenSales => SalesProjectTrigger.Open,
        SetSalesMode => SalesProjectTrigger.SetMode,
        _ => throw new ArgumentException($"{command?.GetType().Name} is not a project command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<SalesProjectEvent> DecideData(SalesProjectCommand command, SalesProjectState state, DecisionContext context)
    {
        var today = context.Today;
        switch (command)
        {
            case RegisterProject c:
                if (string.IsNullOrWhiteSpace(c.Name))
                {
                    return SalesMessages.Violation("SITE-01", "sales.project_name_required");
                }

                return c.LaunchDate < today
                    ? SalesMessages.Violation("SITE-01", "sales.launch_in_past", new ErrorDetail("launchDate", c.LaunchDate), new ErrorDetail("today", today))
                    : Decision<SalesProjectEvent>.Accept(new ProjectRegistered(c.Project, c.Name.Trim(), c.LaunchDate));

            case SetSalesMode c:
                return SetMode(c, state, today);

            case RescheduleLaunch c:
                return c.LaunchDate < today
                    ? SalesMessages.Violation("SITE-01", "sales.launch_in_past", new ErrorDetail("launchDate", c.LaunchDate), new ErrorDetail("today", today))
                    : Decision<SalesProjectEvent>.Accept(new LaunchRescheduled(c.LaunchDate));

            case CompleteLaunchPreparation c:
                return c.ConfirmedBy == default
                    ? SalesMessages.Violation("SITE-01", "sales.preparation_confirmer_required")
                    : Decision<SalesProjectEvent>.Accept(new PreparationCompleted(c.ConfirmedBy, today));

            case OpenSales when state.Status == SalesProjectStatus.Preparing:
                return SalesMessages.Violation("SITE-01", "sales.preparation_incomplete", new ErrorDetail("launchDate", state.LaunchDate));

            case OpenSales when state.Mode is null:
                // SUB-09: every subscription of the project reads its mode, so sales do not open without one.
                return SalesMessages.Violation("SUB-09", "sales.mode_not_set", new ErrorDetail("launchDate", state.LaunchDate));

            case OpenSales:
                // SITE-01: preparation complete no later than N days before the launch, and the launch is on its day.
                var deadline = state.PreparationDeadline(context.Policy<LaunchPreparationPolicy>());
                if (state.PreparedOn > deadline)
                {
                    return SalesMessages.Violation("SITE-01", "sales.preparation_late", new ErrorDetail("preparedOn", state.PreparedOn), new ErrorDetail("deadline", deadline), new ErrorDetail("launchDate", state.LaunchDate));
                }

                return today != state.LaunchDate
                    ? SalesMessages.Violation("SITE-01", "sales.not_launch_day", new ErrorDetail("launchDate", state.LaunchDate), new ErrorDetail("today", today))
                    : Decision<SalesProjectEvent>.Accept(new SalesOpened(today));

            default:
                throw new ArgumentException($"{command.GetType().Name} is not a project command.", nameof(command));
        }
    }

    // SUB-09: the mode is set once; the same mode again changes nothing, another one is refused. After the launch the
    // table refuses the move.
    private static Decision<SalesProjectEvent> SetMode(SetSalesMode c, SalesProjectState state, LocalDate today)
    {
        if (!Enum.IsDefined(c.Mode))
        {
            return SalesMessages.Violation("SUB-09", "sales.mode_unknown", new ErrorDetail("mode", (int)c.Mode));
        }

        return state.Mode switch
        {
            null => Decision<SalesProjectEvent>.Accept(new SalesModeSet(c.Mode, today)),
            { } set when set == c.Mode => Decision<SalesProjectEvent>.Accept(),
            { } set => SalesMessages.Violation("SUB-09", "sales.mode_already_set", new ErrorDetail("mode", set), new ErrorDetail("requested", c.Mode)),
        };
    }

    /// <inheritdoc />
    private protected override SalesProjectState Fold(SalesProjectState state, SalesProjectEvent @event) => @event switch
    {
        ProjectRegistered e => state with { Project = e.Project, Name = e.Name, LaunchDate = e.LaunchDate },
        LaunchRescheduled e => state with { LaunchDate = e.LaunchDate },
        PreparationCompleted e => state with { PreparedOn = e.CompletedOn },
        SalesOpened => state,
        SalesModeSet e => state with { Mode = e.Mode },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a project event.", nameof(@event)),
    };
}
