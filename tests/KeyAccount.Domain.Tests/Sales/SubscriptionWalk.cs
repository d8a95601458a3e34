using System;
using System.Collections.Generic;
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
/// partial stamping, absent customers, missing confirmations …) and decided, accepted or not. Refunds are decided
/// either before or after the five working days of CAN-05; everything else on the approval day.
/// </summary>
internal static class SubscriptionWalk
{
    public static readonly DecisionContext Approval = TestContexts.On(new LocalDate(2025, 3, 3));
    public static readonly DecisionContext Early = TestContexts.On(new LocalDate(2025, 3, 7));
    public static readonly DecisionContext Due = TestContexts.On(new LocalDate(2025, 3, 10));

    public sealed record Step(SubscriptionCommand Command, DecisionContext Context, SubscriptionState Before, Decision<SubscriptionEvent> Decision, SubscriptionState After);

    /// <summary>Walks of up to 120 steps (bounded by the generator's size), never empty.</summary>
    public static Gen<IReadOnlyList<Step>> Walks { get; } =
        Gen.Sized(size => Gen.Choose(1, Math.Max(1, Math.Min(size, 120))).SelectMany(length => Walk(SubscriptionState.Initial, length, [])));

    public static Arbitrary<IReadOnlyList<Step>> Arbitrary => Walks.ToArbitrary();

    private static Gen<IReadOnlyList<Step>> Walk(SubscriptionState state, int remaining, List<Step> steps)
    {
        if (remaining == 0)
        {
            return Gen.Constant<IReadOnlyList<Step>>(steps);
        }

        return from command in SubscriptionGenerators.Commands(state)
               from context in command is PayRefund ? Gen.Elements(Early, Due) : Gen.Constant(Approval)
               from rest in Next(command, context, state, remaining, steps)
               select rest;
    }

    private static Gen<IReadOnlyList<Step>> Next(SubscriptionCommand command, DecisionContext context, SubscriptionState state, int remaining, List<Step> steps)
    {
        var (decision, after) = SubscriptionDecider.Instance.Apply(command, state, context);
        return Walk(after, remaining - 1, [.. steps, new Step(command, context, state, decision, after)]);
    }
}
