using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Rules;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;
using Xunit;
using static KeyAccount.Domain.Tests.Processes.ProcessSite;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>The unit process end to end: commands go to the subscriptions, the runner carries them to the units (SUB-08, SUB-01, GEN-12).</summary>
[Trait("Rule", "GEN-12")]
public sealed class UnitProcessTests
{
    private static readonly SubscriptionId First = SubscriptionNo(0);
    private static readonly SubscriptionId Second = SubscriptionNo(1);
    private static readonly UnitId A = UnitNo(0);
    private static readonly UnitId B = UnitNo(1);

    [Fact]
    [Trait("Rule", "SUB-08")]
    public async Task Drafting_holds_the_unit_signing_contracts_it_and_registration_registers_it()
    {
        var site = new ProcessSite();
        await site.ListAsync(A);

        Assert.True(await site.SendAllAsync(First, Effective(First, A)));
        await site.RunAsync();
        Assert.Equal((UnitStatus.Held, First), await HolderAsync(site, A));

        Assert.True(await site.SendAsync(First, new SignPreSaleContract(Specialist, "YS-1")));
        await site.RunAsync();
        Assert.Equal((UnitStatus.Contracted, First), await HolderAsync(site, A));

        Assert.True(await site.SendAsync(First, new RegisterPreSaleContract(Specialist, "DJ-1")));
        var report = await site.RunAsync();
        Assert.Equal((UnitStatus.Registered, First), await HolderAsync(site, A));
        Assert.Equal(ProcessDispatchStatus.Applied, Assert.Single(report.Dispatches).Status);
    }

