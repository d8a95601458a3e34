namespace KeyAccount.Domain.Accounts;

/// <summary>How urgently the customer needs to add or change a supplier (紧迫性, ACC-03).</summary>
public enum DemandUrgency
{
    /// <summary>No pressing need.</summary>
    Low,

    /// <summary>A need within months.</summary>
    Medium,

    /// <summary>An immediate need.</summary>
    High,
}
