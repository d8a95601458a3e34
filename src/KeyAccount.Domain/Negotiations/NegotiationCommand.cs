using System.Collections.Generic;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Negotiations;

// The commands of the negotiation plan, in the order of the plan's phases. Who issues a command travels with
// it in the command handler (ActorId); a command names a person only where a rule cares who it is.

/// <summary>A command to the <see cref="NegotiationPlanDecider"/>.</summary>
public abstract record NegotiationCommand;

/// <summary>Drafts a plan for an account with its theme and topics (谈判主题), NEG-01.</summary>
/// <param name="Plan">The new plan's identifier.</param>
/// <param name="Account">The key account the negotiation serves.</param>
/// <param name="Theme">The theme, e.g. "2025 supply agreement renewal".</param>
/// <param name="Topics">The topics, at least one, none repeated.</param>
public sealed record DraftPlan(NegotiationPlanId Plan, AccountId Account, string Theme, IReadOnlyList<NegotiationTopic> Topics) : NegotiationCommand;

/// <summary>Sets (or replaces, by identifier) a measurable objective during preparation (目标设定), NEG-02.</summary>
/// <param name="Objective">The objective.</param>
public sealed record SetObjective(Objective Objective) : NegotiationCommand;

/// <summary>Assigns our team (指定谈判团队): a lead and members with roles, NEG-03.</summary>
/// <param name="Lead">The team lead.</param>
/// <param name="Members">The other members.</param>
public sealed record AssignTeam(TeamMember Lead, IReadOnlyList<TeamMember> Members) : NegotiationCommand;

/// <summary>Records (or replaces, by name) the analysis of a counterpart party (分析对方立场和要求), NEG-03.</summary>
/// <param name="Party">The party.</param>
public sealed record RecordCounterpart(CounterpartParty Party) : NegotiationCommand;

/// <summary>Defines the strategy (策划谈判策略): the main points of attack (主攻点) and our bottom line, NEG-03.</summary>
/// <param name="MainPoints">The main points.</param>
/// <param name="BottomLine">Our bottom line in words, e.g. "no more than 2 % off; payment within 60 days".</param>
public sealed record DefineStrategy(IReadOnlyList<string> MainPoints, string BottomLine) : NegotiationCommand;

/// <summary>Records the agreed time and venue (确定谈判时间和地点), which must lie in the future, NEG-03.</summary>
/// <param name="StartsAt">When the negotiation starts.</param>
/// <param name="Venue">Where.</param>
public sealed record ScheduleMeeting(Instant StartsAt, string Venue) : NegotiationCommand;

/// <summary>Completes preparation and moves to the opening; guarded by NEG-03.</summary>
public sealed record CompletePreparation : NegotiationCommand;

/// <summary>Records delegates introduced at the opening (自我介绍), NEG-04.</summary>
/// <param name="Names">The names, each one of our team or of a counterpart's delegates.</param>
public sealed record IntroduceDelegates(IReadOnlyList<string> Names) : NegotiationCommand;

/// <summary>Records the purpose stated at the opening (简要说明谈判目的), NEG-04.</summary>
/// <param name="Purpose">The purpose.</param>
public sealed record StatePurpose(string Purpose) : NegotiationCommand;

/// <summary>Proposes (or replaces) the agenda (提出议程), NEG-04.</summary>
/// <param name="Items">The items, in the order of discussion.</param>
public sealed record ProposeAgenda(IReadOnlyList<AgendaItem> Items) : NegotiationCommand;

/// <summary>Completes the opening and moves to the information exchange; guarded by NEG-04.</summary>
public sealed record CompleteOpening : NegotiationCommand;

/// <summary>Records (or replaces) the background a party shared (共享背景信息: size, products…), NEG-13.</summary>
/// <param name="Counterpart">The counterpart party (<see cref="CounterpartParty.Name"/>), or null for our side.</param>
/// <param name="Background">The background; not empty.</param>
public sealed record ShareBackground(string? Counterpart, string Background) : NegotiationCommand;

