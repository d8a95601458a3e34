using System.Globalization;
using System.Resources;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Domain.Rules;

/// <summary>
/// One business rule of the catalogue: its stable ID, where it belongs, how it is marked in the specification,
/// and its title and statement in English and Simplified Chinese.
/// </summary>
/// <remarks>
/// Instances come only from <see cref="RuleCatalogue"/>. Equality is by value over the ID, area, aggregate and
/// flags; the texts are read from the package's resources on demand.
/// </remarks>
public sealed record RuleDefinition
{
    private static readonly ResourceManager Texts =
        new("KeyAccount.Domain.Resources.Rules", typeof(RuleDefinition).Assembly);

    internal RuleDefinition(RuleId id, RuleArea area, string aggregate, bool isPolicy, bool isInferred)
    {
        Id = id;
        Area = area;
        Aggregate = aggregate;
        IsPolicy = isPolicy;
        IsInferred = isInferred;
    }

    /// <summary>Gets the stable identifier of the rule, e.g. <c>ACC-03</c>; rejections report it.</summary>
    public RuleId Id { get; }

    /// <summary>Gets the part of the business the rule governs.</summary>
    public RuleArea Area { get; }

    /// <summary>
    /// Gets the name of the aggregate (or component) that enforces the rule, e.g. <c>KeyAccount</c>,
    /// <c>Subscription</c> or <c>Reconciler</c>; <c>Kernel</c> for the cross-cutting rules that the shared kernel
    /// enforces on behalf of every aggregate.
    /// </summary>
    public string Aggregate { get; }

    /// <summary>
    /// Gets a value indicating whether the rule takes a parameter that the host sets (marked <i>policy</i> in the
    /// specification), such as the gift ceiling or the refund waiting days.
    /// </summary>
    public bool IsPolicy { get; }

    /// <summary>
    /// Gets a value indicating whether the rule is inferred: not spelled out in the source document but following
    /// from it or from common practice in the field (marked <i>inferred</i> in the specification).
    /// </summary>
    public bool IsInferred { get; }

    /// <summary>Gets the short title of the rule (at most eight words in English).</summary>
    /// <param name="culture">
    /// The culture of the text; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Simplified
    /// Chinese cultures (<c>zh-Hans</c>, <c>zh-CN</c>, <c>zh-SG</c>) get Chinese; every other culture gets English.
    /// </param>
    /// <returns>The title; never null or empty.</returns>
    public string GetTitle(CultureInfo? culture = null) => Text("title", culture);

    /// <summary>Gets the statement of the rule: one or two sentences saying what it requires.</summary>
    /// <param name="culture">
    /// The culture of the text; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Simplified
    /// Chinese cultures (<c>zh-Hans</c>, <c>zh-CN</c>, <c>zh-SG</c>) get Chinese; every other culture gets English.
    /// </param>
    /// <returns>The statement; never null or empty.</returns>
    public string GetStatement(CultureInfo? culture = null) => Text("statement", culture);

    // Every ID has both texts in both languages (a test checks the resources); the ID is a last resort so that
    // a damaged package still shows something meaningful rather than nothing.
    private string Text(string part, CultureInfo? culture) =>
        Texts.GetString(Id.Value + "." + part, culture) is { Length: > 0 } text ? text : Id.Value;
}
