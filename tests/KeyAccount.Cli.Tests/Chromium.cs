using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>Headless Chromium from the command line: loads a page, dumps its DOM after the scripts ran, saves a
/// screenshot and collects what the page wrote to its console.</summary>
internal static class Chromium
{
    /// <summary>Gets the browser's path: <c>$CHROMIUM</c>, else <c>chromium</c> or <c>chromium-browser</c> on the
    /// path; null when there is none.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Gets whether the tests run in CI, where a missing browser fails the test instead of skipping it.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads a page.</summary>
    /// <param name="url">The page's URL (a file URL, with an optional fragment).</param>
    /// <param name="screenshot">Where to save the screenshot, or null for none.</param>
    /// <param name="width">The window's width.</param>
    /// <param name="height">The window's height.</param>
    /// <returns>The DOM after the scripts ran and the console messages.</returns>
    public static Page Load(Uri url, string? screenshot = null, int width = 1280, int height = 1500)
    {
        Assert.True(Path is not null, "Chromium is needed to render the HTML report: install Debian's chromium and fonts-wqy-microhei (as .ci/run does) or set CHROMIUM to the browser's path.");
        using var profile = new TempDir();
        var start = new ProcessStartInfo(Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--mute-audio",
            $"--user-data-dir={profile.Path}", "--enable-logging=stderr", "--v=0", $"--window-size={width},{height}",
            // Nothing may be fetched: a request to any host fails.
            "--host-resolver-rules=MAP * ~NOTFOUND",
        })
        {
            start.ArgumentList.Add(arg);
        }

        if (screenshot is not null)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(screenshot)!);
            start.ArgumentList.Add($"--screenshot={screenshot}");
        }

        start.ArgumentList.Add("--dump-dom");
        start.ArgumentList.Add(url.AbsoluteUri);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "Chromium did not finish within two minutes");
        var log = stderr.Result;
        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}:\n{log}");
        // Chromium logs every console message (and every error the page raises) as CONSOLE lines.
        var console = log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).Select(l => Regex.Replace(l, @"^\[[^\]]*\] ", string.Empty)).ToList();
        return new Page(dom, console);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => System.IO.Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>A loaded page.</summary>
    /// <param name="Dom">The serialized DOM after the scripts ran.</param>
    /// <param name="Console">The console messages, errors included.</param>
    public sealed record Page(string Dom, System.Collections.Generic.List<string> Console);
}

/// <summary>A test that needs headless Chromium: skipped where there is none, except in CI (<c>CI=true</c>), where it
/// runs and fails, so that a CI machine without the browser cannot pass it unseen.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.InCi)
        {
            Skip = "Chromium is not installed (apt-get install chromium fonts-wqy-microhei); CI runs this test.";
        }
    }
}
