using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Cli.Registries;

/// <summary>A lifecycle table the <c>diagram</c> command can draw.</summary>
/// <param name="Name">The lifecycle's name, which is also the diagram file's name.</param>
/// <param name="ToMermaid">Renders the table as a Mermaid state diagram.</param>
/// <param name="ToDot">Renders the table as Graphviz DOT.</param>
internal sealed record LifecycleEntry(string Name, Func<string> ToMermaid, Func<string> ToDot)
{
    /// <summary>Creates the entry of a lifecycle table.</summary>
    /// <typeparam name="TState">The state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
    /// <param name="lifecycle">The table.</param>
    /// <returns>The entry, named after the table.</returns>
    public static LifecycleEntry Of<TState, TTrigger>(Lifecycle<TState, TTrigger> lifecycle)
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        new(lifecycle.Name, () => LifecycleDiagram.ToMermaid(lifecycle), () => LifecycleDiagram.ToDot(lifecycle));
}

/// <summary>The lifecycle tables of the package, one line per aggregate family.</summary>
internal static class LifecycleRegistry
{
    /// <summary>Gets every registered lifecycle, ordered by name.</summary>
    public static IReadOnlyList<LifecycleEntry> All { get; } = new[]
    {
        LifecycleEntry.Of(AccountPipeline.Lifecycle),
        LifecycleEntry.Of(VisitLifecycle.Lifecycle),
        LifecycleEntry.Of(ComplaintDecider.Lifecycle),
        LifecycleEntry.Of(ContractReviewDecider.Lifecycle),
        LifecycleEntry.Of(NegotiationLifecycle.Table),
        LifecycleEntry.Of(SalesDayLifecycle.Table),
        LifecycleEntry.Of(SalesProjectDecider.Lifecycle),
        LifecycleEntry.Of(SigningNoticeBundleDecider.Lifecycle),
        LifecycleEntry.Of(SiteItemDecider.Lifecycle),
        LifecycleEntry.Of(SiteVisitDecider.Lifecycle),
        LifecycleEntry.Of(SubscriptionLifecycle.Table),
        LifecycleEntry.Of(UnitLifecycle.Table),
    }.OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Finds a lifecycle by name.</summary>
    /// <param name="name">The name, e.g. <c>sales-day</c>.</param>
    /// <returns>The entry, or null.</returns>
    public static LifecycleEntry? Find(string name) => All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
