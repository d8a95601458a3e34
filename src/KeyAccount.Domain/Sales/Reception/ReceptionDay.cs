using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using NodaTime;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>A command on a sales site's reception day (客户分派).</summary>
public abstract record ReceptionCommand;

/// <summary>An agent comes on duty; agents join the rotation in the order they come on duty.</summary>
/// <param name="Project">The project (sales site).</param>
/// <param name="Agent">The sales agent.</param>
public sealed record StartDuty(ProjectId Project, ActorId Agent) : ReceptionCommand;

/// <summary>An agent goes off duty and leaves the rotation.</summary>
/// <param name="Agent">The sales agent.</param>
public sealed record EndDuty(ActorId Agent) : ReceptionCommand;

/// <summary>Assigns a new visitor to the next agent of the rotation (RCP-04).</summary>
/// <param name="Visit">The visit.</param>
public sealed record AssignNewVisitor(SiteVisitId Visit) : ReceptionCommand;

/// <summary>Routes a returning customer to the site manager instead of the queue (RCP-03).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="SiteManager">The site manager (案场经理) who takes the customer over.</param>
/// <param name="PreviousAgent">The agent who served the customer before, if known (RCP-04).</param>
public sealed record RouteReturningCustomer(SiteVisitId Visit, ActorId SiteManager, ActorId? PreviousAgent) : ReceptionCommand;

/// <summary>
/// Sends a customer who holds a subscription straight to the signing desk, without queueing (SUB-07). The host
/// passes the status of the subscription as it loaded it; only an effective subscription goes to signing.
/// </summary>
/// <param name="Visit">The visit.</param>
/// <param name="Subscription">The subscription the customer shows (认购书).</param>
/// <param name="Status">The subscription's current status.</param>
public sealed record RouteToSigning(SiteVisitId Visit, SubscriptionId Subscription, SubscriptionStatus Status) : ReceptionCommand;

/// <summary>Something that happened at reception.</summary>
public abstract record ReceptionEvent;

/// <summary>An agent came on duty (<c>reception.duty_started.v1</c>).</summary>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The day.</param>
/// <param name="Agent">The agent.</param>
public sealed record DutyStarted(ProjectId Project, LocalDate BusinessDate, ActorId Agent) : ReceptionEvent;

/// <summary>An agent went off duty (<c>reception.duty_ended.v1</c>).</summary>
/// <param name="Agent">The agent.</param>
public sealed record DutyEnded(ActorId Agent) : ReceptionEvent;

/// <summary>A new visitor was assigned by rotation (<c>reception.visitor_assigned.v1</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Agent">The agent whose turn it was.</param>
public sealed record VisitorAssigned(SiteVisitId Visit, ActorId Agent) : ReceptionEvent;

/// <summary>A returning customer went to the site manager (<c>reception.returning_customer_routed.v1</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="SiteManager">The site manager.</param>
/// <param name="ServedBy">The agent who served the customer before and is on duty, to whom the manager returns them; otherwise <see langword="null"/>.</param>
public sealed record ReturningCustomerRouted(SiteVisitId Visit, ActorId SiteManager, ActorId? ServedBy) : ReceptionEvent;

/// <summary>A subscription holder went straight to signing, outside the rotation (<c>reception.routed_to_signing.v1</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Subscription">The subscription.</param>
public sealed record RoutedToSigning(SiteVisitId Visit, SubscriptionId Subscription) : ReceptionEvent;

