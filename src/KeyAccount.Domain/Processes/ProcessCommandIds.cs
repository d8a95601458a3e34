using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Processes;

/// <summary>
/// Derives the ID of a process's command from the source event: a name-based identifier (RFC 9562 version 8) of
/// the process, the source stream, the event's version, the row and the attempt (the command or its compensation).
/// The same event always gives the same IDs, so a redelivery is idempotent through GEN-03.
/// </summary>
internal static class ProcessCommandIds
{
    public static CommandId For(string process, StreamId source, long version, int row, string part) =>
        CommandId.From(NameBasedGuid.From($"{process}\n{source.Value}\n{version}\n{row}\n{part}"));
}
