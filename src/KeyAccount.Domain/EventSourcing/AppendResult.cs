using OneOf;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>The result of an append: the stream's new version, or the conflict that prevented it.</summary>
public sealed class AppendResult : OneOfBase<long, ConcurrencyConflict>
{
    private AppendResult(OneOf<long, ConcurrencyConflict> value)
        : base(value)
    {
    }

    /// <summary>Gets whether the events were appended.</summary>
    public bool Succeeded => IsT0;

    /// <summary>Creates a successful result.</summary>
    /// <param name="newVersion">The version of the last appended event.</param>
    /// <returns>The result.</returns>
    public static AppendResult Appended(long newVersion) => new(newVersion);

    /// <summary>Creates a conflict result.</summary>
    /// <param name="conflict">The conflict.</param>
    /// <returns>The result.</returns>
    public static AppendResult Conflict(ConcurrencyConflict conflict) => new(conflict);
}
