using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

public sealed class VisitTests
{
    private static readonly LocalDate VisitDay = new(2025, 3, 12);

    private static readonly VisitRecord Notes = new(
        Needs: ["Titanium bolts for a new line"], Requirements: ["ISO 9001 certificate"], Opinions: ["Our samples looked better"], Questions: ["Can you ship from Ningbo?"]);

    private static AccountScenario Prepared() => In(AccountStage.SamplesAndIntelligence).Given(IntelligenceDone).Given(
        new RecordCompetitor(ProfileTests.Incumbent),
        new RecordMaterials(["304 stainless"]),
        new RecordContact(Boss, "Wang Jun", ContactFunction.Owner));

    private static AccountScenario Planned(Gift? gift = null) => Prepared().Given(new PlanVisit(FirstVisit, VisitDay, [Engineer], "Present the samples", gift));

    private static AccountScenario PackAll(AccountScenario s) => s.Given(
        new PackVisitKitItem(FirstVisit, VisitKitItem.Brochures),
        new PackVisitKitItem(FirstVisit, VisitKitItem.BusinessCards),
        new PackVisitKitItem(FirstVisit, VisitKitItem.Notebook));

    [Fact]
    [Trait("Rule", "VIS-01")]
    public void A_visit_with_all_five_preparations_done_is_ready()
    {
        var s = PackAll(Planned());

        DecisionAssert.Single<AccountEvent, VisitMarkedReady>(s.When(new MarkVisitReady(FirstVisit)));
    }

