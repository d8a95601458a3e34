using System.Collections.Generic;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The phase table of a negotiation plan, declared once (GEN-05) and enforced by <see cref="NegotiationPlanDecider"/>;
/// <c>docs/diagrams/negotiation-plan.*</c> is generated from it.</summary>
internal static class NegotiationLifecycle
{
    /// <summary>The phases from which a negotiation can still be suspended or abandoned: every phase before <see cref="NegotiationPhase.Signed"/>.</summary>
    public static IReadOnlyList<NegotiationPhase> BeforeSigning { get; } =
    [
        NegotiationPhase.Preparation, NegotiationPhase.Opening, NegotiationPhase.InformationExchange,
        NegotiationPhase.Bargaining, NegotiationPhase.PreliminaryAgreement,
    ];

    /// <summary>Gets the table. A move it does not list is rejected under GEN-05; a second draft under NEG-01.</summary>
    public static Lifecycle<NegotiationPhase, NegotiationTrigger> Table { get; } =
        Lifecycle.Define<NegotiationPhase, NegotiationTrigger>("negotiation-plan", NegotiationPhase.None, "GEN-05")
            .Permit(NegotiationPhase.None, NegotiationTrigger.Draft, NegotiationPhase.Preparation, "NEG-01")
            .Permit(NegotiationPhase.Preparation, NegotiationTrigger.CompletePreparation, NegotiationPhase.Opening, "NEG-03")
            .Permit(NegotiationPhase.Opening, NegotiationTrigger.CompleteOpening, NegotiationPhase.InformationExchange, "NEG-04")
            .Permit(NegotiationPhase.InformationExchange, NegotiationTrigger.StartBargaining, NegotiationPhase.Bargaining, "NEG-13")
            .Permit(NegotiationPhase.Bargaining, NegotiationTrigger.ReachPreliminaryAgreement, NegotiationPhase.PreliminaryAgreement, "NEG-07")
            .Permit(NegotiationPhase.PreliminaryAgreement, NegotiationTrigger.Sign, NegotiationPhase.Signed, "NEG-09")
            .Permit(NegotiationPhase.Signed, NegotiationTrigger.StartFollowUp, NegotiationPhase.FollowUp, "NEG-08")
            .Permit(NegotiationPhase.FollowUp, NegotiationTrigger.Close, NegotiationPhase.Closed, "NEG-10")
            .PermitFromEach(BeforeSigning, NegotiationTrigger.Suspend, NegotiationPhase.Suspended)
            .Permit(NegotiationPhase.Suspended, NegotiationTrigger.ResumePreparation, NegotiationPhase.Preparation)
            .Permit(NegotiationPhase.Suspended, NegotiationTrigger.ResumeOpening, NegotiationPhase.Opening)
            .Permit(NegotiationPhase.Suspended, NegotiationTrigger.ResumeInformationExchange, NegotiationPhase.InformationExchange)
            .Permit(NegotiationPhase.Suspended, NegotiationTrigger.ResumeBargaining, NegotiationPhase.Bargaining)
            .Permit(NegotiationPhase.Suspended, NegotiationTrigger.ResumePreliminaryAgreement, NegotiationPhase.PreliminaryAgreement)
            .PermitFromEach([.. BeforeSigning, NegotiationPhase.Suspended], NegotiationTrigger.Abandon, NegotiationPhase.Abandoned)
            .RefuseWith(NegotiationTrigger.Draft, "NEG-01")
            .Build();

    /// <summary>Returns the trigger that resumes a suspended plan in the phase it left.</summary>
    /// <param name="left">The phase the plan was suspended from.</param>
    /// <returns>The resume trigger, or null when the table has no way back to that phase.</returns>
    public static NegotiationTrigger? ResumeTriggerFor(NegotiationPhase left) => left switch
    {
        NegotiationPhase.Preparation => NegotiationTrigger.ResumePreparation,
        NegotiationPhase.Opening => NegotiationTrigger.ResumeOpening,
        NegotiationPhase.InformationExchange => NegotiationTrigger.ResumeInformationExchange,
        NegotiationPhase.Bargaining => NegotiationTrigger.ResumeBargaining,
        NegotiationPhase.PreliminaryAgreement => NegotiationTrigger.ResumePreliminaryAgreement,
        _ => null,
    };
}

/// <summary>The moves of the negotiation phase table (<see cref="NegotiationLifecycle"/>).</summary>
/// <remarks>Resuming has one trigger per phase it can return to, so that the table itself says where a suspended
/// plan may go; the decider fires the one for the phase the plan left.</remarks>
public enum NegotiationTrigger
{
    /// <summary>The plan is drafted (NEG-01).</summary>
    Draft,

    /// <summary>Preparation is complete (NEG-03).</summary>
    CompletePreparation,

    /// <summary>The opening is complete (NEG-04).</summary>
    CompleteOpening,

    /// <summary>Information has been exchanged; bargaining starts (NEG-13).</summary>
    StartBargaining,

    /// <summary>A preliminary agreement is reached (NEG-07).</summary>
    ReachPreliminaryAgreement,

    /// <summary>The agreement is signed (NEG-09).</summary>
    Sign,

    /// <summary>Follow-up starts once minutes are recorded (NEG-08).</summary>
    StartFollowUp,

    /// <summary>The plan closes (NEG-10).</summary>
    Close,

    /// <summary>The negotiation is suspended in deadlock.</summary>
    Suspend,

    /// <summary>Resumes in <see cref="NegotiationPhase.Preparation"/>.</summary>
    ResumePreparation,

    /// <summary>Resumes in <see cref="NegotiationPhase.Opening"/>.</summary>
    ResumeOpening,

    /// <summary>Resumes in <see cref="NegotiationPhase.InformationExchange"/>.</summary>
    ResumeInformationExchange,

    /// <summary>Resumes in <see cref="NegotiationPhase.Bargaining"/>.</summary>
    ResumeBargaining,

    /// <summary>Resumes in <see cref="NegotiationPhase.PreliminaryAgreement"/>.</summary>
    ResumePreliminaryAgreement,

    /// <summary>The negotiation is abandoned.</summary>
    Abandon,
}
