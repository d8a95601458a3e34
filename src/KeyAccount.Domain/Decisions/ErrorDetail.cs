using System;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// One item of the data behind a rejection, e.g. <c>earliestRefundDate = 2025-03-10</c>. Names are stable
/// camelCase identifiers; values are the domain values themselves (dates, money, counts, names), never text
/// composed for display.
/// </summary>
/// <param name="Name">The stable name of the item.</param>
/// <param name="Value">The value.</param>
public sealed record ErrorDetail(string Name, object? Value)
{
    /// <summary>Gets the stable name of the item.</summary>
    public string Name { get; } = Preconditions.CheckNotBlank(Name);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name}={Value}");
}