/// <summary>Records (or replaces) a party's needs and intentions (交流需求和意愿), NEG-13.</summary>
/// <param name="Counterpart">The counterpart party (<see cref="CounterpartParty.Name"/>), or null for our side.</param>
/// <param name="Needs">The needs, at least one, each described, no identifier repeated.</param>
/// <param name="Intentions">The party's intentions and expectations; not empty.</param>
public sealed record RecordNeeds(string? Counterpart, IReadOnlyList<Need> Needs, string Intentions) : NegotiationCommand;

/// <summary>Raises a question at the table (提出问题), NEG-13; it must be answered or deferred before bargaining.</summary>
/// <param name="Question">The new question's identifier.</param>
/// <param name="Text">What is asked; not empty.</param>
public sealed record RaiseQuestion(QuestionId Question, string Text) : NegotiationCommand;

/// <summary>Answers an open question (答疑), NEG-13.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answer; not empty.</param>
public sealed record AnswerQuestion(QuestionId Question, string Answer) : NegotiationCommand;

/// <summary>Defers an open question to a follow-up action with an owner and a due date, NEG-13; the minutes must carry
/// that action (NEG-08).</summary>
/// <param name="Question">The question.</param>
/// <param name="FollowUp">The action that will answer it: described, due no earlier than today.</param>
public sealed record DeferQuestion(QuestionId Question, FollowUpAction FollowUp) : NegotiationCommand;

/// <summary>Proposes a possible solution against recorded needs (提供解决方案), NEG-13.</summary>
/// <param name="Solution">The new solution's identifier.</param>
/// <param name="Description">What is proposed; not empty.</param>
/// <param name="Needs">The recorded needs it answers, at least one.</param>
public sealed record ProposeSolution(SolutionId Solution, string Description, IReadOnlyList<NeedId> Needs) : NegotiationCommand;

/// <summary>Records (or replaces) the discussion and evaluation of a proposed solution (讨论和评估), NEG-13.</summary>
/// <param name="Solution">The solution.</param>
/// <param name="Assessment">What the parties concluded of it; not empty.</param>
public sealed record DiscussSolution(SolutionId Solution, string Assessment) : NegotiationCommand;

/// <summary>Ends the information exchange and starts bargaining; guarded by NEG-13.</summary>
public sealed record StartBargaining : NegotiationCommand;

/// <summary>Raises a dispute (分歧和争议), NEG-07.</summary>
/// <param name="Dispute">The dispute's identifier.</param>
/// <param name="Subject">What is disputed.</param>
public sealed record RaiseDispute(DisputeId Dispute, string Subject) : NegotiationCommand;

/// <summary>Resolves or defers a dispute, NEG-07.</summary>
/// <param name="Dispute">The dispute.</param>
/// <param name="Settlement"><see cref="Settlement.Agreed"/> (resolved) or <see cref="Settlement.Deferred"/>.</param>
/// <param name="Note">How it was resolved, or why it was deferred.</param>
public sealed record SettleDispute(DisputeId Dispute, Settlement Settlement, string Note) : NegotiationCommand;

/// <summary>Agrees or defers an agenda item, NEG-07.</summary>
/// <param name="Item">The agenda item.</param>
/// <param name="Settlement"><see cref="Settlement.Agreed"/> or <see cref="Settlement.Deferred"/>.</param>
/// <param name="Note">What was agreed, or why it was deferred.</param>
public sealed record SettleAgendaItem(AgendaItemId Item, Settlement Settlement, string Note) : NegotiationCommand;

/// <summary>Logs a concession (让步) against an objective, NEG-05: our position moves from the target towards the
/// bottom line by <paramref name="Amount"/>, and never past the bottom line in force.</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Amount">How much we give, positive, in the objective's unit (e.g. 1 percentage point).</param>
/// <param name="Note">What was conceded and in return for what.</param>
public sealed record MakeConcession(ObjectiveId Objective, Measure Amount, string Note) : NegotiationCommand;

/// <summary>Revises the bottom line of an objective with the approval of someone who holds that authority, NEG-05.</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Revised">The new bottom line.</param>
/// <param name="Approver">Who approved it; see <see cref="BottomLineAuthority"/>.</param>
/// <param name="Reason">Why.</param>
public sealed record ReviseBottomLine(ObjectiveId Objective, Measure Revised, ActorId Approver, string Reason) : NegotiationCommand;

