using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The lifecycle of a prospect's screening as data (GEN-05); <c>docs/diagrams/prospect-screening.*</c> is
/// generated from it. Both outcomes fire from the same statuses (a screening is decided before its outcome is known),
/// and a qualified prospect is not screened again: it goes on to be opened as an account (KAM-01).</summary>
internal static class ProspectScreeningLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<ProspectScreeningStatus, ProspectScreeningTrigger> Table { get; } =
        Lifecycle.Define<ProspectScreeningStatus, ProspectScreeningTrigger>("prospect-screening", ProspectScreeningStatus.None, "KAM-01")
            .Permit(ProspectScreeningStatus.None, ProspectScreeningTrigger.Qualify, ProspectScreeningStatus.Qualified, "KAM-01")
            .Permit(ProspectScreeningStatus.None, ProspectScreeningTrigger.ScreenOut, ProspectScreeningStatus.ScreenedOut, "KAM-01")
            .Permit(ProspectScreeningStatus.ScreenedOut, ProspectScreeningTrigger.Qualify, ProspectScreeningStatus.Qualified, "KAM-01")
            .Permit(ProspectScreeningStatus.ScreenedOut, ProspectScreeningTrigger.ScreenOut, ProspectScreeningStatus.ScreenedOut, "KAM-01")
            .Build();
}

/// <summary>The triggers of the screening lifecycle; which one a screening fires is the host's criteria's answer.</summary>
internal enum ProspectScreeningTrigger
{
    /// <summary>The prospect meets every mandatory criterion.</summary>
    Qualify,

    /// <summary>The prospect fails a mandatory criterion.</summary>
    ScreenOut,
}