/// <summary>The state of a reception day.</summary>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The day.</param>
/// <param name="OnDuty">The agents on duty, in rotation order.</param>
/// <param name="NewVisitors">How many new visitors each agent received today (kept when an agent goes off duty).</param>
/// <param name="LastAssigned">The agent who received the last new visitor.</param>
/// <param name="Visits">The visits already assigned or routed.</param>
public sealed record ReceptionDayState(
    ProjectId Project, LocalDate BusinessDate, ImmutableList<ActorId> OnDuty, ImmutableDictionary<ActorId, int> NewVisitors, ActorId? LastAssigned, ImmutableHashSet<SiteVisitId> Visits)
{
    /// <summary>Gets the state of a day before anyone is on duty.</summary>
    public static ReceptionDayState Initial { get; } = new(default, default, [], ImmutableDictionary<ActorId, int>.Empty, null, []);

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

/// <summary>
/// The reception day of a sales site (客户分派流程): new visitors go to the on-duty agents in rotation, the one with
/// the fewest new visitors first, so no agent gets two more than another (RCP-04); returning customers go to the
/// site manager, not the queue (RCP-03), and back to the agent who served them when that agent is on duty; a holder
/// of an effective subscription goes straight to signing (SUB-07).
/// One stream per project and day (<see cref="StreamOf"/>).
/// </summary>
public sealed class ReceptionDayDecider : IDecider<ReceptionCommand, ReceptionEvent, ReceptionDayState>
{
    /// <summary>Gets the one instance.</summary>
    public static ReceptionDayDecider Instance { get; } = new();

    /// <inheritdoc />
    public ReceptionDayState Initial => ReceptionDayState.Initial;

    /// <summary>Gets the stream of a project's reception day.</summary>
    /// <param name="project">The project.</param>
    /// <param name="businessDate">The day.</param>
    /// <returns>The stream <c>reception-{project}-{yyyyMMdd}</c>.</returns>
    public static StreamId StreamOf(ProjectId project, LocalDate businessDate) =>
        new(string.Create(CultureInfo.InvariantCulture, $"reception-{project.Value:N}-{businessDate.Year:D4}{businessDate.Month:D2}{businessDate.Day:D2}"));

    /// <inheritdoc />
    public Decision<ReceptionEvent> Decide(ReceptionCommand command, ReceptionDayState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        switch (command)
        {
            case StartDuty c:
                if (c.Agent == default)
                {
                    return SalesMessages.Violation("RCP-04", "sales.agent_required");
                }

                return state.OnDuty.Contains(c.Agent)
                    ? Decision<ReceptionEvent>.Accept()
                    : Decision<ReceptionEvent>.Accept(new DutyStarted(c.Project, context.Today, c.Agent));

            case EndDuty c:
                return state.OnDuty.Contains(c.Agent)
                    ? Decision<ReceptionEvent>.Accept(new DutyEnded(c.Agent))
                    : SalesMessages.Violation("RCP-04", "sales.agent_not_on_duty", new ErrorDetail("agent", c.Agent));

            case AssignNewVisitor c:
                if (state.Visits.Contains(c.Visit))
                {
                    return SalesMessages.Violation("RCP-04", "sales.visitor_already_assigned", new ErrorDetail("visit", c.Visit));
                }

                return state.NextInRotation is { } agent
                    ? Decision<ReceptionEvent>.Accept(new VisitorAssigned(c.Visit, agent))
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
                return Decision<ReceptionEvent>.Accept(new ReturningCustomerRouted(c.Visit, c.SiteManager, servedBy));

            case RouteToSigning c:
                if (state.Visits.Contains(c.Visit))
                {
                    return SalesMessages.Violation("SUB-07", "sales.visitor_already_assigned", new ErrorDetail("visit", c.Visit));
                }

                // SUB-07: the holder of an effective subscription signs without queueing; anything else is not a signing.
                return c.Status == SubscriptionStatus.Effective
                    ? Decision<ReceptionEvent>.Accept(new RoutedToSigning(c.Visit, c.Subscription))
                    : SalesMessages.Violation("SUB-07", "sales.subscription_not_signable", new ErrorDetail("subscription", c.Subscription), new ErrorDetail("status", c.Status));

            default:
                throw new ArgumentException($"{command.GetType().Name} is not a reception command.", nameof(command));
        }
    }

    /// <inheritdoc />
    public ReceptionDayState Evolve(ReceptionDayState state, ReceptionEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            DutyStarted e => state with { Project = e.Project, BusinessDate = e.BusinessDate, OnDuty = state.OnDuty.Add(e.Agent) },
            DutyEnded e => state with { OnDuty = state.OnDuty.Remove(e.Agent) },
            VisitorAssigned e => state with
            {
                NewVisitors = state.NewVisitors.SetItem(e.Agent, state.NewVisitorsOf(e.Agent) + 1), LastAssigned = e.Agent, Visits = state.Visits.Add(e.Visit),
            },
            ReturningCustomerRouted e => state with { Visits = state.Visits.Add(e.Visit) },
            RoutedToSigning e => state with { Visits = state.Visits.Add(e.Visit) },
            _ => throw new ArgumentException($"{@event?.GetType().Name} is not a reception event.", nameof(@event)),
        };
    }
}
