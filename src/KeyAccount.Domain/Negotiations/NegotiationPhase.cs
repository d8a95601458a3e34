using System.Diagnostics.CodeAnalysis;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The phases of a negotiation plan (谈判方案策划活动流程), in order, and the two off the main path: the rows of
/// <see cref="NegotiationLifecycle"/>.</summary>
public enum NegotiationPhase
{
    /// <summary>Not yet drafted: the plan does not exist.</summary>
    None,

    /// <summary>前期准备: objectives, counterpart analysis, strategy, team, time and venue.</summary>
    Preparation,

    /// <summary>开场: welcome, introductions, purpose, agenda.</summary>
    Opening,

    /// <summary>信息交流: background, needs, questions, possible solutions.</summary>
    InformationExchange,

    /// <summary>谈判博弈: requirements, concessions, strategy adjustments, disputes.</summary>
    Bargaining,

    /// <summary>达成初步协议: the basic framework agreed; minutes and contract review follow.</summary>
    PreliminaryAgreement,

    /// <summary>签署: the agreement is signed against an approved contract review.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The business name of the phase (RULES.md).")]
    Signed,

    /// <summary>后续跟踪: the follow-up actions of the minutes are carried out.</summary>
    FollowUp,

    /// <summary>Closed: every follow-up action done or cancelled.</summary>
    Closed,

    /// <summary>Suspended in deadlock (僵持); it resumes in the phase it left.</summary>
    Suspended,

    /// <summary>Abandoned (终止) before signing; terminal.</summary>
    Abandoned,
}
