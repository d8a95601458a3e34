namespace KeyAccount.Domain.Quality;

/// <summary>The cause category of a complaint, as quality control classifies it (counted in the management review, CMP-02).</summary>
public enum ComplaintCause
{
    /// <summary>产品质量 — the product does not meet its specification.</summary>
    ProductQuality,

    /// <summary>包装 — packaging or marking.</summary>
    Packaging,

    /// <summary>交付 — late, short or wrong delivery.</summary>
    Delivery,

    /// <summary>单据资料 — documents, certificates, invoices.</summary>
    Documentation,

    /// <summary>服务 — service and communication.</summary>
    Service,

    /// <summary>其他 — anything else, including use by the customer outside the specification.</summary>
    Other,
}
