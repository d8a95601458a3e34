using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>An event of a contract review.</summary>
[JsonDerivedType(typeof(ContractReviewOpened), "contract_review.opened.v1")]
[JsonDerivedType(typeof(RequirementsDetermined), "contract_review.requirements_determined.v1")]
[JsonDerivedType(typeof(ReviewStarted), "contract_review.started.v1")]
[JsonDerivedType(typeof(VerdictRecorded), "contract_review.verdict_recorded.v1")]
[JsonDerivedType(typeof(ReviewIssueRaised), "contract_review.issue_raised.v1")]
[JsonDerivedType(typeof(ReviewIssueResolved), "contract_review.issue_resolved.v1")]
[JsonDerivedType(typeof(ContractReviewApproved), "contract_review.approved.v1")]
[JsonDerivedType(typeof(ContractReviewRejected), "contract_review.rejected.v1")]
[JsonDerivedType(typeof(ContractAmended), "contract_review.amended.v1")]
[JsonDerivedType(typeof(FulfilmentDecided), "contract_review.fulfilment_decided.v1")]
public abstract record ContractReviewEvent
{
    private protected ContractReviewEvent()
    {
    }
}

/// <summary>A review was opened for a registered contract.</summary>
/// <param name="Review">The review.</param>
/// <param name="Register">The register that numbered the contract.</param>
/// <param name="SerialNumber">The contract's serial number (CR-01).</param>
/// <param name="Account">The customer's account.</param>
/// <param name="OpenedOn">The business day.</param>
public sealed record ContractReviewOpened(ContractReviewId Review, ContractRegisterId Register, long SerialNumber, AccountId Account, LocalDate OpenedOn) : ContractReviewEvent;

/// <summary>The requirements were recorded (CR-02).</summary>
/// <param name="Requirements">The requirements as determined.</param>
public sealed record RequirementsDetermined(ContractRequirements Requirements) : ContractReviewEvent;

/// <summary>The review started on complete requirements, on a route (CR-02, CR-03).</summary>
/// <param name="Route">Standard or special requirements.</param>
/// <param name="RequiredVerdicts">The departments whose verdicts approval needs (none on the standard route).</param>
/// <param name="StartedOn">The business day.</param>
public sealed record ReviewStarted(ReviewRoute Route, IReadOnlyList<Department> RequiredVerdicts, LocalDate StartedOn) : ContractReviewEvent
{
    /// <inheritdoc />
    public bool Equals(ReviewStarted? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

}

/// <summary>A department recorded its verdict on the review form (CR-03); a later verdict of the same department replaces it.</summary>
/// <param name="Department">The department.</param>
/// <param name="Feasible">Whether it can meet the requirements.</param>
/// <param name="Remarks">Its remarks.</param>
/// <param name="RecordedOn">The business day.</param>
public sealed record VerdictRecorded(Department Department, bool Feasible, string Remarks, LocalDate RecordedOn) : ContractReviewEvent;

/// <summary>A difference or objection was recorded (CR-04).</summary>
/// <param name="Number">Its number within the review.</param>
/// <param name="Kind">Difference or objection.</param>
/// <param name="Description">What it is.</param>
public sealed record ReviewIssueRaised(int Number, ReviewIssueKind Kind, string Description) : ContractReviewEvent;

/// <summary>A difference or objection was cleared (CR-04).</summary>
/// <param name="Number">Its number.</param>
/// <param name="Resolution">How it was cleared.</param>
public sealed record ReviewIssueResolved(int Number, string Resolution) : ContractReviewEvent;

/// <summary>The review was approved (CR-03, CR-04).</summary>
/// <param name="ApprovedBy">The approving department.</param>
/// <param name="ApprovedOn">The day of approval; part of the <see cref="ContractReviewReference"/>.</param>
public sealed record ContractReviewApproved(Department ApprovedBy, LocalDate ApprovedOn) : ContractReviewEvent;

/// <summary>The review was rejected.</summary>
/// <param name="RejectedBy">The rejecting department.</param>
/// <param name="Reason">Why.</param>
/// <param name="RejectedOn">The business day.</param>
public sealed record ContractReviewRejected(Department RejectedBy, string Reason, LocalDate RejectedOn) : ContractReviewEvent;

/// <summary>An approved contract was amended; its review re-opened and the departments that reviewed it were notified (CR-05).</summary>
/// <param name="Requirements">The amended requirements.</param>
/// <param name="Summary">What changed.</param>
/// <param name="Notified">Every department that reviewed the contract, in enumeration order.</param>
/// <param name="Route">The route of the re-opened review.</param>
/// <param name="RequiredVerdicts">The verdicts the re-opened review needs (earlier verdicts no longer count).</param>
/// <param name="AmendedOn">The business day.</param>
public sealed record ContractAmended(
    ContractRequirements Requirements, string Summary, IReadOnlyList<Department> Notified, ReviewRoute Route, IReadOnlyList<Department> RequiredVerdicts, LocalDate AmendedOn)
    : ContractReviewEvent
{
    /// <inheritdoc />
    public bool Equals(ContractAmended? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

}

/// <summary>The fulfilment of the approved order was decided (CR-06).</summary>
/// <param name="Route">Ship from stock or production planning.</param>
/// <param name="Ordered">The ordered quantity.</param>
/// <param name="QualifiedStockOnHand">The qualified stock on hand when deciding.</param>
/// <param name="DecidedOn">The business day.</param>
public sealed record FulfilmentDecided(FulfilmentRoute Route, int Ordered, int QualifiedStockOnHand, LocalDate DecidedOn) : ContractReviewEvent;
