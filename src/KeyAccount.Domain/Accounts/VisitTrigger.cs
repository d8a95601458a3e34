namespace KeyAccount.Domain.Accounts;

/// <summary>The moves of a visit, as named in its lifecycle table (<see cref="VisitLifecycle"/>).</summary>
public enum VisitTrigger
{
    /// <summary>Planned → ready, once all five preparations are done (VIS-01).</summary>
    MarkReady,

    /// <summary>Ready → completed, with the visit record (VIS-04).</summary>
    Complete,

    /// <summary>Planned or ready → cancelled.</summary>
    Cancel,
}
