using System.Globalization;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>The signing-notice bundle aggregate, guardian of SUB-06: its definition, event wire names and stream
/// naming (one stream per project and business day).</summary>
public static class SigningNoticeBundleAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<SigningNoticeBundleCommand, SigningNoticeBundleEvent, SigningNoticeBundleState, SigningNoticeBundleStatus> Definition { get; } = AggregateDefinition.Of(
        "signing-notices",
        SigningNoticeBundleDecider.Instance,
        EventCatalog<SigningNoticeBundleEvent>.FromDerivedTypes(SalesJsonContext.Shared));

    /// <summary>Gets the stream of a project's bundle for a day.</summary>
    /// <param name="project">The project.</param>
    /// <param name="businessDate">The business day.</param>
    /// <returns>The stream <c>signing-notices-{project}-{yyyyMMdd}</c>.</returns>
    public static StreamId StreamOf(ProjectId project, LocalDate businessDate) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Definition.StreamCategory}-{project.Value:N}-{businessDate.Year:D4}{businessDate.Month:D2}{businessDate.Day:D2}"));
}
