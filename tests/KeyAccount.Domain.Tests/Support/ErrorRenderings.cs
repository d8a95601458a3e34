using System.Collections.Generic;
using System.Globalization;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>Every text a rejection can be shown as: its <c>ToString</c>, its message in English, Chinese and the
/// invariant culture, each detail, and each missing requirement's message.</summary>
internal static class ErrorRenderings
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-Hans"), CultureInfo.InvariantCulture];

    /// <summary>Renders a rejection every way it can be shown.</summary>
    /// <param name="where">What the texts are labelled with.</param>
    /// <param name="error">The rejection.</param>
    /// <returns>The labelled texts.</returns>
    public static IEnumerable<(string Where, string Text)> Of(string where, DomainError error)
    {
        yield return (where, error.ToString());
        foreach (var culture in Cultures)
        {
            yield return ($"{where} ({culture.Name})", error.GetMessage(culture));
        }

        foreach (var detail in error.Details)
        {
            yield return ($"{where} detail", detail.ToString());
        }

        if (error is RequirementsMissing missing)
        {
            foreach (var requirement in missing.Missing)
            {
                yield return ($"{where} missing", requirement.ToString());
                foreach (var culture in Cultures)
                {
                    yield return ($"{where} missing ({culture.Name})", requirement.GetMessage(culture));
                }

                foreach (var detail in requirement.Details)
                {
                    yield return ($"{where} missing detail", detail.ToString());
                }
            }
        }
    }
}
