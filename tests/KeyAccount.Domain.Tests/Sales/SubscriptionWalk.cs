using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Tests.Support;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>
/// Random walks over the subscription decider: at each step one command is picked from a pool of good and bad
/// commands (right and wrong collector, partial stamping, absent customers, early refunds …).
/// </summary>
internal static class SubscriptionWalk
{
    public static readonly DecisionContext Approval = TestContexts.On(2025, 3, 3);
    public static readonly DecisionContext Early = TestContexts.On(2025, 3, 7);
    public static readonly DecisionContext Due = TestContexts.On(2025, 3, 10);

    public sealed record Step(SubscriptionCommand Command, DecisionContext Context, SubscriptionState Before, Decision<SubscriptionEvent> Decision, SubscriptionState After);

    /// <summary>The pool of candidate commands in a state; payments get a fresh notice number.</summary>
    public static IReadOnlyList<(SubscriptionCommand Command, DecisionContext Context)> Pool(SubscriptionState state, SalesMode mode)
    {
        var number = $"RN-{state.Payments.Count + 1:D4}";
        var right = SalesModeRules.CollectorFor(mode);
        var wrong = right == PaymentCollector.Developer ? PaymentCollector.CompanyCashier : PaymentCollector.Developer;
        var place = SalesModeRules.RefundPlaceFor(mode);
        var confirmed = DeveloperConfirmation.SignedAndStamped(DeveloperAgent);
        var present = state.Customers.Select(c => c.IdDocumentNumber).ToList();
        Customer[] renamed = state.Customers.Contains(Zhao) ? [Wang, Li] : [Zhao];
        return
        [
            (new DraftSubscription(Specialist, Subscription, Project, mode, Unit, [Wang, Li], Money.Cny(1_000_000m)), Approval),
            (new RecordPayment(Specialist, number, Money.Cny(10_000m), PaymentMethod.Transfer, right, Cashier), Approval),
            (new RecordPayment(Specialist, number, Money.Cny(25_000m), PaymentMethod.Cash, right, Cashier), Approval),
            (new RecordPayment(Specialist, number, Money.Cny(10_000m), PaymentMethod.Card, wrong, Cashier), Approval),
            (new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer]), Approval),
            (new StampCopies(Specialist, [SubscriptionCopy.Customer]), Approval),
            (new SignNoticeTerms(Specialist), Approval),
            (new SignPreSaleContract(Specialist, "YS-1"), Approval),
            (new RegisterContract(Specialist, "DJ-1"), Approval),
            (new RequestCancellation(Specialist, CancellationKind.Cancellation, present, [], null), Approval),
            (new RequestCancellation(Specialist, CancellationKind.Rename, present, renamed, null), Approval),
            (new RequestCancellation(Specialist, CancellationKind.UnitChange, present, [], state.Unit == Unit ? OtherUnit : Unit), Approval),
            (new RequestCancellation(Specialist, CancellationKind.Cancellation, present.Skip(1).ToList(), [], null), Approval),
            (new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, false), Approval),
            (new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, true), Approval),
            (new ApproveCancellation(Specialist, confirmed, null), Approval),
            (new ApproveCancellation(Specialist, null, null), Approval),
            (new ApproveCancellation(Specialist, confirmed, "statutory exception"), Approval),
            (new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy), Approval),
            (new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy), Approval),
            (new HandBackDocument(Specialist, SalesDocument.PreSaleContract), Approval),
            (new ReportDocumentLost(Specialist, SalesDocument.SubscriptionDeveloperCopy, "lost in transit"), Approval),
            (new CompleteCancellation(Specialist), Approval),
            (new RequestReturn(Specialist, present), Approval),
            (new RecordDeregistration(Specialist, "ZX-1"), Approval),
            (new CompleteReturn(Specialist, confirmed), Approval),
            (new CompleteReturn(Specialist, null), Approval),
            (new PayRefund(Specialist, place, confirmed), Early),
            (new PayRefund(Specialist, place, confirmed), Due),
            (new PayRefund(Specialist, place, null), Due),
            (new PayRefund(Specialist, place == RefundPlace.CompanyHeadquarters ? RefundPlace.DeveloperAgreedPlace : RefundPlace.CompanyHeadquarters, confirmed), Due),
            (new SignPreSaleContract(default, "YS-1"), Approval),
        ];
    }

    /// <summary>
    /// A walk: the sales mode and the picks. A pick below 32 is any pool command; from 32 on it is one of the commands
    /// the table allows from the current status (good or bad), so walks reach deep into the lifecycle.
    /// </summary>
    public static Gen<(SalesMode Mode, int[] Picks)> Walks { get; } =
        from mode in Gen.Elements(SalesMode.Agency, SalesMode.Underwriting)
        from picks in Gen.Choose(0, 127).ArrayOf()
        select (mode, (int[])[0, .. picks]);

    public static Arbitrary<(SalesMode Mode, int[] Picks)> Arbitrary => Walks.ToArbitrary();

    public static List<Step> Run(SalesMode mode, IEnumerable<int> picks)
    {
        var steps = new List<Step>();
        var state = SubscriptionState.Initial;
        foreach (var pick in picks)
        {
            var pool = Pool(state, mode);
            var allowed = pool.Where(c => SubscriptionLifecycle.Table.Allows(state.Status, SubscriptionDecider.TriggerOf(c.Command, state))).ToList();
            var (command, context) = pick < pool.Count || allowed.Count == 0 ? pool[pick % pool.Count] : allowed[pick % allowed.Count];
            var (decision, after) = SubscriptionDecider.Instance.Apply(command, state, context);
            steps.Add(new Step(command, context, state, decision, after));
            state = after;
        }

        return steps;
    }
}
