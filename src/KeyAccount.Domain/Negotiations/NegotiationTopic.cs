namespace KeyAccount.Domain.Negotiations;

/// <summary>A topic of a negotiation's theme (谈判主题的议题), NEG-01.</summary>
public enum NegotiationTopic
{
    /// <summary>Price (价格).</summary>
    Price,

    /// <summary>Contract terms, e.g. the contract's duration (合同条款).</summary>
    ContractTerms,

    /// <summary>Service (服务).</summary>
    Service,

    /// <summary>Delivery, e.g. lead times (交付期限).</summary>
    Delivery,

    /// <summary>Payment terms (付款条件).</summary>
    Payment,

    /// <summary>Anything else the parties name.</summary>
    Other,
}
