using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

[Trait("Rule", "GEN-02")]
public sealed class AccountEventJsonTests
{
    /// <summary>One event of every type, with optional values both present and absent where a type has them.</summary>
    public static IEnumerable<AccountEvent> OneOfEach =>
    [
        new AccountOpened(Account, "Huaxin Precision Parts", "Canton Fair", Manager, new LocalDate(2025, 3, 3)),
        new CompanyProfileRecorded(new CompanyProfile(12, "300 staff", "Growing")),
        new PotentialDemandAssessed(new DemandAssessment("Supplier misses dates", DemandUrgency.High, OpportunityVerdict.OpportunityExists)),
        new StageAdvanced(AccountStage.Targeting, AccountStage.SamplesAndIntelligence),
        new AccountWon(ApprovedReview, new LocalDate(2025, 3, 3)),
        new ContractApprovalWithdrawn(ApprovedReview.Review, 1, new LocalDate(2025, 3, 3)),
        new ContractApprovalReconfirmed(ApprovedReview, new LocalDate(2025, 3, 3)),
        new AccountTerminated(AccountStage.Closing, "Budget frozen", new LocalDate(2025, 3, 3)),
        new AccountReactivated("Budget back", new LocalDate(2025, 3, 4)),
        new ContactRecorded(Buyer, "Li Wei", ContactFunction.Purchasing, true),
        new AuthorityAssigned(Engineer, DecisionArea.TechnicalApproval, Authority.Decision),
        new DecisionMakerProfileRecorded(Engineer, new PersonalDetails { Age = 45, Birthday = new AnnualDate(9, 17), Hobbies = "tea" }),
        new DecisionMakerProfileRecorded(Engineer, new PersonalDetails { Family = "two daughters" }),
        new InteractionRecorded(Engineer, LastWeek, "Factory tour"),
        new NeedsStated("Stainless fasteners"),
        new SampleRequested("M8 bolts"),
        new SampleDelivered("M8 bolts", LastWeek),
        new ValueAssessed(new ValueAssessment(60, ["Long contract"], Money.Cny(20_000.50m), "Trial order")),
        new ExecutiveMeetingHeld(LastWeek, "GM meeting"),
        new SiteAuditRequired(),
        new SiteAuditRecorded(LastWeek, true),
        new CompetitorAnalysed(ProfileTests.Incumbent),
        new MaterialsRecorded(["304 stainless", "brass"]),
        new TierChanged(null, AccountTier.B, Money.Cny(2_000_000m), 6),
        new TierChanged(AccountTier.B, AccountTier.A, Money.Cny(6_000_000m), 14),
        new NeedsChangeRecorded(Engineer, LastWeek, "Titanium too"),
        new VisitPlanned(FirstVisit, LastWeek, [Engineer, Boss], "Samples", new Gift("Tea", Money.Cny(200m), IsFestivalGift: true)),
        new VisitPlanned(FirstVisit, LastWeek, [Engineer], "Samples", null),
        new VisitKitItemPacked(FirstVisit, VisitKitItem.BusinessCards),
        new VisitMarkedReady(FirstVisit),
        new VisitCompleted(FirstVisit, LastWeek, new VisitRecord(["Titanium"], [], ["Good samples"], ["Ningbo?"])),
        new VisitCancelled(FirstVisit, "Customer travelling"),
    ];

    public static TheoryData<string> WireNames => new(AccountAggregate.Definition.Events.WireNames);

    [Fact]
    public void The_catalogue_names_every_account_event_type_exactly_once()
    {
        var types = typeof(AccountEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AccountEvent)) && !t.IsAbstract).ToHashSet();

        Assert.Equal(types.OrderBy(t => t.Name), AccountAggregate.Definition.Events.EventTypes.OrderBy(t => t.Name));
        Assert.Equal(types.OrderBy(t => t.Name), OneOfEach.Select(e => e.GetType()).Distinct().OrderBy(t => t.Name));
        Assert.All(AccountAggregate.Definition.Events.WireNames, n => Assert.Matches(@"^account\.[a-z_]+\.v1$", n));
    }

    [Fact]
    public void Every_event_type_survives_a_JSON_round_trip_unchanged()
    {
        foreach (var e in OneOfEach)
        {
            var read = EventRoundTrip.Of(AccountAggregate.Definition.Serializer, e);
            Assert.IsType(e.GetType(), read);
        }
    }

    [Fact]
    public void Events_without_bare_lists_read_back_equal()
    {
        foreach (var e in OneOfEach.Where(e => e is AccountOpened or StageAdvanced or AccountWon or AuthorityAssigned or TierChanged or InteractionRecorded or DecisionMakerProfileRecorded or ValueAssessed or CompetitorAnalysed or VisitCompleted))
        {
            Assert.Equal(e, EventRoundTrip.Of(AccountAggregate.Definition.Serializer, e));
        }
    }

    [Fact]
    public void Enumerations_and_areas_are_written_as_names()
    {
        var json = AccountAggregate.Definition.Serializer.Serialize(new EventSourcing.EventEnvelope<AccountEvent>(
            new StreamId("account-1"), 1, CommandId.From(Guid.Empty), Manager, Instant.FromUtc(2025, 3, 3, 2, 0),
            new AuthorityAssigned(Engineer, DecisionArea.TechnicalApproval, Authority.Decision)));

        Assert.Contains("\"type\":\"account.authority_assigned.v1\"", json);
        Assert.Contains("\"area\":\"technical approval\",\"authority\":\"Decision\"", json);
    }

    [Fact]
    public void A_stored_event_missing_a_value_is_a_typed_error_not_a_half_built_event()
    {
        const string Json = "{\"type\":\"account.stage_advanced.v1\",\"stream\":\"account-1\",\"version\":1,\"commandId\":\"6f1e2a52-3f1d-4a8e-9a55-0b1b2f3c4d5e\",\"actor\":\"E001\",\"recordedAt\":\"2025-03-03T02:00:00Z\",\"data\":{\"from\":\"Targeting\"}}";

        var read = AccountAggregate.Definition.Serializer.Deserialize(Json, 7);

        Assert.True(read.IsT1);
        Assert.Equal(MalformedEventKind.MissingProperty, read.AsT1.Kind);
        Assert.Equal(7, read.AsT1.Position);
    }

    [Fact]
    public void An_unknown_event_type_is_refused_on_replay()
    {
        Assert.Throws<ArgumentException>(() => AccountDecider.Instance.Evolve(AccountState.Initial, new StrangeEvent()));
    }

    private sealed record StrangeEvent : AccountEvent;
}
