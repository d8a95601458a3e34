namespace KeyAccount.Domain.Quality;

/// <summary>What a complaint was escalated from (CMP-01 with DLV-05 and KAM-05).</summary>
public enum ComplaintSourceKind
{
    /// <summary>An after-sales service request that revealed a nonconformity (DLV-05).</summary>
    ServiceRequest,

    /// <summary>A feedback item of a won account disposed of by the complaint (KAM-05).</summary>
    Feedback,
}
