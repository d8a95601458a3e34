using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using NodaTime;
using Xunit;

namespace KeyAccount.Cli.Tests;

public sealed class ValidateTests
{
    private static readonly string Valid = Cli.Path("samples", "events", "sales-day.jsonl");
    private static readonly string Illegal = Cli.Path("samples", "events", "sales-day-illegal.jsonl");

    [Fact]
    public void The_sample_logs_are_the_serializers_output_of_their_histories()
    {
        // Run with UPDATE_SAMPLES=1 to rewrite the files after changing the histories.
        Check(Valid, SampleLog(illegal: false));
        Check(Illegal, SampleLog(illegal: true));
    }

    [Fact]
    public void A_valid_log_exits_0()
    {
        var result = Cli.Run("validate", Valid).Expect(0);

        Assert.Equal($"{Valid}: valid sales-day log: 6 events in 1 streams\n", result.Out);
    }

    [Fact]
    [Trait("Rule", "REC-03")]
    [Trait("Rule", "REC-04")]
    public void An_entry_after_the_day_closed_is_reported_with_its_line_and_rule_and_exits_1()
    {
        var result = Cli.Run("validate", Illegal, "--aggregate", "sales-day").Expect(1);

        Assert.StartsWith($"{Illegal}:7: REC-04: sales_day.payment_posted.v1 (version 7): the sales-day lifecycle does not allow PostEntry from Closed", result.Out);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void A_malformed_event_is_reported_as_GEN_02_with_its_line()
    {
        using var dir = new TempDir();
        var lines = File.ReadAllLines(Valid).ToList();
        lines.Insert(2, string.Empty);
        lines[3] = lines[3].Replace("\"version\":3", "\"version\":\"three\"", StringComparison.Ordinal);
        var file = dir.Write("broken.jsonl", string.Join("\n", lines));

        var result = Cli.Run("validate", file).Expect(1);

        Assert.StartsWith($"{file}:4: GEN-02: ", result.Out);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void A_version_gap_is_reported_as_GEN_02_with_its_line()
    {
        using var dir = new TempDir();
        var lines = File.ReadAllLines(Valid).Where((_, i) => i != 2);
        var file = dir.Write("gap.jsonl", string.Join("\n", lines));

        var result = Cli.Run("validate", file).Expect(1);

        Assert.StartsWith($"{file}:3: GEN-02: ", result.Out);
    }

    [Fact]
    public void An_event_that_cannot_follow_the_state_before_it_is_reported_as_GEN_02_with_its_line()
    {
        var file = Cli.Path("fuzz", "regressions", "event-log", "profile-of-a-contact-the-account-does-not-have.jsonl");
        using var dir = new TempDir();
        var opened = AccountAggregate.Definition.Serializer.Serialize(new EventEnvelope<AccountEvent>(
            new StreamId("fuzz-seed-1"), 1, CommandId.From(Guid.Parse("00000001-0000-4000-8000-000000000000")), new ActorId("E1001"), Instant.FromUtc(2025, 3, 3, 1, 0),
            new AccountOpened(AccountId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000001")), "Ningbo Precision Castings", "Trade fair", new ActorId("E1001"), new LocalDate(2025, 3, 3))));
        var profile = File.ReadAllLines(file)[0].Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal);
        var afterOpening = dir.Write("after-opening.jsonl", opened + "\n" + profile);

        // Alone, the profile cannot start an account's stream: only the opening fires the first row of the table.
        var alone = Cli.Run("validate", file).Expect(1);
        var result = Cli.Run("validate", afterOpening).Expect(1);

        Assert.StartsWith($"{file}:1: ACC-02: ", alone.Out);
        Assert.Contains("DecisionMakerProfileRecorded cannot come before the account-pipeline is created", alone.Out);
        Assert.StartsWith($"{afterOpening}:2: GEN-02: ", result.Out);
        Assert.Contains("(version 2): Contact 0b6f3c0e-5f43-4f0e-9a61-3d2b1c000012 is not in the account.", result.Out);
    }

    [Fact]
    public void Unreadable_input_exits_2()
    {
        using var dir = new TempDir();
        var empty = dir.Write("empty.jsonl", "\n\n");
        var binary = dir.File("binary.jsonl");
        File.WriteAllBytes(binary, [(byte)'{', 0xFF, 0xFE, (byte)'}']);
        var unknown = dir.Write("unknown.jsonl", "{\"type\":\"other.thing.v1\"}\n");
        var undecodable = dir.Write("undecodable.jsonl", "{\"type\":\"subscription.drafted\\udc00.v1\"}\n");

        Assert.Contains("empty event log", Cli.Run("validate", empty).Expect(2).Err);
        Assert.StartsWith($"{binary}:1: not valid UTF-8", Cli.Run("validate", binary).Expect(2).Err);
        Assert.Contains("cannot tell the aggregate", Cli.Run("validate", unknown).Expect(2).Err);
        Assert.Contains("cannot tell the aggregate", Cli.Run("validate", undecodable).Expect(2).Err);
        Assert.Contains("unknown aggregate 'nothing'", Cli.Run("validate", Valid, "--aggregate", "nothing").Expect(2).Err);
        Assert.Contains("no such file", Cli.Run("validate", dir.File("missing.jsonl")).Expect(2).Err);
    }

    internal static void Check(string path, string expected)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SAMPLES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    private static string SampleLog(bool illegal)
    {
        var day = SalesDayId.From(Guid.Parse("6f1c1b2e-5d7a-4c1e-9a43-2b8f0d3e7a10"));
        var site = ProjectId.From(Guid.Parse("0b5e6c1d-2f3a-4b8c-8d9e-1a2b3c4d5e6f"));
        var manager = new ActorId("E1001");
        var events = new List<SalesDayEvent>
        {
            new SalesDayOpened(day, site, new LocalDate(2025, 3, 3), manager, SalesMode.Underwriting),
            new PaymentPosted(RemittanceNoticeNumber.From(1000001), new Money(187608.08m, Currency.CNY), PaymentChannel.BankCard, Collector.CompanyCashier, null),
            new NoticeCopyPosted(RemittanceNoticeNumber.From(1000001), NoticeCopy.Clerk, new LocalDate(2025, 3, 3), new Money(187608.08m, Currency.CNY), null),
            new NoticeCopyPosted(RemittanceNoticeNumber.From(1000001), NoticeCopy.Cashier, new LocalDate(2025, 3, 3), new Money(187608.08m, Currency.CNY), null),
            new SalesDayReconciled(1, []),
            new SalesDayClosed(manager, true),
        };
        if (illegal)
        {
            events.Add(new PaymentPosted(RemittanceNoticeNumber.From(1000002), new Money(5000m, Currency.CNY), PaymentChannel.BankCard, Collector.CompanyCashier, null));
        }

        var stream = StreamId.For("sales-day", day);
        var start = Instant.FromUtc(2025, 3, 3, 1, 0);
        var lines = events.Select((e, i) => SalesDayAggregate.Definition.Serializer.Serialize(new EventEnvelope<SalesDayEvent>(
            stream, i + 1, CommandId.From(new Guid(i + 1, 0, 0, new byte[8])), manager, start + Duration.FromMinutes(10 * i), e)));
        return string.Join("\n", lines) + "\n";
    }
}
