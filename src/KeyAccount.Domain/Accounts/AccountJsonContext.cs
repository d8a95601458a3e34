using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>The source-generated JSON metadata of the account family's events and summary.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AccountSummary))]
[JsonSerializable(typeof(AccountEvent))]
internal sealed partial class AccountJsonContext : JsonSerializerContext
{
    internal static AccountJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
