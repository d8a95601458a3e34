namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// A department of the supplier that acts in customer communication (顾客沟通程序): who registers and reviews contracts,
/// who investigates complaints, who implements corrective action.
/// </summary>
/// <remarks>Rules name departments, not people: the person who acted is recorded by the event store's envelope
/// (<see cref="EventSourcing.EventEnvelope{TEvent}.Actor"/>).</remarks>
public enum Department
{
    /// <summary>销售科 — sales: registers contracts, reviews standard orders, receives complaints, runs surveys.</summary>
    Sales,

    /// <summary>生产科 — production: reviews special requirements for capacity and lead time.</summary>
    Production,

    /// <summary>技术科 — technical: reviews special requirements for feasibility.</summary>
    Technical,

    /// <summary>品管科 — quality control: reviews special requirements, investigates complaints, verifies corrective action.</summary>
    Quality,

    /// <summary>仓库 — warehouse: holds the qualified finished goods that may be shipped directly.</summary>
    Warehouse,

    /// <summary>总经理 — the general manager: approves reviews of contracts with special requirements.</summary>
    GeneralManagement,
}
