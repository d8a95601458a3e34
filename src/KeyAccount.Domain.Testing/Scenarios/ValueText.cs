using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Testing.Scenarios;

/// <summary>
/// Renders commands, events and states as <c>TypeName {json}</c> for failure messages, and compares events by that
/// rendering, so that records holding lists compare by content rather than by reference.
/// </summary>
internal static class ValueText
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    internal static string Render(object? value)
    {
        if (value is null)
        {
            return "null";
        }

        try
        {
            return value.GetType().Name + " " + JsonSerializer.Serialize(value, value.GetType(), Options);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
        {
            return value.GetType().Name + " " + value;
        }
    }

    internal static bool SameContent(object? left, object? right) =>
        left?.GetType() == right?.GetType() && Render(left) == Render(right);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = KeyAccountJson.CreateOptions();
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        options.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        return options;
    }
}
