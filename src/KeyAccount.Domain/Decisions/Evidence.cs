using System.Diagnostics.CodeAnalysis;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// GEN-11 where a decision relies on another aggregate: the source's state comes from the context
/// (<see cref="DecisionContext.WithSource{TState}"/>), never from the command, and a missing source is refused with the
/// rule and the stream the host has to load.
/// </summary>
internal static class Evidence
{
    /// <summary>Gets the source state a decision relies on, or the refusal when the host did not supply it.</summary>
    /// <typeparam name="TState">The source aggregate's state type.</typeparam>
    /// <param name="context">The decision's context.</param>
    /// <param name="what">What the source is, for the rejection (e.g. <c>contract review</c>).</param>
    /// <param name="stream">The source's stream.</param>
    /// <param name="state">The source's state, when supplied.</param>
    /// <param name="refusal">The refusal, when not supplied.</param>
    /// <returns>Whether the source was supplied.</returns>
    public static bool TryGet<TState>(
        DecisionContext context, string what, StreamId stream,
        [NotNullWhen(true)] out TState? state, [NotNullWhen(false)] out RuleViolation? refusal)
        where TState : class
    {
        if (context.TryGetSource(stream, out _, out state))
        {
            refusal = null;
            return true;
        }

        refusal = Missing(what, stream);
        return false;
    }

    private const string MissingCode = "evidence.missing";

    /// <summary>The refusal of a decision whose source the host did not supply.</summary>
    /// <param name="what">What the source is.</param>
    /// <param name="stream">The source's stream.</param>
    /// <returns>The rejection.</returns>
    public static RuleViolation Missing(string what, StreamId stream) =>
        new("GEN-11", MissingCode, MessageSource.Kernel, new ErrorDetail("source", what), new ErrorDetail("stream", stream.Value));

    /// <summary>Returns whether a refusal is <see cref="Missing"/>'s: the evidence was not in the context.</summary>
    /// <param name="refusal">The refusal.</param>
    /// <returns>Whether the source was missing.</returns>
    internal static bool IsMissing(DomainError refusal) => refusal.RuleId.Value == "GEN-11" && refusal.Code == MissingCode;

    /// <summary>The refusal of a reference that the source's state does not bear out (forged, or withdrawn since).</summary>
    /// <param name="what">What the source is.</param>
    /// <param name="stream">The source's stream.</param>
    /// <param name="reason">Why the source does not bear the reference out (a code such as <c>not_approved</c>).</param>
    /// <returns>The rejection.</returns>
    public static RuleViolation NotBorneOut(string what, StreamId stream, string reason) =>
        new("GEN-11", "evidence.not_borne_out", MessageSource.Kernel,
            new ErrorDetail("source", what), new ErrorDetail("stream", stream.Value), new ErrorDetail("reason", reason));
}
