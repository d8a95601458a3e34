namespace KeyAccount.Domain.ContractReviews;

/// <summary>How an approved order is fulfilled (CR-06, 6.2.3.2).</summary>
public enum FulfilmentRoute
{
    /// <summary>Qualified finished goods in stock cover the order: the salesperson arranges shipment directly (直接安排出货).</summary>
    ShipFromStock,

    /// <summary>Stock does not cover the order: it goes to production planning (生产计划).</summary>
    ProductionPlanning,
}
