using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class WhatNextTests
{
    private static NextSteps<SubscriptionCommand> WhatNext(SubscriptionState state, DecisionContext context) =>
        SubscriptionDecider.Instance.WhatNext(state, context, SubscriptionDecider.Instance.ProposeCommands(state, context));

    [Fact]
    [Trait("Rule", "SUB-04")]
    public void A_draft_is_stamped_next()
    {
        var next = WhatNext(Given(Drafted()), TestContexts.Default);

        Assert.IsType<StampCopies>(Assert.Single(next.Accepted));
        Assert.Empty(next.Blocked);
    }

    [Fact]
    [Trait("Rule", "CAN-03")]
    [Trait("Rule", "CAN-02")]
    public void A_fresh_cancellation_request_says_the_retention_attempt_comes_before_approval()
    {
        var next = WhatNext(Given(CancellationRequestedOf(SalesMode.Underwriting)), TestContexts.Default);

        Assert.Equal(["CAN-03"], next.BlockingRules.Select(r => r.Value));
        Assert.Equal(2, next.Accepted.OfType<HandBackDocument>().Count());
    }

    [Fact]
    [Trait("Rule", "CAN-02")]
    public void An_approved_cancellation_says_which_copies_are_still_out()
    {
        var state = Given([.. RetentionFailed(SalesMode.Underwriting),
            new CancellationApproved(CancellationKind.Cancellation, Monday, Money.Cny(50_000m), Money.Cny(0m), new LocalDate(2025, 3, 10), RefundPlace.CompanyHeadquarters, null),
            new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy)]);

        var next = WhatNext(state, TestContexts.Default);

        var blocked = Assert.Single(next.Blocked);
        Assert.IsType<CompleteCancellation>(blocked.Command);
        Assert.Equal(SalesDocument.SubscriptionDeveloperCopy, Assert.Single(Assert.IsType<RequirementsMissing>(blocked.Reason).Missing).Details[0].Value);
        Assert.Equal(SalesDocument.SubscriptionDeveloperCopy, Assert.IsType<HandBackDocument>(Assert.Single(next.Accepted)).Document);
    }

    [Fact]
    [Trait("Rule", "CAN-05")]
    public void A_cancelled_subscription_says_when_the_refund_can_be_collected()
    {
        var state = Given([.. RetentionFailed(SalesMode.Underwriting),
            new CancellationApproved(CancellationKind.Cancellation, Monday, Money.Cny(50_000m), Money.Cny(0m), new LocalDate(2025, 3, 10), RefundPlace.CompanyHeadquarters, null),
            new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy), new DocumentHandedBack(SalesDocument.SubscriptionDeveloperCopy), new SubscriptionCancelled(Unit, Monday)]);

        var early = WhatNext(state, TestContexts.On(new LocalDate(2025, 3, 7)));
        var due = WhatNext(state, TestContexts.On(new LocalDate(2025, 3, 10)));

        Assert.Equal(new LocalDate(2025, 3, 10), Assert.IsType<RefundNotYetDue>(Assert.Single(early.Blocked).Reason).EarliestDate);
        Assert.IsType<PayRefund>(Assert.Single(due.Accepted));
    }

    [Fact]
    [Trait("Rule", "CAN-06")]
    public void On_an_agency_project_the_refund_proposal_says_the_developer_must_sign_and_stamp()
    {
        var state = Given([.. RetentionFailed(SalesMode.Agency),
            new CancellationApproved(CancellationKind.Cancellation, Monday, Money.Cny(50_000m), Money.Cny(0m), new LocalDate(2025, 3, 10), RefundPlace.DeveloperAgreedPlace, null),
            new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy), new DocumentHandedBack(SalesDocument.SubscriptionDeveloperCopy), new SubscriptionCancelled(Unit, Monday)]);

        Assert.Equal(["CAN-06"], WhatNext(state, TestContexts.On(new LocalDate(2025, 3, 10))).BlockingRules.Select(r => r.Value));
    }

    [Fact]
    public void A_refunded_subscription_has_nothing_next()
    {
        var state = Given([.. Effective(), new PreSaleContractSigned("YS-1", Monday), new ReturnRequested(Monday), new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy),
            new DocumentHandedBack(SalesDocument.SubscriptionDeveloperCopy), new DocumentHandedBack(SalesDocument.PreSaleContract), new PurchaseReturned(Unit, Money.Cny(50_000m), Monday),
            new RefundPaid(Money.Cny(50_000m), RefundPlace.CompanyHeadquarters, Monday)]);

        var next = WhatNext(state, TestContexts.Default);

        Assert.Empty(next.Accepted);
        Assert.Empty(next.Blocked);
    }
}
