using System;
using System.Linq;
using KeyAccount.Domain.Aggregates;
using Xunit;
using Xunit.Abstractions;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>The package's public surface stays small: commands and events are the vocabulary hosts use; every other
/// public type has to earn its place (plumbing such as JSON converters and builders stays internal).</summary>
public sealed class PublicSurfaceTests(ITestOutputHelper output)
{
    private const int MostOtherPublicTypes = 200;

    [Fact]
    public void At_most_200_public_types_other_than_commands_and_events()
    {
        var types = typeof(AggregateCatalogue).Assembly.GetExportedTypes();
        bool IsMessage(Type t) => AggregateCatalogue.All.Any(a =>
            (a.CommandType.IsAssignableFrom(t) || a.EventType.IsAssignableFrom(t)) && t != a.CommandType && t != a.EventType);
        var others = types.Where(t => !IsMessage(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"{types.Length} public types, {others.Count} other than commands and events:");
        others.ForEach(output.WriteLine);
        Assert.True(others.Count <= MostOtherPublicTypes, $"{others.Count} public types other than commands and events (at most {MostOtherPublicTypes})");
    }
}
