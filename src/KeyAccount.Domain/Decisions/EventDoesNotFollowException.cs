using System;

namespace KeyAccount.Domain.Decisions;

/// <summary>Thrown by <c>Evolve</c> for an event whose trigger the lifecycle table does not allow from the current
/// status; <see cref="Decider.TryEvolve{TCommand, TEvent, TState}"/> turns it into a GEN-02 error naming <see cref="Rule"/>.</summary>
internal sealed class EventDoesNotFollowException : ArgumentException
{
    internal EventDoesNotFollowException(RuleId rule, string reason)
        : base(reason) => Rule = rule;

    /// <summary>Gets the rule of the illegal move, the same a decider's rejection of the move names.</summary>
    public RuleId Rule { get; }
}
