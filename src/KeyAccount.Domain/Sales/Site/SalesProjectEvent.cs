using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>Something that happened to a project. Wire names are declared in <see cref="SalesProjectAggregate"/>.</summary>
[JsonDerivedType(typeof(ProjectRegistered), "project.registered.v2")]
[JsonDerivedType(typeof(SalesModeSet), "project.sales_mode_set.v1")]
[JsonDerivedType(typeof(LaunchRescheduled), "project.launch_rescheduled.v1")]
[JsonDerivedType(typeof(PreparationCompleted), "project.preparation_completed.v1")]
[JsonDerivedType(typeof(SalesOpened), "project.sales_opened.v1")]
public abstract record SalesProjectEvent;

/// <summary>The project was registered (<c>project.registered.v2</c>); its sales mode is set by <see cref="SalesModeSet"/>.</summary>
/// <param name="Project">The project.</param>
/// <param name="Name">The name.</param>
/// <param name="LaunchDate">The launch date.</param>
public sealed record ProjectRegistered(ProjectId Project, string Name, LocalDate LaunchDate) : SalesProjectEvent;

/// <summary>The project's sales mode was set, once, before the launch (<c>project.sales_mode_set.v1</c>, SUB-09).</summary>
/// <param name="Mode">The sales mode.</param>
/// <param name="SetOn">The business date.</param>
public sealed record SalesModeSet(SalesMode Mode, LocalDate SetOn) : SalesProjectEvent;

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
