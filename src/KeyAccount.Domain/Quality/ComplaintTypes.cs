namespace KeyAccount.Domain.Quality;

/// <summary>The states of a customer complaint (客户投诉): the rows of <see cref="ComplaintDecider.Lifecycle"/>.</summary>
public enum ComplaintStatus
{
    /// <summary>Received by sales (销售科).</summary>
    Received,

    /// <summary>Investigated by quality control (品管科), cause recorded; a corrective action is to be requested.</summary>
    Investigated,

    /// <summary>A corrective and preventive action request (纠正和预防措施要求书) was issued to the responsible department.</summary>
    ActionRequested,

    /// <summary>The responsible department reports the action implemented; effectiveness is to be verified.</summary>
    ActionImplemented,

    /// <summary>Quality control verified the action effective.</summary>
    Verified,

    /// <summary>Closed. Terminal.</summary>
    Closed,
}

/// <summary>The triggers of the complaint lifecycle.</summary>
public enum ComplaintTrigger
{
    /// <summary>Quality control records the cause.</summary>
    Investigate,

    /// <summary>Quality control issues a corrective and preventive action request.</summary>
    RequestAction,

    /// <summary>The responsible department implements the action.</summary>
    ImplementAction,

    /// <summary>Quality control finds the action effective.</summary>
    VerifyEffective,

    /// <summary>Quality control finds the action ineffective: the cause is looked at again and a new request follows.</summary>
    FindIneffective,

    /// <summary>The complaint is closed.</summary>
    Close,
}

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
