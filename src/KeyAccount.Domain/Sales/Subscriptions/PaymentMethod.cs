namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>How a payment was made; carried on the remittance notice for the day-end reconciliation.</summary>
public enum PaymentMethod
{
    /// <summary>Cash (现金).</summary>
    Cash = 1,

    /// <summary>Bank card (刷卡).</summary>
    Card = 2,

    /// <summary>Bank transfer (转账).</summary>
    Transfer = 3,

    /// <summary>Cheque (支票).</summary>
    Cheque = 4,
}