/// <summary>Logs an adjustment of the strategy during bargaining (灵活调整谈判策略) with its reason, NEG-06.</summary>
/// <param name="Adjustment">What changes.</param>
/// <param name="Reason">Why.</param>
public sealed record AdjustStrategy(string Adjustment, string Reason) : NegotiationCommand;

/// <summary>Records that a preliminary agreement is reached (达成初步协议); guarded by NEG-07.</summary>
public sealed record ReachPreliminaryAgreement : NegotiationCommand;

/// <summary>Records (or replaces) the minutes (谈判纪要), NEG-08.</summary>
/// <param name="Minutes">The minutes.</param>
public sealed record RecordMinutes(Minutes Minutes) : NegotiationCommand;

/// <summary>Attaches the reference of the approved contract review that signing needs, NEG-09; after a withdrawal
/// (CR-05), the review's new reference.</summary>
/// <remarks>The reference is checked against the review's state, which the host supplies with
/// <see cref="Decisions.DecisionContext.WithSource{TState}"/> for <see cref="ContractReviewAggregate.StreamOf"/> (GEN-11);
/// signing checks it again.</remarks>
/// <param name="Review">The reference, taken from the approved review (<see cref="ContractReviewState.Reference"/>).</param>
public sealed record AttachContractReview(ContractReviewReference Review) : NegotiationCommand;

/// <summary>
/// Records that the approval of the attached contract review is withdrawn: the contract was amended and its review
/// re-opened (CR-05, GEN-11). Before signing, the plan cannot be signed until the review's new reference is attached;
/// after signing, the signed plan records it. A host calls it when the review records <see cref="ContractAmended"/>; a
/// repeat records nothing.
/// </summary>
/// <remarks>Refused for a review the plan has not attached (CR-05); the review's state, supplied with
/// <see cref="Decisions.DecisionContext.WithSource{TState}"/>, must show it amended since or no longer approved (GEN-11).</remarks>
/// <param name="Review">The amended review.</param>
public sealed record WithdrawContractReview(ContractReviewId Review) : NegotiationCommand;

/// <summary>Records that the agreement is signed (签署); guarded by NEG-09.</summary>
public sealed record SignAgreement : NegotiationCommand;

/// <summary>Starts the follow-up (后续跟踪) of a signed agreement; guarded by NEG-08.</summary>
public sealed record StartFollowUp : NegotiationCommand;

/// <summary>Marks a follow-up action done, NEG-10.</summary>
/// <param name="Action">The action.</param>
/// <param name="Outcome">What came of it.</param>
public sealed record CompleteFollowUp(FollowUpActionId Action, string Outcome) : NegotiationCommand;

/// <summary>Cancels a follow-up action with a reason, NEG-10.</summary>
/// <param name="Action">The action.</param>
/// <param name="Reason">Why it is no longer needed.</param>
public sealed record CancelFollowUp(FollowUpActionId Action, string Reason) : NegotiationCommand;

/// <summary>Records the value achieved for an objective, to be scored against target and bottom line, NEG-11.</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Achieved">The value in the signed agreement.</param>
public sealed record RecordOutcome(ObjectiveId Objective, Measure Achieved) : NegotiationCommand;

/// <summary>Closes the plan; guarded by NEG-10.</summary>
public sealed record ClosePlan : NegotiationCommand;

/// <summary>Suspends the negotiation in deadlock; it resumes in the phase it left.</summary>
/// <param name="Reason">Why, if given.</param>
public sealed record SuspendNegotiation(string? Reason) : NegotiationCommand;

/// <summary>Resumes a suspended negotiation in the phase it left.</summary>
public sealed record ResumeNegotiation : NegotiationCommand;

/// <summary>Abandons the negotiation before signing; terminal.</summary>
/// <param name="Reason">Why, if given.</param>
public sealed record AbandonNegotiation(string? Reason) : NegotiationCommand;
