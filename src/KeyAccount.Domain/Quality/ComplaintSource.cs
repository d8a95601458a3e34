using KeyAccount.Domain.Fulfilment;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// Where a complaint came from, so that the link is recorded both ways: the source records the complaint
/// (<see cref="ServiceRequestState.Complaint"/>, <see cref="Service.FeedbackDisposition.Complaint"/>) and the complaint
/// records its source (<see cref="ComplaintState.Source"/>), CMP-01 with DLV-05 and KAM-05.
/// </summary>
/// <remarks>Build it with <see cref="OfServiceRequest"/> or <see cref="OfFeedback"/>; the source's state is the evidence
/// when the complaint is received (GEN-11).</remarks>
/// <param name="Kind">A service request or a feedback item.</param>
/// <param name="ServiceRequest">The service request, for <see cref="ComplaintSourceKind.ServiceRequest"/>; otherwise null.</param>
/// <param name="FeedbackItem">The feedback item's number within the complaint's account, for
/// <see cref="ComplaintSourceKind.Feedback"/>; otherwise null.</param>
public sealed record ComplaintSource(ComplaintSourceKind Kind, ServiceRequestId? ServiceRequest, int? FeedbackItem)
{
    /// <summary>Returns the source of a complaint escalated from an after-sales service request (DLV-05).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The source.</returns>
    public static ComplaintSource OfServiceRequest(ServiceRequestId request) => new(ComplaintSourceKind.ServiceRequest, request, null);

    /// <summary>Returns the source of a complaint that disposes of a feedback item of the complaint's account (KAM-05).</summary>
    /// <param name="item">The feedback item's number.</param>
    /// <returns>The source.</returns>
    public static ComplaintSource OfFeedback(int item) => new(ComplaintSourceKind.Feedback, null, item);

    /// <summary>Gets whether the source names exactly what its kind needs.</summary>
    internal bool IsWellFormed => Kind switch
    {
        ComplaintSourceKind.ServiceRequest => ServiceRequest is not null && FeedbackItem is null,
        ComplaintSourceKind.Feedback => ServiceRequest is null && FeedbackItem is > 0,
        _ => false,
    };
}
