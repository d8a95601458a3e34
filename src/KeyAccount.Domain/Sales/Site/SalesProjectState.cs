using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>The state of a project, evolved by <see cref="SalesProjectDecider"/>.</summary>
/// <param name="Status">Where the project stands.</param>
/// <param name="Project">The project.</param>
/// <param name="Name">The name.</param>
/// <param name="Mode">The sales mode, once set (SUB-09); <see langword="null"/> before.</param>
/// <param name="LaunchDate">The launch date.</param>
/// <param name="PreparedOn">The day the preparation was complete, if it is.</param>
public sealed record SalesProjectState(SalesProjectStatus Status, ProjectId Project, string Name, SalesMode? Mode, LocalDate LaunchDate, LocalDate? PreparedOn)
{
    /// <summary>Gets the state of an unregistered project.</summary>
    public static SalesProjectState Initial { get; } = new(SalesProjectStatus.Unregistered, default, string.Empty, null, default, null);

    /// <summary>Gets the last day the preparation may be completed for the current launch date (SITE-01).</summary>
    /// <param name="policy">The lead-time policy.</param>
    /// <returns>The launch date minus the policy's days.</returns>
    public LocalDate PreparationDeadline(LaunchPreparationPolicy policy) =>
        LaunchDate.PlusDays(-Preconditions.CheckNotNull(policy).DaysBeforeLaunch);
}
