using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>
/// The reception day lifecycle as data; <c>docs/diagrams/reception-day.*</c> is generated from it. The day opens with
/// the first agent on duty, or with a returning customer or a subscription holder received before anyone is on duty
/// (neither needs the rotation); the rotation itself (going off duty, assigning a new visitor) needs an open day.
/// </summary>
internal static class ReceptionDayLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<ReceptionDayStatus, ReceptionDayTrigger> Table { get; } =
        Lifecycle.Define<ReceptionDayStatus, ReceptionDayTrigger>("reception-day", ReceptionDayStatus.None, "RCP-04")
            .Permit(ReceptionDayStatus.None, ReceptionDayTrigger.StartDuty, ReceptionDayStatus.Open, "RCP-04")
            .Permit(ReceptionDayStatus.None, ReceptionDayTrigger.RouteReturningCustomer, ReceptionDayStatus.Open, "RCP-03")
            .Permit(ReceptionDayStatus.None, ReceptionDayTrigger.RouteToSigning, ReceptionDayStatus.Open, "SUB-07")
            .Permit(ReceptionDayStatus.Open, ReceptionDayTrigger.StartDuty, ReceptionDayStatus.Open, "RCP-04")
            .Permit(ReceptionDayStatus.Open, ReceptionDayTrigger.EndDuty, ReceptionDayStatus.Open, "RCP-04")
            .Permit(ReceptionDayStatus.Open, ReceptionDayTrigger.AssignVisitor, ReceptionDayStatus.Open, "RCP-04")
            .Permit(ReceptionDayStatus.Open, ReceptionDayTrigger.RouteReturningCustomer, ReceptionDayStatus.Open, "RCP-03")
            .Permit(ReceptionDayStatus.Open, ReceptionDayTrigger.RouteToSigning, ReceptionDayStatus.Open, "SUB-07")
            .Build();
}

/// <summary>The triggers of the reception day lifecycle.</summary>
internal enum ReceptionDayTrigger
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
