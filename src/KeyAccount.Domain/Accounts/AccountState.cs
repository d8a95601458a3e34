using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 大客户 — everything a key account knows: its stage, the facts its stage gates read, its buying centre, competitors,
/// materials, visits and customer file. Built only by replaying events through <see cref="AccountDecider"/>.
/// </summary>
/// <remarks>
/// <para>Immutable. <see cref="ToString"/> carries no personal data (ACC-09); <see cref="Summarize"/> includes it only on
/// request.</para>
/// <para>Record equality compares the immutable collections by reference; to compare two states by content, compare
/// their histories or their summaries.</para>
/// </remarks>
public sealed record AccountState
{
    /// <inheritdoc />
    public bool Equals(AccountState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    private AccountState()
    {
    }

    /// <summary>Gets the state before the account is opened.</summary>
    public static AccountState Initial { get; } = new();

    /// <summary>Gets whether the account has been opened (ACC-01): its stage is no longer <see cref="AccountStage.NotOpened"/>.</summary>
    public bool IsOpened => Stage != AccountStage.NotOpened;

    /// <summary>Gets the account's identifier.</summary>
    public AccountId Account { get; internal init; }

    /// <summary>Gets the customer company's name.</summary>
    public string CompanyName { get; internal init; } = string.Empty;

    /// <summary>Gets where the lead came from.</summary>
    public string Source { get; internal init; } = string.Empty;

    /// <summary>Gets the development manager who owns the account; null before opening.</summary>
    public ActorId? Owner { get; internal init; }

    /// <summary>Gets the day the account was opened; null before opening.</summary>
    public LocalDate? OpenedOn { get; internal init; }

    /// <summary>Gets the screening that qualified the prospect (KAM-01); null when opened without one.</summary>
    public AccountManagement.ScreeningId? Screening { get; internal init; }

    /// <summary>Gets the pipeline stage; <see cref="AccountStage.NotOpened"/> before opening.</summary>
    public AccountStage Stage { get; internal init; } = AccountStage.NotOpened;

    /// <summary>Gets the company profile (ACC-03).</summary>
    public CompanyProfile? Profile { get; internal init; }

    /// <summary>Gets the latest potential-demand assessment (ACC-03).</summary>
    public DemandAssessment? DemandAssessment { get; internal init; }

    /// <summary>Gets the stated needs (ACC-04).</summary>
    public string? Needs { get; internal init; }

    /// <summary>Gets the samples the customer asked for (ACC-04), in order of request.</summary>
    public ImmutableList<SampleRequest> Samples { get; internal init; } = [];

    /// <summary>Gets the value assessment (ACC-05).</summary>
    public ValueAssessment? ValueAssessment { get; internal init; }

    /// <summary>Gets the contacts of the buying centre, in order of first record (ACC-08).</summary>
    public ImmutableList<Contact> Contacts { get; internal init; } = [];

    /// <summary>Gets the authority matrix (ACC-08).</summary>
    public BuyingCentre BuyingCentre { get; internal init; } = BuyingCentre.Empty;

    /// <summary>Gets the recorded interactions, oldest first (ACC-06, ACC-14); a completed visit counts for every contact met.</summary>
    public ImmutableList<Interaction> Interactions { get; internal init; } = [];

    /// <summary>Gets the day of the latest executive-level meeting (ACC-07).</summary>
    public LocalDate? LastExecutiveMeetingOn { get; internal init; }

    /// <summary>Gets where the customer's site audit stands (ACC-07).</summary>
    public SiteAuditStatus SiteAudit { get; internal init; }

    /// <summary>Gets the approved contract review the account was won with (ACC-07), or its new approval once
    /// reconfirmed after an amendment (CR-05).</summary>
    public ContractReviewReference? ContractReview { get; internal init; }

    /// <summary>Gets the day the approval of <see cref="ContractReview"/> was withdrawn by an amendment of the contract
    /// (CR-05); null while the account relies on an approved review. A won account stays won: the day it was won and
    /// the review it was won with remain; until the review's new approval is reconfirmed
    /// (<see cref="ReconfirmContractApproval"/>) the account has no approved contract to rely on.</summary>
    public LocalDate? ContractApprovalWithdrawnOn { get; internal init; }

    /// <summary>Gets the day the account was won.</summary>
    public LocalDate? WonOn { get; internal init; }

    /// <summary>Gets the reason of the latest termination, while terminated.</summary>
    public string? TerminationReason { get; internal init; }

    /// <summary>Gets the incumbent suppliers analysed (ACC-10), in order of first record.</summary>
    public ImmutableList<CompetitorAnalysis> Competitors { get; internal init; } = [];

    /// <summary>Gets the materials the customer uses (ACC-11).</summary>
    public ImmutableList<string> Materials { get; internal init; } = [];

    /// <summary>Gets the tier from the latest review (ACC-13); null before the first.</summary>
    public AccountTier? Tier { get; internal init; }

    /// <summary>Gets the visits, in order of planning (VIS-01 … VIS-04).</summary>
    public ImmutableList<Visit> Visits { get; internal init; } = [];

    /// <summary>Gets the customer file (客户档案), oldest first (VIS-04, ACC-14).</summary>
    public ImmutableList<CustomerFileEntry> CustomerFile { get; internal init; } = [];

    /// <summary>
    /// Gets every need recorded on the account, which a proposal answers (KAM-02): the stated needs (ACC-04) and the
    /// needs, requirements and changes of needs of the customer file (VIS-04, ACC-14), trimmed, each once, oldest first.
    /// </summary>
    public ImmutableArray<string> RecordedNeeds =>
        [.. new[] { Needs }.Concat(CustomerFile.Where(e => e.Kind is CustomerFileEntryKind.Need or CustomerFileEntryKind.Requirement or CustomerFileEntryKind.NeedsChange).Select(e => e.Text))
            .Where(text => !string.IsNullOrWhiteSpace(text)).Select(text => text!.Trim()).Distinct(System.StringComparer.Ordinal)];

    /// <summary>Returns a contact.</summary>
    /// <param name="id">The contact's identifier.</param>
    /// <returns>The contact, or null when the buying centre does not know it.</returns>
    public Contact? FindContact(ContactId id) => Contacts.Find(c => c.Id == id);

    /// <summary>Returns a visit.</summary>
    /// <param name="id">The visit's identifier.</param>
    /// <returns>The visit, or null when none was planned with that identifier.</returns>
    public Visit? FindVisit(VisitId id) => Visits.Find(v => v.Id == id);

    /// <summary>Returns a contact's follow-up class, derived from the buying centre (ACC-08).</summary>
    /// <param name="id">The contact.</param>
    /// <returns>The class.</returns>
    public FollowUpClass FollowUpOf(ContactId id) => BuyingCentre.FollowUpOf(id);

    /// <summary>Returns the day of the latest interaction with a contact.</summary>
    /// <param name="id">The contact.</param>
    /// <returns>The day, or null when there was none.</returns>
    public LocalDate? LastInteractionWith(ContactId id)
    {
        LocalDate? last = null;
        foreach (var interaction in Interactions)
        {
            if (interaction.Contact == id && (last is null || interaction.On > last))
            {
                last = interaction.On;
            }
        }

        return last;
    }

    /// <summary>
    /// Returns the key contacts of a won account that are overdue for an interaction as of a day (ACC-14): their last
    /// interaction (or, without one, the day the account was won) lies more than the policy's interval before it.
    /// </summary>
    /// <param name="asOf">The day to judge.</param>
    /// <param name="policy">The contact interval.</param>
    /// <returns>The overdue contacts in buying-centre order; empty unless the account is won.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public IReadOnlyList<OverdueContact> OverdueContacts(LocalDate asOf, ContactIntervalPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (Stage != AccountStage.Won || WonOn is not { } wonOn)
        {
            return [];
        }

        var overdue = new List<OverdueContact>();
        foreach (var contact in BuyingCentre.KeyContacts)
        {
            var last = LastInteractionWith(contact);
            var from = last is { } l && l > wonOn ? l : wonOn;
            var due = from.PlusDays(policy.IntervalDays);
            if (asOf > due)
            {
                overdue.Add(new OverdueContact(contact, last, due));
            }
        }

        return overdue;
    }

    /// <summary>Returns a summary of the account for display or export (ACC-09: personal data only on request).</summary>
    /// <param name="includePersonalData">Whether to include the personal details of contacts.</param>
    /// <returns>The summary.</returns>
    public AccountSummary Summarize(bool includePersonalData = false) => AccountSummary.Of(this, includePersonalData);

    /// <summary>Returns a short text without personal data (ACC-09), safe for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsOpened
            ? $"KeyAccount {{ Account = {Account}, CompanyName = {CompanyName}, Stage = {Stage}, Tier = {(Tier?.ToString() ?? "-")}, Contacts = {Contacts.Count}, Visits = {Visits.Count} }}"
            : "KeyAccount { (not opened) }";
}
