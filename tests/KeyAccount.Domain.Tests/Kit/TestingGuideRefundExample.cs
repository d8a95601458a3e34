// docs/testing.md:begin
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Sales;
using NodaTime;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>The refund date our cancellation slip prints is the one the package fixed (CAN-05).</summary>
public sealed class OurCancellationSlip
{
    // Histories over time, decided across weekends, holidays and make-up working days; a failure shrinks.
    [Property]
    public Property The_slip_shows_the_refund_date_of_every_approval() =>
        Prop.ForAll(SubscriptionGenerators.Histories().ToArbitrary(SubscriptionAggregate.Definition.Decider), history =>
            history.Events.OfType<CancellationApproved>()
                .Where(approved => approved.Kind != CancellationKind.Rename && approved.RefundPayableFrom is not null)
                .All(approved => SlipRefundDate(approved.ApprovedOn) == approved.RefundPayableFrom));

    // The host's own code: five working days after the approval on the shipped calendar.
    private static LocalDate SlipRefundDate(LocalDate approvedOn) =>
        TestCalendars.ChinaMainland.AddWorkingDays(approvedOn, RefundWaitingPolicy.Default.WorkingDays);
}
// docs/testing.md:end
