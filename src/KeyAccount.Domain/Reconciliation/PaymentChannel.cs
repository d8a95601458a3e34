namespace KeyAccount.Domain.Reconciliation;

/// <summary>How a customer paid (付款方式); the reconciliation report totals matched payments by channel (REC-02).</summary>
public enum PaymentChannel : byte
{
    /// <summary>Cash (现金).</summary>
    Cash = 0,

    /// <summary>A bank card at a point-of-sale terminal (刷卡).</summary>
    BankCard = 1,

    /// <summary>A bank transfer (转账).</summary>
    BankTransfer = 2,

    /// <summary>A cheque (支票).</summary>
    Cheque = 3,
}
