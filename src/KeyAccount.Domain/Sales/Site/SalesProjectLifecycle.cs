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
            .Permit(SalesProjectStatus.Preparing, SalesProjectTrigger.Reschedule, SalesProjectStatus.Preparing, "SITE-01")
            .Permit(SalesProjectStatus.Prepared, SalesProjectTrigger.Reschedule, SalesProjectStatus.Prepared, "SITE-01")
            .Permit(SalesProjectStatus.Preparing, SalesProjectTrigger.CompletePreparation, SalesProjectStatus.Prepared, "SITE-01")
            .Permit(SalesProjectStatus.Preparing, SalesProjectTrigger.SetMode, SalesProjectStatus.Preparing, "SUB-09")
            .Permit(SalesProjectStatus.Prepared, SalesProjectTrigger.SetMode, SalesProjectStatus.Prepared, "SUB-09")
            .Permit(SalesProjectStatus.Prepared, SalesProjectTrigger.Open, SalesProjectStatus.Open, "SITE-01", "SUB-09")
            .RefuseWith(SalesProjectTrigger.SetMode, "SUB-09")
            .Build();
}
