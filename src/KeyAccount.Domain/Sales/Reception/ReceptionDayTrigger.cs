namespace KeyAccount.Domain.Sales.Reception;

/// <summary>The triggers of the reception day lifecycle.</summary>
public enum ReceptionDayTrigger
{
    /// <summary>An agent comes on duty.</summary>
    StartDuty = 1,

    /// <summary>An agent goes off duty.</summary>
    EndDuty = 2,

    /// <summary>A new visitor is assigned to the next agent of the rotation.</summary>
    AssignVisitor = 3,

    /// <summary>A returning customer is routed to the site manager.</summary>
    RouteReturningCustomer = 4,

    /// <summary>A subscription holder is sent straight to signing.</summary>
    RouteToSigning = 5,
}
