using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using NodaTime;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>Something that happened at reception. Wire names are declared in <see cref="ReceptionDayAggregate"/>.</summary>
[JsonDerivedType(typeof(DutyStarted), "reception.duty_started.v1")]
[JsonDerivedType(typeof(DutyEnded), "reception.duty_ended.v1")]
[JsonDerivedType(typeof(VisitorAssigned), "reception.visitor_assigned.v1")]
[JsonDerivedType(typeof(ReturningCustomerRouted), "reception.returning_customer_routed.v1")]
[JsonDerivedType(typeof(RoutedToSigning), "reception.routed_to_signing.v1")]
public abstract record ReceptionDayEvent;

/// <summary>An agent came on duty (<c>reception.duty_started.v1</c>).</summary>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The day.</param>
/// <param name="Agent">The agent.</param>
public sealed record DutyStarted(ProjectId Project, LocalDate BusinessDate, ActorId Agent) : ReceptionDayEvent;

/// <summary>An agent went off duty (<c>reception.duty_ended.v1</c>).</summary>
/// <param name="Agent">The agent.</param>
public sealed record DutyEnded(ActorId Agent) : ReceptionDayEvent;

/// <summary>A new visitor was assigned by rotation (<c>reception.visitor_assigned.v1</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Agent">The agent whose turn it was.</param>
public sealed record VisitorAssigned(SiteVisitId Visit, ActorId Agent) : ReceptionDayEvent;

/// <summary>A returning customer went to the site manager (<c>reception.returning_customer_routed.v1</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="SiteManager">The site manager.</param>
/// <param name="ServedBy">The agent who served the customer before and is on duty, to whom the manager returns them; otherwise <see langword="null"/>.</param>
public sealed record ReturningCustomerRouted(SiteVisitId Visit, ActorId SiteManager, ActorId? ServedBy) : ReceptionDayEvent;

/// <summary>A subscription holder went straight to signing, outside the rotation (<c>reception.routed_to_signing.v1</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Subscription">The subscription.</param>
public sealed record RoutedToSigning(SiteVisitId Visit, SubscriptionId Subscription) : ReceptionDayEvent;
