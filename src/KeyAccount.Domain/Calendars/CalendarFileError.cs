namespace KeyAccount.Domain.Calendars;

/// <summary>Why a business calendar file could not be read: where (a JSON path, and the line for syntax errors) and what.</summary>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.holidays[2].to</c>; <c>$</c> for the whole document.</param>
/// <param name="Line">The 1-based line of a syntax error, when known.</param>
/// <param name="Reason">What is wrong, in English.</param>
public sealed record CalendarFileError(string Path, long? Line, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line ? $"{Path} (line {line}): {Reason}" : $"{Path}: {Reason}";
}
