using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Reconciliation.SalesDayFixture;

namespace KeyAccount.Domain.Tests.Reconciliation;

public sealed class SalesDayTests
{
    [Fact]
    public void Opening_a_day_records_site_date_and_site_manager()
    {
        var opened = DecisionAssert.Single<SalesDayEvent, SalesDayOpened>(When(Given(), new OpenSalesDay(DayId, Site, Date, SiteManager)));

        Assert.Equal(new SalesDayOpened(DayId, Site, Date, SiteManager), opened);
        Assert.Equal(SalesDayStatus.Open, Given(opened).Status);
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public void A_day_is_opened_only_once_REC_04() =>
        DecisionAssert.Rejected(When(Given(Opened), new OpenSalesDay(DayId, Site, Date, SiteManager)), "REC-04", "lifecycle.transition_not_allowed");

    [Fact]
    [Trait("Rule", "REC-04")]
    public void Entries_before_the_day_is_opened_are_rejected_REC_04() =>
        DecisionAssert.Rejected(When(Given(), new PostEntry(1, EntryKind.Payment, Money.Cny(10m))), "REC-04", "lifecycle.transition_not_allowed");

    [Fact]
    public void An_entry_posted_to_an_open_day_is_recorded()
    {
        var posted = DecisionAssert.Single<SalesDayEvent, EntryPosted>(When(Given(Opened), new PostEntry(7, EntryKind.ClerkCopy, Money.Cny(500m))));

        Assert.Equal(new EntryPosted(7, EntryKind.ClerkCopy, Money.Cny(500m), null), posted);
    }

    [Fact]
    [Trait("Rule", "REC-01")]
    public void A_reconciliation_is_recorded_with_its_discrepancies_REC_01()
    {
        var reconciled = DecisionAssert.Single<SalesDayEvent, SalesDayReconciled>(
            When(Given(Opened, Posted(42)), new RecordReconciliation(Date, 3, [Missing42, Amount43])));

        Assert.Equal(3, reconciled.MatchedCount);
        Assert.Equal([Missing42, Amount43], reconciled.Discrepancies.ToArray());
        Assert.Equal(SalesDayStatus.Reconciled, Given(Opened, reconciled).Status);
    }

    [Fact]
    [Trait("Rule", "REC-01")]
    public void A_report_for_another_date_is_rejected_REC_01()
    {
        var error = DecisionAssert.Rejected(When(Given(Opened), new RecordReconciliation(Date.PlusDays(1), 3, [])), "REC-01", "sales_day.report_for_other_date");

        Assert.Equal(Date.PlusDays(1), error.Detail<NodaTime.LocalDate>("reportDate"));
    }

    [Fact]
    [Trait("Rule", "REC-02")]
    public void A_negative_matched_count_is_rejected_REC_02() =>
        DecisionAssert.Rejected(When(Given(Opened), new RecordReconciliation(Date, -1, [])), "REC-02", "sales_day.negative_matched_count");

    [Fact]
    [Trait("Rule", "REC-02")]
    public void The_reconciler_report_of_a_site_becomes_the_command_REC_02()
    {
        var batch = new ReconciliationBatch();
        var site = batch.AddSite(SiteSalesMode.Underwriting);
        batch.AddPayment(42, site, Date, Money.Cny(100m), PaymentChannel.Cash, Collector.CompanyCashier).AddClerkCopy(42, site, Date, Money.Cny(100m));
        batch.AddPayment(43, site, Date, Money.Cny(200m), PaymentChannel.Cash, Collector.CompanyCashier).AddNotice(43, site, Date, Money.Cny(200m));

        var command = RecordReconciliation.From(batch.Reconcile().Days.Single());

        Assert.Equal(new RecordReconciliation(Date, 1, command.Discrepancies), command);
        Assert.Equal([Missing42], command.Discrepancies);
    }

    [Fact]
    [Trait("Rule", "REC-03")]
    public void A_balanced_day_closes_at_once_REC_03()
    {
        var closed = DecisionAssert.Single<SalesDayEvent, SalesDayClosed>(When(Given(Opened, Reconciled()), new CloseSalesDay(SiteManager)));

        Assert.True(closed.Balanced);
    }

    [Fact]
    [Trait("Rule", "REC-03")]
    public void A_day_that_was_not_reconciled_does_not_close_REC_03()
    {
        var error = DecisionAssert.Rejected(When(Given(Opened, Posted(1)), new CloseSalesDay(SiteManager)), "REC-03", "lifecycle.transition_not_allowed");

        Assert.IsType<TransitionNotAllowed>(error);
    }

    [Fact]
    [Trait("Rule", "REC-03")]
    public void A_day_with_unexplained_discrepancies_does_not_close_and_lists_them_REC_03()
    {
        var state = Given(Opened, Reconciled(Missing42, Amount43), new DiscrepancyExplained(Amount43, "Typo on the cashier's copy; corrected.", SiteManager));

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(When(state, new CloseSalesDay(SiteManager)), "REC-03", "sales_day.unexplained_discrepancies"));

        var missing = Assert.Single(error.Missing);
        Assert.Equal(Missing42.Reference, missing.Details[1].Value);
    }

    [Fact]
    [Trait("Rule", "REC-03")]
    public void A_day_whose_discrepancies_are_all_explained_and_signed_off_closes_REC_03()
    {
        var state = Given(
            Opened,
            Reconciled(Missing42),
            new DiscrepancyExplained(Missing42, "The cashier's copy was filed with the next day's; found and matched.", SiteManager));

        var closed = DecisionAssert.Single<SalesDayEvent, SalesDayClosed>(When(state, new CloseSalesDay(SiteManager)));

        Assert.False(closed.Balanced);
    }

