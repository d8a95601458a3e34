namespace KeyAccount.Domain.Accounts;

/// <summary>The status of a customer visit (拜访) in its lifecycle (<see cref="VisitLifecycle"/>).</summary>
public enum VisitStatus
{
    /// <summary>The visit is planned; its preparations are under way (VIS-01).</summary>
    Planned,

    /// <summary>All five preparations are done (VIS-01).</summary>
    Ready,

    /// <summary>The visit took place and its record is in the customer file (VIS-04).</summary>
    Completed,

    /// <summary>The visit was called off.</summary>
    Cancelled,
}
