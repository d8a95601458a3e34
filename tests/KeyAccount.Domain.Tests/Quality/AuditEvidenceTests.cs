using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.ContractReviews;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Quality;

public sealed class AuditEvidenceTests
{
    private static EventEnvelope<T>[] Envelopes<T>(StreamId stream, params T[] events) =>
        events.Select((e, i) => new EventEnvelope<T>(stream, i + 1, CommandId.From(System.Guid.NewGuid()), new ActorId("E00" + (i % 3)), TestContexts.Default.Now + NodaTime.Duration.FromMinutes(i), e)).ToArray();

    [Fact]
    [Trait("Rule", "CR-03")]
    [Trait("Rule", "CMP-01")]
    public void Every_item_of_evidence_names_the_iso_clause_it_serves_and_the_list_is_in_clause_order()
    {
        var today = TestContexts.Default.Today;
        var registers = Envelopes<ContractRegisterEvent>(ContractRegisterAggregate.StreamOf(ReviewSteps.Register), new ContractRegistered(ReviewSteps.Review, ReviewSteps.Account, "PO-1", 1, today));
        var reviews = Envelopes<ContractReviewEvent>(ContractReviewAggregate.StreamOf(ReviewSteps.Review),
            new ContractReviewOpened(ReviewSteps.Review, ReviewSteps.Register, 1, ReviewSteps.Account, today),
            new RequirementsDetermined(ReviewSteps.Special),
            new ReviewStarted(ReviewRoute.SpecialRequirements, [Department.Production, Department.Technical, Department.Quality], today),
            new VerdictRecorded(Department.Production, true, "", today),
            new ContractReviewApproved(Department.GeneralManagement, today),
            new FulfilmentDecided(FulfilmentRoute.ShipFromStock, 100, 100, today),
            new ContractAmended(ReviewSteps.Special, "Qty", [Department.Sales], ReviewRoute.SpecialRequirements, [], today));
        var complaints = Envelopes<ComplaintEvent>(ComplaintAggregate.StreamOf(ComplaintSteps.Complaint),
            new ComplaintReceived(ComplaintSteps.Complaint, ComplaintSteps.Account, "Leak", today),
            new ComplaintInvestigated(ComplaintCause.ProductQuality, "Seal", today),
            new EffectivenessVerified(1, true, "No repeat", today));
        var surveys = Envelopes<SurveyEvent>(SatisfactionSurveyAggregate.StreamOf(SurveyId.From(System.Guid.Empty)),
            new SurveyRecorded(SurveyId.From(System.Guid.Empty), ComplaintSteps.Account, today, SatisfactionSurveyTests.Scores(5, 5, 5, 5, 5)));

        var list = AuditEvidence.List(registers, reviews, complaints, surveys);

        Assert.Equal(12, list.Count);
        Assert.Equal(
            ["7.5.3", "8.2.1", "8.2.2", "8.2.3", "8.2.3", "8.2.3", "8.2.3", "8.2.4", "8.6", "9.1.2", "10.2", "10.2"],
            list.Select(e => e.Clause.Value).ToArray());
        var verdict = Assert.Single(list, e => e.Evidence == "contract_review.verdict_recorded.v1");
        Assert.Equal(IsoClause.ReviewOfRequirements, verdict.Clause);
        Assert.Equal(4, verdict.Version);
        Assert.Equal(new ActorId("E000"), verdict.Actor);
        Assert.Equal("complaint.effectiveness_verified.v1", list[^1].Evidence);
    }

    [Theory]
    [InlineData("8.2.3", true)]
    [InlineData("10.2", true)]
    [InlineData("7", true)]
    [InlineData("8.02", false)]
    [InlineData("8..3", false)]
    [InlineData("ISO 8.2", false)]
    [InlineData("", false)]
    public void A_clause_is_one_to_four_dot_separated_numbers(string text, bool wellFormed)
    {
        if (wellFormed)
        {
            Assert.Equal(text, new IsoClause(text).Value);
        }
        else
        {
            Assert.Throws<System.ArgumentException>(() => new IsoClause(text));
        }
    }
}
