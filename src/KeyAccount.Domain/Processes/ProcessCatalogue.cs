using System.Collections.Generic;

namespace KeyAccount.Domain.Processes;

/// <summary>
/// The one list of every process across aggregates of the package (GEN-12). The process diagrams in
/// <c>docs/diagrams/processes/</c>, <c>docs/processes.md</c> and the tests over every process are derived from it.
/// </summary>
public static class ProcessCatalogue
{
    /// <summary>Gets every process, ordered by name.</summary>
    public static IReadOnlyList<IProcessDefinition> All { get; } =
    [
        ContractReviews.ContractApprovalProcess.Definition,
        Reconciliation.SalesDayPaymentProcess.Definition,
        Sales.SubscriptionUnitProcess.Definition,
    ];
}
