namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>Where a refund is collected (CAN-05).</summary>
public enum RefundPlace
{
    /// <summary>The place agreed with the developer (开发商约定地点), for agency projects.</summary>
    DeveloperAgreedPlace = 1,

    /// <summary>The company headquarters (公司本部), for underwriting projects.</summary>
    CompanyHeadquarters = 2,
}
