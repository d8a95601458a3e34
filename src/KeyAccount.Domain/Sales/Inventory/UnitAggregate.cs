using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>The unit (房源) aggregate, guardian of SUB-01 and SUB-08: its definition, event wire names and stream naming.</summary>
public static class UnitAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<UnitCommand, UnitEvent, UnitState, UnitStatus> Definition { get; } = AggregateDefinition.Of(
        "unit",
        UnitDecider.Instance,
        EventCatalog<UnitEvent>.FromDerivedTypes(SalesJsonContext.Shared));

    /// <summary>Gets the stream a unit's events are kept in.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The stream <c>unit-{id}</c>.</returns>
    public static StreamId StreamOf(UnitId unit) => Definition.StreamOf(unit);
}
