using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace KeyAccount.Cli.Tests;

/// <summary>Reads the discrepancies of a generator manifest and of a JSON report as comparable sets.</summary>
internal static class Manifest
{
    public static (HashSet<string> Planted, long Matched) Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var planted = doc.RootElement.GetProperty("planted").EnumerateArray()
            .Select(p => Key(p.GetProperty("site").GetString()!, p.GetProperty("date").GetString()!, p.GetProperty("kind").GetString()!, p.GetProperty("noticeNo").GetInt64()))
            .ToHashSet();
        return (planted, doc.RootElement.GetProperty("expectedMatched").GetInt64());
    }

    public static (List<string> Reported, long Matched) FromReport(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var reported = new List<string>();
        foreach (var day in doc.RootElement.GetProperty("siteDays").EnumerateArray())
        {
            foreach (var d in day.GetProperty("discrepancies").EnumerateArray())
            {
                reported.Add(Key(day.GetProperty("site").GetString()!, day.GetProperty("date").GetString()!, d.GetProperty("kind").GetString()!, d.GetProperty("noticeNo").GetInt64()));
            }
        }

        return (reported, doc.RootElement.GetProperty("matched").GetInt64());
    }

    private static string Key(string site, string date, string kind, long notice) => $"{site} {date} {kind} {notice}";
}
