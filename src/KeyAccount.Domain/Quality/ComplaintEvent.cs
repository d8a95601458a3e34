using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>An event of a customer complaint.</summary>
[JsonDerivedType(typeof(ComplaintReceived), "complaint.received.v1")]
[JsonDerivedType(typeof(ComplaintSourceRecorded), "complaint.source_recorded.v1")]
[JsonDerivedType(typeof(ComplaintInvestigated), "complaint.investigated.v1")]
[JsonDerivedType(typeof(CorrectiveActionRequested), "complaint.action_requested.v1")]
[JsonDerivedType(typeof(CorrectiveActionImplemented), "complaint.action_implemented.v1")]
[JsonDerivedType(typeof(EffectivenessVerified), "complaint.effectiveness_verified.v1")]
[JsonDerivedType(typeof(ComplaintClosed), "complaint.closed.v1")]
public abstract record ComplaintEvent
{
    private protected ComplaintEvent()
    {
    }
}

/// <summary>A complaint was received by sales.</summary>
/// <param name="Complaint">The complaint.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Description">What the customer complains of.</param>
/// <param name="ReceivedOn">The business day.</param>
public sealed record ComplaintReceived(ComplaintId Complaint, AccountId Account, string Description, LocalDate ReceivedOn) : ComplaintEvent;

/// <summary>The source the complaint was escalated from was recorded with its receipt (CMP-01 with DLV-05 and KAM-05).</summary>
/// <param name="Source">The service request or feedback item.</param>
public sealed record ComplaintSourceRecorded(ComplaintSource Source) : ComplaintEvent;

/// <summary>Quality control investigated the complaint and recorded its cause.</summary>
/// <param name="Cause">The cause category.</param>
/// <param name="Findings">What was found.</param>
/// <param name="InvestigatedOn">The business day.</param>
public sealed record ComplaintInvestigated(ComplaintCause Cause, string Findings, LocalDate InvestigatedOn) : ComplaintEvent;

/// <summary>A corrective and preventive action request was issued.</summary>
/// <param name="RequestNumber">The request's number within the complaint (1, 2, … when an earlier action proved ineffective).</param>
/// <param name="Responsible">The department that must act.</param>
/// <param name="Action">The action requested.</param>
/// <param name="DueOn">The due day.</param>
/// <param name="IssuedOn">The business day of issue.</param>
public sealed record CorrectiveActionRequested(int RequestNumber, Department Responsible, string Action, LocalDate DueOn, LocalDate IssuedOn) : ComplaintEvent;

/// <summary>The responsible department implemented the requested action.</summary>
/// <param name="RequestNumber">The request.</param>
/// <param name="Description">What was done.</param>
/// <param name="ImplementedOn">The business day.</param>
public sealed record CorrectiveActionImplemented(int RequestNumber, string Description, LocalDate ImplementedOn) : ComplaintEvent;

/// <summary>Quality control verified the action's effectiveness.</summary>
/// <param name="RequestNumber">The request.</param>
/// <param name="Effective">Whether it was effective.</param>
/// <param name="Evidence">What the verification was based on.</param>
/// <param name="VerifiedOn">The business day.</param>
public sealed record EffectivenessVerified(int RequestNumber, bool Effective, string Evidence, LocalDate VerifiedOn) : ComplaintEvent;

/// <summary>The complaint was closed.</summary>
/// <param name="ClosedOn">The business day.</param>
public sealed record ComplaintClosed(LocalDate ClosedOn) : ComplaintEvent;
