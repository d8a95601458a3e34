using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Aggregates;

namespace KeyAccount.Fuzz;

/// <summary>
/// <c>event-json</c>: one event envelope document, read by every event catalogue of the package. Each answer must be
/// a typed GEN-02 error at the given position or a whole event that survives a JSON round trip unchanged; at most one
/// catalogue may accept a document, since wire names are unique across the package.
/// </summary>
internal sealed class EventJsonTarget : IFuzzTarget
{
    /// <summary>Gets a probe for every aggregate of <see cref="AggregateCatalogue.All"/>, in its order.</summary>
    internal static IReadOnlyList<ICatalogueProbe> Catalogues { get; } =
        AggregateCatalogue.All.Select(a => a.Accept(ProbeFactory.Instance)).ToArray();

    /// <inheritdoc />
    public string Name => "event-json";

    /// <inheritdoc />
    public string Description => $"one event envelope (JSON), read by all {Catalogues.Count} event catalogues";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        string? acceptedBy = null;
        foreach (var catalogue in Catalogues)
        {
            if (!catalogue.Read(input))
            {
                continue;
            }

            if (acceptedBy is not null)
            {
                throw new BrokenPromiseException($"one document was accepted by two catalogues: {acceptedBy} and {catalogue.Name}");
            }

            acceptedBy = catalogue.Name;
        }
    }

    private sealed class ProbeFactory : IAggregateVisitor<ICatalogueProbe>
    {
        public static ProbeFactory Instance { get; } = new();

        ICatalogueProbe IAggregateVisitor<ICatalogueProbe>.Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate) =>
            new CatalogueProbe<TEvent>(aggregate.Name, aggregate.Serializer);
    }
}
