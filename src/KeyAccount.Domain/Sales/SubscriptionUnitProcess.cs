using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Sales;

/// <summary>
/// The unit follows its subscription (SUB-08, SUB-01), declared as a process (GEN-12): drafting holds the unit, and a
/// refused hold voids the draft with the unit's rule; a unit change holds the new unit first and releases the old one
/// only once the move is done (or the new one when the customer is retained); signing the pre-sale contract marks the
/// unit contracted, registration registered; cancellation and return release it.
/// </summary>
public static class SubscriptionUnitProcess
{
    /// <summary>Gets the declaration; <c>docs/diagrams/processes/unit-follows-subscription.mmd</c> is drawn from it.</summary>
    public static ProcessDefinition<SubscriptionCommand, SubscriptionEvent, SubscriptionState> Definition { get; } =
        Process.Define("unit-follows-subscription", SubscriptionAggregate.Definition)
            .On<SubscriptionDrafted>(r => r.Send(
                UnitAggregate.Definition,
                (e, _) => UnitAggregate.StreamOf(e.Unit),
                (e, _) => new HoldUnit(e.Subscription),
                (refusal, e, _) => new RecordUnitRefusal(e.Specialist, e.Unit, refusal.RuleId, refusal.Code),
                "SUB-08",
                "SUB-01"))
            .On<CancellationRequested>("unit change", (e, _) => e.NewUnit is not null, r => r.Send(
                UnitAggregate.Definition,
                (e, _) => UnitAggregate.StreamOf(e.NewUnit!.Value),
                (_, s) => new HoldUnit(s.Id),
                (refusal, e, s) => new RecordUnitRefusal(s.Specialist, e.NewUnit!.Value, refusal.RuleId, refusal.Code),
                "SUB-08",
                "SUB-01"))
            .On<RetentionAttempted>("retained from a unit change", (e, s) => e.Retained && s.PendingRequest is CancellationRequest.ChangeUnit, r => r.Send(
                UnitAggregate.Definition,
                (_, s) => UnitAggregate.StreamOf(((CancellationRequest.ChangeUnit)s.PendingRequest!).NewUnit),
                (_, s) => new ReleaseUnit(s.Id),
                "SUB-08"))
            .On<PreSaleContractSigned>(r => r.Send(UnitAggregate.Definition, (_, s) => UnitAggregate.StreamOf(s.Unit), (_, s) => new MarkUnitContracted(s.Id), "SUB-08"))
            .On<PreSaleContractRegistered>(r => r.Send(UnitAggregate.Definition, (_, s) => UnitAggregate.StreamOf(s.Unit), (_, s) => new MarkUnitRegistered(s.Id), "SUB-08"))
            .On<SubscriptionCancelled>(r => r.Send(UnitAggregate.Definition, (e, _) => UnitAggregate.StreamOf(e.Unit), (_, s) => new ReleaseUnit(s.Id), "SUB-01", "SUB-08"))
            .On<SubscriptionUnitChanged>(r => r.Send(UnitAggregate.Definition, (e, _) => UnitAggregate.StreamOf(e.PreviousUnit), (_, s) => new ReleaseUnit(s.Id), "SUB-08"))
            .On<PurchaseReturned>(r => r.Send(UnitAggregate.Definition, (e, _) => UnitAggregate.StreamOf(e.Unit), (_, s) => new ReleaseUnit(s.Id), "SUB-01", "SUB-08"))
            .Build();
}
