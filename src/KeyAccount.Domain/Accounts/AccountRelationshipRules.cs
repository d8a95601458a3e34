using System;
using System.Collections.Immutable;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using NodaTime;
using static KeyAccount.Domain.Accounts.AccountDecisions;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The rules of the relationship with the customer (ACC-06, ACC-08, ACC-09, ACC-13, ACC-14): the buying centre and
/// its decision makers, the interactions with them, and the upkeep of a won account.
/// </summary>
internal static class AccountRelationshipRules
{
    // ACC-08
    internal static Decision<AccountEvent> RecordContact(RecordContact c) =>
        NonBlankText.TryCreate(c.Name, out var name)
            ? Accept(new ContactRecorded(c.Contact, name, c.Function, c.IsInsider))
            : Required("ACC-08", "name");

    // ACC-08: each area has at most one decision holder; the matrix, not the caller, makes a contact key.
    internal static Decision<AccountEvent> AssignAuthority(AssignAuthority c, AccountState state)
    {
        if (UnknownContact(state, c.Contact) is { } unknown)
        {
            return unknown;
        }

        if (state.BuyingCentre.AuthorityOf(c.Contact, c.Area) == c.Authority)
        {
            return Accept();
        }

        if (c.Authority == Authority.Decision && state.BuyingCentre.DecisionHolder(c.Area) is { } holder && holder != c.Contact)
        {
            return Violation(
                "ACC-08",
                "account.area_has_decision_holder",
                new ErrorDetail("area", c.Area.Name),
                new ErrorDetail("holder", state.FindContact(holder)?.Name ?? holder.ToString()));
        }

        return Accept(new AuthorityAssigned(c.Contact, c.Area, c.Authority));
    }

    // ACC-04, ACC-09
    internal static Decision<AccountEvent> RecordDecisionMakerProfile(RecordDecisionMakerProfile c, AccountState state)
    {
        if (UnknownContact(state, c.Contact) is { } unknown)
        {
            return unknown;
        }

        return c.Details is null || c.Details.IsEmpty
            ? Violation("ACC-04", "account.profile_empty")
            : Accept(new DecisionMakerProfileRecorded(c.Contact, c.Details));
    }

    // ACC-06, ACC-14
    internal static Decision<AccountEvent> RecordInteraction(RecordInteraction c, AccountState state, LocalDate today)
    {
        if (UnknownContact(state, c.Contact) is { } unknown)
        {
            return unknown;
        }

        if (!NonBlankText.TryCreate(c.Summary, out var summary))
        {
            return Required("ACC-06", "summary");
        }

        return InFuture("ACC-06", c.On, today) ?? Accept(new InteractionRecorded(c.Contact, c.On, summary));
    }

    // ACC-13: a tier belongs to a won account and follows the host's thresholds; only a change is an event.
    internal static Decision<AccountEvent> ReviewTier(ReviewTier c, AccountState state, AccountTierPolicy policy)
    {
        if (MoneyEntry.Check("transactionAmount", c.TransactionAmount) is { } amount)
        {
            return amount;
        }

        if (state.Stage != AccountStage.Won)
        {
            return Violation("ACC-13", "account.tier_before_won", new ErrorDetail("stage", state.Stage));
        }

        if (c.TransactionAmount.Currency != policy.TierAAmount.Currency)
        {
            return Violation("ACC-13", "account.tier_currency_mismatch", new ErrorDetail("currency", c.TransactionAmount.Currency), new ErrorDetail("policyCurrency", policy.TierAAmount.Currency));
        }

        if (c.TransactionAmount.Amount < 0 || c.TransactionCount < 0)
        {
            return Violation("ACC-13", "account.value_negative", new ErrorDetail("field", c.TransactionCount < 0 ? "transactionCount" : "transactionAmount"));
        }

        var tier = policy.TierOf(c.TransactionAmount, c.TransactionCount);
        return tier == state.Tier ? Accept() : Accept(new TierChanged(state.Tier, tier, c.TransactionAmount, c.TransactionCount));
    }

    // ACC-14
    internal static Decision<AccountEvent> RecordNeedsChange(RecordNeedsChange c, AccountState state, LocalDate today)
    {
        if (state.Stage != AccountStage.Won)
        {
            return Violation("ACC-14", "account.maintenance_before_won", new ErrorDetail("stage", state.Stage));
        }

        if (UnknownContact(state, c.Contact) is { } unknown)
        {
            return unknown;
        }

        return NonBlankText.TryCreate(c.Description, out var description)
            ? InFuture("ACC-14", c.On, today) ?? Accept(new NeedsChangeRecorded(c.Contact, c.On, description))
            : Required("ACC-14", "description");
    }

    /// <summary>Records a contact, or updates the one with the same identifier (its personal details are kept).</summary>
    internal static ImmutableList<Contact> Upsert(AccountState state, ContactRecorded e) =>
        state.FindContact(e.Contact) is { } existing
            ? state.Contacts.Replace(existing, existing with { Name = e.Name, Function = e.Function, IsInsider = e.IsInsider })
            : state.Contacts.Add(new Contact(e.Contact, e.Name, e.Function, e.IsInsider, new PersonalDetails()));

    /// <summary>Changes a contact the account has.</summary>
    /// <exception cref="ArgumentException">The account has no such contact: the event cannot follow the state.</exception>
    internal static AccountState WithContact(AccountState state, ContactId id, Func<Contact, Contact> change)
    {
        var contact = state.FindContact(id) ?? throw new ArgumentException($"Contact {id} is not in the account.", nameof(id));
        return state with { Contacts = state.Contacts.Replace(contact, change(contact)) };
    }
}
