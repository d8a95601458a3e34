using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Reconciliation.SalesDayFixture;

namespace KeyAccount.Domain.Tests.Reconciliation;

public sealed class SalesDayTests
{
    [Fact]
    public void Opening_a_day_records_site_date_site_manager_and_sales_mode()
    {
        var opened = DecisionAssert.Single<SalesDayEvent, SalesDayOpened>(When(Given(), new OpenSalesDay(DayId, Site, Date, SiteManager, SalesMode.Underwriting)));

        Assert.Equal(new SalesDayOpened(DayId, Site, Date, SiteManager, SalesMode.Underwriting), opened);
        Assert.Equal(SalesDayStatus.Open, Given(opened).Status);
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public void A_day_is_opened_only_once_REC_04() =>
        DecisionAssert.Rejected(When(Given(Opened), new OpenSalesDay(DayId, Site, Date, SiteManager, SalesMode.Agency)), "REC-04", "lifecycle.transition_not_allowed");

    [Fact]
    [Trait("Rule", "REC-04")]
    public void Entries_before_the_day_is_opened_are_rejected_REC_04() =>
        DecisionAssert.Rejected(When(Given(), Notice(1, 10m)[0]), "REC-04", "lifecycle.transition_not_allowed");

    [Fact]
    [Trait("Rule", "SUB-05")]
    public void A_payment_and_a_notice_copy_posted_to_an_open_day_are_recorded_as_written()
    {
        var payment = DecisionAssert.Single<SalesDayEvent, PaymentPosted>(When(Given(Opened), new PostPayment(N(7), Money.Cny(500m), PaymentChannel.Cheque, Collector.CompanyCashier)));
        var copy = DecisionAssert.Single<SalesDayEvent, NoticeCopyPosted>(When(Given(Opened), new PostNoticeCopy(N(7), NoticeCopy.Clerk, Date.PlusDays(-1), Money.Cny(500m))));

        Assert.Equal(new PaymentPosted(N(7), Money.Cny(500m), PaymentChannel.Cheque, Collector.CompanyCashier, null), payment);
        Assert.Equal(new NoticeCopyPosted(N(7), NoticeCopy.Clerk, Date.PlusDays(-1), Money.Cny(500m), null), copy);
        Assert.Equal(2, Given(Opened, payment, copy).EntryCount);
    }

    [Theory]
    [Trait("Rule", "REC-06")]
    [InlineData(0)]
    [InlineData(1)]
    public void An_entry_without_a_notice_number_is_rejected_REC_06(int which)
    {
        SalesDayCommand[] commands = [new PostPayment(default, Money.Cny(1m), PaymentChannel.Cash, Collector.CompanyCashier), new PostNoticeCopy(default, NoticeCopy.Cashier, Date, Money.Cny(1m))];

        DecisionAssert.Rejected(When(Given(Opened), commands[which]), "REC-06", "sales_day.notice_number_required");
    }

    [Fact]
    [Trait("Rule", "REC-06")]
    public void An_entry_the_reconciler_cannot_read_is_rejected_REC_06()
    {
        var tooLarge = new PostPayment(N(8), Money.Cny(100_000_000_000_000_000m), PaymentChannel.Cash, Collector.CompanyCashier);

        var error = DecisionAssert.Rejected(When(Given(Opened), tooLarge), "REC-06", "sales_day.entry_not_reconcilable");

        Assert.Equal(N(8), error.Detail<RemittanceNoticeNumber>("reference"));
    }

    [Fact]
    [Trait("Rule", "REC-06")]
    public void No_command_carries_a_matched_count_or_a_report_so_a_day_is_never_balanced_on_request_REC_06()
    {
        // The one command carrying a discrepancy is the explanation of one the day itself found.
        var carriers = typeof(SalesDayCommand).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SalesDayCommand)))
            .SelectMany(t => t.GetProperties().Select(p => (Command: t.Name, p.Name, p.PropertyType)))
            .Where(p => p.Name.Contains("Matched", System.StringComparison.Ordinal) || p.Name.Contains("Balanced", System.StringComparison.Ordinal)
                || p.PropertyType == typeof(ReportedDiscrepancy) || typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string))
            .Select(p => $"{p.Command}.{p.Name}");

        Assert.Equal(["ExplainDiscrepancy.Discrepancy"], carriers);
        Assert.Equal(typeof(ReconcileSalesDay).GetProperties().Where(p => p.Name != "EqualityContract"), []);
    }

    [Fact]
    [Trait("Rule", "REC-06")]
    public void A_day_with_no_entries_reconciles_to_nothing_matched_and_nothing_to_explain_REC_06()
    {
        var reconciled = DecisionAssert.Single<SalesDayEvent, SalesDayReconciled>(When(Given(Opened), new ReconcileSalesDay()));

        Assert.Equal(new SalesDayReconciled(0, []), reconciled);
    }

    [Fact]
    [Trait("Rule", "REC-06")]
    [Trait("Rule", "REC-02")]
    public void Reconciling_computes_the_matched_count_and_the_discrepancies_from_the_posted_entries_REC_06()
    {
        var state = After(Given(Opened),
        [
            .. Notice(41, 100m),
            .. Notice(44, 250m),
            new PostPayment(N(42), Money.Cny(200m), PaymentChannel.Cash, Collector.CompanyCashier),
            new PostNoticeCopy(N(42), NoticeCopy.Clerk, Date, Money.Cny(200m)), // the cashier's copy is missing
            new PostPayment(N(43), Money.Cny(300m), PaymentChannel.Cash, Collector.Developer), // the developer collected on an underwriting site
            new PostNoticeCopy(N(43), NoticeCopy.Clerk, Date, Money.Cny(300m)),
            new PostNoticeCopy(N(43), NoticeCopy.Cashier, Date, Money.Cny(310m)),
            new PostNoticeCopy(N(45), NoticeCopy.Clerk, Date, Money.Cny(50m)), // a notice nobody paid
        ]);

        var reconciled = DecisionAssert.Single<SalesDayEvent, SalesDayReconciled>(When(state, new ReconcileSalesDay()));

        Assert.Equal(2, reconciled.MatchedCount);
        Assert.Equal(
            [
                new ReportedDiscrepancy(DiscrepancyKind.NoticeWithoutPayment, N(45)),
                new ReportedDiscrepancy(DiscrepancyKind.MissingCashierCopy, N(42)),
                new ReportedDiscrepancy(DiscrepancyKind.AmountMismatch, N(43)),
                new ReportedDiscrepancy(DiscrepancyKind.WrongCollector, N(43)),
            ],
            reconciled.Discrepancies.ToArray());
        Assert.Equal(SalesDayStatus.Reconciled, DayDecider.Evolve(state, reconciled).Status);
    }

    [Fact]
    [Trait("Rule", "REC-06")]
    [Trait("Rule", "REC-01")]
    public void A_copy_dated_another_day_is_a_discrepancy_the_day_finds_itself_REC_06()
    {
        var state = After(Given(Opened),
            new PostPayment(N(46), Money.Cny(80m), PaymentChannel.Cash, Collector.CompanyCashier),
            new PostNoticeCopy(N(46), NoticeCopy.Clerk, Date, Money.Cny(80m)),
            new PostNoticeCopy(N(46), NoticeCopy.Cashier, Date.PlusDays(-1), Money.Cny(80m)));

        var reconciled = DecisionAssert.Single<SalesDayEvent, SalesDayReconciled>(When(state, new ReconcileSalesDay()));

        Assert.Equal(new SalesDayReconciled(0, [new ReportedDiscrepancy(DiscrepancyKind.WrongDateOrSite, N(46))]), reconciled);
    }

    [Fact]
    [Trait("Rule", "REC-06")]
    public void An_open_day_proposes_its_reconciliation() =>
        Assert.Equal([new ReconcileSalesDay()], DayDecider.ProposeCommands(Given(Opened), Context).ToList());

    [Fact]
    [Trait("Rule", "REC-03")]
    [Trait("Rule", "REC-06")]
    public void A_day_whose_entries_all_match_closes_balanced_REC_03()
    {
        var state = After(Given(Opened), [.. Notice(41, 100m), .. Notice(42, 200m), new ReconcileSalesDay()]);

        var closed = DecisionAssert.Single<SalesDayEvent, SalesDayClosed>(When(state, new CloseSalesDay(SiteManager)));

        Assert.Equal(2, state.MatchedCount);
        Assert.True(closed.Balanced);
    }

    [Fact]
    [Trait("Rule", "REC-03")]
    [Trait("Rule", "REC-06")]
    public void A_day_whose_computed_report_has_an_unexplained_discrepancy_does_not_close_REC_03()
    {
        var state = After(Given(Opened), [.. Notice(41, 100m), new PostPayment(N(42), Money.Cny(200m), PaymentChannel.Cash, Collector.CompanyCashier), new ReconcileSalesDay()]);

        var decision = When(state, new CloseSalesDay(SiteManager));

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(decision, "REC-03", "sales_day.unexplained_discrepancies"));
        Assert.Equal(N(42), Assert.Single(error.Missing).Details[1].Value);
        var explained = After(state, new ExplainDiscrepancy(new ReportedDiscrepancy(DiscrepancyKind.PaymentWithoutNotice, N(42)), "Notice book left in the car; written up the next morning.", SiteManager));
        Assert.False(DecisionAssert.Single<SalesDayEvent, SalesDayClosed>(When(explained, new CloseSalesDay(SiteManager))).Balanced);
    }

    [Fact]
    [Trait("Rule", "REC-03")]
    [Trait("Rule", "REC-06")]
    public void An_entry_posted_after_reconciling_must_be_reconciled_before_the_day_closes_REC_03()
    {
        var reconciled = After(Given(Opened), [.. Notice(41, 100m), new ReconcileSalesDay()]);
        var late = After(reconciled, new PostPayment(N(42), Money.Cny(200m), PaymentChannel.Cash, Collector.CompanyCashier));

        var refused = When(late, new CloseSalesDay(SiteManager));

        Assert.IsType<TransitionNotAllowed>(DecisionAssert.Rejected(refused, "REC-03", "lifecycle.transition_not_allowed"));
        Assert.Equal(SalesDayStatus.Open, late.Status);
        var again = After(late, new ReconcileSalesDay());
        Assert.Equal([new ReportedDiscrepancy(DiscrepancyKind.PaymentWithoutNotice, N(42))], again.Unexplained.ToArray());
        DecisionAssert.Rejected(When(again, new CloseSalesDay(SiteManager)), "REC-03", "sales_day.unexplained_discrepancies");
    }

    [Fact]
    [Trait("Rule", "REC-06")]
    [Trait("Rule", "SUB-05")]
    public void The_records_of_a_subscription_payment_post_to_the_day_and_match_REC_06()
    {
        RemittanceNoticeCopy[] copies =
        [
            new(RemittanceCopyHolder.ProjectClerk, N(42), Money.Cny(50_000m), Date),
            new(RemittanceCopyHolder.Cashier, N(42), Money.Cny(50_000m), Date),
        ];
        var notice = new RemittanceNotice(N(42), Site, default, Date, Money.Cny(50_000m), PaymentMethod.Transfer, PaymentCollector.CompanyCashier, Clerk, copies);

        var state = After(Given(Opened), [.. SalesDayPostings.Of(notice), new ReconcileSalesDay()]);

        Assert.Equal(new PostPayment(N(42), Money.Cny(50_000m), PaymentChannel.BankTransfer, Collector.CompanyCashier), SalesDayPostings.Of(notice)[0]);
        Assert.Equal((1, 0), (state.MatchedCount, state.Discrepancies.Length));
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
        var error = DecisionAssert.Rejected(When(Given(Opened, Reconciled(), new SalesDayClosed(SiteManager, true)), new PostPayment(N(45), Money.Cny(300m), PaymentChannel.Cash, Collector.CompanyCashier)), "REC-04", "sales_day.closed");

        Assert.Equal(Date, error.Detail<NodaTime.LocalDate>("date"));
    }

    [Theory]
    [Trait("Rule", "REC-04")]
    [InlineData(0, "REC-04")]
    [InlineData(1, "REC-03")]
    [InlineData(2, "REC-03")]
    public void A_closed_day_rejects_every_other_command_with_the_rule_the_table_names_REC_04(int which, string rule)
    {
        SalesDayCommand[] commands = [new ReconcileSalesDay(), new ExplainDiscrepancy(Missing42, "x", SiteManager), new CloseSalesDay(SiteManager)];

        var error = DecisionAssert.Rejected(When(Given(Opened, Reconciled(), new SalesDayClosed(SiteManager, true)), commands[which]), rule, "lifecycle.transition_not_allowed");

        Assert.IsType<TransitionNotAllowed>(error);
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public void A_late_entry_goes_to_an_open_day_with_a_reference_to_the_original_REC_04()
    {
        var original = new EntryReference(EarlierDayId, N(45));

        var posted = DecisionAssert.Single<SalesDayEvent, NoticeCopyPosted>(When(Given(Opened), new PostNoticeCopy(N(45), NoticeCopy.Cashier, Date.PlusDays(-1), Money.Cny(300m), original)));

        Assert.Equal(original, posted.Corrects);
        Assert.Equal(Date.PlusDays(-1), posted.BusinessDate);
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public void A_correction_cannot_refer_to_an_entry_of_the_same_day_REC_04() =>
        DecisionAssert.Rejected(When(Given(Opened), new PostPayment(N(45), Money.Cny(300m), PaymentChannel.Cash, Collector.CompanyCashier, new EntryReference(DayId, N(44)))), "REC-04", "sales_day.correction_of_same_day");

    [Fact]
    public void A_reconciled_day_proposes_its_closing_by_the_site_manager()
    {
        Assert.Equal([new CloseSalesDay(SiteManager)], DayDecider.ProposeCommands(Given(Opened, Reconciled()), Context).ToList());
        Assert.Empty(DayDecider.ProposeCommands(Given(Opened, Reconciled(), new SalesDayClosed(SiteManager, true)), Context));
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
