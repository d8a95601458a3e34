using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>A command on a project.</summary>
public abstract record SalesProjectCommand;

/// <summary>Registers a project with its launch date; its sales mode is set once before the launch (<see cref="SetSalesMode"/>).</summary>
/// <param name="Project">The project.</param>
/// <param name="Name">The project's name; not blank.</param>
/// <param name="LaunchDate">The launch date; not before today.</param>
public sealed record RegisterProject(ProjectId Project, string Name, LocalDate LaunchDate) : SalesProjectCommand;

/// <summary>
/// Sets the project's sales mode, once, before the launch (SUB-09): it decides who collects payments (SUB-02), where
/// refunds are paid (CAN-05) and whether the developer signs (CAN-06) on every subscription of the project.
/// </summary>
/// <param name="Mode">Agency (代理) or underwriting (包销).</param>
public sealed record SetSalesMode(SalesMode Mode) : SalesProjectCommand;

/// <summary>Moves the launch date before the launch.</summary>
/// <param name="LaunchDate">The new launch date; not before today.</param>
public sealed record RescheduleLaunch(LocalDate LaunchDate) : SalesProjectCommand;

/// <summary>Records that the pre-sale preparation is complete, on the context's day.</summary>
/// <param name="ConfirmedBy">The site manager who confirms it.</param>
public sealed record CompleteLaunchPreparation(ActorId ConfirmedBy) : SalesProjectCommand;

/// <summary>Opens sales on the launch date; preparation must have been complete in time (SITE-01).</summary>
public sealed record OpenSales : SalesProjectCommand;
