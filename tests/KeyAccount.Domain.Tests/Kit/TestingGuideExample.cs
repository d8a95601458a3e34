// docs/testing.md:begin
using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Accounts;
using KeyAccount.Domain.Testing.Scenarios;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>How our sales team opens and qualifies a key account, stated against the package's rules.</summary>
public sealed class OurAccountProcess
{
    private static readonly ActorId Manager = new("E001");
    private static readonly AccountId Huaxin = AccountId.From(Guid.Parse("3f2c6a4e-1b2d-4c5e-8f90-a1b2c3d4e5f6"));

    private static readonly Scenario<AccountCommand, AccountEvent, AccountState> Opened =
        Scenario.For(AccountAggregate.Definition.Decider)
            .GivenCommands(new OpenAccount(Huaxin, "Huaxin Precision Parts", "Canton Fair", Manager));

    [Fact]
    public void We_record_the_company_profile_first()
    {
        Opened.When(new RecordCompanyProfile(new CompanyProfile(12, "300 staff", "Exports growing")))
            .ThenEvents(new CompanyProfileRecorded(new CompanyProfile(12, "300 staff", "Exports growing")));
    }

    [Fact]
    public void We_never_move_on_before_the_demand_is_assessed()
    {
        Opened.GivenCommands(new RecordCompanyProfile(new CompanyProfile(12, "300 staff", "Exports growing")))
            .When(new AdvanceStage(AccountStage.SamplesAndIntelligence))
            .ThenRejected("ACC-03", "account.gate.targeting");
    }

    [Fact]
    public void A_dropped_lead_is_terminated_with_its_reason_on_the_day_we_decide()
    {
        var monday = new DecisionContextBuilder().At(new LocalDateTime(2025, 3, 3, 9, 0)).Build();
        Opened.In(monday)
            .When(new TerminateAccount("Moved production abroad"))
            .ThenEvents(new AccountTerminated(AccountStage.Targeting, "Moved production abroad", new LocalDate(2025, 3, 3)))
            .ThenState(account => account.Stage == AccountStage.Terminated, "the account is terminated");
    }

    [Property(MaxTest = 50)]
    public Property Our_stage_report_agrees_with_any_valid_account_history() =>
        Prop.ForAll(KeyAccountGenerators.Histories().ToArbitrary(), history =>
            OurStageReport(history.Events) == AccountAggregate.Definition.Decider.Replay(history.Events).Stage);

    // The host's own projection, built from the events it stores.
    private static AccountStage OurStageReport(System.Collections.Generic.IEnumerable<AccountEvent> events)
    {
        var stage = AccountStage.NotOpened;
        foreach (var e in events)
        {
            stage = e switch
            {
                AccountOpened => AccountStage.Targeting,
                StageAdvanced advanced => advanced.To,
                AccountWon => AccountStage.Won,
                AccountTerminated => AccountStage.Terminated,
                AccountReactivated => AccountStage.Targeting,
                _ => stage,
            };
        }

        return stage;
    }
}
// docs/testing.md:end
