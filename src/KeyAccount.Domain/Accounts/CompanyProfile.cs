namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 客户经营概况 — the customer's business profile, learned in the first contact (ACC-03): how long it has operated,
/// its scale and its current business situation.
/// </summary>
/// <param name="OperatingYears">How many years the company has been in business (经营时间).</param>
/// <param name="Scale">Its scale (规模), e.g. head count or annual revenue.</param>
/// <param name="BusinessSituation">Its current business situation (目前经营状况).</param>
public sealed record CompanyProfile(int OperatingYears, string Scale, string BusinessSituation);
