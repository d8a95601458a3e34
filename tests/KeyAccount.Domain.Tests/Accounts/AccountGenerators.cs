using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Accounts;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

/// <summary>A sequence of account commands, printed one per line when a property fails.</summary>
public sealed record CommandSequence(IReadOnlyList<AccountCommand> Commands)
{
    public override string ToString() => string.Join(Environment.NewLine, Commands.Select((c, i) => $"{i + 1,3}: {c}"));
}

/// <summary>Generators of account commands: a pool of well-formed commands and a pool of commands no state accepts.</summary>
public static class AccountGenerators
{
    public static readonly ContactId Stranger = ContactId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c0000ff"));
    private static readonly LocalDate NextWeek = new(2025, 3, 10);

    /// <summary>Well-formed commands over a small world (three contacts, one sample, one visit): accepted in some states.</summary>
    public static IReadOnlyList<AccountCommand> WellFormed { get; } =
    [
        Open,
        .. TargetingDone,
        new AssessPotentialDemand(new DemandAssessment("Happy with the incumbent", DemandUrgency.Low, OpportunityVerdict.NoOpportunity)),
        .. IntelligenceDone,
        new AdvanceStage(AccountStage.SamplesAndIntelligence),
        new AdvanceStage(AccountStage.ValueAssessment),
        new AdvanceStage(AccountStage.RelationshipBuilding),
        new AdvanceStage(AccountStage.Closing),
        AssessmentDone,
        RelationshipDone,
        .. ClosingDone,
        new RecordSiteAudit(LastWeek, Passed: false),
        new WinAccount(ApprovedReview),
        new WinAccount(null),
        new WithdrawContractApproval(ApprovedReview.Review),
        new ReconfirmContractApproval(ContractReviewSources.State(Account, reapproved: true).Reference!),
        new TerminateAccount("Budget frozen"),
        new ReactivateAccount("Budget back"),
        new RecordContact(Boss, "Wang Jun", ContactFunction.Owner),
        new AssignAuthority(Boss, DecisionArea.SupplierChoice, Authority.Decision),
        new AssignAuthority(Engineer, DecisionArea.TechnicalApproval, Authority.None),
        new RecordInteraction(Boss, LastWeek, "Dinner"),
        new RecordDecisionMakerProfile(Boss, new PersonalDetails { Hobbies = "golf" }),
        new RecordCompetitor(ProfileTests.Incumbent),
        new RecordMaterials(["304 stainless", "brass"]),
        new ReviewTier(Money.Cny(2_000_000m), 6),
        new ReviewTier(Money.Cny(10_000m), 1),
        new RecordNeedsChange(Engineer, LastWeek, "Titanium too"),
        new PlanVisit(FirstVisit, LastWeek, [Engineer], "Present samples", new Gift("Tea", Money.Cny(200m))),
        new PackVisitKitItem(FirstVisit, VisitKitItem.Brochures),
        new PackVisitKitItem(FirstVisit, VisitKitItem.BusinessCards),
        new PackVisitKitItem(FirstVisit, VisitKitItem.Notebook),
        new MarkVisitReady(FirstVisit),
        new CompleteVisit(FirstVisit, new VisitRecord(["Titanium"], [], ["Liked the samples"], [])),
        new CancelVisit(FirstVisit, "Customer travelling"),
    ];

    /// <summary>Commands no state accepts: blank texts, unknown contacts, future days, gifts over the ceiling, empty records.</summary>
    public static IReadOnlyList<AccountCommand> Malformed { get; } =
    [
        new RecordCompanyProfile(new CompanyProfile(-3, " ", "")),
        new AssessPotentialDemand(new DemandAssessment(" ", DemandUrgency.High, OpportunityVerdict.OpportunityExists)),
        new RecordContact(Buyer, "  ", ContactFunction.Purchasing),
        new AssignAuthority(Stranger, DecisionArea.Price, Authority.Decision),
        new RecordDecisionMakerProfile(Stranger, new PersonalDetails { Age = 40 }),
        new RecordInteraction(Engineer, NextWeek, "Call next week"),
        new StateNeeds(""),
        new RequestSample(" "),
        new RecordSampleDelivered("Unheard-of part", LastWeek),
        new RecordValueAssessment(new ValueAssessment(140, [], Money.Cny(1m), "plan")),
        new RecordExecutiveMeeting(NextWeek, "Planned meeting"),
        new RecordCompetitor(ProfileTests.Incumbent with { Weaknesses = [] }),
        new RecordMaterials([]),
        new TerminateAccount(" "),
        new PlanVisit(VisitId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000099")), NextWeek, [Stranger], "Visit"),
        new MarkVisitReady(VisitId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000098"))),
    ];

    public static Gen<AccountCommand> AnyCommand =>
        Gen.Frequency((4, Gen.Elements(WellFormed.ToArray())), (1, Gen.Elements(Malformed.ToArray())));

    public static Gen<CommandSequence> AnySequence =>
        from length in Gen.Choose(0, 80)
        from commands in Gen.ArrayOf(AnyCommand, length)
        select new CommandSequence(commands);
}

/// <summary>The arbitraries the account's properties draw from.</summary>
public static class AccountArbitraries
{
    public static Arbitrary<CommandSequence> CommandSequences() => AccountGenerators.AnySequence.ToArbitrary();

    /// <summary>Valid histories from the test kit: every command accepted in turn.</summary>
    public static Arbitrary<History<AccountCommand, AccountEvent, AccountState>> Histories() => KeyAccountGenerators.Histories().ToArbitrary();
}
