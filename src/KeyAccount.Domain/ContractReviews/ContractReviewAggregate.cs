using System;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>The contract review (合同评审) aggregate, guardian of CR-01 … CR-06: its definition, event wire names,
/// stream naming and the ISO clause each event is evidence for.</summary>
public static class ContractReviewAggregate
{
    /// <summary>Gets the definition: the <c>contract_review.*.v1</c> events.</summary>
    public static AggregateDefinition<ContractReviewCommand, ContractReviewEvent, ContractReviewState, ContractReviewStatus> Definition { get; } = AggregateDefinition.Of(
        "contract-review",
        ContractReviewDecider.Instance,
        EventCatalog<ContractReviewEvent>.FromDerivedTypes(ContractReviewsJsonContext.Shared));

    /// <summary>Returns the departments whose verdicts a review on a route needs (CR-03): production, technology,
    /// finance and quality for special requirements, none for a standard contract.</summary>
    /// <param name="route">The review route.</param>
    /// <returns>The departments.</returns>
    public static System.Collections.Immutable.ImmutableArray<Department> RequiredVerdictsFor(ReviewRoute route) => ContractReviewDecider.RequiredVerdictsFor(route);

    /// <summary>Returns who approves a review on a route (CR-04): general management for special requirements,
    /// sales for a standard contract.</summary>
    /// <param name="route">The review route.</param>
    /// <returns>The approving department.</returns>
    public static Department ApproverFor(ReviewRoute route) => ContractReviewDecider.ApproverFor(route);

    /// <summary>Gets the stream a review's events are kept in.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The stream <c>contract-review-{id}</c>.</returns>
    public static StreamId StreamOf(ContractReviewId review) => Definition.StreamOf(review);

    /// <summary>
    /// Returns the ISO 9001:2015 clause an event is evidence for: requirements 8.2.2, the review itself (start, verdicts,
    /// differences, approval, rejection) 8.2.3, amendments 8.2.4, the shipment decision 8.6.
    /// </summary>
    /// <param name="event">The event.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentException">The event is not one of the review's.</exception>
    public static IsoClause ClauseOf(ContractReviewEvent @event) => @event switch
    {
        ContractReviewOpened => IsoClause.ReviewOfRequirements,
        RequirementsDetermined => IsoClause.DeterminingRequirements,
        ReviewStarted or VerdictRecorded or ReviewIssueRaised or ReviewIssueResolved or ContractReviewApproved or ContractReviewRejected => IsoClause.ReviewOfRequirements,
        ContractAmended => IsoClause.ChangesToRequirements,
        FulfilmentDecided => IsoClause.ReleaseOfProducts,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a contract review event.", nameof(@event)),
    };
}
