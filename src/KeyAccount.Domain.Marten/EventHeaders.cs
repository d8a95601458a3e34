namespace KeyAccount.Domain.Marten;

/// <summary>The names of the event headers (Marten's <c>mt_events.headers</c>) that carry an envelope's fields.</summary>
internal static class EventHeaders
{
    /// <summary>The command that produced the event (GEN-03): a retry is recognised by it, also after a restart.</summary>
    internal const string CommandId = "command_id";

    /// <summary>Who issued the command.</summary>
    internal const string Actor = "actor";

    /// <summary>The decision's time, ISO 8601 (not the database's clock).</summary>
    internal const string RecordedAt = "recorded_at";
}
