using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>The lifecycle of a contract's fulfilment as data (GEN-05); <c>docs/diagrams/fulfilment-order.*</c> is generated from it.</summary>
/// <remarks>Opening twice names DLV-01; a shipment before the goods are available (stock route decided or production
/// complete) and a production order before the route names DLV-02; any other illegal move names GEN-05.</remarks>
internal static class FulfilmentOrderLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<FulfilmentOrderStatus, FulfilmentOrderTrigger> Table { get; } =
        Lifecycle.Define<FulfilmentOrderStatus, FulfilmentOrderTrigger>("fulfilment-order", FulfilmentOrderStatus.None, "GEN-05")
            .Permit(FulfilmentOrderStatus.None, FulfilmentOrderTrigger.Open, FulfilmentOrderStatus.Open, "DLV-01", "DLV-03")
            .Permit(FulfilmentOrderStatus.Open, FulfilmentOrderTrigger.RouteFromStock, FulfilmentOrderStatus.Shipping, "DLV-02")
            .Permit(FulfilmentOrderStatus.Open, FulfilmentOrderTrigger.RouteToProduction, FulfilmentOrderStatus.AwaitingProduction, "DLV-02")
            .Permit(FulfilmentOrderStatus.AwaitingProduction, FulfilmentOrderTrigger.IssueProductionOrder, FulfilmentOrderStatus.InProduction, "DLV-01", "DLV-02")
            .Permit(FulfilmentOrderStatus.InProduction, FulfilmentOrderTrigger.CompleteProduction, FulfilmentOrderStatus.Shipping, "DLV-02")
            .Permit(FulfilmentOrderStatus.Shipping, FulfilmentOrderTrigger.Ship, FulfilmentOrderStatus.Shipping, "DLV-01", "DLV-03", "DLV-04")
            .Permit(FulfilmentOrderStatus.Shipping, FulfilmentOrderTrigger.ShipLast, FulfilmentOrderStatus.Fulfilled, "DLV-01", "DLV-03", "DLV-04")
            .StayInEach([FulfilmentOrderStatus.Open, FulfilmentOrderStatus.AwaitingProduction, FulfilmentOrderStatus.InProduction, FulfilmentOrderStatus.Shipping], FulfilmentOrderTrigger.AdoptAmendment, "CR-05", "DLV-01")
            .Permit(FulfilmentOrderStatus.Shipping, FulfilmentOrderTrigger.AdoptAmendmentFulfilled, FulfilmentOrderStatus.Fulfilled, "CR-05", "DLV-03")
            .RefuseWith(FulfilmentOrderTrigger.Open, "DLV-01")
            .RefuseWith(FulfilmentOrderTrigger.Ship, "DLV-02")
            .RefuseWith(FulfilmentOrderTrigger.ShipLast, "DLV-02")
            .RefuseWith(FulfilmentOrderTrigger.IssueProductionOrder, "DLV-02")
            .Build();
}

/// <summary>The triggers of the fulfilment lifecycle.</summary>
internal enum FulfilmentOrderTrigger
{
    /// <summary>Open the fulfilment of an approved contract.</summary>
    Open,

    /// <summary>Qualified stock covers what is to ship: sales ships from stock.</summary>
    RouteFromStock,

    /// <summary>Stock does not cover it: it goes to production planning.</summary>
    RouteToProduction,

    /// <summary>Issue the production order to a workshop with a promised date.</summary>
    IssueProductionOrder,

    /// <summary>The workshop completes production.</summary>
    CompleteProduction,

    /// <summary>Record a shipment that leaves something still to ship.</summary>
    Ship,

    /// <summary>Record the shipment that completes every line.</summary>
    ShipLast,

    /// <summary>Take over the lines of the contract as amended and approved again.</summary>
    AdoptAmendment,

    /// <summary>Take over an amendment that leaves nothing more to ship: the contract is fulfilled as amended.</summary>
    AdoptAmendmentFulfilled,
}
