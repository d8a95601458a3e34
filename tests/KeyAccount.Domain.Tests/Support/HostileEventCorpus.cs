using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// A corpus of broken and hostile event documents derived from valid ones (GEN-02): type names missing, unknown or
/// mistyped; every data property removed, nulled, mistyped, duplicated, made huge or out of range; the first element
/// of every array, and its properties, nulled, mistyped, removed or out of range; nesting beyond the limit;
/// truncations. Reading any of them must give a typed error or a complete event, never an exception.
/// </summary>
internal static class HostileEventCorpus
{
    private static readonly JsonNode[] WrongValues = [JsonValue.Create(12345), JsonValue.Create("text"), JsonValue.Create(true), new JsonArray(), new JsonObject(), JsonValue.Create(1.5)];

    /// <summary>Produces the hostile variants of every sample event's document.</summary>
    public static IEnumerable<(string Name, string Json)> From<TEvent>(EventSerializer<TEvent> serializer, IEnumerable<TEvent> samples)
        where TEvent : class
    {
        foreach (var sample in samples)
        {
            var json = serializer.Serialize(new EventEnvelope<TEvent>(new StreamId("hostile-1"), 1, CommandId.From(Guid.Parse("6f1e2a52-3f1d-4a8e-9a55-0b1b2f3c4d5e")), new ActorId("E001"), Instant.FromUtc(2025, 3, 3, 2, 0), sample));
            var type = sample.GetType().Name;
            foreach (var variant in Variants(json).Concat(ArrayElementVariants(JsonNode.Parse(json)!.AsObject())))
            {
                yield return ($"{type}: {variant.Name}", variant.Json);
            }
        }
    }

    /// <summary>Reads every document of the corpus and checks that none throws and none yields a half-built event.</summary>
    public static int AssertAllHandled<TEvent>(EventSerializer<TEvent> serializer, IEnumerable<TEvent> samples)
        where TEvent : class
    {
        var count = 0;
        foreach (var (name, json) in From(serializer, samples))
        {
            count++;
            var read = serializer.Deserialize(json, position: count);
            if (read.IsT1)
            {
                Assert.True(read.AsT1.RuleId.Value == "GEN-02", name);
                Assert.Equal(count, read.AsT1.Position);
                continue;
            }

            // Accepted (e.g. an optional value removed): then the event is whole and writes back readably.
            var again = serializer.Deserialize(serializer.Serialize(read.AsT0));
            Assert.True(again.IsT0, $"{name}: accepted, but its own serialisation cannot be read back: {(again.IsT1 ? again.AsT1.ToString() : "")}");
        }

        return count;
    }

    private static IEnumerable<(string Name, string Json)> Variants(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        yield return ("type removed", With(root, r => r.Remove("type")));
        yield return ("type unknown", With(root, r => r["type"] = "unknown.event.v9"));
        yield return ("type a number", With(root, r => r["type"] = 7));
        yield return ("data removed", With(root, r => r.Remove("data")));
        yield return ("data null", With(root, r => r["data"] = null));
        yield return ("data an array", With(root, r => r["data"] = new JsonArray()));
        yield return ("version negative", With(root, r => r["version"] = -1));
        yield return ("version huge", Replace(json, "\"version\":1", "\"version\":1e400"));
        yield return ("stream blank", With(root, r => r["stream"] = " "));
        yield return ("nesting beyond the limit", With(root, r => r["data"]!.AsObject()["deep"] = Deep(80)));
        yield return ("document nested beyond the limit", new string('[', 200) + json + new string(']', 200));

        foreach (var cut in new[] { 1, 2, 10, json.Length / 2, json.Length - 1 })
        {
            yield return ($"truncated to {cut} characters", json[..Math.Min(cut, json.Length)]);
        }

        foreach (var (path, node) in Properties(root["data"]!.AsObject(), "data"))
        {
            yield return ($"{path} removed", With(root, r => Parent(r, path).Remove(Leaf(path))));
            yield return ($"{path} null", With(root, r => Parent(r, path)[Leaf(path)] = null));
            foreach (var wrong in WrongValues.Where(w => w.GetValueKind() != node?.GetValueKind()))
            {
                yield return ($"{path} as {wrong.ToJsonString()}", With(root, r => Parent(r, path)[Leaf(path)] = wrong.DeepClone()));
            }

            yield return ($"{path} huge string", With(root, r => Parent(r, path)[Leaf(path)] = new string('x', 1 << 20)));
            yield return ($"{path} number beyond decimal", ReplaceValue(root, path, "1e400"));
            yield return ($"{path} number below decimal", ReplaceValue(root, path, "-79228162514264337593543950336"));
            var leafJson = $"\"{Leaf(path)}\":";
            var at = json.IndexOf(leafJson, StringComparison.Ordinal);
            if (at > 0 && node is not null)
            {
                yield return ($"{path} duplicated", json.Insert(at, $"{leafJson}{node.ToJsonString()},"));
            }
        }
    }

    private static IEnumerable<(string Path, JsonNode? Node)> Properties(JsonObject obj, string path)
    {
        foreach (var (name, node) in obj)
        {
            var here = $"{path}.{name}";
            yield return (here, node);
            if (node is JsonObject inner)
            {
                foreach (var nested in Properties(inner, here))
                {
                    yield return nested;
                }
            }
        }
    }

    private static JsonObject Parent(JsonObject root, string path)
    {
        var parts = path.Split('.');
        JsonObject node = root;
        foreach (var part in parts[..^1])
        {
            node = node[part]!.AsObject();
        }

        return node;
    }

    private static string Leaf(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static string With(JsonObject root, Action<JsonObject> change)
    {
        var copy = root.DeepClone().AsObject();
        change(copy);
        return copy.ToJsonString();
    }

    private static string ReplaceValue(JsonObject root, string path, string rawNumber)
    {
        const string marker = "\"__raw_marker__\"";
        return With(root, r => Parent(r, path)[Leaf(path)] = "__raw_marker__").Replace(marker, rawNumber, StringComparison.Ordinal);
    }

    private static string Replace(string json, string from, string to) => json.Replace(from, to, StringComparison.Ordinal);

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    // The first element of every array (and that element's properties), at any depth of the data.
    private static IEnumerable<(string Name, string Json)> ArrayElementVariants(JsonObject root)
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
