using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Fulfilment;

/// <summary>
/// FsCheck generators for the fulfilment of a contract (<see cref="FulfilmentOrderAggregate"/>, DLV-01 … DLV-04): contracts
/// from <see cref="ContractReviewSources"/> (100 approved in round 1, 120 after the amendment approved in round 2), lines
/// due around the context's day so that some shipments are late, and commands valid and invalid alike (over-shipments,
/// unknown lines, negative stock, a past promised date, a shipment while the amended contract is under review).
/// </summary>
public static class FulfilmentOrderGenerators
{
    /// <summary>Gets the workshops (车间) production orders go to.</summary>
    public static Gen<string> Workshops { get; } = Gen.Elements("Workshop 1", "Workshop 2", "装配车间");

    /// <summary>Returns lines adding up to <paramref name="total"/>, one to three of them, due from five days before
    /// <paramref name="today"/> to twenty after.</summary>
    /// <param name="total">The contracted quantity; at least 3.</param>
    /// <param name="today">The day the lines are drawn up.</param>
    /// <returns>The generator.</returns>
    public static Gen<IReadOnlyList<ContractLine>> Lines(int total, LocalDate today) =>
        from count in Gen.Choose(1, 3)
        from cuts in Gen.Choose(1, total - 1).ListOf(count - 1)
        from offsets in Gen.Choose(-5, 20).ListOf(count)
        let bounds = cuts.Distinct().Order().Prepend(0).Append(total).ToList()
        select (IReadOnlyList<ContractLine>)Enumerable.Range(0, bounds.Count - 1)
            .Select(i => new ContractLine(i + 1, $"Gear pump GP-{20 + i}", bounds[i + 1] - bounds[i], today.PlusDays(offsets[i % offsets.Count])))
            .ToList();

    /// <summary>Returns candidate commands for a state decided on the default business date (see
    /// <see cref="Commands(FulfilmentOrderState, LocalDate)"/>).</summary>
    /// <param name="state">The fulfilment so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<FulfilmentOrderCommand> Commands(FulfilmentOrderState state) => Commands(state, TestContexts.Default.Today);

    /// <summary>
    /// Returns candidate commands for a state: mostly the next step of the lifecycle, mixed with refusals. Lines are
    /// due around <paramref name="today"/>, shipments leave on it; a contract in round 1 may adopt the amendment
    /// approved in round 2.
    /// </summary>
    /// <param name="state">The fulfilment so far.</param>
    /// <param name="today">The day the commands are decided on.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<FulfilmentOrderCommand> Commands(FulfilmentOrderState state, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsOpened)
        {
            return from order in KernelGenerators.Identifier<FulfilmentOrderId>()
                   from account in KernelGenerators.Identifier<AccountId>()
                   from lines in Gen.Frequency((6, Lines(100, today)), (1, Lines(90, today)))
                   select (FulfilmentOrderCommand)new OpenFulfilment(order, ContractReviewSources.State(account).Reference!, lines);
        }

        var customer = state.Account;
        var next = new List<(int, Gen<FulfilmentOrderCommand>)>
        {
            (1, Gen.Choose(-1, 140).Select(stock => (FulfilmentOrderCommand)new DecideRoute(stock))),
            (1, from w in Gen.Elements("", "Workshop 1") from days in Gen.Choose(-2, 30) select (FulfilmentOrderCommand)new IssueProductionOrder(w, today.PlusDays(days))),
            (1, Gen.Constant((FulfilmentOrderCommand)new CompleteProduction())),
            (1, Gen.Constant((FulfilmentOrderCommand)new OpenFulfilment(state.Order, state.Contract!, [.. state.Lines]))),
            (1, from line in Gen.Choose(0, 4) from quantity in Gen.Choose(-1, 130) select (FulfilmentOrderCommand)new RecordShipment(line, quantity, today)),
        };
        switch (state.Status)
        {
            case FulfilmentOrderStatus.Open:
                next.Add((6, Gen.Frequency((1, Gen.Choose(state.ToShip, 150)), (1, Gen.Choose(0, state.ToShip - 1))).Select(stock => (FulfilmentOrderCommand)new DecideRoute(stock))));
                break;
            case FulfilmentOrderStatus.AwaitingProduction:
                next.Add((6, from w in Workshops from days in Gen.Choose(0, 30) select (FulfilmentOrderCommand)new IssueProductionOrder(w, today.PlusDays(days))));
                break;
            case FulfilmentOrderStatus.InProduction:
                next.Add((6, Gen.Constant((FulfilmentOrderCommand)new CompleteProduction())));
                break;
            case FulfilmentOrderStatus.Shipping:
                var open = state.Lines.Where(l => state.ShippedOf(l.Number) < l.Quantity).ToArray();
                next.Add((8, from line in Gen.Elements(open)
                             let remaining = line.Quantity - state.ShippedOf(line.Number)
                             from quantity in Gen.Frequency((2, Gen.Constant(remaining)), (3, Gen.Choose(1, remaining)))
                             select (FulfilmentOrderCommand)new RecordShipment(line.Number, quantity, today)));
                break;
        }

        if (state.Contract is { Round: 1 } && state.Status != FulfilmentOrderStatus.Fulfilled)
        {
            var amended = ContractReviewSources.State(customer, reapproved: true).Reference!;
            next.Add((2, Amended(state).Select(lines => (FulfilmentOrderCommand)new AdoptAmendment(amended, lines))));
        }

        return Gen.Frequency(next.ToArray());
    }

    /// <summary>Returns valid histories of a fulfilment (see <see cref="Generators.Histories"/>): each command decided with
    /// the contract review's state as the host supplies it, at the round the fulfilment has adopted; an amendment with the
    /// review approved again.</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<FulfilmentOrderCommand, FulfilmentOrderEvent, FulfilmentOrderState>> Histories(DecisionContext? context = null) =>
        Generators.Histories.OverTime(
            FulfilmentOrderAggregate.Definition.Decider,
            (state, today) => Commands(state, today.Today),
            (today, state, command) => ContextFor(state, command, today),
            context ?? TestContexts.Default);

    /// <summary>Returns the context a host decides a fulfilment's command in: with the state of the contract's review.</summary>
    /// <param name="state">The fulfilment so far.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The context to start from.</param>
    /// <returns>The context.</returns>
    public static DecisionContext ContextFor(FulfilmentOrderState state, FulfilmentOrderCommand command, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        var reference = command switch
        {
            OpenFulfilment open => open.Contract,
            AdoptAmendment amend => amend.Contract,
            _ => state.Contract,
        };
        return reference is null
            ? context
            : ContractReviewSources.Supply(context, AccountId.From(reference.Review.Value), reapproved: reference.Round > 1);
    }

    // The amended contract is for 120: every line keeps what it shipped, the last line takes the rest.
    private static Gen<IReadOnlyList<ContractLine>> Amended(FulfilmentOrderState state) =>
        Gen.Choose(0, 1).Select(_ =>
        {
            var lines = state.Lines.Select(l => l with { Quantity = Math.Max(1, state.ShippedOf(l.Number)) }).ToList();
            var rest = 120 - lines.Sum(l => l.Quantity);
            lines[^1] = lines[^1] with { Quantity = lines[^1].Quantity + Math.Max(0, rest) };
            return (IReadOnlyList<ContractLine>)lines;
        });
}
