using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>Something that happened to a project. Wire names are declared in <see cref="SalesProjectAggregate"/>.</summary>
public abstract record SalesProjectEvent;

/// <summary>The project was registered (<c>project.registered.v1</c>).</summary>
/// <param name="Project">The project.</param>
/// <param name="Name">The name.</param>
/// <param name="Mode">The sales mode.</param>
/// <param name="LaunchDate">The launch date.</param>
public sealed record ProjectRegistered(ProjectId Project, string Name, SalesMode Mode, LocalDate LaunchDate) : SalesProjectEvent;

/// <summary>The launch date moved (<c>project.launch_rescheduled.v1</c>).</summary>
/// <param name="LaunchDate">The new launch date.</param>
public sealed record LaunchRescheduled(LocalDate LaunchDate) : SalesProjectEvent;

/// <summary>The preparation was completed (<c>project.preparation_completed.v1</c>).</summary>
/// <param name="ConfirmedBy">Who confirmed it.</param>
/// <param name="CompletedOn">The day it was complete.</param>
public sealed record PreparationCompleted(ActorId ConfirmedBy, LocalDate CompletedOn) : SalesProjectEvent;

/// <summary>Sales opened at the launch (<c>project.sales_opened.v1</c>).</summary>
/// <param name="OpenedOn">The launch day.</param>
public sealed record SalesOpened(LocalDate OpenedOn) : SalesProjectEvent;
