using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Domain.Aggregates;

/// <summary>
/// The one list of every aggregate of the package. Everything that needs "all aggregates" — the tool's
/// <c>validate</c> and <c>diagram</c>, the fuzz targets, the corpus and round-trip tests, the generated documentation,
/// the test kit's coverage checks — is derived from it, so a new aggregate appears everywhere by being added here.
/// </summary>
public static class AggregateCatalogue
{
    /// <summary>Gets every aggregate, ordered by name.</summary>
    public static IReadOnlyList<IAggregateDefinition> All { get; } = new IAggregateDefinition[]
    {
        ContractReviews.ContractRegisterAggregate.Definition,
        ContractReviews.ContractReviewAggregate.Definition,
        Reconciliation.SalesDayAggregate.Definition,
        Accounts.AccountAggregate.Definition,
        AccountManagement.ProspectScreeningAggregate.Definition,
        AccountManagement.AccountPlanAggregate.Definition,
        AccountManagement.ProposalAggregate.Definition,
        Negotiations.NegotiationPlanAggregate.Definition,
        Fulfilment.FulfilmentOrderAggregate.Definition,
        Fulfilment.ServiceRequestAggregate.Definition,
        Service.AccountServiceAggregate.Definition,
        Quality.ComplaintAggregate.Definition,
        Quality.SatisfactionSurveyAggregate.Definition,
        Sales.Inventory.UnitAggregate.Definition,
        Sales.Subscriptions.SubscriptionAggregate.Definition,
        Sales.Site.SalesProjectAggregate.Definition,
        Sales.Site.SiteItemAggregate.Definition,
        Sales.Site.SigningNoticeBundleAggregate.Definition,
        Sales.Reception.SiteVisitAggregate.Definition,
        Sales.Reception.ReceptionDayAggregate.Definition,
    }.OrderBy(a => a.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Finds an aggregate by name, ignoring case.</summary>
    /// <param name="name">The name, e.g. <c>sales-day</c>.</param>
    /// <returns>The definition, or null.</returns>
    public static IAggregateDefinition? Find(string name) =>
        All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the aggregate whose catalogue declares an event wire name.</summary>
    /// <param name="wireName">The wire name, e.g. <c>sales_day.opened.v1</c>.</param>
    /// <returns>The definition, or null.</returns>
    public static IAggregateDefinition? ForWireName(string wireName) =>
        All.FirstOrDefault(a => a.WireNames.Contains(wireName, StringComparer.Ordinal));
}
