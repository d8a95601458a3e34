using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>A corrective action past its due day and not implemented (CMP-02).</summary>
/// <param name="Complaint">The complaint.</param>
/// <param name="Account">The complaining customer's account.</param>
/// <param name="RequestNumber">The action request's number within the complaint.</param>
/// <param name="Responsible">The department that must act.</param>
/// <param name="DueOn">The due day.</param>
/// <param name="DaysOverdue">Calendar days from the due day to the day of the summary.</param>
public sealed record OverdueAction(ComplaintId Complaint, AccountId Account, int RequestNumber, Department Responsible, LocalDate DueOn, int DaysOverdue);
