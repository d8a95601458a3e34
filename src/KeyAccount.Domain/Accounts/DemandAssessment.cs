namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 潜在需求 — the potential-demand assessment (ACC-03): why the customer would add or change a supplier, how urgent
/// that is, and whether an opportunity exists.
/// </summary>
/// <param name="Reason">Why the customer would add or change a supplier (客户基于何种考虑需要增加或调整供应商).</param>
/// <param name="Urgency">How urgent it is.</param>
/// <param name="Verdict">Whether an opportunity exists; <see cref="OpportunityVerdict.NoOpportunity"/> terminates the account.</param>
public sealed record DemandAssessment(string Reason, DemandUrgency Urgency, OpportunityVerdict Verdict);
