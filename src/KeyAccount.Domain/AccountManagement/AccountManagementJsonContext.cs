using System.Text.Json.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>Source-generated JSON metadata of the account management cycle's events: screenings, proposals and
/// account plans.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AccountPlanSet))]
[JsonSerializable(typeof(TransactionRecorded))]
[JsonSerializable(typeof(AccountPlanClosed))]
[JsonSerializable(typeof(ProspectQualified))]
[JsonSerializable(typeof(ProspectScreenedOut))]
[JsonSerializable(typeof(ProposalDrafted))]
[JsonSerializable(typeof(ProposalSummaryRevised))]
[JsonSerializable(typeof(NeedResponded))]
[JsonSerializable(typeof(ProposalApproved))]
[JsonSerializable(typeof(ProposalSubmitted))]
[JsonSerializable(typeof(ProposalNegotiationStarted))]
[JsonSerializable(typeof(ProposalRevisionStarted))]
[JsonSerializable(typeof(ProposalAccepted))]
[JsonSerializable(typeof(ProposalRejected))]
[JsonSerializable(typeof(ProposalWithdrawn))]
internal sealed partial class AccountManagementJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options, shared by the family's catalogues.</summary>
    internal static AccountManagementJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
