using System;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Accounts;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

/// <summary>
/// A model-based test: a deliberately simple model of the pipeline (a stage and a few facts as flags) predicts, for
/// every command of a random sequence, whether the decider accepts it and which stage follows. FsCheck shrinks a
/// disagreement to the shortest sequence.
/// </summary>
public sealed class PipelineModelTests
{
    [Property(MaxTest = 300)]
    [Trait("Rule", "ACC-02")]
    [Trait("Rule", "ACC-03")]
    [Trait("Rule", "ACC-04")]
    [Trait("Rule", "ACC-05")]
    [Trait("Rule", "ACC-06")]
    [Trait("Rule", "ACC-07")]
    [Trait("Rule", "ACC-12")]
    public Property The_decider_agrees_with_a_simple_model_of_the_pipeline() => StateMachine.ToProperty(new PipelineMachine());

    [Fact]
    public void The_model_follows_the_happy_path_to_won()
    {
        var model = PipelineModel.Initial;
        var path = new[] { "open", "profile", "demand yes", "insider", "add engineer", "engineer decides", "profile engineer", "needs", "advance SamplesAndIntelligence", "advance ValueAssessment", "assess", "advance RelationshipBuilding", "interact engineer", "advance Closing", "meeting", "win" };
        foreach (var name in path)
        {
            model = Operations.Single(o => o.ToString() == name).Run(model);
            Assert.True(model.LastAccepted, name);
        }

        Assert.Equal(AccountStage.Won, model.Stage);
    }

    /// <summary>What the model tracks: the stage and the facts the gates read, simplified to flags.</summary>
    public sealed record PipelineModel(
        bool Opened,
        AccountStage Stage,
        bool Profile,
        OpportunityVerdict? Demand,
        bool Insider,
        bool EngineerKnown,
        bool EngineerDecides,
        bool EngineerProfiled,
        bool EngineerInteracted,
        bool Needs,
        bool SampleRequested,
        bool SampleDelivered,
        bool Assessed,
        bool Meeting,
        SiteAuditStatus Audit,
        bool LastAccepted)
    {
        public static PipelineModel Initial { get; } =
            new(false, AccountStage.Targeting, false, null, false, false, false, false, false, false, false, false, false, false, SiteAuditStatus.NotRequired, false);

        public bool GateMet => Stage switch
        {
            AccountStage.Targeting => Profile && Demand == OpportunityVerdict.OpportunityExists,
            AccountStage.SamplesAndIntelligence => Insider && EngineerDecides && EngineerProfiled && Needs && (!SampleRequested || SampleDelivered),
            AccountStage.ValueAssessment => Assessed,
            AccountStage.RelationshipBuilding => EngineerDecides && EngineerInteracted,
            AccountStage.Closing => Meeting && Audit is SiteAuditStatus.NotRequired or SiteAuditStatus.Passed,
            _ => false,
        };

        public override string ToString() => $"{(Opened ? Stage.ToString() : "unopened")} (last {(LastAccepted ? "accepted" : "rejected")})";
    }

    /// <summary>The account under test: the decider's state, advanced by accepted commands.</summary>
    public sealed class AccountUnderTest
    {
        public AccountState State { get; private set; } = AccountDecider.Instance.Initial;

        public Decision<AccountEvent> Run(AccountCommand command)
        {
            var (decision, state) = AccountDecider.Instance.Apply(command, State, KeyAccountGenerators.ContextFor(State, command));
            State = state;
            return decision;
        }
    }

    /// <summary>One command, with the model's prediction: the next model when accepted, or null when rejected.</summary>
    private sealed class CommandOperation(string name, AccountCommand command, Func<PipelineModel, PipelineModel?> predict, AccountStage? gate = null)
        : Operation<AccountUnderTest, PipelineModel>
    {
        /// <summary>How often to try this command next: forward moves, and facts the current stage's gate still lacks, come up more.</summary>
        public int Weight(PipelineModel model) =>
            command is OpenAccount && !model.Opened ? 40
            : command is AdvanceStage or WinAccount ? 4
            : gate == model.Stage && predict(model) is { } next && next with { LastAccepted = model.LastAccepted } != model ? 4
            : 1;

        public override PipelineModel Run(PipelineModel model) =>
            predict(model) is { } next ? next with { LastAccepted = true } : model with { LastAccepted = false };

        public override Property Check(AccountUnderTest actual, PipelineModel model)
        {
            var decision = actual.Run(command);
            var agrees = decision.IsAccepted == model.LastAccepted && (!model.Opened || actual.State.Stage == model.Stage);
            return agrees.Label($"{name}: decider {(decision.IsAccepted ? "accepted" : "rejected: " + decision.Error)} in {actual.State.Stage}, model expected {model}");
        }

        public override string ToString() => name;
    }

    private static CommandOperation Op(string name, AccountCommand command, Func<PipelineModel, PipelineModel?> predict, AccountStage? gate = null) =>
        new(name, command, predict, gate);

