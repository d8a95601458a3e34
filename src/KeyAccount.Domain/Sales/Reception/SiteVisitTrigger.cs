namespace KeyAccount.Domain.Sales.Reception;

/// <summary>The triggers of the visit lifecycle.</summary>
public enum SiteVisitTrigger
{
    /// <summary>The visitor arrives.</summary>
    Arrive = 1,

    /// <summary>The customer-information form is filled in or corrected.</summary>
    RecordInformation = 2,

    /// <summary>A member card is issued.</summary>
    IssueMemberCard = 3,

    /// <summary>The visitor subscribes.</summary>
    Convert = 4,

    /// <summary>The visitor leaves without a deal.</summary>
    CloseWithoutDeal = 5,
}
