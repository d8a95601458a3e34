using System;
using System.Diagnostics.CodeAnalysis;

namespace KeyAccount.Domain.Primitives;

/// <summary>
/// Text that is not blank: trimmed, with at least one character that is not white space. A rule that needs a name,
/// a reason or a summary takes one of these, so that "is it blank?" and "trim it" are asked once, where the text
/// enters the domain, and not again wherever it is used.
/// </summary>
/// <remarks>Two texts are equal when their trimmed values are equal (ordinal). Commands and events keep plain
/// strings, so the wire format does not change; the conversion to <see cref="string"/> is implicit.</remarks>
internal sealed record NonBlankText
{
    private NonBlankText(string value) => Value = value;

    /// <summary>Gets the text, trimmed and not empty.</summary>
    public string Value { get; }

    /// <summary>Returns the text, trimmed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The non-blank text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public static NonBlankText From(string text) => new(Preconditions.CheckNotBlank(text));

    /// <summary>Trims a text and refuses it when nothing is left.</summary>
    /// <param name="text">The text; null, empty or white space is refused.</param>
    /// <param name="result">The trimmed text, or null when refused.</param>
    /// <returns>Whether the text is not blank.</returns>
    public static bool TryCreate(string? text, [NotNullWhen(true)] out NonBlankText? result)
    {
        var trimmed = text?.Trim();
        result = string.IsNullOrEmpty(trimmed) ? null : new NonBlankText(trimmed);
        return result is not null;
    }

    /// <summary>Returns whether a text is null, empty or white space, i.e. whether <see cref="TryCreate"/> refuses it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether it is blank.</returns>
    public static bool IsBlank([NotNullWhen(false)] string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Returns the text as a <see cref="string"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its trimmed value; null for null.</returns>
    [return: NotNullIfNotNull(nameof(text))]
    public static implicit operator string?(NonBlankText? text) => text?.Value;

    /// <summary>Returns the text.</summary>
    /// <returns>The trimmed value.</returns>
    public override string ToString() => Value;
}
