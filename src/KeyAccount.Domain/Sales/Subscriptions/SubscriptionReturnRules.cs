using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The rules of a return of the purchase (退房) of <see cref="SubscriptionDecider"/>: the application with everyone
/// present (RET-01), the deregistration at the transaction centre (RET-03) and the completion once the documents are
/// back (RET-02) and, on agency projects, the developer confirmed (RET-04).
/// </summary>
internal static class SubscriptionReturnRules
{
    /// <summary>Decides an application for a return (RET-01).</summary>
    /// <param name="c">The command.</param>
    /// <param name="state">The state.</param>
    /// <param name="today">The business date.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> Request(RequestReturn c, SubscriptionState state, LocalDate today)
    {
        // RET-01: everyone named on the pre-sale contract comes in person with an ID document.
        var absent = SubscriptionChecks.Absent(state.Customers, c.PresentWithId);
        return absent.Count > 0
            ? SalesMessages.Missing("RET-01", "sales.customers_absent", absent)
            : Decision<SubscriptionEvent>.Accept(new ReturnRequested(today));
    }

    /// <summary>Decides the deregistration (RET-03); a repeat is accepted without events.</summary>
    /// <param name="c">The command.</param>
    /// <param name="state">The state.</param>
    /// <param name="today">The business date.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> Deregister(RecordDeregistration c, SubscriptionState state, LocalDate today)
    {
        if (!state.Registered)
        {
            return SalesMessages.Violation("RET-03", "sales.not_registered");
        }

        if (string.IsNullOrWhiteSpace(c.Reference))
        {
            return SalesMessages.Violation("RET-03", "sales.deregistration_reference_required");
        }

        return state.Deregistered
            ? Decision<SubscriptionEvent>.Accept()
            : Decision<SubscriptionEvent>.Accept(new ContractDeregistered(c.Reference.Trim(), today));
    }

    /// <summary>Decides the completion of the return (RET-02, RET-04).</summary>
    /// <param name="c">The command.</param>
    /// <param name="state">The state.</param>
    /// <param name="today">The business date.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> Complete(CompleteReturn c, SubscriptionState state, LocalDate today)
    {
        var outstanding = SubscriptionChecks.Outstanding(state, SubscriptionChecks.ContractDocuments);
        if (outstanding.Count > 0)
        {
            return SalesMessages.Missing("RET-02", "sales.documents_outstanding", outstanding);
        }

        var unconfirmed = SubscriptionChecks.Unconfirmed(state.Mode, c.Application, "application");
        return unconfirmed.Count > 0
            ? SalesMessages.Missing("RET-04", "sales.developer_confirmation_missing", unconfirmed)
            : Decision<SubscriptionEvent>.Accept(new PurchaseReturned(state.Unit, state.NetPaid, today));
    }
}