    [Fact]
    [Trait("Rule", "REC-03")]
    public void Only_the_site_manager_signs_off_an_explanation_REC_03() =>
        DecisionAssert.Rejected(When(Given(Opened, Reconciled(Missing42)), new ExplainDiscrepancy(Missing42, "Found it.", Clerk)), "REC-03", "sales_day.site_manager_signs_off");

    [Fact]
    [Trait("Rule", "REC-03")]
    public void Only_the_site_manager_closes_the_day_REC_03() =>
        DecisionAssert.Rejected(When(Given(Opened, Reconciled()), new CloseSalesDay(Clerk)), "REC-03", "sales_day.site_manager_signs_off");

    [Fact]
    [Trait("Rule", "REC-03")]
    public void An_explanation_must_not_be_blank_REC_03() =>
        DecisionAssert.Rejected(When(Given(Opened, Reconciled(Missing42)), new ExplainDiscrepancy(Missing42, "  ", SiteManager)), "REC-03", "sales_day.explanation_required");

    [Fact]
    [Trait("Rule", "REC-03")]
    public void Explaining_a_discrepancy_the_report_does_not_have_is_rejected_REC_03() =>
        DecisionAssert.Rejected(When(Given(Opened, Reconciled(Missing42)), new ExplainDiscrepancy(Amount43, "?", SiteManager)), "REC-03", "sales_day.unknown_discrepancy");

    [Fact]
    [Trait("Rule", "REC-03")]
    public void A_late_entry_sends_a_reconciled_day_back_to_open_and_clears_the_sign_offs_on_the_next_reconciliation_REC_03()
    {
        var state = Given(Opened, Reconciled(Missing42), new DiscrepancyExplained(Missing42, "Found.", SiteManager), Posted(44));

        Assert.Equal(SalesDayStatus.Open, state.Status);
        DecisionAssert.Rejected(When(state, new CloseSalesDay(SiteManager)), "REC-03");
        Assert.Equal([Missing42], Given(Opened, Reconciled(Missing42), new DiscrepancyExplained(Missing42, "Found.", SiteManager), Posted(44), Reconciled(Missing42)).Unexplained.ToArray());
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public void A_closed_day_rejects_a_new_entry_REC_04()
    {
        var error = DecisionAssert.Rejected(When(Given(Opened, Reconciled(), new SalesDayClosed(SiteManager, true)), new PostEntry(45, EntryKind.Payment, Money.Cny(300m))), "REC-04", "sales_day.closed");

        Assert.Equal(Date, error.Detail<NodaTime.LocalDate>("date"));
    }

    [Theory]
    [Trait("Rule", "REC-04")]
    [InlineData(0, "REC-04")]
    [InlineData(1, "REC-03")]
    [InlineData(2, "REC-03")]
    public void A_closed_day_rejects_every_other_command_with_the_rule_the_table_names_REC_04(int which, string rule)
    {
        SalesDayCommand[] commands = [new RecordReconciliation(Date, 1, []), new ExplainDiscrepancy(Missing42, "x", SiteManager), new CloseSalesDay(SiteManager)];

        var error = DecisionAssert.Rejected(When(Given(Opened, Reconciled(), new SalesDayClosed(SiteManager, true)), commands[which]), rule, "lifecycle.transition_not_allowed");

        Assert.IsType<TransitionNotAllowed>(error);
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public void A_late_entry_goes_to_an_open_day_with_a_reference_to_the_original_REC_04()
    {
        var original = new EntryReference(EarlierDayId, 45);

        var posted = DecisionAssert.Single<SalesDayEvent, EntryPosted>(When(Given(Opened), new PostEntry(45, EntryKind.CashierCopy, Money.Cny(300m), original)));

        Assert.Equal(original, posted.Corrects);
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public void A_correction_cannot_refer_to_an_entry_of_the_same_day_REC_04() =>
        DecisionAssert.Rejected(When(Given(Opened), new PostEntry(45, EntryKind.Payment, Money.Cny(300m), new EntryReference(DayId, 44))), "REC-04", "sales_day.correction_of_same_day");

    [Fact]
    public void A_reconciled_day_proposes_its_closing_by_the_site_manager()
    {
        Assert.Equal([new CloseSalesDay(SiteManager)], DayDecider.ProposeCommands(Given(Opened, Reconciled()), Context).ToList());
        Assert.Empty(DayDecider.ProposeCommands(Given(Opened), Context));
    }

    [Fact]
    public void Evolve_refuses_an_event_of_another_aggregate() =>
        Assert.Throws<System.ArgumentException>(() => DayDecider.Evolve(Given(), new ForeignEvent()));

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void A_history_that_closes_a_day_never_reconciled_does_not_replay()
    {
        var error = DayDecider.TryReplay([Opened, new SalesDayClosed(SiteManager, true)]).AsT1;

        Assert.Equal(MalformedEventKind.DoesNotFollow, error.Kind);
        Assert.Equal(2, error.Position);
        Assert.Equal("REC-03", error.IllegalMoveRule?.ToString());
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void A_history_that_does_not_begin_with_the_opening_does_not_replay()
    {
        var error = DayDecider.TryReplay([Posted(1)]).AsT1;

        Assert.Equal(MalformedEventKind.DoesNotFollow, error.Kind);
        Assert.Equal(1, error.Position);
        Assert.Equal("REC-04", error.IllegalMoveRule?.ToString());
        Assert.Equal("REC-03", DayDecider.TryReplay([new SalesDayClosed(SiteManager, true)]).AsT1.IllegalMoveRule?.ToString());
    }

    private sealed record ForeignEvent : SalesDayEvent;
}
