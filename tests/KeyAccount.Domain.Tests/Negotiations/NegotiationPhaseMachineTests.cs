using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Negotiations;
using Xunit;
using static KeyAccount.Domain.Tests.Negotiations.Plans;

namespace KeyAccount.Domain.Tests.Negotiations;

/// <summary>
/// A model-based test of the phase machine (GEN-05) with FsCheck.Experimental: random operations run against the
/// decider and against a small model of phases and gates; after each one, acceptance and phase must agree.
/// </summary>
public sealed class NegotiationPhaseMachineTests
{
    [Property(MaxTest = 200)]
    [Trait("Rule", "GEN-05")]
    [Trait("Rule", "NEG-03")]
    [Trait("Rule", "NEG-04")]
    [Trait("Rule", "NEG-05")]
    [Trait("Rule", "NEG-07")]
    [Trait("Rule", "NEG-08")]
    [Trait("Rule", "NEG-09")]
    [Trait("Rule", "NEG-10")]
    [Trait("Rule", "NEG-13")]
    public Property The_decider_follows_the_model_of_phases_and_gates() =>
        StateMachine.ToProperty(new PhaseMachine());

    /// <summary>The plan under test: the decider's state, changed only through commands.</summary>
    internal sealed class Actual(NegotiationPlan state)
    {
        public NegotiationPlan State { get; private set; } = state;

        public bool Run(IEnumerable<NegotiationCommand> commands)
        {
            var accepted = true;
            foreach (var command in commands)
            {
                var (decision, next) = Plan.Apply(command, State, Now);
                accepted &= decision.IsAccepted;
                State = next;
            }

            return accepted;
        }
    }

    /// <summary>What the model expects: the phase, where a suspension came from, which gates are met, and whether the last operation was accepted.</summary>
    internal sealed record Model(
        NegotiationPhase Phase,
        NegotiationPhase? Left = null,
        bool OpeningDone = false,
        bool ExchangeDone = false,
        bool Settled = false,
        int Concessions = 0,
        bool Minutes = false,
        bool Review = false,
        bool FollowUpsDone = false,
        bool LastAccepted = true);

    private sealed class Step(string name, NegotiationCommand[] commands, Func<Model, bool> accepts, Func<Model, Model> then) : Operation<Actual, Model>
    {
        public bool Accepts(Model model) => accepts(model);

        public override Model Run(Model model) =>
            accepts(model) ? then(model) with { LastAccepted = true } : model with { LastAccepted = false };

        public override Property Check(Actual actual, Model model)
        {
            var accepted = actual.Run(commands);
            return (accepted == model.LastAccepted && actual.State.Phase == model.Phase && actual.State.SuspendedFrom == model.Left)
                .Label($"{name}: accepted {accepted}, phase {actual.State.Phase}; the model expected {model.LastAccepted}, {model.Phase}");
        }

        public override string ToString() => name;
    }

    private static bool Before(Model m) => NegotiationLifecycle.BeforeSigning.Contains(m.Phase);

