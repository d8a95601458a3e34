using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>The concrete command types of an aggregate, found by reflection, for checks that generators cover them all.</summary>
internal static class CommandTypes
{
    /// <summary>Every non-abstract type deriving from <typeparamref name="TCommand"/> in its assembly, ordered by name.</summary>
    public static IReadOnlyList<Type> Of<TCommand>() =>
        typeof(TCommand).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(TCommand)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
}
