using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>A command on a visit.</summary>
public abstract record SiteVisitCommand;

/// <summary>Registers a visitor's arrival, received by a customer service specialist.</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Project">The project (sales site).</param>
/// <param name="Specialist">The specialist receiving the visitor.</param>
/// <param name="Returning">Whether the visitor is a returning customer (老客户).</param>
public sealed record RegisterVisit(SiteVisitId Visit, ProjectId Project, ActorId Specialist, bool Returning) : SiteVisitCommand;

/// <summary>Records the customer-information form.</summary>
/// <param name="Form">The form as filled in.</param>
public sealed record RecordCustomerInformation(CustomerInformationForm Form) : SiteVisitCommand;

/// <summary>Issues a member card against the complete form and the specialist's badge number (RCP-02).</summary>
/// <param name="CardNumber">The member card number.</param>
/// <param name="BadgeNumber">The specialist's badge number (工号牌).</param>
public sealed record IssueMemberCard(string CardNumber, string BadgeNumber) : SiteVisitCommand;

/// <summary>Records that the visitor subscribed.</summary>
/// <param name="Subscription">The subscription drafted.</param>
public sealed record RecordDeal(SubscriptionId Subscription) : SiteVisitCommand;

/// <summary>Closes a visit that ended without a deal, with the reason (RCP-01).</summary>
/// <param name="Reason">Why the visitor did not buy; not blank.</param>
public sealed record CloseVisitWithoutDeal(string Reason) : SiteVisitCommand;
