using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>A command on a sales site's reception day (客户分派).</summary>
public abstract record ReceptionDayCommand;

/// <summary>An agent comes on duty; agents join the rotation in the order they come on duty.</summary>
/// <param name="Project">The project (sales site).</param>
/// <param name="Agent">The sales agent.</param>
public sealed record StartDuty(ProjectId Project, ActorId Agent) : ReceptionDayCommand;

/// <summary>An agent goes off duty and leaves the rotation.</summary>
/// <param name="Agent">The sales agent.</param>
public sealed record EndDuty(ActorId Agent) : ReceptionDayCommand;

/// <summary>Assigns a new visitor to the next agent of the rotation (RCP-04).</summary>
/// <param name="Visit">The visit.</param>
public sealed record AssignNewVisitor(SiteVisitId Visit) : ReceptionDayCommand;

/// <summary>Routes a returning customer to the site manager instead of the queue (RCP-03).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="SiteManager">The site manager (案场经理) who takes the customer over.</param>
/// <param name="PreviousAgent">The agent who served the customer before, if known (RCP-04).</param>
public sealed record RouteReturningCustomer(SiteVisitId Visit, ActorId SiteManager, ActorId? PreviousAgent) : ReceptionDayCommand;

/// <summary>
/// Sends a customer who holds a subscription straight to the signing desk, without queueing (SUB-07). The host
/// passes the status of the subscription as it loaded it; only an effective subscription goes to signing.
/// </summary>
/// <param name="Visit">The visit.</param>
/// <param name="Subscription">The subscription the customer shows (认购书).</param>
/// <param name="Status">The subscription's current status.</param>
public sealed record RouteToSigning(SiteVisitId Visit, SubscriptionId Subscription, SubscriptionStatus Status) : ReceptionDayCommand;
