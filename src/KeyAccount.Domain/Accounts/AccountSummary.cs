using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// A summary of a key account for display, reports and exports. Personal details of contacts (ACC-09) are present
/// only when the caller asked for them; otherwise every <see cref="ContactSummary.Details"/> is null.
/// </summary>
/// <param name="Account">The account.</param>
/// <param name="CompanyName">The company's name.</param>
/// <param name="Owner">The owner, or null before opening.</param>
/// <param name="Stage">The pipeline stage.</param>
/// <param name="Tier">The tier, if reviewed.</param>
/// <param name="Contacts">The contacts with their authority and follow-up class.</param>
/// <param name="Competitors">The names of the incumbent suppliers analysed.</param>
/// <param name="Materials">The materials the customer uses.</param>
/// <param name="CustomerFileEntries">The number of entries in the customer file.</param>
/// <param name="IncludesPersonalData">Whether the summary holds personal data.</param>
public sealed record AccountSummary(
    AccountId Account,
    string CompanyName,
    string? Owner,
    AccountStage Stage,
    AccountTier? Tier,
    IReadOnlyList<ContactSummary> Contacts,
    IReadOnlyList<string> Competitors,
    IReadOnlyList<string> Materials,
    int CustomerFileEntries,
    bool IncludesPersonalData)
{
    /// <summary>Returns the summary as one line of JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, AccountJsonContext.Shared.AccountSummary);

    internal static AccountSummary Of(AccountState state, bool includePersonalData) =>
        new(
            state.Account,
            state.CompanyName,
            state.Owner?.Value,
            state.Stage,
            state.Tier,
            state.Contacts.Select(c => new ContactSummary(
                c.Id,
                c.Name,
                c.Function,
                c.IsInsider,
                state.BuyingCentre.FollowUpOf(c.Id),
                state.BuyingCentre.Grants.Where(g => g.Contact == c.Id).Select(g => new AreaAuthority(g.Area, g.Authority)).ToList(),
                includePersonalData && c.HasProfile ? c.Details : null)).ToList(),
            state.Competitors.Select(c => c.Supplier).ToList(),
            state.Materials,
            state.CustomerFile.Count,
            includePersonalData);
}