    private static readonly Step[] Steps =
    [
        new Step("CompletePreparation", [new CompletePreparation()], m => m.Phase == NegotiationPhase.Preparation, m => m with { Phase = NegotiationPhase.Opening }),
        new Step("OpeningWork", [new IntroduceDelegates(["Wang Lei", "Li Na", "Chen Gang"]), new StatePurpose("renew"), Agenda],
            m => m.Phase == NegotiationPhase.Opening, m => m with { OpeningDone = true }),
        new Step("CompleteOpening", [new CompleteOpening()], m => m.Phase == NegotiationPhase.Opening && m.OpeningDone, m => m with { Phase = NegotiationPhase.InformationExchange }),
        new Step("ExchangeWork", Exchange, m => m.Phase == NegotiationPhase.InformationExchange && !m.ExchangeDone, m => m with { ExchangeDone = true }),
        new Step("StartBargaining", [new StartBargaining()], m => m.Phase == NegotiationPhase.InformationExchange && m.ExchangeDone, m => m with { Phase = NegotiationPhase.Bargaining }),
        new Step("SettleAgenda", [new SettleAgendaItem(PriceItem, Settlement.Agreed, "-3 %"), new SettleAgendaItem(TermItem, Settlement.Agreed, "+12 months")],
            m => m.Phase == NegotiationPhase.Bargaining, m => m with { Settled = true }),

        // Two concessions of 1.5 points take the price from -5 % to the bottom line of -2 %; a third would cross it (NEG-05).
        new Step("ConcedePointAndAHalf", [new MakeConcession(Price, Measure.Percent(1.5m), "")],
            m => m.Phase == NegotiationPhase.Bargaining && m.Concessions < 2, m => m with { Concessions = m.Concessions + 1 }),
        new Step("ReachPreliminaryAgreement", [new ReachPreliminaryAgreement()], m => m.Phase == NegotiationPhase.Bargaining && m.Settled, m => m with { Phase = NegotiationPhase.PreliminaryAgreement }),
        new Step("RecordMinutes", [new RecordMinutes(CompleteMinutes)],
            m => m.Phase is NegotiationPhase.PreliminaryAgreement or NegotiationPhase.Signed, m => m with { Minutes = true, FollowUpsDone = false }),
        new Step("AttachReview", [new AttachContractReview(Review)], m => m.Phase == NegotiationPhase.PreliminaryAgreement, m => m with { Review = true }),
        new Step("Sign", [new SignAgreement()], m => m.Phase == NegotiationPhase.PreliminaryAgreement && m.Review, m => m with { Phase = NegotiationPhase.Signed }),
        new Step("StartFollowUp", [new StartFollowUp()], m => m.Phase == NegotiationPhase.Signed && m.Minutes, m => m with { Phase = NegotiationPhase.FollowUp }),
        new Step("FinishFollowUps", [new CompleteFollowUp(DraftAction, "sent"), new CancelFollowUp(PenaltyAction, "not needed")],
            m => m.Phase == NegotiationPhase.FollowUp && !m.FollowUpsDone, m => m with { FollowUpsDone = true }),
        new Step("Close", [new ClosePlan()], m => m.Phase == NegotiationPhase.FollowUp && m.FollowUpsDone, m => m with { Phase = NegotiationPhase.Closed }),
        new Step("Suspend", [new SuspendNegotiation("deadlock")], Before, m => m with { Phase = NegotiationPhase.Suspended, Left = m.Phase }),
        new Step("Resume", [new ResumeNegotiation()], m => m.Phase == NegotiationPhase.Suspended, m => m with { Phase = m.Left!.Value, Left = null }),
        new Step("Abandon", [new AbandonNegotiation("lost")], m => Before(m) || m.Phase == NegotiationPhase.Suspended, m => m with { Phase = NegotiationPhase.Abandoned, Left = null }),
    ];

    private sealed class PhaseMachine() : Machine<Actual, Model>(40)
    {
        public override Arbitrary<Setup<Actual, Model>> Setup { get; } =
            Gen.Constant<Setup<Actual, Model>>(new PreparedPlan()).ToArbitrary();

        // Mostly a step the model accepts (so that runs go deep), often any step (so that the gates and the table are
        // asked to say no); abandoning is rare, so that it does not end most runs early.
        public override Gen<Operation<Actual, Model>> Next(Model model)
        {
            var open = Steps.Where(s => s.Accepts(model) && s.ToString() != "Abandon").ToArray();
            var any = Gen.Elements(Steps.Where(s => s.ToString() != "Abandon").ToArray());
            return Gen.Frequency((12, open.Length > 0 ? Gen.Elements(open) : any), (4, any), (1, Gen.Constant(Steps.Single(s => s.ToString() == "Abandon"))))
                .Select(s => (Operation<Actual, Model>)s);
        }
    }

    private sealed class PreparedPlan : Setup<Actual, Model>
    {
        public override Actual Actual() => new(ReadyToOpen);

        public override Model Model() => new(NegotiationPhase.Preparation);
    }
}
