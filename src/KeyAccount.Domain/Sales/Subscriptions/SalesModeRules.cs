namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>The collector and refund place that follow from a project's <see cref="SalesMode"/>.</summary>
public static class SalesModeRules
{
    /// <summary>Gets who must collect payments on a project sold in <paramref name="mode"/> (SUB-02).</summary>
    /// <param name="mode">The project's sales mode.</param>
    /// <returns><see cref="PaymentCollector.Developer"/> for agency, <see cref="PaymentCollector.CompanyCashier"/> for underwriting.</returns>
    public static PaymentCollector CollectorFor(SalesMode mode) =>
        mode == SalesMode.Agency ? PaymentCollector.Developer : PaymentCollector.CompanyCashier;

    /// <summary>Gets where refunds are paid on a project sold in <paramref name="mode"/> (CAN-05).</summary>
    /// <param name="mode">The project's sales mode.</param>
    /// <returns>The developer's agreed place for agency, the company headquarters for underwriting.</returns>
    public static RefundPlace RefundPlaceFor(SalesMode mode) =>
        mode == SalesMode.Agency ? RefundPlace.DeveloperAgreedPlace : RefundPlace.CompanyHeadquarters;
}
