using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

[Trait("Rule", "ACC-14")]
public sealed class MaintenanceTests
{
    // Won on 2025-03-03; the engineer decides technical approval, the buyer advises on it: both are key contacts.
    private static readonly LocalDate WonOn = new(2025, 3, 3);

    [Fact]
    public void Key_contacts_without_an_interaction_within_the_interval_are_overdue()
    {
        var s = In(AccountStage.Won);
        s.Context = TestContexts.On(new LocalDate(2025, 3, 20));
        s.Given(new RecordInteraction(Engineer, new LocalDate(2025, 3, 20), "Quarterly call"));

        var overdue = s.State.OverdueContacts(WonOn.PlusDays(31), ContactIntervalPolicy.Default);

        var buyer = Assert.Single(overdue);
        Assert.Equal(new OverdueContact(Buyer, null, WonOn.PlusDays(30)), buyer);
    }

    [Fact]
    public void A_contact_is_due_only_after_the_interval_has_fully_passed()
    {
        var s = In(AccountStage.Won);

        Assert.Empty(s.State.OverdueContacts(WonOn.PlusDays(30), ContactIntervalPolicy.Default));
        Assert.Equal(2, s.State.OverdueContacts(WonOn.PlusDays(8), new ContactIntervalPolicy(7)).Count);
    }

    [Fact]
    public void Non_key_contacts_are_never_overdue()
    {
        var s = In(AccountStage.Won).Given(new RecordContact(Boss, "Wang Jun", ContactFunction.Owner));

        Assert.DoesNotContain(s.State.OverdueContacts(WonOn.PlusDays(365), ContactIntervalPolicy.Default), o => o.Contact == Boss);
    }

    [Fact]
    public void An_account_not_yet_won_has_no_overdue_contacts()
    {
        Assert.Empty(In(AccountStage.Closing).State.OverdueContacts(WonOn.PlusDays(365), ContactIntervalPolicy.Default));
    }

    [Fact]
    public void A_change_of_needs_is_recorded_with_its_date_in_the_customer_file()
    {
        var s = In(AccountStage.Won).Given(new RecordNeedsChange(Engineer, WonOn, "Now also needs titanium bolts"));

        var entry = s.State.CustomerFile.Single();
        Assert.Equal(new CustomerFileEntry(WonOn, CustomerFileEntryKind.NeedsChange, "Now also needs titanium bolts", null, Engineer), entry);
    }

    [Fact]
    public void Needs_changes_are_maintenance_and_rejected_before_the_account_is_won()
    {
        DecisionAssert.Rejected(In(AccountStage.Closing).When(new RecordNeedsChange(Engineer, WonOn, "More")), "ACC-14", "account.maintenance_before_won");
        DecisionAssert.Rejected(In(AccountStage.Won).When(new RecordNeedsChange(Engineer, WonOn, " ")), "ACC-14", "account.field_required");
        DecisionAssert.Rejected(In(AccountStage.Won).When(new RecordNeedsChange(Engineer, WonOn.PlusDays(1), "More")), "ACC-14", "account.date_in_future");
        DecisionAssert.Rejected(In(AccountStage.Won).When(new RecordNeedsChange(Boss, WonOn, "More")), "ACC-08", "account.contact_unknown");
    }
}