    [Fact]
    [Trait("Rule", "SUB-08")]
    [Trait("Rule", "SUB-01")]
    public async Task A_refused_hold_voids_the_draft_with_the_units_rule_and_leaves_the_unit_to_its_holder()
    {
        var site = new ProcessSite();
        await site.ListAsync(A);
        Assert.True(await site.SendAsync(First, Draft(First, A)));
        Assert.True(await site.SendAsync(Second, Draft(Second, A)));
        var unitEventsBefore = (await site.UnitEvents.ReadAllAsync(0, 100)).Count;

        var report = await site.RunAsync();

        var refused = Assert.Single(report.Dispatches, d => d.Status == ProcessDispatchStatus.Refused);
        Assert.Equal("SUB-01", refused.Refusal!.RuleId.Value);
        Assert.Equal("sales.unit_unavailable", refused.Refusal.Code);
        var compensation = Assert.Single(report.Dispatches, d => d.IsCompensation);
        Assert.Equal(ProcessDispatchStatus.Applied, compensation.Status);
        var second = await site.SubscriptionAsync(Second);
        Assert.Equal(SubscriptionStatus.Voided, second.Status);
        var voided = Assert.IsType<UnitRefused>((await site.SubscriptionEvents.ReadAsync(SubscriptionAggregate.StreamOf(Second)))[^1].Event);
        Assert.Equal(("SUB-01", "sales.unit_unavailable", A), (voided.Rule.Value, voided.Code, voided.Unit));
        Assert.Equal((UnitStatus.Held, First), await HolderAsync(site, A));
        Assert.Equal(unitEventsBefore + 1, (await site.UnitEvents.ReadAllAsync(0, 100)).Count);
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    public async Task A_hold_refused_for_evidence_the_run_does_not_have_yet_is_run_again_and_never_voids_the_draft()
    {
        var site = new ProcessSite();
        await site.ListAsync(A);
        Assert.True(await site.SendAsync(First, Draft(First, A)));
        var withoutProject = new DecisionContext(site.Context.Now, site.Context.Zone, site.Context.Calendar);

        var lagging = await site.Runner.RunAsync(withoutProject);

        Assert.True(lagging.Stalled);
        Assert.Equal(0, lagging.EventsRead);
        var refused = Assert.Single(lagging.Dispatches);
        Assert.Equal(("GEN-11", "evidence.missing"), (refused.Refusal!.RuleId.Value, refused.Refusal.Code));
        Assert.Equal(SubscriptionStatus.Draft, (await site.SubscriptionAsync(First)).Status);
        Assert.Equal((UnitStatus.Available, (SubscriptionId?)null), await HolderAsync(site, A));

        var caughtUp = await site.RunAsync();

        Assert.False(caughtUp.Stalled);
        Assert.Equal(1, caughtUp.EventsRead);
        Assert.Equal((UnitStatus.Held, First), await HolderAsync(site, A));
    }

    [Fact]
    [Trait("Rule", "SUB-08")]
    [Trait("Rule", "SUB-01")]
    public async Task A_hold_refused_after_the_draft_was_cancelled_is_kept_as_a_late_refusal_and_releases_nothing()
    {
        var site = new ProcessSite();
        await site.ListAsync(A);
        Assert.True(await site.SendAllAsync(First, Effective(First, A)));
        await site.RunAsync();

        // The second draft is cancelled to the end before the process gets to it: its hold is refused only afterwards.
        Assert.True(await site.SendAllAsync(Second, [.. Effective(Second, A), new RequestCancellation(Specialist, CancellationRequest.Cancellation, BothPresent)]));
        Assert.True(await site.SendAllAsync(Second, Completion(await site.SubscriptionAsync(Second))));
        var before = await site.SubscriptionAsync(Second);
        Assert.Equal(SubscriptionStatus.Cancelled, before.Status);

        var report = await site.RunAsync();

        Assert.False(report.Stalled);
        var compensation = Assert.Single(report.Dispatches, d => d.IsCompensation);
        Assert.Equal(ProcessDispatchStatus.Applied, compensation.Status);
        var late = Assert.IsType<UnitRefusedLate>((await site.SubscriptionEvents.ReadAsync(SubscriptionAggregate.StreamOf(Second)))[^1].Event);
        Assert.Equal(("SUB-01", "sales.unit_unavailable", A), (late.Rule.Value, late.Code, late.Unit));
        var after = await site.SubscriptionAsync(Second);
        Assert.Equal(before with { LateUnitRefusals = [A] }, after);
        Assert.Equal((UnitStatus.Held, First), await HolderAsync(site, A));
    }

    [Fact]
    [Trait("Rule", "SUB-08")]
    public async Task A_contracted_unit_cannot_be_held_by_another_subscription()
    {
        var site = new ProcessSite();
        await site.ListAsync(A);
        Assert.True(await site.SendAllAsync(First, [.. Effective(First, A), new SignPreSaleContract(Specialist, "YS-1")]));
        await site.RunAsync();

        Assert.True(await site.SendAsync(Second, Draft(Second, A)));
        var report = await site.RunAsync();

        var refusal = Assert.Single(Refusals(report));
        Assert.Equal(("SUB-08", "sales.unit_sold"), (refusal.RuleId.Value, refusal.Code));
        Assert.Equal("Unit", RuleCatalogue.Get(refusal.RuleId).Aggregate);
        Assert.Equal(SubscriptionStatus.Voided, (await site.SubscriptionAsync(Second)).Status);
        Assert.Equal((UnitStatus.Contracted, First), await HolderAsync(site, A));
    }

    [Fact]
    [Trait("Rule", "SUB-08")]
    [Trait("Rule", "SUB-01")]
    public async Task Cancellation_releases_the_unit_and_return_releases_the_contracted_unit()
    {
        var site = new ProcessSite();
        await site.ListAsync(A, B);
        Assert.True(await site.SendAllAsync(First, [.. Effective(First, A), new RequestCancellation(Specialist, CancellationRequest.Cancellation, BothPresent)]));
        Assert.True(await site.SendAllAsync(First, Completion(await site.SubscriptionAsync(First))));
        Assert.True(await site.SendAllAsync(Second, [.. Effective(Second, B), new SignPreSaleContract(Specialist, "YS-1"), .. Return]));

        await site.RunAsync();

        Assert.Equal((UnitStatus.Available, (SubscriptionId?)null), await HolderAsync(site, A));
        Assert.Equal((UnitStatus.Available, (SubscriptionId?)null), await HolderAsync(site, B));
    }

    [Fact]
    [Trait("Rule", "SUB-08")]
    public async Task A_unit_change_holds_the_new_unit_first_and_releases_the_old_one_only_once_the_move_is_done()
    {
        var site = new ProcessSite();
        await site.ListAsync(A, B);
        Assert.True(await site.SendAllAsync(First, [.. Effective(First, A), new RequestCancellation(Specialist, new CancellationRequest.ChangeUnit(B, Money.Cny(900_000m)), BothPresent)]));
        await site.RunAsync();
        Assert.Equal((UnitStatus.Held, First), await HolderAsync(site, A));
        Assert.Equal((UnitStatus.Held, First), await HolderAsync(site, B));

        Assert.True(await site.SendAllAsync(First, Completion(await site.SubscriptionAsync(First))));
        await site.RunAsync();

        Assert.Equal((UnitStatus.Available, (SubscriptionId?)null), await HolderAsync(site, A));
        Assert.Equal((UnitStatus.Held, First), await HolderAsync(site, B));
        Assert.Equal(B, (await site.SubscriptionAsync(First)).Unit);
    }

    [Fact]
    [Trait("Rule", "SUB-08")]
    public async Task A_unit_change_to_a_taken_unit_is_withdrawn_with_the_units_rule_and_a_retained_customer_gives_the_new_unit_back()
    {
        var site = new ProcessSite();
        await site.ListAsync(A, B);
        Assert.True(await site.SendAllAsync(Second, Effective(Second, B)));
        Assert.True(await site.SendAllAsync(First, [.. Effective(First, A), new RequestCancellation(Specialist, new CancellationRequest.ChangeUnit(B, Money.Cny(900_000m)), BothPresent)]));

        var report = await site.RunAsync();

        Assert.Equal("SUB-01", Assert.Single(Refusals(report)).RuleId.Value);
        var first = await site.SubscriptionAsync(First);
        Assert.Equal((SubscriptionStatus.Effective, null, A), (first.Status, first.PendingRequest, first.Unit));
        Assert.Equal((UnitStatus.Held, Second), await HolderAsync(site, B));

        var other = UnitNo(2);
        await site.ListAsync(other);
        Assert.True(await site.SendAsync(First, new RequestCancellation(Specialist, new CancellationRequest.ChangeUnit(other, Money.Cny(900_000m)), BothPresent)));
        await site.RunAsync();
        Assert.Equal((UnitStatus.Held, First), await HolderAsync(site, other));
        Assert.True(await site.SendAsync(First, new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, Retained: true)));
        await site.RunAsync();
        Assert.Equal((UnitStatus.Available, (SubscriptionId?)null), await HolderAsync(site, other));
        Assert.Equal((UnitStatus.Held, First), await HolderAsync(site, A));
    }

    private static async Task<(UnitStatus, SubscriptionId?)> HolderAsync(ProcessSite site, UnitId unit)
    {
        var state = await site.UnitAsync(unit);
        return (state.Status, state.HeldBy);
    }
}
