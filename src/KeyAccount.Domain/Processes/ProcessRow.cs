using System;
using System.Collections.Generic;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Processes;

/// <summary>A declared row of a process: its description, when it applies, the streams and command it makes, whether the
/// target's decision gets the source's state, and what follows a refusal.</summary>
internal sealed record ProcessRow<TCommand, TEvent, TState>(
    ProcessReaction Reaction,
    Type EventType,
    Func<TEvent, TState, bool> Applies,
    IAggregateDefinition Target,
    Func<TEvent, TState, Func<IAggregateDefinition, IReadOnlyList<StreamId>>, IReadOnlyList<StreamId>> Streams,
    Func<TEvent, TState, object> Command,
    Func<DomainError, TEvent, TState, DecisionContext, int, ProcessFollowUp?>? FollowUp,
    bool SuppliesSourceState);
