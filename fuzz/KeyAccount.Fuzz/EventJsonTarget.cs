using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Fuzz;

/// <summary>
/// <c>event-json</c>: one event envelope document, read by every event catalogue of the package. Each answer must be
/// a typed GEN-02 error at the given position or a whole event that survives a JSON round trip unchanged; at most one
/// catalogue may accept a document, since wire names are unique across the package.
/// </summary>
internal sealed class EventJsonTarget : IFuzzTarget
{
    private static readonly ICatalogueProbe[] Catalogues =
    [
        new CatalogueProbe<AccountEvent>(AccountEvents.Serializer),
        new CatalogueProbe<NegotiationEvent>(NegotiationPlanAggregate.Definition.Serializer),
        new CatalogueProbe<SubscriptionEvent>(SubscriptionEvents.Serializer),
        new CatalogueProbe<UnitEvent>(UnitAggregate.Definition.Serializer),
        new CatalogueProbe<SigningNoticeEvent>(SigningNoticeEvents.Serializer),
        new CatalogueProbe<SalesProjectEvent>(SalesProjectEvents.Serializer),
        new CatalogueProbe<SiteItemEvent>(SiteItemEvents.Serializer),
        new CatalogueProbe<SiteVisitEvent>(SiteVisitEvents.Serializer),
        new CatalogueProbe<ReceptionEvent>(ReceptionEvents.Serializer),
        new CatalogueProbe<ContractRegisterEvent>(ContractRegisterEvents.Serializer),
        new CatalogueProbe<ContractReviewEvent>(ContractReviewEvents.Serializer),
        new CatalogueProbe<ComplaintEvent>(ComplaintAggregate.Definition.Serializer),
        new CatalogueProbe<SurveyEvent>(SatisfactionSurveyAggregate.Definition.Serializer),
        new CatalogueProbe<SalesDayEvent>(SalesDayEvent.Serializer),
    ];

    /// <inheritdoc />
    public string Name => "event-json";

    /// <inheritdoc />
    public string Description => "one event envelope (JSON), read by all 14 event catalogues";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        string? acceptedBy = null;
        foreach (var catalogue in Catalogues)
        {
            if (!catalogue.Read(input))
            {
                continue;
            }

            if (acceptedBy is not null)
            {
                throw new BrokenPromiseException($"one document was accepted by two catalogues: {acceptedBy} and {catalogue.Name}");
            }

            acceptedBy = catalogue.Name;
        }
    }
}
