namespace KeyAccount.Domain.Negotiations;

/// <summary>How an agenda item or a dispute left the table (NEG-07).</summary>
public enum Settlement
{
    /// <summary>Still on the table.</summary>
    Open,

    /// <summary>Agreed (agenda item) or resolved (dispute).</summary>
    Agreed,

    /// <summary>Explicitly deferred; it must appear in the minutes as not agreed, with a follow-up (NEG-08).</summary>
    Deferred,
}
