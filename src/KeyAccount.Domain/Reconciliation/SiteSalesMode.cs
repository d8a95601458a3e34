namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// How a sales site (案场) sells, which decides who collects the customers' money (SUB-02): on an agency
/// site (代理) the developer collects, on an underwriting site (包销) the company's cashier collects.
/// </summary>
public enum SiteSalesMode : byte
{
    /// <summary>Agency sales (代理): the developer collects.</summary>
    Agency = 0,

    /// <summary>Underwriting sales (包销): the company's cashier collects.</summary>
    Underwriting = 1,
}
