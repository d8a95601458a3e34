using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The prospect screening aggregate (客户筛选与定位, KAM-01): its definition, event wire names and stream naming.</summary>
public static class ProspectScreeningAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<ProspectScreeningCommand, ProspectScreeningEvent, ProspectScreeningState, ProspectScreeningStatus> Definition { get; } = AggregateDefinition.Of(
        "prospect-screening",
        ProspectScreeningDecider.Instance,
        EventCatalog<ProspectScreeningEvent>.FromDerivedTypes(AccountManagementJsonContext.Shared));

    /// <summary>Gets the stream a screening's events are kept in.</summary>
    /// <param name="screening">The screening.</param>
    /// <returns>The stream <c>prospect-screening-{id}</c>.</returns>
    public static StreamId StreamOf(ScreeningId screening) => Definition.StreamOf(screening);
}
