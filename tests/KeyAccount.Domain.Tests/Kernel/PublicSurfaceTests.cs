using System;
using System.Linq;
using KeyAccount.Domain.Aggregates;
using Xunit;
using Xunit.Abstractions;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>The package's public surface does not grow: commands and events are the vocabulary hosts use; every other
/// public type has to earn its place (plumbing such as JSON converters, builders, catalogues, lifecycle tables and
/// their trigger enumerations stays internal). The limit is the count today; it is lowered as types go internal. Each
/// process across aggregates (GEN-12) is a public declaration a host runs, and the host-supplied index of dependent
/// streams is one interface. What remains public and why: <c>docs/design.md</c>, "What is public".</summary>
public sealed class PublicSurfaceTests(ITestOutputHelper output)
{
    private const int MostOtherPublicTypes = 306;

    [Fact]
    public void The_public_types_other_than_commands_and_events_do_not_grow()
    {
        var types = typeof(AggregateCatalogue).Assembly.GetExportedTypes();
        bool IsMessage(Type t) => AggregateCatalogue.All.Any(a =>
            a.CommandType.IsAssignableFrom(t) || a.EventType.IsAssignableFrom(t));
        var others = types.Where(t => !IsMessage(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"{types.Length} public types, {others.Count} other than commands and events:");
        others.ForEach(output.WriteLine);
        Assert.True(others.Count <= MostOtherPublicTypes, $"{others.Count} public types other than commands and events (at most {MostOtherPublicTypes})");
    }
}
