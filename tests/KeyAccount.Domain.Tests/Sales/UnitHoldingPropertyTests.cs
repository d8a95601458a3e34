using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>
/// A sales site with a few units and subscriptions, driven the way a host drives the two deciders: hold the unit
/// first, then draft; release after a cancellation, a completed unit change (the old unit), a retained unit change
/// (the unit that was to be taken) or a return. Processes stop at the first rejection, so they interleave freely.
/// </summary>
public sealed class UnitHoldingPropertyTests
{
    private enum Process
    {
        Subscribe,
        StartCancellation,
        StartUnitChange,
        RetainCustomer,
        Finish,
        Return,
    }

    private static readonly UnitId[] Units = Enumerable.Range(1, 3).Select(i => UnitId.From(new Guid(i, 0, 0, new byte[8]))).ToArray();
    private static readonly SubscriptionId[] Subscriptions = Enumerable.Range(1, 4).Select(i => SubscriptionId.From(new Guid(0, (short)i, 0, new byte[8]))).ToArray();

    private static readonly Gen<(Process Process, int Subscription, int Unit)[]> Scripts =
        (from process in Gen.Elements(Enum.GetValues<Process>())
         from subscription in Gen.Choose(0, Subscriptions.Length - 1)
         from unit in Gen.Choose(0, Units.Length - 1)
         select (process, subscription, unit)).ArrayOf();

    private sealed class Site
    {
        private readonly DecisionContext context = TestContexts.Default;

        public Dictionary<UnitId, UnitState> Units { get; } = UnitHoldingPropertyTests.Units.ToDictionary(
            u => u, u => UnitDecider.Instance.Replay([new UnitListed(u, Project, u.Value.ToString("N")[..4])]));

        public Dictionary<SubscriptionId, SubscriptionState> Subscriptions { get; } =
            UnitHoldingPropertyTests.Subscriptions.ToDictionary(s => s, _ => SubscriptionState.Initial);

        public void Run(Process process, SubscriptionId s, UnitId u)
        {
            var confirmed = DeveloperConfirmation.SignedAndStamped(DeveloperAgent);
            var state = Subscriptions[s];
            switch (process)
            {
                case Process.Subscribe when state.Status == SubscriptionStatus.None:
                    _ = Unit(u, new HoldUnit(s))
                        && Do(s, new DraftSubscription(Specialist, s, Project, u, [Wang, Li], Money.Cny(900_000m)))
                        && Do(s, new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-1"), Money.Cny(30_000m), PaymentMethod.Transfer, PaymentCollector.Developer, DeveloperAgent))
                        && Do(s, new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer]));
                    break;
                case Process.StartCancellation:
                    Do(s, new RequestCancellation(Specialist, CancellationRequest.Cancellation, BothPresent));
                    break;
                case Process.StartUnitChange when state.Status == SubscriptionStatus.Effective && state.Unit != u:
                    _ = Unit(u, new HoldUnit(s))
                        && Do(s, new RequestCancellation(Specialist, new CancellationRequest.ChangeUnit(u, Money.Cny(900_000m)), BothPresent));
                    break;
                case Process.RetainCustomer when state.Status == SubscriptionStatus.CancellationRequested:
                    _ = Do(s, new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, true))
                        && (state.PendingRequest is not CancellationRequest.ChangeUnit { NewUnit: var pending } || Unit(pending, new ReleaseUnit(s)));
                    break;
                case Process.Finish:
                    if (state.Status == SubscriptionStatus.CancellationRequested && !state.RetentionAttempted)
                    {
                        Do(s, new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, false));
                    }

                    var unitBefore = Subscriptions[s].Unit;
                    _ = Do(s, new ApproveCancellation(Specialist, confirmed, null))
                        && Do(s, new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy))
                        && Do(s, new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy))
                        && Do(s, new CompleteCancellation(Specialist))
                        && Unit(unitBefore, new ReleaseUnit(s));
                    break;
                case Process.Return:
                    _ = (state.Status != SubscriptionStatus.Effective || Do(s, new SignPreSaleContract(Specialist, "YS-1")))
                        && Do(s, new RequestReturn(Specialist, BothPresent))
                        && Do(s, new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy))
                        && Do(s, new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy))
                        && Do(s, new HandBackDocument(Specialist, SalesDocument.PreSaleContract))
                        && Do(s, new CompleteReturn(Specialist, confirmed))
                        && Unit(Subscriptions[s].Unit, new ReleaseUnit(s));
                    break;
            }
        }

        private bool Do(SubscriptionId s, SubscriptionCommand command)
        {
            var (decision, next) = SubscriptionDecider.Instance.Apply(command, Subscriptions[s], context);
            Subscriptions[s] = next;
            return decision.IsAccepted;
        }

        private bool Unit(UnitId u, UnitCommand command)
        {
            var (decision, next) = UnitDecider.Instance.Apply(command, Units[u], context);
            Units[u] = next;
            return decision.IsAccepted;
        }
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "SUB-01")]
    public Property Two_subscriptions_never_hold_the_same_unit_at_once() =>
        Prop.ForAll(Scripts.ToArbitrary(), script =>
        {
            var site = new Site();
            foreach (var (process, s, u) in script)
            {
                site.Run(process, Subscriptions[s], Units[u]);

                var live = site.Subscriptions.Where(p => p.Value.HoldsUnit).ToList();

                // No two live subscriptions name the same unit, and each one's unit is held by it.
                Assert.Equal(live.Count, live.Select(p => p.Value.Unit).Distinct().Count());
                Assert.All(live, p => Assert.Equal(p.Key, site.Units[p.Value.Unit].HeldBy));

                // Every held unit belongs to a live subscription, as its unit or the one a pending change moves to.
                Assert.All(site.Units.Where(p => p.Value.HeldBy is not null), p =>
                    Assert.Contains(live, l => l.Key == p.Value.HeldBy && (l.Value.Unit == p.Key || l.Value.PendingRequest is CancellationRequest.ChangeUnit { NewUnit: var pending } && pending == p.Key)));
            }
        });
}
