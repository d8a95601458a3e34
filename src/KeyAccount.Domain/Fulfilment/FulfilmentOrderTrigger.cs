namespace KeyAccount.Domain.Fulfilment;

/// <summary>The triggers of the fulfilment lifecycle.</summary>
public enum FulfilmentOrderTrigger
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
