using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>A command on a project.</summary>
public abstract record SalesProjectCommand;

/// <summary>Registers a project with its sales mode and launch date.</summary>
/// <param name="Project">The project.</param>
/// <param name="Name">The project's name; not blank.</param>
/// <param name="Mode">Agency (代理) or underwriting (包销).</param>
/// <param name="LaunchDate">The launch date; not before today.</param>
public sealed record RegisterProject(ProjectId Project, string Name, SalesMode Mode, LocalDate LaunchDate) : SalesProjectCommand;

/// <summary>Moves the launch date before the launch.</summary>
/// <param name="LaunchDate">The new launch date; not before today.</param>
public sealed record RescheduleLaunch(LocalDate LaunchDate) : SalesProjectCommand;

/// <summary>Records that the pre-sale preparation is complete, on the context's day.</summary>
/// <param name="ConfirmedBy">The site manager who confirms it.</param>
public sealed record CompleteLaunchPreparation(ActorId ConfirmedBy) : SalesProjectCommand;

/// <summary>Opens sales on the launch date; preparation must have been complete in time (SITE-01).</summary>
public sealed record OpenSales : SalesProjectCommand;
