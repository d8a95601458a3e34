using NodaTime;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>A department's verdict on the review form (CR-03).</summary>
/// <param name="Department">The department.</param>
/// <param name="Feasible">Whether it can meet the requirements.</param>
/// <param name="Remarks">Its remarks.</param>
/// <param name="RecordedOn">The business day.</param>
public sealed record DepartmentVerdict(Department Department, bool Feasible, string Remarks, LocalDate RecordedOn);
