namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>The three copies (三联) of a subscription; all three are stamped in one act (SUB-04).</summary>
public enum SubscriptionCopy
{
    /// <summary>The customer's copy (客户联).</summary>
    Customer = 1,

    /// <summary>The company's copy (公司联).</summary>
    Company = 2,

    /// <summary>The developer's copy (开发商联).</summary>
    Developer = 3,
}
