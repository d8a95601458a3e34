using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The negotiation plan aggregate (NEG-01 … NEG-11): its definition, event wire names and stream naming (GEN-02).</summary>
public static class NegotiationPlanAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<NegotiationCommand, NegotiationEvent, NegotiationPlan, NegotiationPhase> Definition { get; } = AggregateDefinition.Of(
        "negotiation",
        NegotiationPlanDecider.Instance,
        EventCatalog<NegotiationEvent>.FromDerivedTypes(NegotiationJsonContext.Shared));

    /// <summary>Gets the stream a plan's events are kept in.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The stream <c>negotiation-{id}</c>.</returns>
    public static StreamId StreamOf(NegotiationPlanId plan) => Definition.StreamOf(plan);
}
