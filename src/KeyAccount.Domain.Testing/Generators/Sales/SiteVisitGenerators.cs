using System;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;

namespace KeyAccount.Domain.Testing.Generators.Sales;

/// <summary>FsCheck generators for site visits: customer information forms, candidate commands for a state and valid visit histories.</summary>
public static class SiteVisitGenerators
{
    /// <summary>Gets completed customer information forms.</summary>
    public static Gen<CustomerInformationForm> CompleteForm { get; } =
        from customer in SubscriptionGenerators.Customer
        from phone in Gen.Choose(0, 99_999_999).Select(n => $"139{n:D8}")
        from interest in Gen.Elements("三房", "两房", "复式", "商铺")
        from source in Gen.Elements("朋友介绍", "户外广告", "网络", "路过")
        select new CustomerInformationForm(customer.Name, phone, interest, source);

    /// <summary>Gets customer information forms, mostly complete, sometimes with one blank field.</summary>
    public static Gen<CustomerInformationForm> Form { get; } =
        from form in CompleteForm
        from blank in Gen.Frequency((8, Gen.Constant(-1)), (1, Gen.Choose(0, 3)))
        select blank switch
        {
            0 => form with { Name = " " },
            1 => form with { Phone = string.Empty },
            2 => form with { Interest = " " },
            3 => form with { Source = string.Empty },
            _ => form,
        };

    /// <summary>
    /// Returns candidate commands for a state: registrations (sometimes without a specialist), forms, member cards
    /// (sometimes without a card or badge number), deals and closings without a deal (sometimes without a reason).
    /// </summary>
    /// <param name="state">The state so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<SiteVisitCommand> Commands(SiteVisitState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var open = state.Status == SiteVisitStatus.InProgress;
        var register =
            from visit in KernelGenerators.Identifier<SiteVisitId>()
            from project in KernelGenerators.Identifier<ProjectId>()
            from specialist in Gen.Frequency((8, KernelGenerators.Actor), (1, Gen.Constant(default(ActorId))))
            from returning in Gen.Elements(false, true)
            select (SiteVisitCommand)new RegisterVisit(visit, project, specialist, returning);
        var card =
            from number in Gen.Frequency((8, Gen.Choose(1, 99_999).Select(n => $"VIP-{n:D5}")), (1, Gen.Constant(" ")))
            from badge in Gen.Frequency((8, Gen.Choose(1, 999).Select(n => $"B{n:D3}")), (1, Gen.Constant(string.Empty)))
            select (SiteVisitCommand)new IssueMemberCard(number, badge);
        var close = Gen.Frequency((8, Gen.Elements("价格超出预算", "户型不合适", "再比较")), (1, Gen.Constant(" ")))
            .Select(reason => (SiteVisitCommand)new CloseVisitWithoutDeal(reason));
        return Gen.Frequency(
            (state.Status == SiteVisitStatus.None ? 10 : 1, register),
            (open ? 6 : 1, Form.Select(f => (SiteVisitCommand)new RecordCustomerInformation(f))),
            (open ? 4 : 1, card),
            (1, KernelGenerators.Identifier<SubscriptionId>().Select(s => (SiteVisitCommand)new RecordDeal(s))),
            (open ? 2 : 1, close));
    }

    /// <summary>Returns a generator of valid visit histories (see <see cref="Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<SiteVisitCommand, SiteVisitEvent, SiteVisitState>> Histories(DecisionContext? context = null) =>
        Generators.Histories.OverTime(SiteVisitAggregate.Definition.Decider, Commands, context ?? TestContexts.Default);
}
