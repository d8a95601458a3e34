using System.Collections.Generic;
using System.Globalization;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// One thing a gate needs that is not there yet, e.g. "no insider identified" or "decision holder for
/// 'technical approval' has no recorded interaction".
/// </summary>
public sealed record MissingRequirement
{
    private readonly MessageSource messages;

    internal MissingRequirement(string code, MessageSource messages, params ErrorDetail[] details)
    {
        Code = Preconditions.CheckNotBlank(code);
        Details = details;
        this.messages = messages;
    }

    /// <summary>Gets the stable code of the requirement, e.g. <c>account.insider_missing</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the data that names what is missing (a decision area, a contact, a sample).</summary>
    public IReadOnlyList<ErrorDetail> Details { get; }

    /// <summary>Returns the description in a culture (the current UI culture when null).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The description.</returns>
    public string GetMessage(CultureInfo? culture = null) =>
        messages.Format(Code, culture ?? CultureInfo.CurrentUICulture, Details);

    /// <inheritdoc />
    public bool Equals(MissingRequirement? other) =>
        other is not null && Code == other.Code && System.Linq.Enumerable.SequenceEqual(Details, other.Details);

    /// <inheritdoc />
    public override int GetHashCode() => Code.GetHashCode(System.StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => GetMessage(CultureInfo.InvariantCulture);
}
