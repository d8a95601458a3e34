using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KeyAccount.Domain.Testing.Scenarios;

/// <summary>
/// Names the members in which two values — states, events, commands — differ, as a failed expectation prints them:
/// <c>refundPayableFrom: expected 2025-10-03, got 2025-10-10</c>. Members are named as in the package's JSON (lists
/// by index, <c>payments[1].amount</c>), so a host compares two states without writing JSON by hand.
/// </summary>
/// <example>
/// <code>
/// var differences = ValueDifferences.Between(expectedState, actualState);
/// Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
/// </code>
/// </example>
public static class ValueDifferences
{
    /// <summary>Returns the members in which two values differ, in the order of the expected value's members.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The actual value.</param>
    /// <returns>One line per differing member, e.g. <c>status: expected Cancelled, got Refunded</c>; empty when both
    /// render the same (states and events then also compare equal by value).</returns>
    public static IReadOnlyList<string> Between(object? expected, object? actual)
    {
        if (expected?.GetType() != actual?.GetType())
        {
            return [$"type: expected {expected?.GetType().Name ?? "null"}, got {actual?.GetType().Name ?? "null"}"];
        }

        var differences = new List<string>();
        Compare(string.Empty, ValueText.Node(expected), ValueText.Node(actual), differences);
        return differences;
    }

    private static void Compare(string path, JsonNode? expected, JsonNode? actual, List<string> differences)
    {
        if (JsonNode.DeepEquals(expected, actual))
        {
            return;
        }

        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Concat(a.Select(p => p.Key)).Distinct(StringComparer.Ordinal))
                {
                    Compare(path.Length == 0 ? name : $"{path}.{name}", e[name], a[name], differences);
                }

                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    if (i >= e.Count || i >= a.Count)
                    {
                        differences.Add($"{path}: expected {Count(e.Count)}, got {Count(a.Count)}");
                        return;
                    }

                    Compare($"{path}[{i}]", e[i], a[i], differences);
                }

                break;
            default:
                differences.Add($"{(path.Length == 0 ? "value" : path)}: expected {Text(expected)}, got {Text(actual)}");
                break;
        }
    }

    private static string Count(int n) => n == 1 ? "1 item" : $"{n} items";

    private static string Text(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
