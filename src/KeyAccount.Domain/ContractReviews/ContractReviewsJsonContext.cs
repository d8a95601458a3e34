using System.Text.Json.Serialization;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>Source-generated JSON metadata of the contract register's and the contract review's events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ContractRegistered))]
[JsonSerializable(typeof(ContractReviewOpened))]
[JsonSerializable(typeof(RequirementsDetermined))]
[JsonSerializable(typeof(ReviewStarted))]
[JsonSerializable(typeof(VerdictRecorded))]
[JsonSerializable(typeof(ReviewIssueRaised))]
[JsonSerializable(typeof(ReviewIssueResolved))]
[JsonSerializable(typeof(ContractReviewApproved))]
[JsonSerializable(typeof(ContractReviewRejected))]
[JsonSerializable(typeof(ContractAmended))]
[JsonSerializable(typeof(FulfilmentDecided))]
internal sealed partial class ContractReviewsJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options.</summary>
    internal static ContractReviewsJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
