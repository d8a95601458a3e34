using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Processes;

/// <summary>
/// The host's index of which streams rely on another (GEN-12): which negotiation plans attached a contract review, for
/// example. A process cannot know it from its source's events alone — the reliance is recorded by the dependent — so
/// the host keeps the index (typically a projection of the dependents' events) and the runner asks it for the rows
/// declared "to every dependent".
/// </summary>
public interface IDependentStreams
{
    /// <summary>Lists the streams of an aggregate that rely on a source stream.</summary>
    /// <param name="dependent">The dependent aggregate, e.g. the negotiation plan.</param>
    /// <param name="source">The source's stream, e.g. a contract review's.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The dependent streams; empty when none relies on the source.</returns>
    ValueTask<IReadOnlyList<StreamId>> FindAsync(IAggregateDefinition dependent, StreamId source, CancellationToken cancellationToken = default);
}
