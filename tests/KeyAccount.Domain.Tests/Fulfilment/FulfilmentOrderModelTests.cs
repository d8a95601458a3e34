using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Fulfilment.FulfilmentSteps;

namespace KeyAccount.Domain.Tests.Fulfilment;

/// <summary>
/// Model-based test of the fulfilment lifecycle: a naive model of DLV-01 … DLV-03 predicts, for every generated command
/// and state of the contract review (approved, amended and under review, approved again), whether it is accepted and
/// what follows; the decider must agree. The fulfilment starts open for 60 + 40 in round 1.
/// </summary>
public sealed class FulfilmentOrderModelTests
{
    /// <summary>Where the contract review stands when a command is decided.</summary>
    public enum Review
    {
        ApprovedRound1,
        UnderReview,
        ApprovedRound2,
    }

    public sealed class Actual
    {
        public FulfilmentOrderState State { get; set; } = Given(Open());
    }

    public sealed record Model(FulfilmentOrderStatus Status, int Round, ImmutableDictionary<int, int> Contracted, ImmutableDictionary<int, int> Shipped, bool LastAccepted)
    {
        public static Model Initial { get; } = new(FulfilmentOrderStatus.Open, 1, ImmutableDictionary<int, int>.Empty.Add(1, 60).Add(2, 40), ImmutableDictionary<int, int>.Empty, true);

        private int ShippedOf(int line) => Shipped.GetValueOrDefault(line);

        private int ToShip => Contracted.Sum(p => p.Value - ShippedOf(p.Key));

        public Model Step(FulfilmentOrderCommand command, Review review)
        {
            var refused = this with { LastAccepted = false };
            var ok = this with { LastAccepted = true };
            var inForce = (Round, review) is (1, Review.ApprovedRound1) or (2, Review.ApprovedRound2);
            switch (command)
            {
                case DecideRoute r when Status == FulfilmentOrderStatus.Open && r.QualifiedStockOnHand >= 0 && inForce:
                    return ok with { Status = r.QualifiedStockOnHand >= ToShip ? FulfilmentOrderStatus.Shipping : FulfilmentOrderStatus.AwaitingProduction };
                case IssueProductionOrder p when Status == FulfilmentOrderStatus.AwaitingProduction && !string.IsNullOrWhiteSpace(p.Workshop) && p.PromisedOn >= Today && inForce:
                    return ok with { Status = FulfilmentOrderStatus.InProduction };
                case CompleteProduction when Status == FulfilmentOrderStatus.InProduction:
                    return ok with { Status = FulfilmentOrderStatus.Shipping };
                case RecordShipment s when Status == FulfilmentOrderStatus.Shipping && inForce && Contracted.ContainsKey(s.Line) && s.Quantity > 0
                                           && ShippedOf(s.Line) + s.Quantity <= Contracted[s.Line]:
                    var shipped = Shipped.SetItem(s.Line, ShippedOf(s.Line) + s.Quantity);
                    var done = Contracted.All(p => shipped.GetValueOrDefault(p.Key) == p.Value);
                    return ok with { Shipped = shipped, Status = done ? FulfilmentOrderStatus.Fulfilled : Status };
                case AdoptAmendment a when Status != FulfilmentOrderStatus.Fulfilled && Round == 1 && review == Review.ApprovedRound2
                                           && a.Lines.Sum(l => l.Quantity) == 120 && a.Lines.All(l => l.Quantity > 0 && l.Quantity >= ShippedOf(l.Number))
                                           && a.Lines.Select(l => l.Number).Distinct().Count() == a.Lines.Count
                                           && Shipped.Keys.All(k => a.Lines.Any(l => l.Number == k)):
                    var contracted = a.Lines.ToImmutableDictionary(l => l.Number, l => l.Quantity);
                    var complete = contracted.All(p => ShippedOf(p.Key) == p.Value);
                    return ok with { Round = 2, Contracted = contracted, Status = complete ? FulfilmentOrderStatus.Fulfilled : Status };
                default:
                    return refused;
            }
        }
    }

    private sealed class Execute(FulfilmentOrderCommand command, Review review) : Operation<Actual, Model>
    {
        public override Model Run(Model model) => model.Step(command, review);

        public override Property Check(Actual actual, Model model)
        {
            var context = review switch
            {
                Review.ApprovedRound1 => Approved,
                Review.UnderReview => UnderReview,
                _ => Reapproved,
            };
            var (decision, next) = Orders.Apply(command, actual.State, context);
            actual.State = next;
            var agrees = decision.IsAccepted == model.LastAccepted
                && next.Status == model.Status
                && next.Contract!.Round == model.Round
                && next.Lines.All(l => next.ShippedOf(l.Number) == model.Shipped.GetValueOrDefault(l.Number) && l.Quantity == model.Contracted[l.Number])
                && next.Lines.Count == model.Contracted.Count
                && (decision.IsAccepted || decision.Error.RuleId.Family is "DLV" or "GEN" or "CR");
            return agrees.Label($"{command} ({review}) → {(decision.IsAccepted ? "accepted" : decision.Error.ToString())}; decider {next.Status}, model {model}");
        }

        public override string ToString() => $"{command} ({review})";
    }

    private static Gen<Operation<Actual, Model>> Next(Model model) =>
        from review in Gen.Frequency((6, Gen.Constant(Review.ApprovedRound1)), (1, Gen.Constant(Review.UnderReview)), (3, Gen.Constant(Review.ApprovedRound2)))
        from command in Commands(model)
        select (Operation<Actual, Model>)new Execute(command, review);

    private static Gen<FulfilmentOrderCommand> Commands(Model model) =>
        Gen.OneOf(
            Gen.Choose(-1, 130).Select(s => (FulfilmentOrderCommand)new DecideRoute(s)),
            from w in Gen.Elements("", "Workshop 1") from d in Gen.Choose(-1, 5) select (FulfilmentOrderCommand)new IssueProductionOrder(w, Today.PlusDays(d)),
            Gen.Constant((FulfilmentOrderCommand)new CompleteProduction()),
            from line in Gen.Choose(0, 3) from q in Gen.Choose(-1, 70) select (FulfilmentOrderCommand)new RecordShipment(line, q, Today),
            from first in Gen.Choose(0, 100) from second in Gen.Choose(0, 100)
            select (FulfilmentOrderCommand)new AdoptAmendment(Round2, [Lines[0] with { Quantity = first }, Lines[1] with { Quantity = second }]),
            Gen.Constant((FulfilmentOrderCommand)Amend()));

    [Property(MaxTest = 200)]
    [Trait("Rule", "DLV-01")]
    [Trait("Rule", "DLV-02")]
    [Trait("Rule", "DLV-03")]
    public Property The_decider_agrees_with_a_model_of_the_fulfilment_rules_for_any_command_sequence() =>
        StateMachine.ToProperty(new CommandMachine<Actual, Model>(30, () => new Actual(), () => Model.Initial, Next));
}
