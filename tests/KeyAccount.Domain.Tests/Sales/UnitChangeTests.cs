using System;
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

/// <summary>CAN-08: a unit change re-prices the subscription at the new unit's price.</summary>
public sealed class UnitChangeTests
{
    internal static readonly SubscriptionCopy[] AllCopies = [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer];

    /// <summary>An effective subscription at 1,200,000 CNY with <paramref name="paid"/> paid, whose unit change to
    /// <see cref="OtherUnit"/> at <paramref name="newPrice"/> went through the retention attempt.</summary>
    internal static SubscriptionState ChangeRequested(SalesMode mode, decimal paid, decimal newPrice) => Given(
        Drafted(mode), Paid(paid, "RN-0001", mode), new SubscriptionStamped(Monday),
        new CancellationRequested(CancellationKind.UnitChange, [], OtherUnit, Money.Cny(newPrice), Monday),
        new RetentionAttempted(SiteManager, CertificateOfficer, false, Monday));

    /// <summary>Approves the change on <paramref name="approval"/>, hands the old form back and completes it.</summary>
    internal static (SubscriptionState State, CancellationApproved Approved, SubscriptionUnitChanged Changed) Change(SubscriptionState requested, DecisionContext approval)
    {
        var (state, events) = Run(requested, approval,
            new ApproveCancellation(Specialist, ConfirmationFor(requested.Mode), null),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy),
            new CompleteCancellation(Specialist));
        return (state, Assert.IsType<CancellationApproved>(events[0]), Assert.IsType<SubscriptionUnitChanged>(events[^1]));
    }

    [Fact]
    [Trait("Rule", "CAN-08")]
    public void A_change_to_a_dearer_unit_leaves_the_difference_payable_and_refunds_nothing()
    {
        var (state, approved, changed) = Change(ChangeRequested(SalesMode.Underwriting, 50_000m, 1_300_000m), TestContexts.Default);

        Assert.Equal((Money.Cny(0m), (LocalDate?)null), (approved.RefundDue, approved.RefundPayableFrom));
        Assert.Equal(new SubscriptionUnitChanged(Unit, OtherUnit, Money.Cny(50_000m), Money.Cny(1_200_000m), Money.Cny(1_300_000m), Money.Cny(1_250_000m), Money.Cny(0m)), changed);
        Assert.Equal((OtherUnit, Money.Cny(1_300_000m), Money.Cny(1_250_000m)), (state.Unit, state.Price, state.Payable));
        Assert.False(state.DifferenceOutstanding);
    }

    [Fact]
    [Trait("Rule", "CAN-08")]
    public void A_change_to_a_unit_of_the_same_price_changes_no_amount()
    {
        var (state, approved, changed) = Change(ChangeRequested(SalesMode.Underwriting, 50_000m, 1_200_000m), TestContexts.Default);

        Assert.Equal(Money.Cny(0m), approved.RefundDue);
        Assert.Equal((Money.Cny(1_150_000m), Money.Cny(0m)), (changed.Payable, changed.Refundable));
        Assert.Equal((Money.Cny(1_200_000m), Money.Cny(1_150_000m)), (state.Price, state.Payable));
    }

    [Theory]
    [Trait("Rule", "CAN-08")]
    [Trait("Rule", "CAN-05")]
    [Trait("Rule", "CAN-06")]
    [InlineData(SalesMode.Agency, RefundPlace.DeveloperAgreedPlace)]
    [InlineData(SalesMode.Underwriting, RefundPlace.CompanyHeadquarters)]
    public void A_change_to_a_cheaper_unit_refunds_what_was_paid_beyond_its_price_from_the_fifth_working_day_at_the_place_of_the_mode(SalesMode mode, RefundPlace place)
    {
        var (state, approved, changed) = Change(ChangeRequested(mode, 1_200_000m, 1_000_000m), TestContexts.Default);

        Assert.Equal((Money.Cny(200_000m), (LocalDate?)new LocalDate(2025, 3, 10), place), (approved.RefundDue, approved.RefundPayableFrom, approved.RefundPlace));
        Assert.Equal((Money.Cny(1_200_000m), Money.Cny(0m), Money.Cny(200_000m)), (changed.CarriedOver, changed.Payable, changed.Refundable));
        Assert.Equal((SubscriptionStatus.Draft, Money.Cny(0m)), (state.Status, state.Payable));
        Assert.True(state.DifferenceOutstanding);

        var early = Assert.IsType<RefundNotYetDue>(DecisionAssert.Rejected(
            When(state, new PayRefund(Specialist, place, ConfirmationFor(mode)), TestContexts.On(new LocalDate(2025, 3, 7))), "CAN-05", "sales.refund_not_yet_due"));
        Assert.Equal(new LocalDate(2025, 3, 10), early.EarliestDate);
        var due = TestContexts.On(new LocalDate(2025, 3, 10));
        var elsewhere = Enum.GetValues<RefundPlace>().Single(p => p != place);
        DecisionAssert.Rejected(When(state, new PayRefund(Specialist, elsewhere, ConfirmationFor(mode)), due), "CAN-05", "sales.wrong_refund_place");
        if (mode == SalesMode.Agency)
        {
            DecisionAssert.Rejected(When(state, new PayRefund(Specialist, place, null), due), "CAN-06", "sales.developer_confirmation_missing");
        }

        var (after, events) = Run(state, due, new PayRefund(Specialist, place, ConfirmationFor(mode)));
        Assert.Equal(new DifferenceRefunded(Money.Cny(200_000m), place, new LocalDate(2025, 3, 10)), Assert.Single(events));
        Assert.Equal((SubscriptionStatus.Draft, Money.Cny(1_000_000m), Money.Cny(0m)), (after.Status, after.NetPaid, after.RefundDue));
        Assert.False(after.DifferenceOutstanding);
        DecisionAssert.Rejected(When(after, new PayRefund(Specialist, place, ConfirmationFor(mode)), due), "CAN-05", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "CAN-08")]
    [Trait("Rule", "SUB-04")]
    public void The_new_form_is_effective_only_once_its_three_copies_are_stamped_together()
    {
        var (state, _, _) = Change(ChangeRequested(SalesMode.Underwriting, 50_000m, 1_100_000m), TestContexts.Default);

        Assert.Equal(SubscriptionStatus.Draft, state.Status);
        DecisionAssert.Rejected(When(state, new SignPreSaleContract(Specialist, "YS-2025-001")), "SUB-07", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(When(state, new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company])), "SUB-04", "sales.stamping_incomplete");
        var (effective, _) = Run(state, TestContexts.Default, new StampCopies(Specialist, AllCopies));
        Assert.Equal(SubscriptionStatus.Effective, effective.Status);
    }

    [Fact]
    [Trait("Rule", "CAN-08")]
    [Trait("Rule", "CAN-02")]
    public void The_change_does_not_complete_before_the_old_form_is_back()
    {
        var (approved, _) = Run(ChangeRequested(SalesMode.Underwriting, 50_000m, 1_100_000m), TestContexts.Default,
            new ApproveCancellation(Specialist, null, null),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy));

        var error = DecisionAssert.Rejected(When(approved, new CompleteCancellation(Specialist)), "CAN-02", "sales.documents_outstanding");

        Assert.Equal(["sales.document_outstanding"], Codes(error));
        Assert.Equal(Unit, approved.Unit);
    }

    [Fact]
    [Trait("Rule", "CAN-08")]
    [Trait("Rule", "GEN-09")]
    public void A_unit_change_without_a_price_the_subscription_can_hold_is_refused()
    {
        var state = Given(Effective());
        Decision<SubscriptionEvent> Ask(Money price) => When(state, new RequestCancellation(Specialist, new CancellationRequest.ChangeUnit(OtherUnit, price), BothPresent));

        DecisionAssert.Rejected(Ask(Money.Cny(0m)), "CAN-08", "sales.new_price_invalid");
        DecisionAssert.Rejected(Ask(Money.Cny(-1m)), "CAN-08", "sales.new_price_invalid");
        DecisionAssert.Rejected(Ask(new Money(1_000_000m, Currency.USD)), "CAN-08", "sales.new_price_invalid");
        DecisionAssert.Rejected(Ask(Money.Cny(1_000_000.001m)), "GEN-09");
        Assert.Equal(Money.Cny(1_000_000m), Single<CancellationRequested>(Ask(Money.Cny(1_000_000m))).NewPrice);
    }

    [Fact]
    [Trait("Rule", "CAN-08")]
    [Trait("Rule", "GEN-06")]
    public void After_a_change_to_a_cheaper_unit_what_next_says_stamp_the_new_form_and_when_the_difference_is_refunded()
    {
        var (state, _, _) = Change(ChangeRequested(SalesMode.Underwriting, 1_200_000m, 1_000_000m), TestContexts.Default);
        var context = TestContexts.On(new LocalDate(2025, 3, 5));

        var next = SubscriptionDecider.Instance.WhatNext(state, context, SubscriptionDecider.Instance.ProposeCommands(state, context));

        Assert.IsType<StampCopies>(Assert.Single(next.Accepted));
        var blocked = Assert.Single(next.Blocked);
        Assert.IsType<PayRefund>(blocked.Command);
        Assert.Equal(new LocalDate(2025, 3, 10), Assert.IsType<RefundNotYetDue>(blocked.Reason).EarliestDate);
    }
}
