using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Accounts;
using KeyAccount.Domain.Tests.ContractReviews;
using KeyAccount.Domain.Tests.Negotiations;
using KeyAccount.Domain.Tests.Quality;
using KeyAccount.Domain.Tests.Reconciliation;
using KeyAccount.Domain.Tests.Sales;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using Xunit.Abstractions;
using ContractRegistered = KeyAccount.Domain.ContractReviews.ContractRegistered;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// GEN-02 for every event catalogue of the package: the hostile corpus (<see cref="HostileEventCorpus"/>) is derived
/// from at least one sample of every wire name of each catalogue (array elements included), and every document of it gives a typed
/// <see cref="MalformedEvent"/> or a whole event, never an exception. The number of documents tried is written to the
/// test output. The same samples are the seed corpus of the <c>event-json</c> fuzz target (<see cref="FuzzSeeds"/>).
/// </summary>
[Trait("Rule", "GEN-02")]
public sealed class HostileEventsEveryCatalogueTests(ITestOutputHelper output)
{
    [Fact]
    public void Account_events_withstand_the_hostile_corpus() =>
        Check(AccountAggregate.Definition.Serializer, AccountEventJsonTests.OneOfEach);

    [Fact]
    public void Negotiation_events_withstand_the_hostile_corpus() =>
        Check(NegotiationPlanAggregate.Definition.Serializer, NegotiationEventTests.Examples);

    [Fact]
    public void Subscription_events_withstand_the_hostile_corpus() =>
        Check(SubscriptionAggregate.Definition.Serializer, SalesEventJsonTests.SubscriptionExamples);

    [Fact]
    public void Unit_events_withstand_the_hostile_corpus() =>
        Check(UnitAggregate.Definition.Serializer, SalesEventJsonTests.UnitExamples);

    [Fact]
    public void Signing_notice_events_withstand_the_hostile_corpus() =>
        Check(SigningNoticeBundleAggregate.Definition.Serializer, [new SigningNoticeFiled(Project, Monday, Subscription), new SigningNoticesHandedOver(Cashier, CertificateOfficer, 3, Instant.FromUtc(2025, 3, 3, 10, 0))]);

    [Fact]
    public void Sales_project_events_withstand_the_hostile_corpus() =>
        Check(SalesProjectAggregate.Definition.Serializer, [new ProjectRegistered(Project, "Riverside", SalesMode.Underwriting, Monday), new LaunchRescheduled(Monday), new PreparationCompleted(SiteManager, Monday), new SalesOpened(Monday)]);

    [Fact]
    public void Site_item_events_withstand_the_hostile_corpus() =>
        Check(SiteItemAggregate.Definition.Serializer, [new ItemPurchaseRequested(ItemOnSite, Project, "Stands", "East division", SiteManager), new ItemReceived(SiteManager), new ItemHandedOver(SiteManager, Specialist)]);

    [Fact]
    public void Site_visit_events_withstand_the_hostile_corpus() =>
        Check(SiteVisitAggregate.Definition.Serializer, [new VisitRegistered(VisitOnSite, Project, Specialist, true), new CustomerInformationRecorded(new CustomerInformationForm("王芳", "138", "3-bed", "web")),
            new MemberCardIssued("VIP-1", "CS-07"), new VisitConverted(Subscription), new VisitClosedWithoutDeal("price")]);

    [Fact]
    public void Reception_events_withstand_the_hostile_corpus() =>
        Check(ReceptionDayAggregate.Definition.Serializer, [new DutyStarted(Project, Monday, Specialist), new DutyEnded(Specialist), new VisitorAssigned(VisitOnSite, Specialist),
            new ReturningCustomerRouted(VisitOnSite, SiteManager, Specialist), new ReturningCustomerRouted(VisitOnSite, SiteManager, null), new RoutedToSigning(VisitOnSite, Subscription)]);

    [Fact]
    public void Contract_register_events_withstand_the_hostile_corpus() =>
        Check(ContractRegisterAggregate.Definition.Serializer, [new ContractRegistered(ReviewSteps.Review, ReviewSteps.Account, "PO 2025-017", 7, TestContexts.Default.Today)]);

