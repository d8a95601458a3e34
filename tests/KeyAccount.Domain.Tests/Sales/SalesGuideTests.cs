using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class SalesGuideTests
{
    [Fact]
    public async Task The_guide_walks_one_unit_from_subscription_to_refunded_return()
    {
        var state = await SalesGuideExample.WalkOneUnit(TestCalendars.ChinaMainland2025);

        Assert.Equal(SubscriptionStatus.Refunded, state.Status);
        Assert.Equal(Money.Cny(50_000m), state.Refunded);
        Assert.True(state.Deregistered);
    }

    [Fact]
    public void The_guide_shows_the_code_the_test_runs()
    {
        static string Between(string text, string begin, string end)
        {
            var start = text.IndexOf(begin, StringComparison.Ordinal);
            var stop = text.IndexOf(end, StringComparison.Ordinal);
            Assert.True(start >= 0 && stop > start, $"markers {begin} / {end} not found");
            var lines = text[(start + begin.Length)..stop].Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
                .Where(l => l.Trim().Length > 0 && !l.Trim().StartsWith("```", StringComparison.Ordinal));
            var indent = lines.Min(l => l.Length - l.TrimStart().Length);
            return string.Join("\n", lines.Select(l => l[indent..].TrimEnd()));
        }

        var root = DiagramFiles.RepositoryRoot();
        var code = File.ReadAllText(Path.Combine(root, "tests", "KeyAccount.Domain.Tests", "Sales", "SalesGuideExample.cs"));
        var guide = File.ReadAllText(Path.Combine(root, "docs", "sales.md"));

        Assert.Equal(Between(code, "// guide:begin", "// guide:end"), Between(guide, "<!-- guide:begin -->", "<!-- guide:end -->"));
    }
}
