using System;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// Who may touch the files the tests generate (the diagrams, <c>docs/rules.md</c>, <c>docs/api/</c>, the fuzz seeds,
/// the negotiation guide and its sample plan). The suite runs once per target framework, and <c>dotnet test</c> runs
/// the targets at the same time: under <c>UPDATE_DIAGRAMS=1</c> only the net10.0 run rewrites them, and the other
/// runs neither write nor read them, so no run compares against a file that another is halfway through writing.
/// Without the variable every target compares, so each build is held to the same files.
/// </summary>
internal static class GeneratedFiles
{
#if NET10_0_OR_GREATER
    private const bool IsWritingTarget = true;
#else
    private const bool IsWritingTarget = false;
#endif

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_DIAGRAMS") == "1";

    /// <summary>Gets whether this run rewrites the generated files before comparing.</summary>
    public static bool Rewrite => Updating && IsWritingTarget;

    /// <summary>Gets whether this run may read the generated files (not while another target's run rewrites them).</summary>
    public static bool Compare => !Updating || IsWritingTarget;

    /// <summary>Returns a document with the text between <c>&lt;!-- generated:name --&gt;</c> and
    /// <c>&lt;!-- /generated:name --&gt;</c> (each on its own line) replaced.</summary>
    /// <param name="document">The document's text, with \n line ends.</param>
    /// <param name="file">The document's path, for the message when the region is missing.</param>
    /// <param name="name">The region's name.</param>
    /// <param name="content">The region's new text.</param>
    /// <returns>The document.</returns>
    public static string WithRegion(string document, string file, string name, string content)
    {
        var open = $"<!-- generated:{name} -->\n";
        var close = $"<!-- /generated:{name} -->";
        var from = document.IndexOf(open, StringComparison.Ordinal);
        var to = document.IndexOf(close, StringComparison.Ordinal);
        Xunit.Assert.True(from >= 0 && to > from, $"{file} lacks the generated region '{name}'.");
        return document[..(from + open.Length)] + content + document[to..];
    }
}
