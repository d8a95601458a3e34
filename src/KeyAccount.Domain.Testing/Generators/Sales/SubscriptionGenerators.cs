using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using S = KeyAccount.Domain.Sales.Subscriptions.SubscriptionStatus;

namespace KeyAccount.Domain.Testing.Generators.Sales;

/// <summary>
/// FsCheck generators for subscriptions: customers, developer confirmations, candidate commands for a state and valid
/// subscription histories.
/// </summary>
/// <remarks>
/// Histories run over time (<see cref="Generators.Histories"/>, <c>OverTime</c>):
/// from 2025-03-03, the day the two open projects of <see cref="TestProjects"/> opened sales, to the end of 2026, with
/// the clock moving across weekends, holidays and make-up working days, so that a cancellation's refund date (CAN-05,
/// <see cref="RefundWaitingPolicy"/>) is counted across them and its payment is reached. Both projects are the
/// context's sources: drafts name one of them (and now and then a project the context does not supply, refused by
/// GEN-11), so a history's sales mode is its project's (SUB-09). Deciding a history's commands again needs the same
/// sources, which every context of the history carries.
/// </remarks>
public static class SubscriptionGenerators
{
    private static readonly SubscriptionCopy[] AllCopies = [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];

    private static readonly string[] GivenNames = ["芳", "强", "敏", "伟", "静", "磊", "娜", "洋"];

    /// <summary>Gets customers with a Chinese name and an 18-character resident ID number.</summary>
    public static Gen<Customer> Customer { get; } =
        from surname in Gen.Elements(Surnames)
        from given in Gen.Elements(GivenNames)
        from region in Gen.Choose(110101, 659001)
        from birth in KernelGenerators.DateIn(1960).Zip(Gen.Choose(0, 40)).Select(t => t.Item1.PlusYears(t.Item2))
        from serial in Gen.Choose(0, 9999)
        select new Customer(surname + given, $"{region:D6}{birth:yyyyMMdd}{serial:D4}");

    /// <summary>Gets one to three customers with distinct ID document numbers, as a subscription names them.</summary>
    public static Gen<IReadOnlyList<Customer>> Customers { get; } =
        Gen.Choose(1, 3).SelectMany(n => Customer.ListOf(n))
            .Select(list => (IReadOnlyList<Customer>)list.DistinctBy(c => c.IdDocumentNumber).ToList());

    /// <summary>Gets developer confirmations, mostly signed and stamped, sometimes missing the signature or the stamp.</summary>
    public static Gen<DeveloperConfirmation> Confirmation { get; } =
        Gen.Frequency(
            (6, KernelGenerators.Actor.Select(DeveloperConfirmation.SignedAndStamped)),
            (1, KernelGenerators.Actor.Select(a => new DeveloperConfirmation(a, false, true))),
            (1, KernelGenerators.Actor.Select(a => new DeveloperConfirmation(a, true, false))));

    /// <summary>Gets payment amounts in CNY, from 100.00 to 200,000.00 with at most two decimals.</summary>
    public static Gen<Money> Payment { get; } = Gen.Choose(10_000, 20_000_000).Select(cents => Money.Cny(cents / 100m));

