using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>Something that happened during a visit. Wire names are declared in <see cref="SiteVisitAggregate"/>.</summary>
[JsonDerivedType(typeof(VisitRegistered), "visit.registered.v1")]
[JsonDerivedType(typeof(CustomerInformationRecorded), "visit.information_recorded.v1")]
[JsonDerivedType(typeof(MemberCardIssued), "visit.member_card_issued.v1")]
[JsonDerivedType(typeof(VisitConverted), "visit.converted.v1")]
[JsonDerivedType(typeof(VisitClosedWithoutDeal), "visit.closed_without_deal.v1")]
public abstract record SiteVisitEvent;

/// <summary>The visitor arrived (<c>visit.registered.v1</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Project">The project.</param>
/// <param name="Specialist">The receiving specialist.</param>
/// <param name="Returning">Whether a returning customer.</param>
public sealed record VisitRegistered(SiteVisitId Visit, ProjectId Project, ActorId Specialist, bool Returning) : SiteVisitEvent;

/// <summary>The customer-information form was recorded (<c>visit.information_recorded.v1</c>).</summary>
/// <param name="Form">The form.</param>
public sealed record CustomerInformationRecorded(CustomerInformationForm Form) : SiteVisitEvent;

/// <summary>A member card was issued (<c>visit.member_card_issued.v1</c>).</summary>
/// <param name="CardNumber">The card number.</param>
/// <param name="BadgeNumber">The specialist's badge number.</param>
public sealed record MemberCardIssued(string CardNumber, string BadgeNumber) : SiteVisitEvent;

/// <summary>The visitor subscribed (<c>visit.converted.v1</c>).</summary>
/// <param name="Subscription">The subscription.</param>
public sealed record VisitConverted(SubscriptionId Subscription) : SiteVisitEvent;

/// <summary>The visitor left without a deal (<c>visit.closed_without_deal.v1</c>).</summary>
/// <param name="Reason">The non-conversion reason.</param>
public sealed record VisitClosedWithoutDeal(string Reason) : SiteVisitEvent;
