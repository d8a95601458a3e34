using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>The laws of CAN-08 for any prices and any amount paid.</summary>
public sealed class UnitChangeProperties
{
    private static readonly SalesDocument[] OldForm = [SalesDocument.SubscriptionCustomerCopy, SalesDocument.SubscriptionDeveloperCopy];

    private static readonly Gen<Money> Amount = Gen.Choose(1, 300_000_000).Select(cents => Money.Cny(cents / 100m));

    private static readonly Gen<SalesMode> Mode = Gen.Elements(SalesMode.Agency, SalesMode.Underwriting);

    private static SubscriptionState Requested(SalesMode mode, Money oldPrice, Money newPrice, Money paid) => Given(
        new SubscriptionDrafted(Subscription, Project, mode, Unit, [Wang, Li], oldPrice, Specialist, Monday),
        Paid(paid.Amount, "RN-0001", mode), new SubscriptionStamped(Monday),
        new CancellationRequested(CancellationKind.UnitChange, [], OtherUnit, newPrice, Monday),
        new RetentionAttempted(SiteManager, CertificateOfficer, false, Monday));

    [Property(MaxTest = 300)]
    [Trait("Rule", "CAN-08")]
    [Trait("Rule", "GEN-04")]
    public Property After_a_unit_change_paid_plus_payable_less_refundable_is_the_new_price_exactly() =>
        Prop.ForAll(
            (from mode in Mode from oldPrice in Amount from newPrice in Amount from paid in Amount select (mode, oldPrice, newPrice, paid)).ToArbitrary(),
            input =>
            {
                var (state, approved, changed) = UnitChangeTests.Change(Requested(input.mode, input.oldPrice, input.newPrice, input.paid), TestContexts.Default);

                Assert.Equal(input.newPrice, changed.CarriedOver + changed.Payable - changed.Refundable);
                Assert.Equal((input.paid, input.oldPrice, input.newPrice), (changed.CarriedOver, changed.PreviousPrice, changed.NewPrice));
                Assert.False(changed.Payable.IsNegative || changed.Refundable.IsNegative || (changed.Payable.IsPositive && changed.Refundable.IsPositive), changed.ToString());
                Assert.Equal(changed.Refundable, approved.RefundDue);
                Assert.Equal(changed.Refundable.IsPositive, approved.RefundPayableFrom is not null);
                Assert.Equal((input.newPrice, changed.Payable), (state.Price, state.Payable));

                if (approved.RefundPayableFrom is { } due)
                {
                    var (after, _) = Run(state, TestContexts.On(due),
                        new PayRefund(Specialist, SalesModeRules.RefundPlaceFor(input.mode), ConfirmationFor(input.mode)));
                    Assert.Equal(input.newPrice, after.NetPaid + after.Payable);
                    Assert.Equal(SubscriptionStatus.Draft, after.Status);
                }
            });

    [Property(MaxTest = 200)]
    [Trait("Rule", "CAN-08")]
    [Trait("Rule", "CAN-02")]
    [Trait("Rule", "SUB-04")]
    public Property The_old_form_is_voided_and_back_and_the_new_form_needs_all_three_copies_before_the_subscription_is_effective_again() =>
        Prop.ForAll(
            (from mode in Mode from newPrice in Amount from back in Gen.Choose(0, 3) from stamped in Gen.Choose(0, 7) select (mode, newPrice, back, stamped)).ToArbitrary(),
            input =>
            {
                var returned = OldForm.Where((_, i) => (input.back & (1 << i)) != 0).ToList();
                var (approved, _) = Run(Requested(input.mode, Money.Cny(1_200_000m), input.newPrice, Money.Cny(50_000m)), TestContexts.Default,
                    [new ApproveCancellation(Specialist, ConfirmationFor(input.mode), null), .. returned.Select(d => new HandBackDocument(Specialist, d))]);

                var completion = When(approved, new CompleteCancellation(Specialist));
                if (returned.Count < OldForm.Length)
                {
                    DecisionAssert.Rejected(completion, "CAN-02", "sales.documents_outstanding");
                    return;
                }

                var changed = SubscriptionDecider.Instance.Evolve(approved, Assert.IsType<SubscriptionUnitChanged>(Assert.Single(DecisionAssert.Accepted(completion))));
                Assert.Equal((SubscriptionStatus.Draft, OtherUnit), (changed.Status, changed.Unit));

                var copies = UnitChangeTests.AllCopies.Where((_, i) => (input.stamped & (1 << i)) != 0).ToList();
                var stamping = When(changed, new StampCopies(Specialist, copies));
                if (copies.Count < UnitChangeTests.AllCopies.Length)
                {
                    DecisionAssert.Rejected(stamping, "SUB-04", "sales.stamping_incomplete");
                }
                else
                {
                    var effective = SubscriptionDecider.Instance.Evolve(changed, Assert.IsType<SubscriptionStamped>(Assert.Single(DecisionAssert.Accepted(stamping))));
                    Assert.Equal(SubscriptionStatus.Effective, effective.Status);
                }
            });
}
