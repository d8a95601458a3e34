namespace KeyAccount.Domain.StateMachines;

/// <summary>What every lifecycle table tells without its enumeration types: its name and its diagrams (GEN-05).</summary>
public interface ILifecycle
{
    /// <summary>Gets the lifecycle's name, which is also the name of its diagram files (e.g. <c>subscription</c>).</summary>
    string Name { get; }

    /// <summary>Renders the table as a Mermaid <c>stateDiagram-v2</c> (see <see cref="LifecycleDiagram.ToMermaid{TState, TTrigger}"/>).</summary>
    /// <returns>The diagram text.</returns>
    string ToMermaid();

    /// <summary>Renders the table as a Graphviz DOT digraph (see <see cref="LifecycleDiagram.ToDot{TState, TTrigger}"/>).</summary>
    /// <returns>The diagram text.</returns>
    string ToDot();
}
