using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.Service;

/// <summary>The disposition of a feedback item (KAM-05).</summary>
/// <param name="Kind">Improvement, complaint or declined.</param>
/// <param name="DisposedOn">The business day.</param>
/// <param name="Action">The improvement action; for <see cref="FeedbackDispositionKind.Improvement"/>.</param>
/// <param name="Owner">The action's owner; for <see cref="FeedbackDispositionKind.Improvement"/>.</param>
/// <param name="DueOn">The action's due date; for <see cref="FeedbackDispositionKind.Improvement"/>.</param>
/// <param name="Complaint">The linked complaint; for <see cref="FeedbackDispositionKind.Complaint"/>.</param>
/// <param name="Reason">Why it was declined; for <see cref="FeedbackDispositionKind.Declined"/>.</param>
public sealed record FeedbackDisposition(
    FeedbackDispositionKind Kind, LocalDate DisposedOn, string? Action = null, string? Owner = null, LocalDate? DueOn = null, ComplaintId? Complaint = null, string? Reason = null);
