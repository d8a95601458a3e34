using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Testing.Fixtures;

/// <summary>
/// The kit's contract reviews and registers as the sources a decision relies on (GEN-11): states replayed from their
/// events and handed to a decision with <see cref="DecisionContext.WithSource{TState}"/>, as a host does after loading
/// the source's stream. Each account has one standard review, the same for the same account: approved on
/// <see cref="ApprovedOn"/> in round 1, amended on <see cref="ReapprovedOn"/> (CR-05) and approved again that day in round 2.
/// </summary>
public static class ContractReviewSources
{
    private static readonly ContractRegisterId Register = ContractRegisterId.From(new System.Guid("5e1f0c2a-6b7d-4e8f-9a0b-1c2d3e4f5a6b"));

    private static readonly ContractRequirements Order =
        new("Gear pump GP-20", 100, "Ex works Ningbo by 2025-04-15", "12-month warranty, spare parts for 5 years", true, []);

    /// <summary>Gets the day of the first approval.</summary>
    public static LocalDate ApprovedOn { get; } = new(2025, 1, 2);

    /// <summary>Gets the day of the amendment and of the approval in round 2.</summary>
    public static LocalDate ReapprovedOn { get; } = new(2025, 1, 9);

    /// <summary>Returns the review of an account: its identifier is the account's.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The review's identifier.</returns>
    public static ContractReviewId ReviewOf(AccountId account) => ContractReviewId.From(account.Value);

    /// <summary>Returns the events of an account's review: opened, determined, started and approved (4 events); with
    /// <paramref name="amended"/>, then amended (5); with <paramref name="reapproved"/> too, approved again (6).</summary>
    /// <param name="account">The account.</param>
    /// <param name="amended">Whether the contract was amended after the first approval.</param>
    /// <param name="reapproved">Whether the amended review was approved again.</param>
    /// <returns>The events, in order.</returns>
    public static IReadOnlyList<ContractReviewEvent> Events(AccountId account, bool amended = false, bool reapproved = false)
    {
        var events = new List<ContractReviewEvent>
        {
            new ContractReviewOpened(ReviewOf(account), Register, 1, account, ApprovedOn),
            new RequirementsDetermined(Order),
            new ReviewStarted(ReviewRoute.Standard, [], ApprovedOn),
            new ContractReviewApproved(Department.Sales, ApprovedOn),
        };
        if (amended || reapproved)
        {
            events.Add(new ContractAmended(Order with { Quantity = 120 }, "Quantity changed", [Department.Sales], ReviewRoute.Standard, [], ReapprovedOn));
        }

        if (reapproved)
        {
            events.Add(new ContractReviewApproved(Department.Sales, ReapprovedOn));
        }

        return events;
    }

    /// <summary>Returns the state of an account's review, replayed from <see cref="Events"/>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="amended">Whether the contract was amended after the first approval.</param>
    /// <param name="reapproved">Whether the amended review was approved again.</param>
    /// <returns>The state.</returns>
    public static ContractReviewState State(AccountId account, bool amended = false, bool reapproved = false) =>
        ContractReviewAggregate.Definition.Decider.Replay(Events(account, amended, reapproved));

    /// <summary>Returns a context that carries the state of an account's review at its version, as a host supplies it.</summary>
    /// <param name="context">The context.</param>
    /// <param name="account">The account.</param>
    /// <param name="amended">Whether the contract was amended after the first approval.</param>
    /// <param name="reapproved">Whether the amended review was approved again.</param>
    /// <returns>The context.</returns>
    public static DecisionContext Supply(DecisionContext context, AccountId account, bool amended = false, bool reapproved = false)
    {
        System.ArgumentNullException.ThrowIfNull(context);
        var events = Events(account, amended, reapproved);
        return context.WithSource(ContractReviewAggregate.StreamOf(ReviewOf(account)), events.Count, ContractReviewAggregate.Definition.Decider.Replay(events));
    }

    /// <summary>Returns a context that carries the state of a register that issued a serial number to a review.</summary>
    /// <param name="context">The context.</param>
    /// <param name="register">The register.</param>
    /// <param name="review">The review.</param>
    /// <param name="account">The account.</param>
    /// <param name="serialNumber">The number the register issued to the review, its last one (at least 1).</param>
    /// <returns>The context.</returns>
    public static DecisionContext SupplyRegister(DecisionContext context, ContractRegisterId register, ContractReviewId review, AccountId account, long serialNumber)
    {
        System.ArgumentNullException.ThrowIfNull(context);
        var others = Enumerable.Range(1, (int)System.Math.Max(0, serialNumber - 1))
            .Select(n => new ContractRegistered(ContractReviewId.From(new System.Guid(n, 0, 0, new byte[8])), account, $"Order {n}", n, ApprovedOn));
        var events = others.Append(new ContractRegistered(review, account, "Order", serialNumber, ApprovedOn)).ToList();
        return context.WithSource(ContractRegisterAggregate.StreamOf(register), events.Count, ContractRegisterAggregate.Definition.Decider.Replay(events));
    }
}
