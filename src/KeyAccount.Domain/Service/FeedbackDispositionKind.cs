namespace KeyAccount.Domain.Service;

/// <summary>How a feedback item was disposed of (KAM-05).</summary>
public enum FeedbackDispositionKind
{
    /// <summary>An improvement action with an owner and a due date.</summary>
    Improvement,

    /// <summary>A complaint (CMP-01) linked to it.</summary>
    Complaint,

    /// <summary>Declined with a reason.</summary>
    Declined,
}
