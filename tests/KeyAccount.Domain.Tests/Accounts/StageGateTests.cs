using System.Globalization;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

public sealed class StageGateTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static string[] MissingCodes(DomainError error) => Assert.IsType<RequirementsMissing>(error).Missing.Select(m => m.Code).ToArray();

    [Fact]
    [Trait("Rule", "ACC-03")]
    public void Leaving_targeting_without_profile_or_demand_assessment_lists_both()
    {
        var error = DecisionAssert.Rejected(Opened().When(new AdvanceStage(AccountStage.SamplesAndIntelligence)), "ACC-03", "account.gate.targeting");

        Assert.Equal(["account.company_profile_missing", "account.demand_assessment_missing"], MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "ACC-03")]
    public void A_profile_and_an_opportunity_open_the_way_to_samples_and_intelligence()
    {
        var advanced = DecisionAssert.Single<AccountEvent, StageAdvanced>(Opened().Given(TargetingDone).When(new AdvanceStage(AccountStage.SamplesAndIntelligence)));

        Assert.Equal(new StageAdvanced(AccountStage.Targeting, AccountStage.SamplesAndIntelligence), advanced);
    }

    [Fact]
    [Trait("Rule", "ACC-03")]
    public void A_verdict_of_no_opportunity_terminates_the_account_with_its_reason()
    {
        var events = DecisionAssert.Accepted(Opened().When(new AssessPotentialDemand(
            new DemandAssessment("Satisfied with the incumbent", DemandUrgency.Low, OpportunityVerdict.NoOpportunity))));

        Assert.IsType<PotentialDemandAssessed>(events[0]);
        var terminated = Assert.IsType<AccountTerminated>(events[1]);
        Assert.Equal("Satisfied with the incumbent", terminated.Reason);
        Assert.Equal(AccountStage.Targeting, terminated.From);
    }

    [Fact]
    [Trait("Rule", "ACC-03")]
    public void After_reactivation_an_old_no_opportunity_verdict_still_blocks_targeting()
    {
        var s = Opened().Given(new RecordCompanyProfile(new CompanyProfile(3, "20 staff", "Stable")))
            .Given(new AssessPotentialDemand(new DemandAssessment("No need", DemandUrgency.Low, OpportunityVerdict.NoOpportunity)))
            .Given(new ReactivateAccount("New management"));

        var error = DecisionAssert.Rejected(s.When(new AdvanceStage(AccountStage.SamplesAndIntelligence)), "ACC-03");
        Assert.Equal(["account.no_opportunity"], MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "ACC-03")]
    public void The_demand_is_assessed_only_while_targeting_and_with_a_reason()
    {
        var assessment = new DemandAssessment("More capacity", DemandUrgency.Medium, OpportunityVerdict.OpportunityExists);
        DecisionAssert.Rejected(In(AccountStage.SamplesAndIntelligence).When(new AssessPotentialDemand(assessment)), "ACC-03", "account.demand_assessment_outside_targeting");
        DecisionAssert.Rejected(Opened().When(new AssessPotentialDemand(assessment with { Reason = " " })), "ACC-03", "account.field_required");
    }

    [Fact]
    [Trait("Rule", "ACC-03")]
    public void An_incomplete_company_profile_is_rejected_naming_each_gap()
    {
        var error = DecisionAssert.Rejected(Opened().When(new RecordCompanyProfile(new CompanyProfile(-1, "", "ok"))), "ACC-03", "account.company_profile_incomplete");

        Assert.Equal(["account.value_negative", "account.field_required"], MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "ACC-04")]
    public void Leaving_samples_and_intelligence_with_nothing_done_lists_every_gap()
    {
        var s = In(AccountStage.SamplesAndIntelligence).Given(new RequestSample("M8 bolts"));

        var error = DecisionAssert.Rejected(s.When(new AdvanceStage(AccountStage.ValueAssessment)), "ACC-04", "account.gate.samples_and_intelligence");

        Assert.Equal(
            ["account.insider_missing", "account.decision_holder_missing", "account.needs_missing", "account.sample_not_delivered"],
            MissingCodes(error));
        var message = error.GetMessage(English);
        Assert.Contains("no insider identified", message);
        Assert.Contains("sample 'M8 bolts' not delivered", message);
    }

    [Fact]
    [Trait("Rule", "ACC-04")]
    public void A_decision_holder_without_a_profile_is_named()
    {
        var s = In(AccountStage.SamplesAndIntelligence).Given(IntelligenceDone.Where(c => c is not RecordDecisionMakerProfile).ToArray());

        var error = DecisionAssert.Rejected(s.When(new AdvanceStage(AccountStage.ValueAssessment)), "ACC-04");

        Assert.Equal("no profile recorded for decision maker Zhang Min", Assert.Single(((RequirementsMissing)error).Missing).GetMessage(English));
    }

    [Fact]
    [Trait("Rule", "ACC-04")]
    public void With_insider_decision_maker_profile_needs_and_samples_the_account_moves_to_value_assessment()
    {
        var s = In(AccountStage.SamplesAndIntelligence).Given(IntelligenceDone);

        DecisionAssert.Single<AccountEvent, StageAdvanced>(s.When(new AdvanceStage(AccountStage.ValueAssessment)));
    }

    [Fact]
    [Trait("Rule", "ACC-04")]
    public void Only_a_requested_sample_can_be_delivered_and_not_in_the_future()
    {
        var s = Opened().Given(new RequestSample("M8 bolts"));

        DecisionAssert.Rejected(s.When(new RecordSampleDelivered("M10 nuts", LastWeek)), "ACC-04", "account.sample_not_requested");
        DecisionAssert.Rejected(s.When(new RecordSampleDelivered("m8 bolts", new LocalDate(2025, 3, 4))), "ACC-04", "account.date_in_future");
        DecisionAssert.Accepted(s.When(new RecordSampleDelivered("m8 bolts", LastWeek)));
    }

    [Fact]
    [Trait("Rule", "ACC-04")]
    public void An_empty_profile_does_not_count_as_a_decision_makers_profile()
    {
        var s = Opened().Given(IntelligenceDone[1]);

        DecisionAssert.Rejected(s.When(new RecordDecisionMakerProfile(Engineer, new PersonalDetails { Hobbies = " " })), "ACC-04", "account.profile_empty");
    }

    [Fact]
    [Trait("Rule", "ACC-05")]
    public void Leaving_value_assessment_needs_an_assessment()
    {
        var error = DecisionAssert.Rejected(In(AccountStage.ValueAssessment).When(new AdvanceStage(AccountStage.RelationshipBuilding)), "ACC-05", "account.gate.value_assessment");

        Assert.Equal(["account.value_assessment_missing"], MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "ACC-05")]
    public void An_assessment_with_probability_obstacles_cost_and_plan_opens_relationship_building()
    {
        var s = In(AccountStage.ValueAssessment).Given(AssessmentDone);

        DecisionAssert.Single<AccountEvent, StageAdvanced>(s.When(new AdvanceStage(AccountStage.RelationshipBuilding)));
    }

    [Fact]
    [Trait("Rule", "ACC-05")]
    public void An_assessment_out_of_range_or_incomplete_is_rejected_naming_each_gap()
    {
        var decision = Opened().When(new RecordValueAssessment(new ValueAssessment(101, [" "], Money.Cny(-1m), "")));

        var error = DecisionAssert.Rejected(decision, "ACC-05", "account.value_assessment_incomplete");
        Assert.Equal(
            ["account.win_probability_out_of_range", "account.field_required", "account.value_negative", "account.field_required"],
            MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "ACC-06")]
    public void Leaving_relationship_building_names_each_decision_holder_without_an_interaction()
    {
        var s = In(AccountStage.RelationshipBuilding)
            .Given(new RecordContact(Boss, "Wang Jun", ContactFunction.Owner), new AssignAuthority(Boss, DecisionArea.SupplierChoice, Authority.Decision));

        var error = DecisionAssert.Rejected(s.When(new AdvanceStage(AccountStage.Closing)), "ACC-06", "account.gate.relationship_building");

        Assert.Equal(
            ["decision holder for 'technical approval' (Zhang Min) has no recorded interaction",
             "decision holder for 'supplier choice' (Wang Jun) has no recorded interaction"],
            ((RequirementsMissing)error).Missing.Select(m => m.GetMessage(English)));
    }

    [Fact]
    [Trait("Rule", "ACC-06")]
    public void An_interaction_with_every_decision_holder_opens_closing()
    {
        DecisionAssert.Single<AccountEvent, StageAdvanced>(In(AccountStage.RelationshipBuilding).Given(RelationshipDone).When(new AdvanceStage(AccountStage.Closing)));
    }

    [Fact]
    [Trait("Rule", "ACC-06")]
    public void An_interaction_needs_a_known_contact_a_summary_and_a_day_not_in_the_future()
    {
        var s = Opened().Given(IntelligenceDone[1]);

        DecisionAssert.Rejected(s.When(new RecordInteraction(Boss, LastWeek, "Lunch")), "ACC-08", "account.contact_unknown");
        DecisionAssert.Rejected(s.When(new RecordInteraction(Engineer, LastWeek, "")), "ACC-06", "account.field_required");
        DecisionAssert.Rejected(s.When(new RecordInteraction(Engineer, new LocalDate(2025, 3, 10), "Lunch")), "ACC-06", "account.date_in_future");
    }

    [Fact]
    [Trait("Rule", "ACC-07")]
    public void Winning_with_nothing_done_lists_meeting_audit_and_contract_review()
    {
        var s = In(AccountStage.Closing).Given(new RequireSiteAudit());

        var error = DecisionAssert.Rejected(s.When(new WinAccount(null)), "ACC-07", "account.gate.closing");

        Assert.Equal(["account.executive_meeting_missing", "account.site_audit_pending", "account.contract_review_missing"], MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "ACC-07")]
    public void A_failed_site_audit_blocks_winning_until_one_is_passed()
    {
        var s = In(AccountStage.Closing).Given(ClosingDone[0], ClosingDone[1], new RecordSiteAudit(LastWeek, Passed: false));

        var error = DecisionAssert.Rejected(s.When(new WinAccount(ApprovedReview)), "ACC-07");
        Assert.Equal(["account.site_audit_failed"], MissingCodes(error));

        s.Given(new RecordSiteAudit(LastWeek.PlusDays(2), Passed: true));
        DecisionAssert.Single<AccountEvent, AccountWon>(s.When(new WinAccount(ApprovedReview)));
    }

    [Fact]
    [Trait("Rule", "ACC-07")]
    public void Without_a_required_audit_a_meeting_and_a_contract_review_win_the_account()
    {
        var s = In(AccountStage.Closing).Given(ClosingDone[0]);

        var won = DecisionAssert.Single<AccountEvent, AccountWon>(s.When(new WinAccount(ApprovedReview)));

        Assert.Equal(ApprovedReview, won.ContractReview);
        Assert.Equal(new LocalDate(2025, 3, 3), won.WonOn);
    }

    [Fact]
    [Trait("Rule", "ACC-07")]
    public void An_audit_is_recorded_only_when_the_customer_requires_one()
    {
        DecisionAssert.Rejected(In(AccountStage.Closing).When(new RecordSiteAudit(LastWeek, true)), "ACC-07", "account.site_audit_not_required");
    }
}
