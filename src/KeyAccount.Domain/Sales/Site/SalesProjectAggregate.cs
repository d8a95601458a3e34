using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>The project aggregate, guardian of SITE-01: its definition and event wire names.</summary>
public static class SalesProjectAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<SalesProjectCommand, SalesProjectEvent, SalesProjectState, SalesProjectStatus, SalesProjectTrigger> Definition { get; } = new(
        "sales-project",
        SalesProjectDecider.Instance,
        EventCatalog<SalesProjectEvent>.Create()
            .Add("project.registered.v1", SalesJsonContext.Shared.ProjectRegistered)
            .Add("project.launch_rescheduled.v1", SalesJsonContext.Shared.LaunchRescheduled)
            .Add("project.preparation_completed.v1", SalesJsonContext.Shared.PreparationCompleted)
            .Add("project.sales_opened.v1", SalesJsonContext.Shared.SalesOpened)
            .Build());
}
