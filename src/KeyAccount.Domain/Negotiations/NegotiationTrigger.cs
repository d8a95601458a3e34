namespace KeyAccount.Domain.Negotiations;

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

    /// <summary>Information has been exchanged; bargaining starts.</summary>
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
