using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class SalesEventJsonTests
{
    public static IEnumerable<SubscriptionEvent> SubscriptionExamples =>
    [
        Drafted(SalesMode.Agency),
        Paid(20_000m, "RN-0001"),
        new SubscriptionStamped(Monday),
        new SigningNoticeTermsSigned(Monday),
        new PreSaleContractSigned("YS-1", Monday),
        new PreSaleContractRegistered("DJ-1", Monday),
        new CancellationRequested(CancellationKind.UnitChange, [], OtherUnit, Money.Cny(1_100_000m), Monday),
        new RetentionAttempted(SiteManager, CertificateOfficer, false, Monday),
        new CancellationApproved(CancellationKind.Cancellation, Monday, Money.Cny(10m), Money.Cny(0m), new LocalDate(2025, 3, 10), RefundPlace.CompanyHeadquarters, "exception"),
        new DocumentHandedBack(SalesDocument.PreSaleContract),
        new DocumentLost(SalesDocument.SubscriptionDeveloperCopy, "lost", Monday),
        new SubscriptionCancelled(Unit, Monday),
        new SubscriptionRenamed([Wang, Li], [Zhao], Money.Cny(10m)),
        new SubscriptionUnitChanged(Unit, OtherUnit, Money.Cny(10m), Money.Cny(100m), Money.Cny(8m), Money.Cny(0m), Money.Cny(2m)),
        new ReturnRequested(Monday),
        new ContractDeregistered("ZX-1", Monday),
        new PurchaseReturned(Unit, Money.Cny(10m), Monday),
        new RefundPaid(Money.Cny(10m), RefundPlace.DeveloperAgreedPlace, Monday),
        new DifferenceRefunded(Money.Cny(2m), RefundPlace.CompanyHeadquarters, Monday),
        new UnitRefused(OtherUnit, "SUB-01", "sales.unit_unavailable", Monday),
        new UnitRefusedLate(OtherUnit, "SUB-01", "sales.unit_unavailable", Monday),
    ];

    public static IEnumerable<UnitEvent> UnitExamples => [new UnitListed(Unit, Project, "3-1502"), new UnitHeld(Subscription), new UnitReleased(Subscription), new UnitContracted(Subscription), new UnitRegistered(Subscription)];

    [Fact]
    public void Every_subscription_event_type_survives_a_JSON_round_trip()
    {
        Assert.Equal(SubscriptionAggregate.Definition.Events.EventTypes.OrderBy(t => t.Name), SubscriptionExamples.Select(e => e.GetType()).OrderBy(t => t.Name));
        foreach (var e in SubscriptionExamples)
        {
            var back = EventRoundTrip.Of(SubscriptionAggregate.Definition.Serializer, e);
            Assert.Equal(e.GetType(), back.GetType());
        }
    }

    [Fact]
    public void Every_unit_event_type_survives_a_JSON_round_trip()
    {
        Assert.Equal(UnitAggregate.Definition.Events.EventTypes.OrderBy(t => t.Name), UnitExamples.Select(e => e.GetType()).OrderBy(t => t.Name));
        foreach (var e in UnitExamples)
        {
            Assert.Equal(e, EventRoundTrip.Of(UnitAggregate.Definition.Serializer, e));
        }
    }

    [Fact]
    public void Every_site_and_reception_event_type_survives_a_JSON_round_trip()
    {
        var visit = SiteVisitId.From(System.Guid.Parse("66666666-6666-6666-6666-666666666666"));
        var item = SiteItemId.From(System.Guid.Parse("55555555-5555-5555-5555-555555555555"));
        Check(SigningNoticeBundleAggregate.Definition.Serializer, new SigningNoticeFiled(Project, Monday, Subscription), new SigningNoticesHandedOver(Cashier, CertificateOfficer, 3, Instant.FromUtc(2025, 3, 3, 10, 0)));
        Check(SalesProjectAggregate.Definition.Serializer, new ProjectRegistered(Project, "Riverside", Monday), new SalesModeSet(SalesMode.Underwriting, Monday), new LaunchRescheduled(Monday),
            new PreparationCompleted(SiteManager, Monday), new SalesOpened(Monday));
        Check(SiteItemAggregate.Definition.Serializer, new ItemPurchaseRequested(item, Project, "Stands", "East division", SiteManager), new ItemReceived(SiteManager), new ItemHandedOver(SiteManager, Specialist));
        Check(SiteVisitAggregate.Definition.Serializer, new VisitRegistered(visit, Project, Specialist, true), new CustomerInformationRecorded(new CustomerInformationForm("王芳", "138", "3-bed", "web")),
            new MemberCardIssued("VIP-1", "CS-07"), new VisitConverted(Subscription), new VisitClosedWithoutDeal("price"));
        Check(ReceptionDayAggregate.Definition.Serializer, new DutyStarted(Project, Monday, Specialist), new DutyEnded(Specialist), new VisitorAssigned(visit, Specialist),
            new ReturningCustomerRouted(visit, SiteManager, Specialist), new ReturningCustomerRouted(visit, SiteManager, null), new RoutedToSigning(visit, Subscription));
    }

    private static void Check<TEvent>(EventSerializer<TEvent> serializer, params TEvent[] examples)
        where TEvent : class
    {
        Assert.Empty(serializer.Catalog.EventTypes.Except(examples.Select(e => e.GetType())));
        foreach (var e in examples)
        {
            Assert.Equal(e, EventRoundTrip.Of(serializer, e));
        }
    }

    [Fact]
    [Trait("Rule", "SUB-05")]
    public void A_remittance_notice_is_written_with_everything_the_reconciliation_needs()
    {
        var json = SubscriptionAggregate.Definition.Serializer.Serialize(new KeyAccount.Domain.EventSourcing.EventEnvelope<SubscriptionEvent>(
            new StreamId("subscription-1"), 2, CommandId.From(System.Guid.Empty), Specialist, Instant.FromUtc(2025, 3, 3, 2, 0), Paid(20_000m, "RN-0001")));

        Assert.StartsWith("{\"type\":\"subscription.payment_received.v1\"", json, System.StringComparison.Ordinal);
        foreach (var part in new[] { "\"number\":1", $"\"project\":\"{Project.Value}\"", "\"businessDate\":\"2025-03-03\"", "\"method\":\"Transfer\"", "\"collector\":\"CompanyCashier\"", "\"holder\":\"ProjectClerk\"", "\"holder\":\"Cashier\"" })
        {
            Assert.Contains(part, json, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_customer_with_a_blank_name_in_the_JSON_is_a_malformed_event_not_a_crash()
    {
        const string json = "{\"type\":\"subscription.renamed.v1\",\"stream\":\"s-1\",\"version\":1,\"commandId\":\"6f1e2a52-3f1d-4a8e-9a55-0b1b2f3c4d5e\",\"actor\":\"E1\",\"recordedAt\":\"2025-03-03T02:00:00Z\","
            + "\"data\":{\"previousCustomers\":[],\"newCustomers\":[{\"name\":\" \",\"idDocumentNumber\":\"1\"}],\"carriedOver\":{\"amount\":10,\"currency\":\"CNY\"}}}";

        var read = SubscriptionAggregate.Definition.Serializer.Deserialize(json, 7);

        Assert.True(read.IsT1);
        Assert.Equal(7, read.AsT1.Position);
    }
}
