namespace KeyAccount.Domain.Sales.Site;

/// <summary>Where a project (项目) stands before and at its launch (开盘) (<see cref="SalesProjectLifecycle"/>).</summary>
public enum SalesProjectStatus
{
    /// <summary>Not registered.</summary>
    Unregistered = 0,

    /// <summary>Registered; the pre-sale preparation (销前准备) is under way.</summary>
    Preparing = 1,

    /// <summary>Preparation complete.</summary>
    Prepared = 2,

    /// <summary>The launch took place; sales are open. Terminal.</summary>
    Open = 3,
}
