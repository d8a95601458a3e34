namespace KeyAccount.Domain.Reconciliation;

/// <summary>Who took the money in (收款方); the sales mode of the site decides who should (SUB-02, REC-02).</summary>
public enum Collector : byte
{
    /// <summary>The developer's finance office (开发商财务), the collector on an agency site.</summary>
    Developer = 0,

    /// <summary>The company's own cashier (公司收银), the collector on an underwriting site.</summary>
    CompanyCashier = 1,
}
