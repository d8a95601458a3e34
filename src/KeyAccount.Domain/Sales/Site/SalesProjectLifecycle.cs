using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>
/// The project lifecycle as data; <c>docs/diagrams/sales-project.*</c> is generated from it. The sales mode is set
/// while the project prepares its launch, and setting it after the launch is refused by SUB-09.
/// </summary>
internal static class SalesProjectLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<SalesProjectStatus, SalesProjectTrigger> Table { get; } =
        Lifecycle.Define<SalesProjectStatus, SalesProjectTrigger>("sales-project", SalesProjectStatus.Unregistered, "SITE-01")
            .Permit(SalesProjectStatus.Unregistered, SalesProjectTrigger.Register, SalesProjectStatus.Preparing)
            .StayInEach([SalesProjectStatus.Preparing, SalesProjectStatus.Prepared], SalesProjectTrigger.Reschedule, "SITE-01")
            .Permit(SalesProjectStatus.Preparing, SalesProjectTrigger.CompletePreparation, SalesProjectStatus.Prepared, "SITE-01")
            .StayInEach([SalesProjectStatus.Preparing, SalesProjectStatus.Prepared], SalesProjectTrigger.SetMode, "SUB-09")
            .Permit(SalesProjectStatus.Prepared, SalesProjectTrigger.Open, SalesProjectStatus.Open, "SITE-01", "SUB-09")
            .RefuseWith(SalesProjectTrigger.SetMode, "SUB-09")
            .Build();
}

/// <summary>The triggers of the project lifecycle.</summary>
internal enum SalesProjectTrigger
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
