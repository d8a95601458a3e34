using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales;

/// <summary>The wire names of the unit events, and their serializer.</summary>
public static class UnitEvents
{
    /// <summary>Gets the catalogue of unit events.</summary>
    public static EventCatalog<UnitEvent> Catalog { get; } = EventCatalog<UnitEvent>.Create()
        .Add("unit.listed.v1", SalesJsonContext.Shared.UnitListed)
        .Add("unit.held.v1", SalesJsonContext.Shared.UnitHeld)
        .Add("unit.released.v1", SalesJsonContext.Shared.UnitReleased)
        .Build();

    /// <summary>Gets the serializer of unit event envelopes.</summary>
    public static EventSerializer<UnitEvent> Serializer { get; } = new(Catalog);
}
