using System.Text.Json.Serialization;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Sales;

/// <summary>The source-generated JSON metadata of the property sales events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SubscriptionDrafted))]
[JsonSerializable(typeof(PaymentReceived))]
[JsonSerializable(typeof(SubscriptionStamped))]
[JsonSerializable(typeof(SigningNoticeTermsSigned))]
[JsonSerializable(typeof(PreSaleContractSigned))]
[JsonSerializable(typeof(PreSaleContractRegistered))]
[JsonSerializable(typeof(CancellationRequested))]
[JsonSerializable(typeof(RetentionAttempted))]
[JsonSerializable(typeof(CancellationApproved))]
[JsonSerializable(typeof(DocumentHandedBack))]
[JsonSerializable(typeof(DocumentLost))]
[JsonSerializable(typeof(SubscriptionCancelled))]
[JsonSerializable(typeof(SubscriptionRenamed))]
[JsonSerializable(typeof(SubscriptionUnitChanged))]
[JsonSerializable(typeof(ReturnRequested))]
[JsonSerializable(typeof(ContractDeregistered))]
[JsonSerializable(typeof(PurchaseReturned))]
[JsonSerializable(typeof(RefundPaid))]
[JsonSerializable(typeof(DifferenceRefunded))]
[JsonSerializable(typeof(UnitRefused))]
[JsonSerializable(typeof(UnitListed))]
[JsonSerializable(typeof(UnitHeld))]
[JsonSerializable(typeof(UnitReleased))]
[JsonSerializable(typeof(UnitContracted))]
[JsonSerializable(typeof(UnitRegistered))]
[JsonSerializable(typeof(SigningNoticeFiled))]
[JsonSerializable(typeof(SigningNoticesHandedOver))]
[JsonSerializable(typeof(ProjectRegistered))]
[JsonSerializable(typeof(LaunchRescheduled))]
[JsonSerializable(typeof(PreparationCompleted))]
[JsonSerializable(typeof(SalesOpened))]
[JsonSerializable(typeof(SalesModeSet))]
[JsonSerializable(typeof(ItemPurchaseRequested))]
[JsonSerializable(typeof(ItemReceived))]
[JsonSerializable(typeof(ItemHandedOver))]
[JsonSerializable(typeof(VisitRegistered))]
[JsonSerializable(typeof(CustomerInformationRecorded))]
[JsonSerializable(typeof(MemberCardIssued))]
[JsonSerializable(typeof(VisitConverted))]
[JsonSerializable(typeof(VisitClosedWithoutDeal))]
[JsonSerializable(typeof(DutyStarted))]
[JsonSerializable(typeof(DutyEnded))]
[JsonSerializable(typeof(VisitorAssigned))]
[JsonSerializable(typeof(ReturningCustomerRouted))]
[JsonSerializable(typeof(RoutedToSigning))]
internal sealed partial class SalesJsonContext : JsonSerializerContext
{
    internal static SalesJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
