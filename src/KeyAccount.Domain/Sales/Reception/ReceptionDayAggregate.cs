using System.Globalization;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Serialization;
using NodaTime;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>The reception day aggregate, guardian of RCP-03, RCP-04 and SUB-07: its definition, event wire names and
/// stream naming (one stream per project and business day).</summary>
public static class ReceptionDayAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<ReceptionDayCommand, ReceptionDayEvent, ReceptionDayState, ReceptionDayStatus> Definition { get; } = AggregateDefinition.Of(
        "reception",
        ReceptionDayDecider.Instance,
        EventCatalog<ReceptionDayEvent>.FromDerivedTypes(SalesJsonContext.Shared));

    /// <summary>Gets the stream of a project's reception day.</summary>
    /// <param name="project">The project.</param>
    /// <param name="businessDate">The day.</param>
    /// <returns>The stream <c>reception-{project}-{yyyyMMdd}</c>.</returns>
    public static StreamId StreamOf(ProjectId project, LocalDate businessDate) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Definition.StreamCategory}-{project.Value:N}-{businessDate.Year:D4}{businessDate.Month:D2}{businessDate.Day:D2}"));
}
