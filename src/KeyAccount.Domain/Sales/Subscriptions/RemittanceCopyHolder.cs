namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>Who keeps a copy of a remittance notice (SUB-05).</summary>
public enum RemittanceCopyHolder
{
    /// <summary>The project clerk's copy (项目文员联), the one the site manager reconciles against.</summary>
    ProjectClerk = 1,

    /// <summary>The cash desk's copy (收银联).</summary>
    Cashier = 2,
}
