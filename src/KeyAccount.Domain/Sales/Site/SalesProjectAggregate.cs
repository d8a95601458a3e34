using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>The project aggregate, guardian of SITE-01 and of its sales mode (SUB-09): its definition and event wire names.</summary>
public static class SalesProjectAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<SalesProjectCommand, SalesProjectEvent, SalesProjectState, SalesProjectStatus> Definition { get; } = AggregateDefinition.Of(
        "sales-project",
        SalesProjectDecider.Instance,
        EventCatalog<SalesProjectEvent>.FromDerivedTypes(SalesJsonContext.Shared));

    /// <summary>Gets the stream a project's events are kept in; a subscription's draft reads the project from it (SUB-09).</summary>
    /// <param name="project">The project.</param>
    /// <returns>The stream <c>sales-project-{id}</c> (the definition's category).</returns>
    public static StreamId StreamOf(ProjectId project) => Definition.StreamOf(project);
}
