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
    public static AggregateDefinition<ContractReviewCommand, ContractReviewEvent, ContractReviewState, ContractReviewStatus, ContractReviewTrigger> Definition { get; } = new(
        "contract-review",
        ContractReviewDecider.Instance,
        EventCatalog<ContractReviewEvent>.Create()
            .Add("contract_review.opened.v1", ContractReviewsJsonContext.Shared.ContractReviewOpened)
            .Add("contract_review.requirements_determined.v1", ContractReviewsJsonContext.Shared.RequirementsDetermined)
            .Add("contract_review.started.v1", ContractReviewsJsonContext.Shared.ReviewStarted)
            .Add("contract_review.verdict_recorded.v1", ContractReviewsJsonContext.Shared.VerdictRecorded)
            .Add("contract_review.issue_raised.v1", ContractReviewsJsonContext.Shared.ReviewIssueRaised)
            .Add("contract_review.issue_resolved.v1", ContractReviewsJsonContext.Shared.ReviewIssueResolved)
            .Add("contract_review.approved.v1", ContractReviewsJsonContext.Shared.ContractReviewApproved)
            .Add("contract_review.rejected.v1", ContractReviewsJsonContext.Shared.ContractReviewRejected)
            .Add("contract_review.amended.v1", ContractReviewsJsonContext.Shared.ContractAmended)
            .Add("contract_review.fulfilment_decided.v1", ContractReviewsJsonContext.Shared.FulfilmentDecided)
            .Build());

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
