using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Rules;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Processes.ProcessSite;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>Payments into the sales day end to end (SUB-05, REC-06, REC-04, GEN-12): commands go to the subscriptions,
/// the runner posts each payment and its two notice copies to the site's day.</summary>
[Trait("Rule", "GEN-12")]
public sealed class SalesDayProcessTests
{
    private static readonly SubscriptionId First = SubscriptionNo(0);
    private static readonly UnitId A = UnitNo(0);
    private static readonly LocalDate Paid = TestContexts.Default.Today;
    private static readonly LocalDate NextDay = Paid.PlusDays(1);

    [Fact]
    [Trait("Rule", "SUB-05")]
    [Trait("Rule", "REC-06")]
    public async Task A_payment_posts_itself_and_both_notice_copies_to_the_sites_day_for_its_date_which_then_balances()
    {
        var site = new ProcessSite();
        await site.ListAsync(A);
        await site.OpenDayAsync(Paid);
        Assert.True(await site.SendAllAsync(First, Effective(First, A)));

        var report = await site.Payments.RunAsync(site.Context);

        Assert.Equal(3, report.Dispatches.Count(d => d.Status == ProcessDispatchStatus.Applied));
        var day = await site.DayAsync(Paid);
        var payment = Assert.Single(day.Payments);
        Assert.Equal((RemittanceNoticeNumber.Parse("RN-0001"), Collector.Developer, (EntryReference?)null), (payment.Notice, payment.Collector, payment.Corrects));
        Assert.Equal([NoticeCopy.Clerk, NoticeCopy.Cashier], day.Copies.Select(c => c.Copy));
        Assert.All(day.Copies, c => Assert.Equal((payment.Notice, payment.Amount, Paid), (c.Notice, c.Amount, c.BusinessDate)));
        await site.CloseDayAsync(Paid);
        Assert.True((await site.DayAsync(Paid)).Discrepancies.IsEmpty);
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public async Task A_payment_for_a_closed_day_goes_to_the_next_open_day_naming_the_closed_day_and_the_closed_day_stays_as_it_was()
    {
        var site = new ProcessSite();
        await site.ListAsync(A);
        await site.OpenDayAsync(Paid);
        await site.OpenDayAsync(NextDay);
        Assert.True(await site.SendAllAsync(First, Effective(First, A)));
        await site.CloseDayAsync(Paid);
        var closed = await site.SalesDayEvents.ReadAsync(SalesDayAggregate.StreamOf(Project, Paid));

        var report = await site.Payments.RunAsync(site.Context.At(site.Context.Now.Plus(Duration.FromDays(1))));

        var refusals = Refusals(report).ToList();
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(("REC-04", "sales_day.closed"), (r.RuleId.Value, r.Code)));
        Assert.All(refusals, r => Assert.Equal("SalesDay", RuleCatalogue.Get(r.RuleId).Aggregate));
        Assert.Equal(3, report.Dispatches.Count(d => d.IsCompensation && d.Status == ProcessDispatchStatus.Applied));
        Assert.Equal(closed, await site.SalesDayEvents.ReadAsync(SalesDayAggregate.StreamOf(Project, Paid)));
        var next = await site.DayAsync(NextDay);
        var original = new EntryReference(SalesDayId.Of(Project, Paid), RemittanceNoticeNumber.Parse("RN-0001"));
        Assert.Equal(original, Assert.Single(next.Payments).Corrects);
        Assert.Equal([(NoticeCopy.Clerk, Paid, original), (NoticeCopy.Cashier, Paid, original)], next.Copies.Select(c => (c.Copy, c.BusinessDate, c.Corrects)));
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public async Task A_day_not_opened_refuses_with_its_rule_and_nothing_is_posted_until_the_host_opens_it_and_runs_the_event_again()
    {
        var site = new ProcessSite();
        await site.ListAsync(A);
        Assert.True(await site.SendAllAsync(First, Effective(First, A)));

        var report = await site.Payments.RunAsync(site.Context);

        var refusals = Refusals(report).ToList();
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(("REC-04", "lifecycle.transition_not_allowed"), (r.RuleId.Value, r.Code)));
        Assert.DoesNotContain(report.Dispatches, d => d.IsCompensation);
        Assert.Empty(await site.SalesDayEvents.ReadAllAsync(0, 100));

        await site.OpenDayAsync(Paid);
        await site.Checkpoints.SaveAsync(site.Payments.Name, 0);
        await site.Payments.RunAsync(site.Context);
        await site.Checkpoints.SaveAsync(site.Payments.Name, 0);
        await site.Payments.RunAsync(site.Context);

        var day = await site.DayAsync(Paid);
        Assert.Equal((1, 2), (day.Payments.Count, day.Copies.Count));
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public async Task The_walk_passes_closed_days_only_and_never_the_runs_business_date()
    {
        var site = new ProcessSite();
        await site.ListAsync(A);
        await site.OpenDayAsync(Paid);
        Assert.True(await site.SendAllAsync(First, Effective(First, A)));
        await site.CloseDayAsync(Paid);
        await site.OpenDayAsync(NextDay);
        await site.CloseDayAsync(NextDay);
        await site.OpenDayAsync(NextDay.PlusDays(1));

        var sameDay = await site.Payments.RunAsync(site.Context);
        Assert.Equal(3, Refusals(sameDay).Count());
        Assert.DoesNotContain(sameDay.Dispatches, d => d.IsCompensation);

        await site.Checkpoints.SaveAsync(site.Payments.Name, 0);
        var later = await site.Payments.RunAsync(site.Context.At(site.Context.Now.Plus(Duration.FromDays(2))));

        Assert.Equal(6, Refusals(later).Count());
        Assert.Equal((1, 2), ((await site.DayAsync(NextDay.PlusDays(1))).Payments.Count, (await site.DayAsync(NextDay.PlusDays(1))).Copies.Count));
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    [Trait("Rule", "REC-04")]
    public async Task Delivering_every_payment_twice_or_from_an_older_checkpoint_on_a_later_day_posts_nothing_twice()
    {
        var site = new ProcessSite();
        await site.ListAsync(A, UnitNo(1));
        await site.OpenDayAsync(Paid);
        await site.OpenDayAsync(NextDay);
        Assert.True(await site.SendAllAsync(First, Effective(First, A)));
        await site.CloseDayAsync(Paid);
        var second = SubscriptionNo(1);
        Assert.True(await site.SendAllAsync(second, [Draft(second, UnitNo(1)), new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0002"), Primitives.Money.Cny(20_000m), PaymentMethod.Cash, PaymentCollector.Developer, DeveloperAgent)]));
        var tomorrow = site.Context.At(site.Context.Now.Plus(Duration.FromDays(1)));
        var first = await site.Payments.RunAsync(tomorrow);
        var after = await site.SalesDayEvents.ReadAllAsync(0, int.MaxValue);

        await site.Checkpoints.SaveAsync(site.Payments.Name, 0);
        var again = await site.Payments.RunAsync(site.Context.At(site.Context.Now.Plus(Duration.FromDays(3))));
        await site.Checkpoints.SaveAsync(site.Payments.Name, first.Checkpoint / 2);
        await site.Payments.RunAsync(tomorrow);

        Assert.Equal(after, await site.SalesDayEvents.ReadAllAsync(0, int.MaxValue));
        Assert.Equal(6, first.Dispatches.Count(d => d.Status == ProcessDispatchStatus.Applied));
        Assert.DoesNotContain(again.Dispatches, d => d.Status == ProcessDispatchStatus.Applied);
        Assert.Equal(6, again.Dispatches.Count(d => d.Status == ProcessDispatchStatus.AlreadyApplied));
        var next = await site.DayAsync(NextDay);
        Assert.Equal((2, 4), (next.Payments.Count, next.Copies.Count));
    }

    [Fact]
    public void The_compensation_of_a_posting_refused_for_another_reason_is_none()
    {
        var envelope = new EventSourcing.EventEnvelope<SubscriptionEvent>(
            SubscriptionAggregate.StreamOf(Subscription), 2, Identifiers.CommandId.From(System.Guid.NewGuid()), Specialist, Instant.FromUtc(2025, 3, 3, 2, 0), Paid(30_000m, "RN-0001"));
        var tomorrow = TestContexts.On(Monday.PlusDays(1));

        Assert.All(SalesDayPaymentProcess.Definition.React(envelope, Given(Drafted())), posting =>
        {
            Assert.Null(posting.CompensationFor(new RuleViolation("REC-06", "sales_day.entry_not_reconcilable", MessageSource.Kernel), tomorrow));
            Assert.NotNull(posting.CompensationFor(new RuleViolation("REC-04", "sales_day.closed", MessageSource.Kernel), tomorrow));
            Assert.Null(posting.CompensationFor(new RuleViolation("REC-04", "sales_day.closed", MessageSource.Kernel), TestContexts.On(Monday)));
        });
    }
}
