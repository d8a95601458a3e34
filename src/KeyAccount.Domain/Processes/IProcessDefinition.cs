using System.Collections.Generic;
using KeyAccount.Domain.Aggregates;

namespace KeyAccount.Domain.Processes;

/// <summary>
/// A process across aggregates (GEN-12) without its type parameters, for code that handles every process alike: the
/// diagrams, the documentation and the tests derived from <see cref="ProcessCatalogue.All"/>.
/// </summary>
public interface IProcessDefinition
{
    /// <summary>Gets the process's name, e.g. <c>unit-follows-subscription</c>.</summary>
    string Name { get; }

    /// <summary>Gets the aggregate whose events the process reacts to.</summary>
    IAggregateDefinition Source { get; }

    /// <summary>Gets its reactions, in declaration order.</summary>
    IReadOnlyList<ProcessReaction> Reactions { get; }

    /// <summary>Renders the process as a Mermaid flowchart; deterministic, with LF line ends.</summary>
    /// <returns>The diagram text.</returns>
    string ToMermaid();
}