    // Facts are recorded on an opened account that is not terminated (ACC-01, ACC-12).
    private static Func<PipelineModel, PipelineModel?> Fact(Func<PipelineModel, PipelineModel?> change) =>
        m => m.Opened && m.Stage != AccountStage.Terminated ? change(m) : null;

    private static CommandOperation Advance(AccountStage target) => Op(
        $"advance {target}",
        new AdvanceStage(target),
        m => m.Opened && AccountPipeline.Next(m.Stage) == target && m.GateMet ? m with { Stage = target } : null);

    private static readonly CommandOperation[] Operations =
    [
        Op("open", Open, m => m.Opened ? null : m with { Opened = true }),
        Op("profile", TargetingDone[0], Fact(m => m with { Profile = true }), AccountStage.Targeting),
        Op("demand yes", TargetingDone[1], Fact(m => m.Stage == AccountStage.Targeting ? m with { Demand = OpportunityVerdict.OpportunityExists } : null), AccountStage.Targeting),
        Op("demand no", new AssessPotentialDemand(new DemandAssessment("Happy with the incumbent", DemandUrgency.Low, OpportunityVerdict.NoOpportunity)), Fact(m => m.Stage == AccountStage.Targeting ? m with { Demand = OpportunityVerdict.NoOpportunity, Stage = AccountStage.Terminated } : null)),
        Op("insider", IntelligenceDone[0], Fact(m => m with { Insider = true }), AccountStage.SamplesAndIntelligence),
        Op("add engineer", IntelligenceDone[1], Fact(m => m with { EngineerKnown = true }), AccountStage.SamplesAndIntelligence),
        Op("engineer decides", IntelligenceDone[2], Fact(m => m.EngineerKnown ? m with { EngineerDecides = true } : null), AccountStage.SamplesAndIntelligence),
        Op("profile engineer", IntelligenceDone[4], Fact(m => m.EngineerKnown ? m with { EngineerProfiled = true } : null), AccountStage.SamplesAndIntelligence),
        Op("interact engineer", RelationshipDone, Fact(m => m.EngineerKnown ? m with { EngineerInteracted = true } : null), AccountStage.RelationshipBuilding),
        Op("needs", IntelligenceDone[5], Fact(m => m with { Needs = true }), AccountStage.SamplesAndIntelligence),
        Op("request sample", IntelligenceDone[6], Fact(m => m with { SampleRequested = true }), AccountStage.SamplesAndIntelligence),
        Op("deliver sample", IntelligenceDone[7], Fact(m => m.SampleRequested ? m with { SampleDelivered = true } : null), AccountStage.SamplesAndIntelligence),
        Op("assess", AssessmentDone, Fact(m => m with { Assessed = true }), AccountStage.ValueAssessment),
        Op("meeting", ClosingDone[0], Fact(m => m with { Meeting = true }), AccountStage.Closing),
        Op("require audit", ClosingDone[1], Fact(m => m.Audit == SiteAuditStatus.NotRequired ? m with { Audit = SiteAuditStatus.Pending } : m), AccountStage.Closing),
        Op("pass audit", ClosingDone[2], Fact(m => m.Audit == SiteAuditStatus.NotRequired ? null : m with { Audit = SiteAuditStatus.Passed }), AccountStage.Closing),
        Op("fail audit", new RecordSiteAudit(LastWeek, Passed: false), Fact(m => m.Audit == SiteAuditStatus.NotRequired ? null : m with { Audit = SiteAuditStatus.Failed }), AccountStage.Closing),
        Advance(AccountStage.SamplesAndIntelligence),
        Advance(AccountStage.ValueAssessment),
        Advance(AccountStage.RelationshipBuilding),
        Advance(AccountStage.Closing),
        Op("win", new WinAccount(ApprovedReview), m => m.Opened && m.Stage == AccountStage.Closing && m.GateMet ? m with { Stage = AccountStage.Won } : null),
        Op("win without contract review", new WinAccount(null), _ => null),
        Op("terminate", new TerminateAccount("Budget frozen"), m => m.Opened && AccountPipeline.IsOpen(m.Stage) ? m with { Stage = AccountStage.Terminated } : null),
        Op("reactivate", new ReactivateAccount("Budget back"), m => m.Opened && m.Stage == AccountStage.Terminated ? m with { Stage = AccountStage.Targeting } : null),
    ];

    private sealed class PipelineMachine() : Machine<AccountUnderTest, PipelineModel>(150)
    {
        public override Arbitrary<Setup<AccountUnderTest, PipelineModel>> Setup =>
            Gen.Constant(StateMachine.Setup(() => new AccountUnderTest(), () => PipelineModel.Initial)).ToArbitrary();

        // Forward moves, and the facts the current gate still lacks, are tried four times as often as other commands,
        // so that runs reach late stages and still knock on gates whose facts are missing.
        public override Gen<Operation<AccountUnderTest, PipelineModel>> Next(PipelineModel model) =>
            Gen.Frequency(Operations
                .Select(o => (o.Weight(model), Gen.Constant((Operation<AccountUnderTest, PipelineModel>)o)))
                .ToArray());
    }
}
