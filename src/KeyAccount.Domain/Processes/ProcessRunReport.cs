using System.Collections.Generic;

namespace KeyAccount.Domain.Processes;

/// <summary>What one run of a <see cref="ProcessRunner{TCommand, TEvent, TState}"/> did.</summary>
/// <param name="Checkpoint">The checkpoint saved at the end: the position of the last event whose commands were all decided.</param>
/// <param name="EventsRead">How many source events were finished in this run.</param>
/// <param name="Dispatches">Every command sent, in order, compensations included.</param>
/// <param name="Stalled">Whether the run stopped at a command that kept conflicting, or that a target refused for evidence the context did not carry yet (GEN-11); the next run resumes with it.</param>
public sealed record ProcessRunReport(long Checkpoint, int EventsRead, IReadOnlyList<ProcessDispatch> Dispatches, bool Stalled);
