namespace KeyAccount.Domain.Quality;

/// <summary>
/// The fixed dimensions of a customer satisfaction survey (顾客满意度调查表, SAT-01). Every survey scores every
/// dimension, so that surveys compare across accounts and periods.
/// </summary>
public enum SatisfactionDimension
{
    /// <summary>产品质量 — product quality.</summary>
    ProductQuality,

    /// <summary>交货期 — on-time delivery.</summary>
    Delivery,

    /// <summary>价格 — price.</summary>
    Price,

    /// <summary>服务态度 — service and communication.</summary>
    Service,

    /// <summary>售后服务 — after-sales service and complaint handling.</summary>
    AfterSales,
}
