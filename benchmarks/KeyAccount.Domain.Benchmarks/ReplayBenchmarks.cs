using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>
/// Replaying one stream from its JSON Lines export: a sales day of 10,000 events (the opening, then 3,333 payments
/// each with its clerk's and cashier's notice copy). <c>PlainSystemTextJson</c> (the baseline) reads each line into
/// the same envelope and event types with <see cref="Utf8JsonReader"/> and <see cref="JsonSerializer"/> alone, with no
/// check; <c>ReadLines</c> is the package's checked read (<see cref="Serialization.EventSerializer{TEvent}.ReadLines"/>);
/// <c>ReadLinesAndReplay</c> adds the fold of the events into the state. Target: the replay at most 1.3× the baseline.
/// </summary>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    /// <summary>The events in the stream.</summary>
    public const int Events = 10_000;

    private static readonly Serialization.EventSerializer<SalesDayEvent> Serializer = SalesDayAggregate.Definition.Serializer;
    private string[] lines = [];

    [GlobalSetup]
    public void Setup()
    {
        var day = SalesDayId.From(Guid.Parse("0b7e54c5-7f7c-4f55-9a43-7c1a3c4e8a01"));
        var date = new LocalDate(2025, 3, 3);
        var events = new List<SalesDayEvent>
        {
            new SalesDayOpened(day, ProjectId.From(Guid.Parse("5a2c8f0e-2b7d-4c1e-8f3a-9d6b1e4c7a22")), date, new ActorId("M001"), SalesMode.Underwriting),
        };
        for (var i = 1; events.Count < Events; i++)
        {
            var notice = RemittanceNoticeNumber.From(i);
            var amount = Money.Cny(1_000m + i);
            events.Add(new PaymentPosted(notice, amount, (PaymentChannel)(i % 4), Collector.CompanyCashier, null));
            events.Add(new NoticeCopyPosted(notice, NoticeCopy.Clerk, date, amount, null));
            events.Add(new NoticeCopyPosted(notice, NoticeCopy.Cashier, date, amount, null));
        }

        var stream = SalesDayAggregate.StreamOf(day);
        var start = Instant.FromUtc(2025, 3, 3, 1, 0);
        lines = [.. events.Take(Events).Select((e, i) => Serializer.Serialize(new EventEnvelope<SalesDayEvent>(
            stream, i + 1, CommandId.From(Guid.NewGuid()), new ActorId("C001"), start.Plus(Duration.FromSeconds(i)), e)))];
        if (ReadLinesAndReplay() is null || PlainSystemTextJson() != Events)
        {
            throw new InvalidOperationException("The export does not read back.");
        }
    }

    [Benchmark(Baseline = true)]
    public int PlainSystemTextJson()
    {
        var n = 0;
        foreach (var line in lines)
        {
            n += ReadPlain(line).Version > 0 ? 1 : 0;
        }

        return n;
    }

    [Benchmark]
    public int ReadLines() => Serializer.ReadLines(lines).AsT0.Count;

    [Benchmark]
    public SalesDayState ReadLinesAndReplay() =>
        SalesDayAggregate.Definition.Decider.Replay(Serializer.ReadLines(lines).AsT0.Select(e => e.Event));

    private static EventEnvelope<SalesDayEvent> ReadPlain(string line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
        reader.Read();
        string? type = null, stream = null, actor = null;
        long version = 0;
        Guid command = default;
        Instant recordedAt = default;
        SalesDayEvent? @event = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.GetString();
            }
            else if (reader.ValueTextEquals("stream"u8))
            {
                reader.Read();
                stream = reader.GetString();
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                reader.Read();
                version = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("commandId"u8))
            {
                reader.Read();
                command = reader.GetGuid();
            }
            else if (reader.ValueTextEquals("actor"u8))
            {
                reader.Read();
                actor = reader.GetString();
            }
            else if (reader.ValueTextEquals("recordedAt"u8))
            {
                reader.Read();
                recordedAt = InstantPattern.ExtendedIso.Parse(reader.GetString()!).Value;
            }
            else
            {
                reader.Read();
                @event = (SalesDayEvent)JsonSerializer.Deserialize(ref reader, Serializer.Catalog.Find(type!)!.TypeInfo)!;
            }
        }

        return new EventEnvelope<SalesDayEvent>(new StreamId(stream!), version, CommandId.From(command), new ActorId(actor!), recordedAt, @event!);
    }
}
