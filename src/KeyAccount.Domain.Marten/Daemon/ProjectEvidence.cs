using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using Marten;

namespace KeyAccount.Domain.Marten.Daemon;

/// <summary>
/// The evidence a process step relies on that the process does not carry itself: the state of every sales project, which
/// a unit hold reads (SITE-01, GEN-11). The projects are listed from Marten's stream table and each is read from its
/// own stream, so every committed event of a project is in it, however far the daemon's high-water mark is.
/// </summary>
internal sealed class ProjectEvidence(IDocumentStore store, EventStores stores)
{
    /// <summary>Returns the context with the state of every sales project at its latest version.</summary>
    /// <param name="context">The context to add to.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The context with the projects.</returns>
    public async ValueTask<DecisionContext> AddToAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var prefix = SalesProjectAggregate.Definition.StreamCategory + "-";
        var table = $"{store.Options.Events.DatabaseSchemaName}.mt_streams";
        var projects = stores.For<SalesProjectEvent>();
        await using var session = store.QuerySession();
        var streams = await session.AdvancedSql.QueryAsync<string>(
            $"select id from {table} where starts_with(id, ?) order by id", cancellationToken, prefix).ConfigureAwait(false);
        return await AddAsync(context, projects, streams.Select(s => new StreamId(s)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the context with the state of each of some sales projects, each read from its own stream.</summary>
    /// <param name="context">The context to add to.</param>
    /// <param name="projects">The store of the sales projects.</param>
    /// <param name="streams">The projects' streams.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The context with the projects.</returns>
    internal static async ValueTask<DecisionContext> AddAsync(
        DecisionContext context, IEventStore<SalesProjectEvent> projects, IEnumerable<StreamId> streams, CancellationToken cancellationToken)
    {
        foreach (var stream in streams)
        {
            var events = await projects.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
            context = context.WithSource(stream, events.Count, SalesProjectAggregate.Definition.Decider.Replay(events.Select(e => e.Event)));
        }

        return context;
    }
}
