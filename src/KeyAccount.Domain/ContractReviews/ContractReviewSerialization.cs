using System;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>The wire names of the contract register's events, their serializer and the ISO clause each serves.</summary>
public static class ContractRegisterEvents
{
    private static readonly ContractReviewsJsonContext Json = new(KeyAccountJson.CreateOptions());

    /// <summary>Gets the catalogue: <c>contract_register.registered.v1</c>.</summary>
    public static EventCatalog<ContractRegisterEvent> Catalog { get; } = EventCatalog<ContractRegisterEvent>.Create()
        .Add("contract_register.registered.v1", Json.ContractRegistered)
        .Build();

    /// <summary>Gets the serializer of the register's event envelopes.</summary>
    public static EventSerializer<ContractRegisterEvent> Serializer { get; } = new(Catalog);

    /// <summary>Returns the ISO 9001:2015 clause an event is evidence for: the register is controlled documented information (7.5.3).</summary>
    /// <param name="event">The event.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentException">The event is not one of the register's.</exception>
    public static IsoClause ClauseOf(ContractRegisterEvent @event) => @event switch
    {
        ContractRegistered => IsoClause.ControlOfDocumentedInformation,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a contract register event.", nameof(@event)),
    };
}

/// <summary>The wire names of the contract review's events, their serializer and the ISO clause each serves.</summary>
public static class ContractReviewEvents
{
    private static readonly ContractReviewsJsonContext Json = new(KeyAccountJson.CreateOptions());

    /// <summary>Gets the catalogue of <c>contract_review.*.v1</c> events.</summary>
    public static EventCatalog<ContractReviewEvent> Catalog { get; } = EventCatalog<ContractReviewEvent>.Create()
        .Add("contract_review.opened.v1", Json.ContractReviewOpened)
        .Add("contract_review.requirements_determined.v1", Json.RequirementsDetermined)
        .Add("contract_review.started.v1", Json.ReviewStarted)
        .Add("contract_review.verdict_recorded.v1", Json.VerdictRecorded)
        .Add("contract_review.issue_raised.v1", Json.ReviewIssueRaised)
        .Add("contract_review.issue_resolved.v1", Json.ReviewIssueResolved)
        .Add("contract_review.approved.v1", Json.ContractReviewApproved)
        .Add("contract_review.rejected.v1", Json.ContractReviewRejected)
        .Add("contract_review.amended.v1", Json.ContractAmended)
        .Add("contract_review.fulfilment_decided.v1", Json.FulfilmentDecided)
        .Build();

    /// <summary>Gets the serializer of the review's event envelopes.</summary>
    public static EventSerializer<ContractReviewEvent> Serializer { get; } = new(Catalog);

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
