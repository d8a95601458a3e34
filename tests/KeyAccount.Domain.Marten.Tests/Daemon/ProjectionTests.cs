using System;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Marten.Projections;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Subscriptions;
using Marten;
using Xunit;
using static KeyAccount.Domain.Marten.Tests.Daemon.SalesSite;

namespace KeyAccount.Domain.Marten.Tests.Daemon;

/// <summary>The package's Marten projections on the async daemon against the real PostgreSQL, each folded from the events with the aggregate's own decider.</summary>
public sealed class ProjectionTests
{
    private static readonly ContactId Engineer = ContactId.From(Guid.NewGuid());
    private static readonly PersonalDetails Profile = new() { Birthplace = "绍兴", Hobbies = "围棋与品茶" };

    [PostgresFact]
    [Trait("Rule", "ACC-09")]
    public async Task The_account_summary_carries_no_personal_data_by_default()
    {
        var clock = new Hosting.SettableClock(At(Launch));
        await using var node = new DaemonNode(DaemonNode.NewSchema(), clock);
        await node.StartAsync();
        var stream = await OpenAccountAsync(node);

        var view = await ViewAsync<AccountSummaryView>(node, stream.Value, v => v.Version == 3);

        Assert.False(view.Summary!.IncludesPersonalData);
        var contact = Assert.Single(view.Summary.Contacts);
        Assert.Null(contact.Details);
        var json = await RawJsonAsync<AccountSummaryView>(node, stream.Value);
        Assert.DoesNotContain(Profile.Birthplace!, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Profile.Hobbies!, json, StringComparison.Ordinal);
        Assert.Contains("华东精密", json, StringComparison.Ordinal);
    }

    [PostgresFact]
    [Trait("Rule", "ACC-09")]
    public async Task The_account_summary_carries_the_personal_details_when_the_host_asks()
    {
        var clock = new Hosting.SettableClock(At(Launch));
        await using var node = new DaemonNode(DaemonNode.NewSchema(), clock, o => o.Projections.IncludePersonalData = true);
        await node.StartAsync();
        var stream = await OpenAccountAsync(node);

        var view = await ViewAsync<AccountSummaryView>(node, stream.Value, v => v.Version == 3);

        Assert.True(view.Summary!.IncludesPersonalData);
        Assert.Equal(Profile, Assert.Single(view.Summary.Contacts).Details);
    }

    [PostgresFact]
    [Trait("Rule", "SUB-05")]
    [Trait("Rule", "REC-06")]
    public async Task The_sales_day_report_and_the_subscription_ledger_follow_the_site()
    {
        var site = new SalesSite();
        await using var node = new DaemonNode(DaemonNode.NewSchema(), site.Clock);
        await node.StartAsync();
        await site.OpenAsync(node);
        var paid = await site.SellAsync(node, 1, pay: true);
        var drafted = await site.SellAsync(node, 2, pay: false);

        var report = await ViewAsync<SalesDayReport>(node, site.Day.Value, r => r.Payments == 1 && r.NoticeCopies == 2);
        Assert.Equal((site.Project, Launch, SalesDayStatus.Open, Money.Cny(30_000m)), (report.Site, report.Date, report.Status, report.PaymentsTotal));

        var ledger = await ViewAsync<SubscriptionLedger>(node, site.ProjectStream.Value, l => l.Entries.Count == 2 && l.Entries.Sum(e => e.Version) == 3);
        Assert.Equal(site.Project, ledger.Project);
        var first = Assert.Single(ledger.Entries, e => e.Subscription == paid.Subscription);
        Assert.Equal((paid.Unit, SubscriptionStatus.Draft, Money.Cny(900_000m), Money.Cny(30_000m)), (first.Unit, first.Status, first.Price, first.PaidIn));
        var second = Assert.Single(ledger.Entries, e => e.Subscription == drafted.Subscription);
        Assert.Equal((drafted.Unit, Money.Cny(0m)), (second.Unit, second.PaidIn));
        var json = await RawJsonAsync<SubscriptionLedger>(node, site.ProjectStream.Value);
        Assert.DoesNotContain("王芳", json, StringComparison.Ordinal);
        Assert.DoesNotContain("110101199001011234", json, StringComparison.Ordinal);
    }

    [PostgresFact]
    [Trait("Rule", "CR-01")]
    public async Task The_contract_register_lists_the_contracts_by_serial_number()
    {
        var clock = new Hosting.SettableClock(At(Launch));
        await using var node = new DaemonNode(DaemonNode.NewSchema(), clock);
        await node.StartAsync();
        var stream = ContractRegisterAggregate.StreamOf(ContractRegisterId.From(Guid.NewGuid()));
        var reviews = Enumerable.Range(1, 3).Select(_ => ContractReviewId.From(Guid.NewGuid())).ToArray();
        var registers = node.Handler<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState>();
        foreach (var review in reviews)
        {
            await Committed(registers.HandleAsync(stream, NewId(), Manager, new RegisterContract(review, AccountId.From(Guid.NewGuid()), "采购框架协议"), node.Contexts.Now()));
        }

        var view = await ViewAsync<ContractRegisterView>(node, stream.Value, v => v.Version == 3);

        Assert.Equal(3, view.LastSerialNumber);
        Assert.Equal(reviews.Select((r, i) => (i + 1L, r)), view.Contracts.Select(c => (c.SerialNumber, c.Review)));
    }

    private static async Task<StreamId> OpenAccountAsync(DaemonNode node)
    {
        var account = AccountId.From(Guid.NewGuid());
        var stream = AccountAggregate.StreamOf(account);
        var accounts = node.Handler<AccountCommand, AccountEvent, AccountState>();
        foreach (var command in new AccountCommand[]
        {
            new OpenAccount(account, "华东精密零件有限公司", "广交会", new ActorId("E001")),
            new RecordContact(Engineer, "张敏", ContactFunction.Technical),
            new RecordDecisionMakerProfile(Engineer, Profile),
        })
        {
            await Committed(accounts.HandleAsync(stream, NewId(), new ActorId("E001"), command, node.Contexts.Now()));
        }

        return stream;
    }

    private static async Task<T> ViewAsync<T>(DaemonNode node, string id, Func<T, bool> done)
        where T : class
    {
        T? view = null;
        await DaemonNode.EventuallyAsync(
            async () =>
            {
                await using var session = node.Store.QuerySession();
                view = await session.LoadAsync<T>(id);
                return view is not null && done(view);
            },
            $"the {typeof(T).Name} of {id}");
        return view!;
    }

    private static async Task<string> RawJsonAsync<T>(DaemonNode node, string id)
        where T : class
    {
        await using var session = node.Store.QuerySession();
        return await session.Json.FindByIdAsync<T>(id) ?? throw new InvalidOperationException($"No {typeof(T).Name} {id}.");
    }
}
