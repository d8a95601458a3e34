using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// Completes <see cref="HostileEventCorpus"/> inside arrays (GEN-02): for the first element of every array of an
/// event's data, at any depth, the element is nulled or replaced by a value of another kind, and, when it is an
/// object, each of its properties is removed, nulled, replaced by a value of another kind or by numbers out of
/// <see cref="decimal"/> range. Reading any of them must give a typed error or a complete event.
/// </summary>
internal static class HostileArrayElementCorpus
{
    private static readonly JsonNode[] WrongValues = [JsonValue.Create(12345), JsonValue.Create("text"), JsonValue.Create(true), new JsonArray(), new JsonObject(), JsonValue.Create(1.5)];

    /// <summary>Reads every document of the corpus and checks that none throws and none yields a half-built event.</summary>
    /// <returns>The number of documents tried.</returns>
    public static int AssertAllHandled<TEvent>(EventSerializer<TEvent> serializer, IEnumerable<TEvent> samples)
        where TEvent : class
    {
        var count = 0;
        foreach (var sample in samples)
        {
            var json = serializer.Serialize(new EventEnvelope<TEvent>(new StreamId("hostile-1"), 1, CommandId.From(Guid.Parse("6f1e2a52-3f1d-4a8e-9a55-0b1b2f3c4d5e")), new ActorId("E001"), Instant.FromUtc(2025, 3, 3, 2, 0), sample));
            foreach (var (name, document) in Variants(JsonNode.Parse(json)!.AsObject()))
            {
                count++;
                var label = $"{sample.GetType().Name}: {name}";
                var read = serializer.Deserialize(document, position: count);
                if (read.IsT1)
                {
                    Assert.True(read.AsT1.RuleId.Value == "GEN-02", label);
                    Assert.Equal(count, read.AsT1.Position);
                    continue;
                }

                var again = serializer.Deserialize(serializer.Serialize(read.AsT0));
                Assert.True(again.IsT0, $"{label}: accepted, but its own serialisation cannot be read back: {(again.IsT1 ? again.AsT1.ToString() : "")}");
            }
        }

        return count;
    }

    private static IEnumerable<(string Name, string Json)> Variants(JsonObject root)
    {
        foreach (var path in FirstElements(root["data"]!, "data"))
        {
            var element = At(root, path);
            var where = Describe(path);
            yield return ($"{where} null", With(root, path, null));
            foreach (var wrong in WrongValues.Where(w => w.GetValueKind() != element?.GetValueKind()))
            {
                yield return ($"{where} as {wrong.ToJsonString()}", With(root, path, wrong.DeepClone()));
            }

            if (element is not JsonObject obj)
            {
                continue;
            }

            foreach (var (property, value) in obj)
            {
                var propertyPath = path.Append<object>(property).ToArray();
                var at = $"{where}.{property}";
                yield return ($"{at} removed", Removed(root, path, property));
                yield return ($"{at} null", With(root, propertyPath, null));
                foreach (var wrong in WrongValues.Where(w => w.GetValueKind() != value?.GetValueKind()))
                {
                    yield return ($"{at} as {wrong.ToJsonString()}", With(root, propertyPath, wrong.DeepClone()));
                }

                yield return ($"{at} number beyond decimal", With(root, propertyPath, "__raw__").Replace("\"__raw__\"", "1e400", StringComparison.Ordinal));
                yield return ($"{at} number below decimal", With(root, propertyPath, "__raw__").Replace("\"__raw__\"", "-79228162514264337593543950336", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>The paths (property names and indexes from the root) of the first element of every non-empty array.</summary>
    private static IEnumerable<object[]> FirstElements(JsonNode node, params object[] path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (value is not null)
                    {
                        foreach (var inner in FirstElements(value, [.. path, name]))
                        {
                            yield return inner;
                        }
                    }
                }

                break;

            case JsonArray { Count: > 0 } array:
                object[] first = [.. path, 0];
                yield return first;
                if (array[0] is { } element)
                {
                    foreach (var inner in FirstElements(element, first))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static JsonNode? At(JsonNode root, IEnumerable<object> path) =>
        path.Aggregate<object, JsonNode?>(root, (node, step) => step is int i ? node![i] : node![(string)step]);

    private static string With(JsonObject root, object[] path, JsonNode? value)
    {
        var copy = root.DeepClone();
        var parent = At(copy, path[..^1])!;
        if (path[^1] is int i)
        {
            parent.AsArray()[i] = value;
        }
        else
        {
            parent.AsObject()[(string)path[^1]] = value;
        }

        return copy.ToJsonString();
    }

    private static string Removed(JsonObject root, object[] path, string property)
    {
        var copy = root.DeepClone();
        At(copy, path)!.AsObject().Remove(property);
        return copy.ToJsonString();
    }

    private static string Describe(IEnumerable<object> path) =>
        string.Concat(path.Select((step, n) => step is int i ? $"[{i}]" : n == 0 ? (string)step : $".{step}"));
}
