using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using KeyAccount.Domain.Serialization;
using NodaTime;
using NodaTime.Text;
using OneOf;

namespace KeyAccount.Domain.Calendars;

/// <summary>
/// Reads and writes the business calendar file format (documented in <c>docs/calendar.md</c>):
/// <code>
/// {
///   "name": "中国大陆 2025",
///   "years": [2025],
///   "weekend": ["saturday", "sunday"],
///   "holidays": [ { "name": "春节 Spring Festival", "from": "2025-01-28", "to": "2025-02-04" } ],
///   "makeUpWorkingDays": [ { "name": "春节调休", "date": "2025-01-26" } ]
/// }
/// </code>
/// Each entry of <c>holidays</c> and <c>makeUpWorkingDays</c> names a single <c>date</c> or an inclusive range
/// <c>from</c>–<c>to</c> (at most 366 days); every date lies in one of the <c>years</c> the file covers (GEN-08). Reading never throws for bad content: it returns a <see cref="CalendarFileError"/>.
/// </summary>
public static class BusinessCalendarJson
{
    private const int MaxRangeDays = 366;
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Reads a calendar from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The calendar, or what is wrong with the document.</returns>
    public static OneOf<BusinessCalendar, CalendarFileError> Parse(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            return new CalendarFileError("$", e.LineNumber + 1, "not valid JSON: " + e.Message);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement);
            }
            catch (CalendarFormatException e)
            {
                return e.Error;
            }
            catch (InvalidOperationException) when (UndecodableStrings.Find(document.RootElement) is { } path)
            {
                return new CalendarFileError(path, null, UndecodableStrings.Reason + "; save the file as UTF-8");
            }
        }
    }

    /// <summary>Reads a calendar from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The calendar, or what is wrong with the document.</returns>
    public static OneOf<BusinessCalendar, CalendarFileError> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a calendar file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The calendar, or what is wrong with the file.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static OneOf<BusinessCalendar, CalendarFileError> Load(string path) => Parse(File.ReadAllBytes(path));

    /// <summary>Writes a calendar in the file format, one entry per day, indented.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The calendar is <see cref="BusinessCalendar.WeekendsOnly"/>, which covers every year and has no file form.</exception>
    public static string Write(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Preconditions.CheckArgument(calendar.Years.Count > 0, nameof(calendar), "A calendar of every year has no file form.");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("name", calendar.Name);
            writer.WriteStartArray("years");
            foreach (var year in calendar.Years)
            {
                writer.WriteNumberValue(year);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("weekend");
            foreach (var day in calendar.Weekend)
            {
                writer.WriteStringValue(day.ToString().ToLowerInvariant());
            }

            writer.WriteEndArray();
            WriteDays(writer, "holidays", calendar.Holidays);
            WriteDays(writer, "makeUpWorkingDays", calendar.MakeUpWorkingDays);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteDays(Utf8JsonWriter writer, string property, IReadOnlyList<NamedDay> days)
    {
        writer.WriteStartArray(property);
        foreach (var day in days)
        {
            writer.WriteStartObject();
            writer.WriteString("name", day.Name);
            writer.WriteString("date", DatePattern.Format(day.Date));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static BusinessCalendar Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Fail("$", "the document must be an object");
        }

        CheckProperties(root, "$", "name", "years", "weekend", "holidays", "makeUpWorkingDays");
        var name = RequiredString(root, "$", "name");
        var years = new List<int>();
        foreach (var (item, path) in RequiredArray(root, "$", "years"))
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var year) || year is < 1 or > 9999)
            {
                throw Fail(path, "expected a year from 1 to 9999, such as 2025");
            }

            if (years.Contains(year))
            {
                throw Fail(path, $"{year} is listed twice");
            }

            years.Add(year);
        }

        if (years.Count == 0)
        {
            throw Fail("$.years", "a calendar covers at least one year");
        }

        var weekend = new List<IsoDayOfWeek>();
        foreach (var (item, path) in RequiredArray(root, "$", "weekend"))
        {
            if (item.ValueKind != JsonValueKind.String
                || !Enum.TryParse<IsoDayOfWeek>(item.GetString(), ignoreCase: true, out var day)
                || day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday
                || int.TryParse(item.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                throw Fail(path, "expected a day name such as \"saturday\"");
            }

            if (weekend.Contains(day))
            {
                throw Fail(path, $"{item.GetString()} is listed twice");
            }

            weekend.Add(day);
        }

        var holidays = ReadDays(root, "holidays");
        var makeUps = ReadDays(root, "makeUpWorkingDays");
        try
        {
            return new BusinessCalendar(name, years, weekend, holidays, makeUps);
        }
        catch (ArgumentException e)
        {
            throw Fail("$", e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static List<NamedDay> ReadDays(JsonElement root, string property)
    {
        var days = new List<NamedDay>();
        foreach (var (entry, path) in RequiredArray(root, "$", property))
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw Fail(path, "expected an object with name and date, or name, from and to");
            }

            var name = RequiredString(entry, path, "name");
            if (entry.TryGetProperty("date", out _))
            {
                CheckProperties(entry, path, "name", "date");
                days.Add(new NamedDay(RequiredDate(entry, path, "date"), name));
                continue;
            }

            CheckProperties(entry, path, "name", "from", "to");
            var from = RequiredDate(entry, path, "from");
            var to = RequiredDate(entry, path, "to");
            if (to < from)
            {
                throw Fail(path + ".to", "the range ends before it starts");
            }

            if (Period.Between(from, to, PeriodUnits.Days).Days >= MaxRangeDays)
            {
                throw Fail(path, $"a range may span at most {MaxRangeDays} days");
            }

            for (var d = from; d <= to; d = d.PlusDays(1))
            {
                days.Add(new NamedDay(d, name));
            }
        }

        return days;
    }

    private static void CheckProperties(JsonElement element, string path, params string[] allowed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw Fail($"{path}.{property.Name}", "unknown property");
            }

            if (!seen.Add(property.Name))
            {
                throw Fail($"{path}.{property.Name}", "duplicate property");
            }
        }
    }

    private static string RequiredString(JsonElement element, string path, string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Fail($"{path}.{property}", "a non-empty string is required");
        }

        return value.GetString()!.Trim();
    }

    private static LocalDate RequiredDate(JsonElement element, string path, string property)
    {
        var text = RequiredString(element, path, property);
        var result = DatePattern.Parse(text);
        return result.Success ? result.Value : throw Fail($"{path}.{property}", $"'{text}' is not a date of the form yyyy-MM-dd");
    }

    private static IEnumerable<(JsonElement Item, string Path)> RequiredArray(JsonElement element, string path, string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"{path}.{property}", "an array is required");
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, $"{path}.{property}[{i++}]");
        }
    }

    private static CalendarFormatException Fail(string path, string reason) => new(new CalendarFileError(path, null, reason));

    // Internal control flow only: never escapes Parse.
    private sealed class CalendarFormatException(CalendarFileError error) : Exception(error.ToString())
    {
        public CalendarFileError Error { get; } = error;
    }
}