    /// <summary>
    /// Returns candidate commands for a state: every subscription command type, mostly valid ones targeting what the
    /// state holds (its customers, its payments, its outstanding documents, the collector and refund place of its
    /// sales mode, a refund a unit change made due), with some invalid ones (wrong collector, duplicate notice, partial stamping, absent customer,
    /// missing confirmation, no specialist …). Commands the lifecycle allows from the state's status come more often.
    /// </summary>
    /// <param name="state">The state so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<SubscriptionCommand> Commands(SubscriptionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var specialist = state.Specialist == default
            ? KernelGenerators.Actor
            : Gen.Frequency((30, Gen.Constant(state.Specialist)), (1, Gen.Constant(default(ActorId))));
        var present = state.Customers.Select(c => c.IdDocumentNumber).ToList();
        var presence = state.Customers.Count > 1
            ? Gen.Frequency((8, Gen.Constant<IReadOnlyCollection<string>>(present)), (1, Gen.Constant<IReadOnlyCollection<string>>(present.Skip(1).ToList())))
            : Gen.Constant<IReadOnlyCollection<string>>(present);
        var candidates = new List<(S[] Boosted, Gen<SubscriptionCommand> Gen)>
        {
            ([S.None], Draft(specialist)),
            // Nothing paid in yet: a payment comes twice as often, so that a cancellation has money to refund.
            (state.PaidIn.IsPositive ? [S.Draft, S.Effective, S.Contracted, S.Registered] : [S.Draft, S.Draft, S.Effective, S.Effective], Pay(state, specialist)),
            ([S.Draft], from s in specialist
                        from partial in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
                        from skip in Gen.Choose(0, 2)
                        select (SubscriptionCommand)new StampCopies(s, partial ? AllCopies.Where((_, i) => i != skip).ToList() : AllCopies)),
            // Signed notice terms forfeit a cancellation's payments (CAN-04), so they come less often than the other
            // steps from Effective, and a cancellation's refund date (CAN-05) is reached often.
            ([], specialist.Select(s => (SubscriptionCommand)new SignNoticeTerms(s))),
            ([S.Effective], from s in specialist
                            from n in Gen.Frequency((8, Gen.Choose(1, 9999).Select(i => $"YS-{i:D4}")), (1, Gen.Constant(" ")))
                            select (SubscriptionCommand)new SignPreSaleContract(s, n)),
            ([S.Contracted], from s in specialist
                             from n in Gen.Frequency((8, Gen.Choose(1, 9999).Select(i => $"DJ-{i:D4}")), (1, Gen.Constant(string.Empty)))
                             select (SubscriptionCommand)new RegisterPreSaleContract(s, n)),
            (state.PaidIn.IsPositive ? [S.Effective, S.Effective] : [S.Effective], RequestCancellation(state, specialist, presence)),
            ([S.CancellationRequested], from s in specialist
                                        from manager in Gen.Frequency((8, KernelGenerators.Actor), (1, Gen.Constant(default(ActorId))))
                                        from officer in KernelGenerators.Actor
                                        from retained in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
                                        select (SubscriptionCommand)new RecordRetentionAttempt(s, manager, officer, retained)),
            ([S.CancellationRequested], from s in specialist
                                        from application in Gen.Frequency((6, Confirmation.Select(c => (DeveloperConfirmation?)c)), (1, Gen.Constant<DeveloperConfirmation?>(null)))
                                        from exception in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("statutory exception")))
                                        select (SubscriptionCommand)new ApproveCancellation(s, application, exception)),
            ([S.CancellationRequested, S.CancellationApproved, S.ReturnRequested], from s in specialist
                                                                                 from d in Document(state)
                                                                                 select (SubscriptionCommand)new HandBackDocument(s, d)),
            ([S.CancellationRequested, S.CancellationApproved, S.ReturnRequested], from s in specialist
                                                                                 from d in Document(state)
                                                                                 from why in Gen.Frequency((6, Gen.Constant("lost in transit")), (1, Gen.Constant(" ")))
                                                                                 select (SubscriptionCommand)new ReportDocumentLost(s, d, why)),
            ([S.CancellationApproved], specialist.Select(s => (SubscriptionCommand)new CompleteCancellation(s))),
            ([S.Contracted, S.Registered], from s in specialist
                                           from p in presence
                                           select (SubscriptionCommand)new RequestReturn(s, p)),
            ([S.ReturnRequested, S.Returned], from s in specialist
                                              from r in Gen.Frequency((8, Gen.Choose(1, 9999).Select(i => $"ZX-{i:D4}")), (1, Gen.Constant(" ")))
                                              select (SubscriptionCommand)new RecordDeregistration(s, r)),
            ([S.ReturnRequested], from s in specialist
                                  from application in Gen.Frequency((6, Confirmation.Select(c => (DeveloperConfirmation?)c)), (1, Gen.Constant<DeveloperConfirmation?>(null)))
                                  select (SubscriptionCommand)new CompleteReturn(s, application)),
            (state.DifferenceOutstanding ? new[] { state.Status } : new[] { S.Cancelled, S.Returned }, from s in specialist
                                        from place in Gen.Frequency((8, Gen.Constant(SalesModeRules.RefundPlaceFor(state.Mode))), (1, Gen.Elements(Enum.GetValues<RefundPlace>())))
                                        from notice in Gen.Frequency((6, Confirmation.Select(c => (DeveloperConfirmation?)c)), (1, Gen.Constant<DeveloperConfirmation?>(null)))
                                        select (SubscriptionCommand)new PayRefund(s, place, notice)),
            ([], from s in specialist
                 from unit in Gen.Frequency(
                     (4, Gen.Constant(state.PendingRequest is CancellationRequest.ChangeUnit change ? change.NewUnit : state.Unit)),
                     (1, KernelGenerators.Identifier<UnitId>()))
                 select (SubscriptionCommand)new RecordUnitRefusal(s, unit, "SUB-01", "sales.unit_unavailable")),
        };

        // A candidate boosted for the status comes 12 times as often as another, or 24 times when listed twice.
        return Gen.Frequency(candidates.Select(c => (Math.Max(1, 12 * c.Boosted.Count(b => b == state.Status)), c.Gen)).ToArray());
    }

    /// <summary>Returns a generator of valid subscription histories (see <see cref="Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<SubscriptionCommand, SubscriptionEvent, SubscriptionState>> Histories(DecisionContext? context = null) =>
        Generators.Histories.OverTime(SubscriptionAggregate.Definition.Decider, Commands, (context ?? TestContexts.Default).WithOpenProjects(), maxAttempts: 100);

    // A document still out comes far more often than one already back or reported lost.
    private static Gen<SalesDocument> Document(SubscriptionState state)
    {
        var outstanding = Enum.GetValues<SalesDocument>().Where(d => !state.HandedBack.Contains(d) && !state.Lost.Contains(d)).ToArray();
        var any = Gen.Elements(Enum.GetValues<SalesDocument>());
        return outstanding.Length == 0 ? any : Gen.Frequency((6, Gen.Elements(outstanding)), (1, any));
    }

    private static Gen<SubscriptionCommand> Draft(Gen<ActorId> specialist) =>
        from s in specialist
        from subscription in KernelGenerators.Identifier<SubscriptionId>()
        from project in Gen.Frequency((12, Gen.Elements(TestProjects.Agency, TestProjects.Underwriting)), (1, KernelGenerators.Identifier<ProjectId>()))
        from unit in KernelGenerators.Identifier<UnitId>()
        from customers in Gen.Frequency(
            (10, Customers),
            (1, Gen.Constant<IReadOnlyList<Customer>>([])),
            (1, Customer.Select(c => (IReadOnlyList<Customer>)[c, c])))
        from price in Gen.Frequency((10, KernelGenerators.PositiveCny), (1, Gen.Constant(Money.Zero(Currency.CNY))))
        select (SubscriptionCommand)new DraftSubscription(s, subscription, project, unit, customers, price);

    private static Gen<SubscriptionCommand> Pay(SubscriptionState state, Gen<ActorId> specialist)
    {
        var right = SalesModeRules.CollectorFor(state.Mode);
        var fresh = RemittanceNoticeNumber.From(state.Payments.Count + 1);
        var numbers = state.Payments.Count == 0
            ? Gen.Constant(fresh)
            : Gen.Frequency((8, Gen.Constant(fresh)), (1, Gen.Elements(state.Payments.Select(p => p.Number).ToArray())));
        return from s in specialist
               from number in numbers
               from amount in Gen.Frequency((10, Payment), (1, Gen.Constant(Money.Zero(Currency.CNY))))
               from method in Gen.Elements(Enum.GetValues<PaymentMethod>())
               from collector in Gen.Frequency((8, Gen.Constant(right)), (1, Gen.Elements(Enum.GetValues<PaymentCollector>())))
               from collectedBy in Gen.Frequency((10, KernelGenerators.Actor), (1, Gen.Constant(default(ActorId))))
               select (SubscriptionCommand)new RecordPayment(s, number, amount, method, collector, collectedBy);
    }

    private static Gen<SubscriptionCommand> RequestCancellation(SubscriptionState state, Gen<ActorId> specialist, Gen<IReadOnlyCollection<string>> presence)
    {
        // CAN-08: the new unit's price is dearer, cheaper or equal, now and then not a price at all.
        var price = state.Price.IsPositive ? state.Price : Money.Cny(1_000_000m);
        var newPrice = Gen.Frequency(
            (4, KernelGenerators.PositiveCny),
            (2, Gen.Choose(1, 100).Select(percent => Money.Cny(Math.Round(price.Amount * percent / 100m, 2)))),
            (2, Payment.Select(p => p.IsPositive && p < price ? p : price)),
            (1, Gen.Constant(price)),
            (1, Gen.Constant(Money.Zero(Currency.CNY))));
        var unitChange =
            from u in Gen.Frequency((8, KernelGenerators.Identifier<UnitId>()), (1, Gen.Constant(state.Unit)))
            from p in newPrice
            select (CancellationRequest)new CancellationRequest.ChangeUnit(u, p);
        // A cancellation (which refunds what was paid, CAN-05) comes as often as a rename and a unit change together.
        var request = Gen.Frequency(
            (2, Gen.Constant(CancellationRequest.Cancellation)),
            (1, Customers.Select(c => (CancellationRequest)new CancellationRequest.Rename(c))),
            (1, unitChange));
        return from s in specialist
               from p in presence
               from r in request
               select (SubscriptionCommand)new RequestCancellation(s, r, p);
    }
}
