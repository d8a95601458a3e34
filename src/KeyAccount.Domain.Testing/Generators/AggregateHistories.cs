using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using FsCheck;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Testing.Generators;

/// <summary>
/// The kit's history generator of any aggregate of <see cref="AggregateCatalogue.All"/>, found from its definition:
/// the <c>Histories(DecisionContext?)</c> method of the family's generator class (e.g.
/// <see cref="Sales.UnitGenerators.Histories"/>). A host suite can state one property for every aggregate.
/// </summary>
/// <remarks>
/// A family plugs its generators in by declaring, in a public static class of this assembly, a public static method
/// <c>Histories(DecisionContext? context = null)</c> returning <c>Gen&lt;History&lt;TCommand, TEvent, TState&gt;&gt;</c> of
/// its aggregate (and, by the same pattern, <c>Commands(TState)</c>): nothing else is registered.
/// </remarks>
public static class AggregateHistories
{
    private static readonly ConcurrentDictionary<Type, MethodInfo?> Methods = new();

    /// <summary>Returns whether the kit generates histories of an aggregate.</summary>
    /// <param name="aggregate">The aggregate's definition.</param>
    /// <returns>Whether <see cref="For{TCommand, TEvent, TState, TStatus}"/> can answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    public static bool Covers(IAggregateDefinition aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return Find(aggregate.CommandType, aggregate.EventType, aggregate.StateType) is not null;
    }

    /// <summary>Returns the kit's generator of valid histories of an aggregate.</summary>
    /// <typeparam name="TCommand">The command base type.</typeparam>
    /// <typeparam name="TEvent">The event base type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <typeparam name="TStatus">The lifecycle's state enumeration.</typeparam>
    /// <param name="aggregate">The aggregate's definition.</param>
    /// <param name="context">The decision context; the family's default when null.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    /// <exception cref="ArgumentException">The kit has no generator for the aggregate.</exception>
    public static Gen<History<TCommand, TEvent, TState>> For<TCommand, TEvent, TState, TStatus>(
        AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate, DecisionContext? context = null)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var method = Find(typeof(TCommand), typeof(TEvent), typeof(TState))
            ?? throw new ArgumentException($"The test kit has no history generator of the {aggregate.Name} aggregate.", nameof(aggregate));
        return (Gen<History<TCommand, TEvent, TState>>)method.Invoke(null, [context])!;
    }

    /// <summary>Returns the kit's histories of an aggregate as an arbitrary that shrinks a failing history
    /// (<see cref="Histories.Shrink"/>), for <c>Prop.ForAll</c>.</summary>
    /// <typeparam name="TCommand">The command base type.</typeparam>
    /// <typeparam name="TEvent">The event base type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <typeparam name="TStatus">The lifecycle's state enumeration.</typeparam>
    /// <param name="aggregate">The aggregate's definition.</param>
    /// <param name="context">The decision context; the family's default when null.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    /// <exception cref="ArgumentException">The kit has no generator for the aggregate.</exception>
    public static Arbitrary<History<TCommand, TEvent, TState>> ArbitraryFor<TCommand, TEvent, TState, TStatus>(
        AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate, DecisionContext? context = null)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum =>
        For(aggregate, context).ToArbitrary(aggregate.Decider);

    private static MethodInfo? Find(Type command, Type @event, Type state)
    {
        var wanted = typeof(Gen<>).MakeGenericType(typeof(History<,,>).MakeGenericType(command, @event, state));
        return Methods.GetOrAdd(wanted, w => typeof(AggregateHistories).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .SingleOrDefault(m => m.Name == "Histories" && m.ReturnType == w
                && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(DecisionContext)));
    }
}
