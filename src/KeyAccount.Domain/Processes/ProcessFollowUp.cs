using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Processes;

/// <summary>What a row sends when its command is refused: a compensation to the source's stream, or the command
/// redirected to another stream of the target.</summary>
/// <param name="Target">The aggregate it goes to; <see langword="null"/> for the source.</param>
/// <param name="Stream">The stream it goes to; <see langword="null"/> for the source's own stream.</param>
/// <param name="Command">The command.</param>
internal sealed record ProcessFollowUp(IAggregateDefinition? Target, StreamId? Stream, object Command);
