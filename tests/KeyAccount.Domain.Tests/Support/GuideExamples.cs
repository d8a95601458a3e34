using System;
using System.Linq;
using Xunit;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>Reads the code of a guide's example and of the test that runs it, so that a test can require both to be the same.</summary>
internal static class GuideExamples
{
    /// <summary>Returns the lines between two marker lines, without their common indentation.</summary>
    /// <param name="lines">The file's lines.</param>
    /// <param name="begin">The line that opens the example.</param>
    /// <param name="end">The line that closes it.</param>
    /// <param name="skip">How many lines from <paramref name="begin"/> on are not code (2 in Markdown: the marker and the fence).</param>
    /// <returns>The example's lines.</returns>
    public static string[] Extract(string[] lines, string begin, string end, int skip = 1)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == begin);
        Assert.True(start >= 0, $"'{begin}' not found");
        var body = lines.Skip(start + skip).TakeWhile(l => l.Trim() != end).ToArray();
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return body.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.Trim()).ToArray();
    }
}
