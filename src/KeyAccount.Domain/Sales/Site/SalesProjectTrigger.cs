namespace KeyAccount.Domain.Sales.Site;

/// <summary>The triggers of the project lifecycle.</summary>
public enum SalesProjectTrigger
{
    /// <summary>The project is registered with its launch date.</summary>
    Register = 1,

    /// <summary>The launch date is moved.</summary>
    Reschedule = 2,

    /// <summary>The pre-sale preparation is complete.</summary>
    CompletePreparation = 3,

    /// <summary>The launch opens sales.</summary>
    Open = 4,

    /// <summary>The sales mode is set, once, before the launch (SUB-09).</summary>
    SetMode = 5,
}