    [Fact]
    [Trait("Rule", "VIS-01")]
    public void A_visit_without_preparations_is_not_ready_and_every_missing_one_is_named()
    {
        var s = Opened().Given(new RecordContact(Buyer, "Li Wei", ContactFunction.Purchasing), new PlanVisit(FirstVisit, VisitDay, [Buyer], "First call"));
        s.Given(new PackVisitKitItem(FirstVisit, VisitKitItem.Notebook));

        var error = DecisionAssert.Rejected(s.When(new MarkVisitReady(FirstVisit)), "VIS-01", "visit.preparations_incomplete");

        Assert.Equal(
            ["visit.person_info_missing", "visit.organisation_structure_missing", "visit.competitor_analysis_missing", "visit.materials_missing",
             "visit.kit_item_missing", "visit.kit_item_missing"],
            ((RequirementsMissing)error).Missing.Select(m => m.Code));
        Assert.Contains("no information on Li Wei", error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    [Trait("Rule", "VIS-01")]
    public void An_unprepared_visit_cannot_be_completed()
    {
        DecisionAssert.Rejected(Planned().When(new CompleteVisit(FirstVisit, Notes)), "VIS-01", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "VIS-01")]
    public void A_visit_plan_needs_known_contacts_a_purpose_and_a_fresh_identifier()
    {
        var s = Prepared();
        DecisionAssert.Rejected(s.When(new PlanVisit(FirstVisit, VisitDay, [], "Call")), "VIS-01", "account.field_required");
        DecisionAssert.Rejected(s.When(new PlanVisit(FirstVisit, VisitDay, [Engineer], " ")), "VIS-01", "account.field_required");
        DecisionAssert.Rejected(s.When(new PlanVisit(FirstVisit, VisitDay, [KeyAccount.Domain.Accounts.ContactId.From(System.Guid.NewGuid())], "Call")), "ACC-08", "account.contact_unknown");
        DecisionAssert.Rejected(Planned().When(new PlanVisit(FirstVisit, VisitDay, [Engineer], "Again")), "VIS-01", "visit.already_planned");
        DecisionAssert.Rejected(s.When(new MarkVisitReady(FirstVisit)), "VIS-01", "visit.unknown");
    }

    [Fact]
    [Trait("Rule", "VIS-01")]
    public void The_kit_is_packed_while_planning_and_packing_twice_changes_nothing()
    {
        var s = Planned().Given(new PackVisitKitItem(FirstVisit, VisitKitItem.Notebook));
        Assert.Empty(DecisionAssert.Accepted(s.When(new PackVisitKitItem(FirstVisit, VisitKitItem.Notebook))));

        s.Given(new CancelVisit(FirstVisit, "Customer travelling"));
        DecisionAssert.Rejected(s.When(new PackVisitKitItem(FirstVisit, VisitKitItem.Brochures)), "VIS-01", "visit.not_in_preparation");
    }

    [Fact]
    [Trait("Rule", "VIS-02")]
    public void A_modest_gift_up_to_the_ceiling_is_accepted()
    {
        var planned = DecisionAssert.Single<AccountEvent, VisitPlanned>(
            Prepared().When(new PlanVisit(FirstVisit, VisitDay, [Engineer], "Samples", new Gift("Tea", Money.Cny(500m)))));

        Assert.Equal(Money.Cny(500m), planned.Gift!.Value);
    }

    [Fact]
    [Trait("Rule", "VIS-02")]
    public void A_gift_above_the_ceiling_is_rejected_with_value_and_ceiling()
    {
        var error = DecisionAssert.Rejected(
            Prepared().When(new PlanVisit(FirstVisit, VisitDay, [Engineer], "Samples", new Gift("Wine", Money.Cny(800m)))), "VIS-02", "visit.gift_over_ceiling");

        Assert.Equal(Money.Cny(800m), error.Detail<Money>("value"));
        Assert.Equal(Money.Cny(500m), error.Detail<Money>("ceiling"));
    }

    [Fact]
    [Trait("Rule", "VIS-02")]
    public void The_host_sets_the_gift_ceiling()
    {
        var s = Prepared();
        s.Context = s.Context.With(new GiftPolicy(Money.Cny(200m)));

        DecisionAssert.Rejected(s.When(new PlanVisit(FirstVisit, VisitDay, [Engineer], "Samples", new Gift("Tea", Money.Cny(300m)))), "VIS-02");
        DecisionAssert.Rejected(s.When(new PlanVisit(FirstVisit, VisitDay, [Engineer], "Samples", new Gift("Tea", new Money(30m, Currency.USD)))), "VIS-02", "visit.gift_currency_mismatch");
    }

    [Fact]
    [Trait("Rule", "VIS-03")]
    public void No_gift_when_meeting_the_owner_directly()
    {
        var decision = Prepared().When(new PlanVisit(FirstVisit, VisitDay, [Engineer, Boss], "Meet the boss", new Gift("Tea", Money.Cny(100m))));

        Assert.Equal("Wang Jun", DecisionAssert.Rejected(decision, "VIS-03", "visit.gift_for_owner").Detail<string>("contact"));
    }

    [Fact]
    [Trait("Rule", "VIS-03")]
    public void A_festival_gift_for_the_owner_is_accepted_shortly_before_a_public_holiday()
    {
        // Qingming Festival starts on Friday 2025-04-04.
        var decision = Prepared().When(new PlanVisit(FirstVisit, new LocalDate(2025, 4, 1), [Boss], "Festival greetings", new Gift("Tea", Money.Cny(400m), IsFestivalGift: true)));

        DecisionAssert.Single<AccountEvent, VisitPlanned>(decision);
    }

    [Fact]
    [Trait("Rule", "VIS-03")]
    public void A_festival_gift_away_from_any_holiday_is_rejected()
    {
        var decision = Prepared().When(new PlanVisit(FirstVisit, VisitDay, [Boss], "Greetings", new Gift("Tea", Money.Cny(400m), IsFestivalGift: true)));

        DecisionAssert.Rejected(decision, "VIS-03", "visit.no_festival");
    }

    [Fact]
    [Trait("Rule", "GEN-08")]
    public void A_festival_gift_in_a_year_the_calendar_does_not_cover_is_refused_naming_the_year()
    {
        // Whether 2027-02-05 comes shortly before the Spring Festival depends on the 2027 arrangement, not yet loaded.
        var decision = Prepared().When(new PlanVisit(FirstVisit, new LocalDate(2027, 2, 5), [Boss], "Festival greetings", new Gift("Tea", Money.Cny(400m), IsFestivalGift: true)));

        Assert.Equal(2027, DecisionAssert.Rejected(decision, "GEN-08", "calendar.year_not_covered").Detail<int>("year"));
    }

    [Fact]
    [Trait("Rule", "VIS-04")]
    public void A_completed_visit_adds_needs_requirements_opinions_and_questions_to_the_customer_file()
    {
        var s = PackAll(Planned()).Given(new MarkVisitReady(FirstVisit));
        s.Context = TestContexts.On(new LocalDate(2025, 3, 12));

        s.Given(new CompleteVisit(FirstVisit, Notes));

        Assert.Equal(VisitStatus.Completed, s.State.FindVisit(FirstVisit)!.Status);
        Assert.Equal(
            [CustomerFileEntryKind.Need, CustomerFileEntryKind.Requirement, CustomerFileEntryKind.Opinion, CustomerFileEntryKind.Question],
            s.State.CustomerFile.Select(e => e.Kind));
        Assert.All(s.State.CustomerFile, e => Assert.Equal(FirstVisit, e.Visit));
        Assert.Equal(VisitDay, s.State.LastInteractionWith(Engineer));
    }

    [Fact]
    [Trait("Rule", "VIS-04")]
    public void A_visit_cannot_be_recorded_as_made_before_its_day()
    {
        var s = PackAll(Planned()).Given(new MarkVisitReady(FirstVisit));

        DecisionAssert.Rejected(s.When(new CompleteVisit(FirstVisit, Notes)), "VIS-04", "visit.before_planned_day");
    }

    [Fact]
    [Trait("Rule", "VIS-04")]
    public void A_visit_record_with_nothing_in_it_is_rejected()
    {
        var s = PackAll(Planned()).Given(new MarkVisitReady(FirstVisit));
        s.Context = TestContexts.On(new LocalDate(2025, 3, 12));

        DecisionAssert.Rejected(s.When(new CompleteVisit(FirstVisit, new VisitRecord([" "], [], [], []))), "VIS-04", "visit.record_empty");
    }

    [Fact]
    [Trait("Rule", "VIS-04")]
    public void A_completed_or_cancelled_visit_cannot_change_again()
    {
        var s = PackAll(Planned()).Given(new MarkVisitReady(FirstVisit));
        s.Context = TestContexts.On(new LocalDate(2025, 3, 12));
        s.Given(new CompleteVisit(FirstVisit, Notes));

        DecisionAssert.Rejected(s.When(new CompleteVisit(FirstVisit, Notes)), "VIS-01", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(s.When(new CancelVisit(FirstVisit, "Too late")), "VIS-01", "lifecycle.transition_not_allowed");
    }
}
