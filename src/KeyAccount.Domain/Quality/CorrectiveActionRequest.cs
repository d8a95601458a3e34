using KeyAccount.Domain.ContractReviews;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>A corrective and preventive action request (纠正和预防措施要求书) and how it went.</summary>
/// <param name="Number">Its number within the complaint.</param>
/// <param name="Responsible">The department that must act.</param>
/// <param name="Action">The action requested.</param>
/// <param name="DueOn">The due day.</param>
/// <param name="IssuedOn">The day of issue.</param>
/// <param name="ImplementedOn">The day it was reported implemented; null before.</param>
/// <param name="Effective">The verification's finding; null before verification.</param>
public sealed record CorrectiveActionRequest(int Number, Department Responsible, string Action, LocalDate DueOn, LocalDate IssuedOn, LocalDate? ImplementedOn, bool? Effective)
{
    /// <summary>Gets whether the action is overdue on a day: not implemented and the due day has passed.</summary>
    /// <param name="asOf">The day to judge on.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueOn(LocalDate asOf) => ImplementedOn is null && DueOn < asOf;
}
