using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The lifecycle of a customer visit (拜访客户流程) inside an account, declared once as data (GEN-05); exported to
/// <c>docs/diagrams/account-visit.mmd</c>.
/// </summary>
internal static class VisitLifecycle
{
    /// <summary>
    /// Gets the visit's table: a visit is prepared before it is made, and made before it is recorded. A move the
    /// table lacks (completing an unprepared visit, touching a completed or cancelled one) is rejected by VIS-01.
    /// </summary>
    public static Lifecycle<VisitStatus, VisitTrigger> Table { get; } =
        Lifecycle.Define<VisitStatus, VisitTrigger>("account-visit", VisitStatus.Planned, "VIS-01")
            .Permit(VisitStatus.Planned, VisitTrigger.MarkReady, VisitStatus.Ready, "VIS-01")
            .Permit(VisitStatus.Ready, VisitTrigger.Complete, VisitStatus.Completed, "VIS-04")
            .Permit(VisitStatus.Planned, VisitTrigger.Cancel, VisitStatus.Cancelled)
            .Permit(VisitStatus.Ready, VisitTrigger.Cancel, VisitStatus.Cancelled)
            .Build();
}

/// <summary>The moves of a visit, as named in its lifecycle table (<see cref="VisitLifecycle"/>).</summary>
internal enum VisitTrigger
{
    /// <summary>Planned → ready, once all five preparations are done (VIS-01).</summary>
    MarkReady,

    /// <summary>Ready → completed, with the visit record (VIS-04).</summary>
    Complete,

    /// <summary>Planned or ready → cancelled.</summary>
    Cancel,
}
