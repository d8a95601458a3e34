using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>
/// The reception day of a sales site (客户分派流程): new visitors go to the on-duty agents in rotation, the one with
/// the fewest new visitors first, so no agent gets two more than another (RCP-04); returning customers go to the
/// site manager, not the queue (RCP-03), and back to the agent who served them when that agent is on duty; a holder
/// of an effective subscription goes straight to signing (SUB-07).
/// One stream per project and day (<see cref="ReceptionDayAggregate.StreamOf"/>).
/// </summary>
internal sealed class ReceptionDayDecider : LifecycleDecider<ReceptionDayCommand, ReceptionDayEvent, ReceptionDayState, ReceptionDayStatus, ReceptionDayTrigger>
{
    private ReceptionDayDecider()
        : base(ReceptionDayState.Initial, ReceptionDayLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static ReceptionDayDecider Instance { get; } = new();

    /// <inheritdoc />
    public override ReceptionDayTrigger? TriggerOf(ReceptionDayEvent @event) => @event switch
    {
        DutyStarted => ReceptionDayTrigger.StartDuty,
        DutyEnded => ReceptionDayTrigger.EndDuty,
        VisitorAssigned => ReceptionDayTrigger.AssignVisitor,
        ReturningCustomerRouted => ReceptionDayTrigger.RouteReturningCustomer,
        RoutedToSigning => ReceptionDayTrigger.RouteToSigning,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not a reception event.", nameof(@event)),
    };

    /// <inheritdoc />
    /// <remarks>Going off duty or assigning a new visitor before the day has opened fires no trigger, so that the
    /// decider refuses it with the more specific <c>sales.agent_not_on_duty</c> or <c>sales.nobody_on_duty</c>
    /// (RCP-04, the rule the table names for those moves too).</remarks>
    public override ReceptionDayTrigger? TriggerOf(ReceptionDayCommand command, ReceptionDayState state) => command switch
    {
        StartDuty => ReceptionDayTrigger.StartDuty,
        EndDuty or AssignNewVisitor when state.Status == ReceptionDayStatus.None => null,
        EndDuty => ReceptionDayTrigger.EndDuty,
        AssignNewVisitor => ReceptionDayTrigger.AssignVisitor,
        RouteReturningCustomer => ReceptionDayTrigger.RouteReturningCustomer,
        RouteToSigning => ReceptionDayTrigger.RouteToSigning,
        _ => throw new ArgumentException($"{command?.GetType().Name} is not a reception command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<ReceptionDayEvent> DecideData(ReceptionDayCommand command, ReceptionDayState state, DecisionContext context)
    {
        switch (command)
        {
            case StartDuty c:
                if (c.Agent == default)
                {
                    return SalesMessages.Violation("RCP-04", "sales.agent_required");
                }

                // Coming on duty again changes nothing, so a retried start is harmless.
                return state.OnDuty.Contains(c.Agent)
                    ? Decision<ReceptionDayEvent>.Accept()
                    : Decision<ReceptionDayEvent>.Accept(new DutyStarted(c.Project, context.Today, c.Agent));

            case EndDuty c:
                return state.OnDuty.Contains(c.Agent)
                    ? Decision<ReceptionDayEvent>.Accept(new DutyEnded(c.Agent))
                    : SalesMessages.Violation("RCP-04", "sales.agent_not_on_duty", new ErrorDetail("agent", c.Agent));

            case AssignNewVisitor c:
                if (state.Visits.Contains(c.Visit))
                {
                    return SalesMessages.Violation("RCP-04", "sales.visitor_already_assigned", new ErrorDetail("visit", c.Visit));
                }

                return state.NextInRotation is { } agent
                    ? Decision<ReceptionDayEvent>.Accept(new VisitorAssigned(c.Visit, agent))
                    : SalesMessages.Violation("RCP-04", "sales.nobody_on_duty");

            case RouteReturningCustomer c:
                if (state.Visits.Contains(c.Visit))
                {
                    return SalesMessages.Violation("RCP-03", "sales.visitor_already_assigned", new ErrorDetail("visit", c.Visit));
                }

                if (c.SiteManager == default)
                {
                    return SalesMessages.Violation("RCP-03", "sales.site_manager_required");
                }

                var servedBy = c.PreviousAgent is { } previous && state.OnDuty.Contains(previous) ? previous : (ActorId?)null;
                return Decision<ReceptionDayEvent>.Accept(new ReturningCustomerRouted(c.Visit, c.SiteManager, servedBy));

            case RouteToSigning c:
                if (state.Visits.Contains(c.Visit))
                {
                    return SalesMessages.Violation("SUB-07", "sales.visitor_already_assigned", new ErrorDetail("visit", c.Visit));
                }

                // SUB-07: the holder of an effective subscription signs without queueing; anything else is not a signing.
                return c.Status == SubscriptionStatus.Effective
                    ? Decision<ReceptionDayEvent>.Accept(new RoutedToSigning(c.Visit, c.Subscription))
                    : SalesMessages.Violation("SUB-07", "sales.subscription_not_signable", new ErrorDetail("subscription", c.Subscription), new ErrorDetail("status", c.Status));

            default:
                throw new ArgumentException($"{command.GetType().Name} is not a reception command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override ReceptionDayState Fold(ReceptionDayState state, ReceptionDayEvent @event) => @event switch
    {
        DutyStarted e => state with { Project = e.Project, BusinessDate = e.BusinessDate, OnDuty = state.OnDuty.Add(e.Agent) },
        DutyEnded e => state with { OnDuty = state.OnDuty.Remove(e.Agent) },
        VisitorAssigned e => state with
        {
            NewVisitors = state.NewVisitors.SetItem(e.Agent, state.NewVisitorsOf(e.Agent) + 1), LastAssigned = e.Agent, Visits = state.Visits.Add(e.Visit),
        },
        ReturningCustomerRouted e => state with { Visits = state.Visits.Add(e.Visit) },
        RoutedToSigning e => state with { Visits = state.Visits.Add(e.Visit) },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a reception event.", nameof(@event)),
    };
}
