using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>A command to a customer complaint.</summary>
/// <remarks>Commands name the acting department (CMP-01 says who may act); the person is the envelope's actor.</remarks>
public abstract record ComplaintCommand
{
    private protected ComplaintCommand()
    {
    }
}

/// <summary>Records a complaint as received; sales receives complaints (CMP-01).</summary>
/// <param name="Complaint">The complaint.</param>
/// <param name="Account">The complaining customer's account.</param>
/// <param name="Description">What the customer complains of; not empty.</param>
/// <param name="By">The receiving department: <see cref="Department.Sales"/>.</param>
/// <param name="Source">The service request or feedback item the complaint was escalated from, if any: recorded with the
/// receipt (<see cref="ComplaintSourceRecorded"/>) so that the link holds both ways. Its state is the evidence (GEN-11):
/// the host supplies it with <see cref="Decisions.DecisionContext.WithSource{TState}"/> for
/// <see cref="Fulfilment.ServiceRequestAggregate.StreamOf"/> or <see cref="Service.AccountServiceAggregate.StreamOf"/>.</param>
public sealed record ReceiveComplaint(ComplaintId Complaint, AccountId Account, string Description, Department By, ComplaintSource? Source = null) : ComplaintCommand;

/// <summary>Records the investigation and its cause; quality control investigates (CMP-01).</summary>
/// <param name="Cause">The cause category.</param>
/// <param name="Findings">What was found; not empty.</param>
/// <param name="By">The investigating department: <see cref="Department.Quality"/>.</param>
public sealed record RecordInvestigation(ComplaintCause Cause, string Findings, Department By) : ComplaintCommand;

/// <summary>Issues a corrective and preventive action request (纠正和预防措施要求书) to the responsible department (CMP-01).</summary>
/// <param name="Responsible">The department that must act.</param>
/// <param name="Action">The action requested; not empty.</param>
/// <param name="DueOn">The day by which it must be implemented; not before the day of issue.</param>
/// <param name="By">The issuing department: <see cref="Department.Quality"/>.</param>
public sealed record RequestCorrectiveAction(Department Responsible, string Action, LocalDate DueOn, Department By) : ComplaintCommand;

/// <summary>Reports the requested action implemented; by the responsible department (CMP-01).</summary>
/// <param name="Description">What was done; not empty.</param>
/// <param name="By">The reporting department: the one the request names.</param>
public sealed record ReportActionImplemented(string Description, Department By) : ComplaintCommand;

/// <summary>Records the verification of the action's effectiveness; quality control verifies (CMP-01).</summary>
/// <param name="Effective">Whether the action removed the cause.</param>
/// <param name="Evidence">What the verification was based on; not empty.</param>
/// <param name="By">The verifying department: <see cref="Department.Quality"/>.</param>
public sealed record VerifyEffectiveness(bool Effective, string Evidence, Department By) : ComplaintCommand;

/// <summary>Closes a complaint whose action was verified effective (CMP-01).</summary>
/// <param name="By">The closing department: <see cref="Department.Quality"/>.</param>
public sealed record CloseComplaint(Department By) : ComplaintCommand;
