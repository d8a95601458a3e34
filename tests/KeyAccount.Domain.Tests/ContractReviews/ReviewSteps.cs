using System;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.ContractReviews;

/// <summary>Given/When/Then helpers for the contract review: build a state by accepted commands, then decide one more.</summary>
internal static class ReviewSteps
{
    public static readonly ContractReviewId Review = ContractReviewId.From(Guid.Parse("0b6f3d4e-1a2b-4c5d-8e9f-101112131415"));
    public static readonly ContractRegisterId Register = ContractRegisterId.From(Guid.Parse("7c1d2e3f-4a5b-4c6d-9e8f-a1b2c3d4e5f6"));
    public static readonly AccountId Account = AccountId.From(Guid.Parse("3a4b5c6d-7e8f-4a1b-8c2d-e3f4a5b6c7d8"));

    public static ContractReviewDecider ReviewDecider => ContractReviewDecider.Instance;

    /// <summary>The default context with the register that issued serial number 1 to <see cref="Review"/> (CR-01, GEN-11).</summary>
    public static DecisionContext Context => ContractReviewSources.SupplyRegister(TestContexts.Default, Register, Review, Account, 1);

    /// <summary>A complete standard order: 100 gear pumps, nothing special.</summary>
    public static ContractRequirements Standard { get; } =
        new("Gear pump GP-20", 100, "Ex works Ningbo by 2025-04-15", "12-month warranty, spare parts for 5 years", true, []);

    /// <summary>The same order with a special requirement.</summary>
    public static ContractRequirements Special { get; } = Standard with { SpecialRequirements = ["Stainless steel housing"] };

    public static OpenContractReview Open(long serialNumber = 1) => new(Review, Register, serialNumber, Account);

    /// <summary>Runs commands from the empty state, asserting each is accepted, and returns the state.</summary>
    public static ContractReviewState Given(params ContractReviewCommand[] commands)
    {
        var state = ReviewDecider.Initial;
        foreach (var command in commands)
        {
            var (decision, next) = ReviewDecider.Apply(command, state, Context);
            Assert.True(decision.IsAccepted, $"Given {command}: {(decision.IsRejected ? decision.Error.ToString() : "")}");
            state = next;
        }

        return state;
    }

    public static ContractReviewState UnderReview(ContractRequirements requirements) =>
        Given(Open(), new DetermineRequirements(requirements), new StartReview());

    public static ContractReviewState SpecialWithAllVerdicts() => Given(
        Open(), new DetermineRequirements(Special), new StartReview(),
        new RecordVerdict(Department.Production, true, "Capacity in week 14"),
        new RecordVerdict(Department.Technical, true, "Drawing 20-114 rev B"),
        new RecordVerdict(Department.Quality, true, "Material certificate 3.1 required"));

    public static ContractReviewState ApprovedStandard() =>
        Given(Open(), new DetermineRequirements(Standard), new StartReview(), new ApproveContractReview(Department.Sales));

    public static ContractReviewState ApprovedSpecial()
    {
        var state = SpecialWithAllVerdicts();
        return ReviewDecider.Apply(new ApproveContractReview(Department.GeneralManagement), state, Context).State;
    }

    public static Decision<ContractReviewEvent> When(ContractReviewState state, ContractReviewCommand command) =>
        ReviewDecider.Decide(command, state, Context);

    public static string[] MissingCodes(DomainError error) => Assert.IsType<RequirementsMissing>(error).Missing.Select(m => m.Code).ToArray();
}
