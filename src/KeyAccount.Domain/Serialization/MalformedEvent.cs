using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Serialization;

/// <summary>
/// A stored event that cannot be read (GEN-02): broken JSON, an unknown type name, a missing or mistyped value — or,
/// when replayed, cannot follow the state before it. It names the stream and position, so the operator can find the
/// record; nothing is applied from it.
/// </summary>
public sealed record MalformedEvent : DomainError
{
    internal MalformedEvent(MalformedEventKind kind, StreamId? stream, long position, string detail, RuleId? illegalMoveRule = null)
        : base("GEN-02", "event." + CodeOf(kind), [new("stream", stream?.Value ?? "?"), new("position", position), new("detail", detail)], MessageSource.Kernel)
    {
        Kind = kind;
        Stream = stream;
        Position = position;
        Detail = detail;
        IllegalMoveRule = illegalMoveRule;
    }

    /// <summary>Gets, for an event whose trigger the lifecycle table does not allow from the status before it, the rule
    /// of that illegal move: the same rule the decider names when it refuses the command that would emit the event
    /// (the rule the table declares for the trigger, or its illegal-move rule). Null for every other malformed event.</summary>
    public RuleId? IllegalMoveRule { get; }

    /// <summary>Gets what is wrong.</summary>
    public MalformedEventKind Kind { get; }

    /// <summary>Gets the stream, when the document got far enough to name it.</summary>
    public StreamId? Stream { get; }

    /// <summary>Gets the position: the 1-based line of a JSON Lines stream, or the version the record claims.</summary>
    public long Position { get; }

    /// <summary>Gets the technical detail (the JSON path or the parser's message), in English.</summary>
    public string Detail { get; }

    private static string CodeOf(MalformedEventKind kind) => kind switch
    {
        MalformedEventKind.InvalidJson => "invalid_json",
        MalformedEventKind.MissingProperty => "missing_property",
        MalformedEventKind.UnknownType => "unknown_type",
        MalformedEventKind.InvalidValue => "invalid_value",
        MalformedEventKind.VersionGap => "version_gap",
        MalformedEventKind.DoesNotFollow => "does_not_follow",
        _ => "invalid_value",
    };
}
