using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Sales.Site;
using NodaTime;
using S = KeyAccount.Domain.Sales.Subscriptions.SubscriptionStatus;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The checks the cancellation, return and refund rules of <see cref="SubscriptionDecider"/> share: everyone named is
/// present (CAN-01, RET-01), the developer confirmed on agency projects (CAN-06, RET-04), and the voided documents
/// are back or their loss is on record (CAN-02, RET-02).
/// </summary>
internal static class SubscriptionChecks
{
    /// <summary>Gets the three copies of a subscription, all stamped in one act (SUB-04).</summary>
    public static readonly SubscriptionCopy[] AllCopies = [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer];

    /// <summary>Gets the documents handed back before a cancellation, rename or unit change completes (CAN-02).</summary>
    public static readonly SalesDocument[] SubscriptionDocuments = [SalesDocument.SubscriptionCustomerCopy, SalesDocument.SubscriptionDeveloperCopy];

    /// <summary>Gets the documents handed back before a return completes (RET-02).</summary>
    public static readonly SalesDocument[] ContractDocuments = [.. SubscriptionDocuments, SalesDocument.PreSaleContract];

    /// <summary>
    /// Lists the named customers who did not show their identity document in person. A customer is named by role — their
    /// 1-based position on the subscription (<c>customer</c>) — and by the masked document number
    /// (<c>idDocumentNumber</c>, <c>1101**********1234</c>), never by name or the full number (GEN-10).
    /// </summary>
    /// <param name="named">The customers named.</param>
    /// <param name="present">The identity document numbers shown.</param>
    /// <returns>One requirement per absent customer.</returns>
    public static List<MissingRequirement> Absent(IEnumerable<Customer> named, IReadOnlyCollection<string>? present)
    {
        var shown = new HashSet<string>((present ?? []).Select(p => p.Trim()), StringComparer.Ordinal);
        return named.Select((c, i) => (Customer: c, Position: i + 1))
            .Where(c => !shown.Contains(c.Customer.IdDocumentNumber))
            .Select(c => SalesMessages.Requirement(
                "sales.customer_absent", new ErrorDetail("customer", c.Position), new ErrorDetail("idDocumentNumber", c.Customer.MaskedIdDocumentNumber)))
            .ToList();
    }

    /// <summary>Lists what the developer's agent has not yet done on a document of an agency project.</summary>
    /// <param name="mode">The project's sales mode; underwriting projects need no confirmation.</param>
    /// <param name="confirmation">The agent's signature and stamp, if any.</param>
    /// <param name="document">The document's name in the requirement.</param>
    /// <returns>The missing signature and stamp.</returns>
    public static List<MissingRequirement> Unconfirmed(SalesMode mode, DeveloperConfirmation? confirmation, string document)
    {
        var missing = new List<MissingRequirement>();
        if (mode != SalesMode.Agency)
        {
            return missing;
        }

        if (confirmation is null || !confirmation.HasSignature || confirmation.Agent == default)
        {
            missing.Add(SalesMessages.Requirement("sales.developer_signature_missing", new ErrorDetail("document", document)));
        }

        if (confirmation is null || !confirmation.HasStamp)
        {
            missing.Add(SalesMessages.Requirement("sales.developer_stamp_missing", new ErrorDetail("document", document)));
        }

        return missing;
    }

    /// <summary>Lists the required documents neither handed back nor reported lost.</summary>
    /// <param name="state">The state.</param>
    /// <param name="required">The documents required.</param>
    /// <returns>One requirement per outstanding document.</returns>
    public static List<MissingRequirement> Outstanding(SubscriptionState state, IEnumerable<SalesDocument> required) =>
        required.Where(d => !state.HandedBack.Contains(d) && !state.Lost.Contains(d))
            .Select(d => SalesMessages.Requirement("sales.document_outstanding", new ErrorDetail("document", d)))
            .ToList();

    /// <summary>Decides a voided document handed back (CAN-02, RET-02); a repeat is accepted without events.</summary>
    /// <param name="c">The command.</param>
    /// <param name="state">The state.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> HandBack(HandBackDocument c, SubscriptionState state)
    {
        var rule = state.Status == S.ReturnRequested ? "RET-02" : "CAN-02";
        if (c.Document == SalesDocument.PreSaleContract && state.ContractNumber is null)
        {
            return SalesMessages.Violation(rule, "sales.document_not_issued", new ErrorDetail("document", c.Document));
        }

        return state.HandedBack.Contains(c.Document)
            ? Decision<SubscriptionEvent>.Accept()
            : Decision<SubscriptionEvent>.Accept(new DocumentHandedBack(c.Document));
    }

    /// <summary>Decides a document reported lost: an incident on record (CAN-02, RET-02).</summary>
    /// <param name="c">The command.</param>
    /// <param name="state">The state.</param>
    /// <param name="today">The business date.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> ReportLost(ReportDocumentLost c, SubscriptionState state, LocalDate today)
    {
        var rule = state.Status == S.ReturnRequested ? "RET-02" : "CAN-02";
        if (c.Document == SalesDocument.PreSaleContract && state.ContractNumber is null)
        {
            return SalesMessages.Violation(rule, "sales.document_not_issued", new ErrorDetail("document", c.Document));
        }

        if (state.HandedBack.Contains(c.Document))
        {
            return SalesMessages.Violation(rule, "sales.document_already_returned", new ErrorDetail("document", c.Document));
        }

        // CAN-02 / RET-02: a loss is an incident on record, with what happened, never a silent gap.
        return string.IsNullOrWhiteSpace(c.Circumstances)
            ? SalesMessages.Violation(rule, "sales.loss_circumstances_required", new ErrorDetail("document", c.Document))
            : Decision<SubscriptionEvent>.Accept(new DocumentLost(c.Document, c.Circumstances.Trim(), today));
    }
}
