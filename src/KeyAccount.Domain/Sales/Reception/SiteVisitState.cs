using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>The state of a visit, evolved by <see cref="SiteVisitDecider"/>.</summary>
/// <param name="Status">Where the visit stands.</param>
/// <param name="Visit">The visit.</param>
/// <param name="Project">The project.</param>
/// <param name="Specialist">The receiving specialist.</param>
/// <param name="Returning">Whether a returning customer.</param>
/// <param name="Form">The customer-information form, once recorded.</param>
/// <param name="CardNumber">The member card number, once issued.</param>
public sealed record SiteVisitState(
    SiteVisitStatus Status, SiteVisitId Visit, ProjectId Project, ActorId Specialist, bool Returning, CustomerInformationForm? Form, string? CardNumber)
{
    /// <summary>Gets the state before arrival.</summary>
    public static SiteVisitState Initial { get; } = new(SiteVisitStatus.None, default, default, default, false, null, null);
}
