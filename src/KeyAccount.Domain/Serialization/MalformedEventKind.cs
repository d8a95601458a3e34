namespace KeyAccount.Domain.Serialization;

/// <summary>The kinds of <see cref="MalformedEvent"/>.</summary>
public enum MalformedEventKind
{
    /// <summary>Not JSON, truncated, nested beyond the limit, or not an object.</summary>
    InvalidJson,

    /// <summary>A required property is absent or null.</summary>
    MissingProperty,

    /// <summary>The type name is not in the aggregate's catalogue.</summary>
    UnknownType,

    /// <summary>A value has the wrong type, is out of range, is duplicated, or is not allowed.</summary>
    InvalidValue,

    /// <summary>The versions of a stream are not contiguous from 1, or records of another stream are mixed in.</summary>
    VersionGap,

    /// <summary>A readable event cannot follow the state before it: it names something the stream does not have (a
    /// contact, a visit, an objective…), or its amounts cannot be added to the state's (another currency, beyond the
    /// range of <see cref="decimal"/>). See <see cref="Decisions.Decider.TryEvolve{TCommand, TEvent, TState}"/>.</summary>
    DoesNotFollow,
}
