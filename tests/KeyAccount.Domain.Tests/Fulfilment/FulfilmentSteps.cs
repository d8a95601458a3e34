using System;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Fulfilment;

/// <summary>A contract of 100 gear pumps (the kit's review, approved in round 1) in two lines: 60 due three days ago and
/// 40 due in ten days. The review is amended to 120 and approved again in round 2.</summary>
internal static class FulfilmentSteps
{
    public static readonly FulfilmentOrderId Order = FulfilmentOrderId.From(Guid.Parse("7a8b9c0d-1e2f-4a3b-8c4d-5e6f708192a3"));
    public static readonly AccountId Account = AccountId.From(Guid.Parse("1b2c3d4e-5f60-4718-89a0-b1c2d3e4f506"));

    public static FulfilmentOrderDecider Orders => FulfilmentOrderDecider.Instance;

    public static LocalDate Today => TestContexts.Default.Today;

    /// <summary>The context with the review approved in round 1.</summary>
    public static DecisionContext Approved => ContractReviewSources.Supply(TestContexts.Default, Account);

    /// <summary>The context with the review amended and back under review (CR-05).</summary>
    public static DecisionContext UnderReview => ContractReviewSources.Supply(TestContexts.Default, Account, amended: true);

    /// <summary>The context with the amended review approved again in round 2.</summary>
    public static DecisionContext Reapproved => ContractReviewSources.Supply(TestContexts.Default, Account, reapproved: true);

    public static ContractReviewReference Round1 => ContractReviewSources.State(Account).Reference!;

    public static ContractReviewReference Round2 => ContractReviewSources.State(Account, reapproved: true).Reference!;

    public static ContractLine[] Lines => [new(1, "Gear pump GP-20", 60, Today.PlusDays(-3)), new(2, "Gear pump GP-20", 40, Today.PlusDays(10))];

    public static OpenFulfilment Open() => new(Order, Round1, Lines);

    public static RecordShipment Ship(int line, int quantity) => new(line, quantity, Today);

    public static AdoptAmendment Amend() => new(Round2, [Lines[0], Lines[1] with { Quantity = 60 }]);

    public static FulfilmentOrderState Given(params FulfilmentOrderCommand[] commands) => GivenIn(Approved, commands);

    public static FulfilmentOrderState GivenIn(DecisionContext context, params FulfilmentOrderCommand[] commands)
    {
        var state = Orders.Initial;
        foreach (var command in commands)
        {
            var (decision, next) = Orders.Apply(command, state, command is AdoptAmendment ? Reapproved : context);
            Assert.True(decision.IsAccepted, $"Given {command}: {(decision.IsRejected ? decision.Error.ToString() : "")}");
            state = next;
        }

        return state;
    }

    public static Decision<FulfilmentOrderEvent> When(FulfilmentOrderState state, FulfilmentOrderCommand command, DecisionContext? context = null) =>
        Orders.Decide(command, state, context ?? Approved);
}
