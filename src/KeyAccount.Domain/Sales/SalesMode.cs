namespace KeyAccount.Domain.Sales;

/// <summary>
/// How a project (项目) and its sales site (案场) sell, which decides who collects payments (SUB-02) and where refunds
/// are paid (CAN-05). One byte, as the reconciler keeps one per site.
/// </summary>
public enum SalesMode : byte
{
    /// <summary>代理 — agency: the company sells for the developer, and the developer collects payments.</summary>
    Agency = 1,

    /// <summary>包销 — underwriting: the company has bought the right to sell, and its cashier collects payments.</summary>
    Underwriting = 2,
}
