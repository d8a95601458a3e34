using System;
using System.Collections.Generic;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;

namespace KeyAccount.Domain.Tests.Accounts;

/// <summary>Given/When for the account: the givens must be accepted; the state follows their events.</summary>
internal sealed class AccountScenario
{
    public static readonly AccountId Account = AccountId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000001"));
    public static readonly ContactId Buyer = ContactId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000011"));
    public static readonly ContactId Engineer = ContactId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000012"));
    public static readonly ContactId Boss = ContactId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000013"));
    public static readonly VisitId FirstVisit = VisitId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000021"));
    public static readonly ActorId Manager = new("E001");
    public static readonly LocalDate LastWeek = new(2025, 2, 24);
    /// <summary>The account's approved review (the kit's), which <see cref="Context"/> supplies (GEN-11).</summary>
    public static readonly ContractReviewReference ApprovedReview = ContractReviewSources.State(Account).Reference!;

    public static AccountCommand Open => new OpenAccount(Account, "  Huaxin Precision Parts  ", "Canton Fair", Manager);

    public static IReadOnlyList<AccountCommand> TargetingDone =>
    [
        new RecordCompanyProfile(new CompanyProfile(12, "300 staff", "Exports growing, supplier misses dates")),
        new AssessPotentialDemand(new DemandAssessment("The current supplier misses delivery dates", DemandUrgency.High, OpportunityVerdict.OpportunityExists)),
    ];

    public static IReadOnlyList<AccountCommand> IntelligenceDone =>
    [
        new RecordContact(Buyer, "Li Wei", ContactFunction.Purchasing, IsInsider: true),
        new RecordContact(Engineer, "Zhang Min", ContactFunction.Technical),
        new AssignAuthority(Engineer, DecisionArea.TechnicalApproval, Authority.Decision),
        new AssignAuthority(Buyer, DecisionArea.TechnicalApproval, Authority.Advisory),
        new RecordDecisionMakerProfile(Engineer, new PersonalDetails { Age = 45, Hobbies = "tea" }),
        new StateNeeds("Stainless fasteners with a two-week lead time"),
        new RequestSample("M8 bolts"),
        new RecordSampleDelivered("M8 bolts", LastWeek),
    ];

    public static AccountCommand AssessmentDone =>
        new RecordValueAssessment(new ValueAssessment(60, ["Three-year contract with the incumbent"], Money.Cny(20_000m), "Trial order, then a frame agreement"));

    public static AccountCommand RelationshipDone => new RecordInteraction(Engineer, LastWeek, "Factory tour");

    public static IReadOnlyList<AccountCommand> ClosingDone =>
    [
        new RecordExecutiveMeeting(LastWeek, "Our general manager met theirs"),
        new RequireSiteAudit(),
        new RecordSiteAudit(LastWeek, Passed: true),
    ];

    private readonly AccountDecider decider = AccountDecider.Instance;

    public AccountState State { get; private set; } = AccountState.Initial;

    public List<AccountEvent> History { get; } = [];

    public DecisionContext Context { get; set; } = ContractReviewSources.Supply(TestContexts.Default, Account);

    public static AccountScenario Opened() => new AccountScenario().Given(Open);

    public static AccountScenario In(AccountStage stage)
    {
        var s = Opened();
        if (stage == AccountStage.Targeting)
        {
            return s;
        }

        if (stage == AccountStage.Terminated)
        {
            return s.Given(new TerminateAccount("Budget frozen"));
        }

        s.Given(TargetingDone).Given(new AdvanceStage(AccountStage.SamplesAndIntelligence));
        if (stage == AccountStage.SamplesAndIntelligence)
        {
            return s;
        }

        s.Given(IntelligenceDone).Given(new AdvanceStage(AccountStage.ValueAssessment));
        if (stage == AccountStage.ValueAssessment)
        {
            return s;
        }

        s.Given(AssessmentDone, new AdvanceStage(AccountStage.RelationshipBuilding));
        if (stage == AccountStage.RelationshipBuilding)
        {
            return s;
        }

        s.Given(RelationshipDone, new AdvanceStage(AccountStage.Closing));
        if (stage == AccountStage.Closing)
        {
            return s;
        }

        return s.Given(ClosingDone).Given(new WinAccount(ApprovedReview));
    }

    public AccountScenario Given(params AccountCommand[] commands) => Given((IReadOnlyList<AccountCommand>)commands);

    public AccountScenario Given(IReadOnlyList<AccountCommand> commands)
    {
        foreach (var command in commands)
        {
            var decision = decider.Decide(command, State, Context);
            foreach (var e in DecisionAssert.Accepted(decision))
            {
                State = decider.Evolve(State, e);
                History.Add(e);
            }
        }

        return this;
    }

    public Decision<AccountEvent> When(AccountCommand command) => decider.Decide(command, State, Context);
}
