using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>The source-generated JSON metadata of the account family's events and summary.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AccountOpened))]
[JsonSerializable(typeof(CompanyProfileRecorded))]
[JsonSerializable(typeof(PotentialDemandAssessed))]
[JsonSerializable(typeof(StageAdvanced))]
[JsonSerializable(typeof(AccountWon))]
[JsonSerializable(typeof(ContractApprovalWithdrawn))]
[JsonSerializable(typeof(ContractApprovalReconfirmed))]
[JsonSerializable(typeof(AccountTerminated))]
[JsonSerializable(typeof(AccountReactivated))]
[JsonSerializable(typeof(ContactRecorded))]
[JsonSerializable(typeof(AuthorityAssigned))]
[JsonSerializable(typeof(DecisionMakerProfileRecorded))]
[JsonSerializable(typeof(InteractionRecorded))]
[JsonSerializable(typeof(NeedsStated))]
[JsonSerializable(typeof(SampleRequested))]
[JsonSerializable(typeof(SampleDelivered))]
[JsonSerializable(typeof(ValueAssessed))]
[JsonSerializable(typeof(ExecutiveMeetingHeld))]
[JsonSerializable(typeof(SiteAuditRequired))]
[JsonSerializable(typeof(SiteAuditRecorded))]
[JsonSerializable(typeof(CompetitorAnalysed))]
[JsonSerializable(typeof(MaterialsRecorded))]
[JsonSerializable(typeof(TierChanged))]
[JsonSerializable(typeof(NeedsChangeRecorded))]
[JsonSerializable(typeof(VisitPlanned))]
[JsonSerializable(typeof(VisitKitItemPacked))]
[JsonSerializable(typeof(VisitMarkedReady))]
[JsonSerializable(typeof(VisitCompleted))]
[JsonSerializable(typeof(VisitCancelled))]
[JsonSerializable(typeof(AccountSummary))]
internal sealed partial class AccountJsonContext : JsonSerializerContext
{
    internal static AccountJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
