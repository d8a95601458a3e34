using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Negotiations.Plans;

namespace KeyAccount.Domain.Tests.Negotiations;

public sealed class NegotiationMessagesTests
{
    private static string[] Keys(string file) =>
        XDocument.Load(Path.Combine(DiagramFiles.RepositoryRoot(), "src", "KeyAccount.Domain", "Resources", file))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    [Trait("Rule", "GEN-07")]
    public void English_and_chinese_messages_have_the_same_keys_and_cover_every_code_of_the_family()
    {
        var english = Keys("Negotiations.resx");
        Assert.Equal(english, Keys("Negotiations.zh-Hans.resx"));

        var folder = Path.Combine(DiagramFiles.RepositoryRoot(), "src", "KeyAccount.Domain", "Negotiations");
        var codes = Directory.GetFiles(folder, "*.cs")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"(negotiation\\.[a-z_.]+)\"").Select(m => m.Groups[1].Value))
            .Distinct();
        Assert.All(codes, c => Assert.Contains(c, english));
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task A_retried_negotiation_command_takes_effect_once()
    {
        var store = new InMemoryEventStore<NegotiationEvent>();
        var handler = new CommandHandler<NegotiationCommand, NegotiationEvent, NegotiationPlan>(Plan, store);
        var stream = NegotiationPlanAggregate.StreamOf(PlanId);
        var id = CommandId.From(Guid.Parse("00000000-0000-0000-0000-000000000042"));

        var first = await handler.HandleAsync(stream, id, Lead, Draft, Now);
        var retry = await handler.HandleAsync(stream, id, Lead, Draft, Now);

        Assert.False(first.AsT0.AlreadyProcessed);
        Assert.True(retry.AsT0.AlreadyProcessed);
        Assert.Single(await store.ReadAsync(stream));
    }
}
