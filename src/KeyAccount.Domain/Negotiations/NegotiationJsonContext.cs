using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The source-generated JSON metadata of the negotiation events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PlanDrafted))]
[JsonSerializable(typeof(ObjectiveSet))]
[JsonSerializable(typeof(TeamAssigned))]
[JsonSerializable(typeof(CounterpartRecorded))]
[JsonSerializable(typeof(StrategyDefined))]
[JsonSerializable(typeof(MeetingScheduled))]
[JsonSerializable(typeof(DelegatesIntroduced))]
[JsonSerializable(typeof(PurposeStated))]
[JsonSerializable(typeof(AgendaProposed))]
[JsonSerializable(typeof(DisputeRaised))]
[JsonSerializable(typeof(DisputeSettled))]
[JsonSerializable(typeof(AgendaItemSettled))]
[JsonSerializable(typeof(ConcessionMade))]
[JsonSerializable(typeof(BottomLineRevised))]
[JsonSerializable(typeof(StrategyAdjusted))]
[JsonSerializable(typeof(MinutesRecorded))]
[JsonSerializable(typeof(ContractReviewAttached))]
[JsonSerializable(typeof(ContractReviewWithdrawn))]
[JsonSerializable(typeof(FollowUpCompleted))]
[JsonSerializable(typeof(FollowUpCancelled))]
[JsonSerializable(typeof(OutcomeRecorded))]
[JsonSerializable(typeof(PhaseChanged))]
internal sealed partial class NegotiationJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options.</summary>
    internal static NegotiationJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
