namespace KeyAccount.Domain.Sales.Reception;

/// <summary>Where a sales site's reception day stands (<see cref="ReceptionDayLifecycle"/>).</summary>
public enum ReceptionDayStatus
{
    /// <summary>Not yet opened: nobody has come on duty and no customer has been received that day.</summary>
    None = 0,

    /// <summary>Reception is under way: agents come on and go off duty, visitors are assigned and routed.</summary>
    Open = 1,
}
