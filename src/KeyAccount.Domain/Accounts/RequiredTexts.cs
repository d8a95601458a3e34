using System.Collections.Generic;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The missing requirements of a command with several parts (a profile, an analysis): each required text is taken
/// through <see cref="NonBlankText"/>, and every blank one is named as missing, not only the first.
/// </summary>
internal sealed class RequiredTexts
{
    /// <summary>Gets what is missing so far, in the order the parts were taken.</summary>
    internal List<MissingRequirement> Missing { get; } = [];

    /// <summary>Takes a required text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="field">The field named when the text is blank.</param>
    /// <returns>The trimmed text, or the empty string when it is blank (and named in <see cref="Missing"/>).</returns>
    internal string Take(string? text, string field)
    {
        if (NonBlankText.TryCreate(text, out var taken))
        {
            return taken;
        }

        Missing.Add(FieldRequired(field));
        return string.Empty;
    }

    /// <summary>Names a missing requirement that is not a blank text.</summary>
    /// <param name="requirement">The requirement.</param>
    internal void Add(MissingRequirement requirement) => Missing.Add(requirement);
}
