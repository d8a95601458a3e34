namespace KeyAccount.Domain.Negotiations;

/// <summary>A question of the information exchange (提出问题和答疑) and how it stands, NEG-13.</summary>
/// <param name="Id">The question.</param>
/// <param name="Text">What was asked.</param>
/// <param name="Status">Open, answered or deferred.</param>
/// <param name="Answer">The answer, once answered.</param>
/// <param name="FollowUp">The follow-up action it was deferred to, once deferred; the minutes carry it (NEG-08).</param>
public sealed record QuestionProgress(QuestionId Id, string Text, QuestionStatus Status, string? Answer, FollowUpAction? FollowUp);
