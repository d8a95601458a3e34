using System;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KeyAccount.Domain.Decisions;
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

    internal static System.Text.Json.Nodes.JsonNode? Node(object? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.SerializeToNode(value, value.GetType(), Options);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
        {
            return System.Text.Json.Nodes.JsonValue.Create(value.ToString());
        }
    }

    internal static string Plain(object? value) => value switch
    {
        null => "null",
        NodaTime.LocalDate date => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    internal static string Day(DecisionContext context)
    {
        var today = context.Today;
        var kind = !context.Calendar.Covers(today) ? "a day the calendar does not cover"
            : context.Calendar.IsWorkingDay(today) ? (context.Calendar.Weekend.Contains(today.DayOfWeek) ? "a make-up working day" : "a working day")
            : context.Calendar.IsHoliday(today) ? "a public holiday" : "a weekend day";
        var time = context.Now.InZone(context.Zone);
        return string.Create(CultureInfo.InvariantCulture, $"{today:uuuu-MM-dd} {today.DayOfWeek}, {kind} ({time:HH:mm} {context.Zone.Id})");
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
