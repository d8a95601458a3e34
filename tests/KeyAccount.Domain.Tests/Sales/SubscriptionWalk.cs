using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Sales;
using KeyAccount.Domain.Tests.Support;
using NodaTime;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>
/// Random walks over the subscription decider: at each step one candidate command is drawn from the kit's
/// <see cref="SubscriptionGenerators.Commands"/> for the current state (good and bad ones: right and wrong collector,
/// partial stamping, absent customers, missing confirmations …) and decided, accepted or not. Each walk has its own
/// decision day, drawn across 2025–2026 and mostly from the days around public holidays, make-up working days (调休)
/// and the turns of the years; everything but refunds is decided on it. Refunds are decided the day before or on
/// (or a few days after) the day CAN-05 makes them payable, as <see cref="OfficialCalendarTable"/> — an oracle
/// independent of the package's calendar — counts it.
/// </summary>
internal static class SubscriptionWalk
{
    /// <summary>The fixed days of the model tests: approval on Monday 2025-03-03, payable from Monday 2025-03-10.</summary>
    public static readonly DecisionContext Approval = TestContexts.On(new LocalDate(2025, 3, 3));
    public static readonly DecisionContext Early = TestContexts.On(new LocalDate(2025, 3, 7));
    public static readonly DecisionContext Due = TestContexts.On(new LocalDate(2025, 3, 10));

    /// <summary>Decision days: three in four around holidays, make-up days and year ends, the rest anywhere in 2025–2026.</summary>
    public static readonly Gen<LocalDate> DecisionDays = Gen.OneOf(
        Gen.Elements(OfficialCalendarTable.InterestingDays.AsEnumerable()),
        Gen.Elements(OfficialCalendarTable.InterestingDays.AsEnumerable()),
        Gen.Elements(OfficialCalendarTable.InterestingDays.AsEnumerable()),
        Gen.Choose(0, 729).Select(d => new LocalDate(2025, 1, 1).PlusDays(d)));

    public sealed record Step(SubscriptionCommand Command, DecisionContext Context, SubscriptionState Before, Decision<SubscriptionEvent> Decision, SubscriptionState After);

    /// <summary>Walks of up to 120 steps (bounded by the generator's size), never empty.</summary>
    public static Gen<IReadOnlyList<Step>> Walks { get; } =
        Gen.Sized(size =>
            from length in Gen.Choose(1, Math.Max(1, Math.Min(size, 120)))
            from day in DecisionDays
            from late in Gen.Choose(0, 3)
            from steps in Walk(SubscriptionState.Initial, length, [], DaysOf(day, late))
            select steps);

    public static Arbitrary<IReadOnlyList<Step>> Arbitrary => Walks.ToArbitrary();

    /// <summary>The refund's payable day by the oracle: the fifth working day after the decision day, or null when
    /// the count leaves 2025–2026.</summary>
    public static LocalDate? PayableFrom(LocalDate decisionDay) =>
        OfficialCalendarTable.AddWorkingDays(decisionDay, RefundWaitingPolicy.Default.WorkingDays).Reached;

    private static Days DaysOf(LocalDate day, int late) =>
        PayableFrom(day) is { } payable
            ? new(TestContexts.On(day), TestContexts.On(payable.PlusDays(-1)), TestContexts.On(payable.PlusDays(late)))
            : new(TestContexts.On(day), TestContexts.On(day.PlusDays(1)), TestContexts.On(day.PlusDays(7 + late)));

    private static Gen<IReadOnlyList<Step>> Walk(SubscriptionState state, int remaining, List<Step> steps, Days days)
    {
        if (remaining == 0)
        {
            return Gen.Constant<IReadOnlyList<Step>>(steps);
        }

        return from command in SubscriptionGenerators.Commands(state)
               from context in command is PayRefund ? Gen.Elements(days.Early, days.Due) : Gen.Constant(days.Approval)
               from rest in Next(command, context, state, remaining, steps, days)
               select rest;
    }

    private static Gen<IReadOnlyList<Step>> Next(
        SubscriptionCommand command, DecisionContext context, SubscriptionState state, int remaining, List<Step> steps, Days days)
    {
        var (decision, after) = SubscriptionDecider.Instance.Apply(command, state, context);
        return Walk(after, remaining - 1, [.. steps, new Step(command, context, state, decision, after)], days);
    }

    /// <summary>The contexts of one walk: the decision day, the day before the refund is payable, and a day it is.</summary>
    private sealed record Days(DecisionContext Approval, DecisionContext Early, DecisionContext Due);
}
