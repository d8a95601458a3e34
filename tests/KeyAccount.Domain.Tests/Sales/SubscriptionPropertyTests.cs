using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class SubscriptionPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Any_sequence_of_accepted_commands_replays_to_the_same_state() =>
        Prop.ForAll(SubscriptionWalk.Arbitrary, steps =>
        {
            var events = steps.Where(s => s.Decision.IsAccepted).SelectMany(s => s.Decision.Events).ToList();
            Assert.Equivalent(steps[^1].After, SubscriptionDecider.Instance.Replay(events), strict: true);
            Assert.Equivalent(SubscriptionDecider.Instance.Replay(events), SubscriptionDecider.Instance.Replay(events), strict: true);
        });

    [Property(MaxTest = 200)]
    public Property Every_emitted_event_survives_a_JSON_round_trip() =>
        Prop.ForAll(SubscriptionWalk.Arbitrary, steps =>
        {
            foreach (var e in steps.Where(s => s.Decision.IsAccepted).SelectMany(s => s.Decision.Events))
            {
                EventRoundTrip.Of(SubscriptionAggregate.Definition.Serializer, e);
            }
        });

    [Property(MaxTest = 300)]
    [Trait("Rule", "SUB-01")]
    public Property No_accepted_command_leaves_the_transition_table_and_nothing_leaves_a_terminal_state() =>
        Prop.ForAll(SubscriptionWalk.Arbitrary, steps =>
        {
            var table = SubscriptionLifecycle.Table;
            var terminal = LifecycleAnalysis.TerminalStates(table);
            foreach (var step in steps)
            {
                if (step.Decision.IsRejected)
                {
                    Assert.Equal(step.Before, step.After);
                    continue;
                }

                Assert.DoesNotContain(step.Before.Status, terminal);
                if (step.Decision.Events.Count > 0)
                {
                    var row = table.Find(step.Before.Status, SubscriptionDecider.Instance.TriggerOf(step.Command, step.Before)!.Value);
                    Assert.NotNull(row);
                    Assert.Equal(row.To, step.After.Status);
                }
                else
                {
                    Assert.Equal(step.Before.Status, step.After.Status);
                }
            }
        });

    [Property(MaxTest = 300)]
    [Trait("Rule", "SUB-08")]
    public Property A_refusal_of_a_unit_the_subscription_no_longer_relies_on_is_kept_without_a_move_and_refused_only_where_nothing_leaves() =>
        Prop.ForAll(SubscriptionWalk.Arbitrary, steps =>
        {
            var state = steps[^1].After;
            var stranger = UnitId.From(Guid.Parse("55555555-5555-5555-5555-555555555555"));
            var decision = SalesFixture.When(state, new RecordUnitRefusal(SalesFixture.Specialist, stranger, "SUB-01", "sales.unit_unavailable"));
            if (state.Status is SubscriptionStatus.None or SubscriptionStatus.Voided or SubscriptionStatus.Refunded)
            {
                Assert.True(decision.IsRejected);
                Assert.Equal("SUB-08", decision.Error.RuleId.Value);
                return;
            }

            var late = Assert.IsType<UnitRefusedLate>(Assert.Single(decision.Events));
            Assert.Equal((stranger, "SUB-01"), (late.Unit, late.Rule.Value));
            Assert.Equal(state with { LateUnitRefusals = state.LateUnitRefusals.Add(stranger) }, SubscriptionDecider.Instance.Evolve(state, late));
        });

    [Property(MaxTest = 300)]
    [Trait("Rule", "CAN-07")]
    [Trait("Rule", "CAN-04")]
    [Trait("Rule", "CAN-08")]
    public Property Money_is_conserved_across_rename_unit_change_cancellation_and_refund() =>
        Prop.ForAll(SubscriptionWalk.Arbitrary, steps =>
        {
            // paid: paid in less refunded, what a unit change carries over and re-prices (CAN-08)
            var paid = 0m;
            foreach (var (e, before) in steps.Where(s => s.Decision.IsAccepted).SelectMany(s => s.Decision.Events.Select(e => (e, s.Before))))
            {
                switch (e)
                {
                    case PaymentReceived p:
                        paid += p.Notice.Amount.Amount;
                        break;
                    case DifferenceRefunded d:
                        paid -= d.Amount.Amount;
                        break;
                    case SubscriptionRenamed r:
                        Assert.Equal(paid, r.CarriedOver.Amount);
                        break;
                    case SubscriptionUnitChanged u:
                        Assert.Equal(paid, u.CarriedOver.Amount);
                        Assert.Equal(u.NewPrice, u.CarriedOver + u.Payable - u.Refundable);
                        break;
                    case CancellationApproved { Kind: CancellationKind.Cancellation } a:
                        Assert.Equal(paid, a.RefundDue.Amount + a.Forfeited.Amount);
                        break;
                    case CancellationApproved { Kind: CancellationKind.UnitChange } a:
                        var newPrice = Assert.IsType<CancellationRequest.ChangeUnit>(before.PendingRequest).NewPrice.Amount;
                        Assert.Equal((Math.Max(0m, paid - newPrice), 0m), (a.RefundDue.Amount, a.Forfeited.Amount));
                        break;
                    case CancellationApproved a:
                        Assert.Equal((before.RefundDue, 0m), (a.RefundDue, a.Forfeited.Amount));
                        break;
                    case PurchaseReturned r:
                        Assert.Equal(paid, r.RefundDue.Amount);
                        break;
                }
            }

            var final = steps[^1].After;
            if (final.Status == SubscriptionStatus.Refunded)
            {
                // paid in = refunded + forfeited once the money has gone back
                Assert.Equal(final.PaidIn, final.Refunded + final.Forfeited);
            }

            Assert.True(final.Refunded <= final.PaidIn);
        });

    [Property(MaxTest = 300)]
    [Trait("Rule", "CAN-05")]
    [Trait("Rule", "GEN-08")]
    public Property The_refund_is_payable_from_the_fifth_working_day_after_approval_across_holidays_make_up_days_and_year_ends() =>
        Prop.ForAll(SubscriptionWalk.Arbitrary, steps =>
        {
            foreach (var step in steps)
            {
                var today = step.Context.Today;
                switch (step.Command)
                {
                    case ApproveCancellation when step.Decision.IsRejected && step.Decision.Error.RuleId.Value == "GEN-08":
                        // Refused only where the count leaves 2025–2026, naming the year it reaches.
                        Assert.Equal(OfficialCalendarTable.AddWorkingDays(today, 5).MissingYear, step.Decision.Error.Detail<int>("year"));
                        Assert.Equal(step.Before, step.After);
                        break;
                    case ApproveCancellation when step.Decision.IsAccepted:
                        foreach (var approved in step.Decision.Events.OfType<CancellationApproved>().Where(a => a.RefundPayableFrom is not null))
                        {
                            Assert.Equal(SubscriptionWalk.PayableFrom(today), approved.RefundPayableFrom);
                        }

                        break;
                    case PayRefund when step.Before is { Status: SubscriptionStatus.Cancelled, ApprovedOn: { } approvedOn, RefundPayableFrom: not null }:
                        var payable = SubscriptionWalk.PayableFrom(approvedOn);
                        if (step.Decision.IsAccepted)
                        {
                            Assert.True(today >= payable, $"refund paid on {today} before {payable} (approved {approvedOn})");
                        }
                        else if (step.Decision.Error is RefundNotYetDue early)
                        {
                            Assert.Equal(payable, early.EarliestDate);
                            Assert.True(today < payable);
                        }

                        if (today < payable)
                        {
                            // Refused before its day: with CAN-05, unless the command already fails SUB-03 (no specialist),
                            // which the decider checks for every command first.
                            Assert.True(step.Decision.IsRejected, $"refund paid on {today} before {payable}");
                            if (step.Decision.Error.RuleId.Value != "SUB-03")
                            {
                                DecisionAssert.Rejected(step.Decision, "CAN-05");
                            }
                        }

                        break;
                }
            }
        });

    [Fact]
    public void The_walks_decide_on_days_of_both_years_and_meet_the_end_of_the_calendar()
    {
        var steps = SubscriptionWalk.Walks.Sample(500, new Rnd(20251230UL), 300).SelectMany(w => w).ToList();

        Assert.Equal([2025, 2026], steps.Where(s => s.Command is not PayRefund).Select(s => s.Context.Today.Year).Distinct().Order());
        Assert.Contains(steps, s => s.Decision.IsAccepted && s.Decision.Events.OfType<CancellationApproved>().Any(a => a.RefundPayableFrom is not null));
        // Some walks decide on days whose refund date would leave the calendar (GEN-08 is asserted on them in RefundCalendarTests).
        Assert.Contains(steps, s => s.Command is not PayRefund && SubscriptionWalk.PayableFrom(s.Context.Today) is null);
    }

    [Fact]
    public void Random_walks_reach_every_status_of_the_table()
    {
        var reached = new HashSet<SubscriptionStatus>();
        foreach (var steps in SubscriptionWalk.Walks.Sample(120, new Rnd(20250303UL), 300))
        {
            reached.UnionWith(steps.SelectMany(s => new[] { s.Before.Status, s.After.Status }));
        }

        Assert.Equal(Enum.GetValues<SubscriptionStatus>().Order(), reached.Order());
    }

    [Fact]
    [Trait("Rule", "SUB-01")]
    public void Every_state_of_the_subscription_table_is_reachable_and_only_refunded_is_terminal()
    {
        Assert.Empty(LifecycleAnalysis.UnreachableStates(SubscriptionLifecycle.Table));
        Assert.Equal([SubscriptionStatus.Refunded, SubscriptionStatus.Voided], LifecycleAnalysis.TerminalStates(SubscriptionLifecycle.Table));
        Assert.Empty(LifecycleAnalysis.UnreachableStates(UnitLifecycle.Table));
    }

    [Fact]
    public void Every_state_of_the_site_and_reception_tables_is_reachable()
    {
        Assert.Empty(LifecycleAnalysis.UnreachableStates(SalesProjectLifecycle.Table));
        Assert.Empty(LifecycleAnalysis.UnreachableStates(SiteItemLifecycle.Table));
        Assert.Empty(LifecycleAnalysis.UnreachableStates(SigningNoticeBundleLifecycle.Table));
        Assert.Empty(LifecycleAnalysis.UnreachableStates(SiteVisitLifecycle.Table));
        Assert.Empty(LifecycleAnalysis.UnreachableStates(ReceptionDayLifecycle.Table));
    }
}
