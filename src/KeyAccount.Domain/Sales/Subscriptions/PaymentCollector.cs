namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>Who collects a payment (SUB-02): the developer on agency projects, the company cashier on underwriting ones.</summary>
public enum PaymentCollector
{
    /// <summary>The developer (开发商) collects.</summary>
    Developer = 1,

    /// <summary>The company's cashier (公司出纳) collects.</summary>
    CompanyCashier = 2,
}