    [Fact]
    public void Contract_review_events_withstand_the_hostile_corpus()
    {
        var today = TestContexts.Default.Today;
        Check(ContractReviewAggregate.Definition.Serializer,
        [
            new ContractReviewOpened(ReviewSteps.Review, ReviewSteps.Register, 7, ReviewSteps.Account, today),
            new RequirementsDetermined(ReviewSteps.Special),
            new RequirementsDetermined(ContractRequirements.None),
            new ReviewStarted(ReviewRoute.SpecialRequirements, [Department.Production, Department.Technical, Department.Quality], today),
            new VerdictRecorded(Department.Technical, false, "公差无法满足", today),
            new ReviewIssueRaised(1, ReviewIssueKind.CustomerObjection, "Advance payment"),
            new ReviewIssueResolved(1, "20% advance agreed"),
            new ContractReviewApproved(Department.GeneralManagement, today),
            new ContractReviewRejected(Department.Sales, "Credit limit", today),
            new ContractAmended(ReviewSteps.Special, "Quantity 150", [Department.Sales, Department.GeneralManagement], ReviewRoute.SpecialRequirements, [Department.Quality], today),
            new FulfilmentDecided(FulfilmentRoute.ShipFromStock, 100, 120, today),
        ]);
    }

    [Fact]
    public void Complaint_events_withstand_the_hostile_corpus()
    {
        var today = ComplaintSteps.Today;
        Check(ComplaintAggregate.Definition.Serializer,
        [
            new ComplaintReceived(ComplaintSteps.Complaint, ComplaintSteps.Account, "泵轴封漏油", today),
            new ComplaintInvestigated(ComplaintCause.Packaging, "Carton crushed", today),
            new CorrectiveActionRequested(2, Department.Warehouse, "Double-wall cartons", today.PlusDays(7), today),
            new CorrectiveActionImplemented(2, "Supplier changed", today.PlusDays(3)),
            new EffectivenessVerified(2, false, "One more crushed carton", today.PlusDays(20)),
            new ComplaintClosed(today.PlusDays(40)),
        ]);
    }

    [Fact]
    public void Survey_events_withstand_the_hostile_corpus() =>
        Check(SatisfactionSurveyAggregate.Definition.Serializer, [new SurveyRecorded(SurveyId.From(Guid.Parse("11111111-2222-4333-8444-555555555555")), ComplaintSteps.Account, ComplaintSteps.Today, SatisfactionSurveyTests.Scores(5, 4, 3, 2, 1))]);

    [Fact]
    public void Sales_day_events_withstand_the_hostile_corpus() =>
        Check(SalesDayAggregate.Definition.Serializer,
        [
            SalesDayFixture.Opened,
            SalesDayFixture.Posted(41),
            new EntryPosted(44, EntryKind.ClerkCopy, Money.Cny(999.99m), new EntryReference(SalesDayFixture.EarlierDayId, 12)),
            SalesDayFixture.Reconciled(SalesDayFixture.Missing42, SalesDayFixture.Amount43),
            new DiscrepancyExplained(SalesDayFixture.Amount43, "Typo on the clerk copy", SalesDayFixture.SiteManager),
            new SalesDayClosed(SalesDayFixture.SiteManager, false),
        ]);

    private static readonly SiteVisitId VisitOnSite = SiteVisitId.From(Guid.Parse("66666666-6666-6666-6666-666666666666"));
    private static readonly SiteItemId ItemOnSite = SiteItemId.From(Guid.Parse("55555555-5555-5555-5555-555555555555"));

    /// <summary>The wire names the samples cover must be the whole catalogue; then every corpus document is handled.</summary>
    private void Check<TEvent>(EventSerializer<TEvent> serializer, IEnumerable<TEvent> samples)
        where TEvent : class
    {
        var list = samples.ToList();
        var catalog = serializer.Catalog;
        Assert.Equal(catalog.WireNames.Order(StringComparer.Ordinal), list.Select(catalog.WireNameOf).Distinct().Order(StringComparer.Ordinal));

        FuzzSeeds.AssertInStep(serializer, list);
        var documents = HostileEventCorpus.AssertAllHandled(serializer, list);

        // Every sample yields at least the envelope-level variants (type, data, version, stream, nesting, truncations).
        Assert.True(documents >= list.Count * 16, $"only {documents} documents were tried for {list.Count} samples");
        output.WriteLine($"{typeof(TEvent).Name}: {catalog.WireNames.Count} wire names, {list.Count} samples, {documents} documents");
    }
}
