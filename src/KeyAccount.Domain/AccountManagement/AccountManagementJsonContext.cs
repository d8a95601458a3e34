using System.Text.Json.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>Source-generated JSON metadata of the account management cycle's events: screenings, proposals and
/// account plans.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ProposalEvent))]
[JsonSerializable(typeof(ProspectScreeningEvent))]
[JsonSerializable(typeof(AccountPlanEvent))]
internal sealed partial class AccountManagementJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options, shared by the family's catalogues.</summary>
    internal static AccountManagementJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
