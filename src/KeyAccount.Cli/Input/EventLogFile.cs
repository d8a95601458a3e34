using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Unicode;

namespace KeyAccount.Cli.Input;

/// <summary>Reads a JSON Lines event export into lines of text, for a family's <c>EventSerializer.ReadLines</c>.</summary>
internal static class EventLogFile
{
    /// <summary>Reads the lines of a file: UTF-8 with or without a byte order mark, LF or CRLF line ends; blank lines are
    /// kept so that line numbers are the file's.</summary>
    /// <param name="path">The file as named on the command line.</param>
    /// <param name="lines">The lines, when the file could be read.</param>
    /// <returns>Null when the file was read, otherwise the problem as <c>file:line: reason</c> (or <c>file: reason</c>).</returns>
    public static string? TryRead(string path, out IReadOnlyList<string> lines)
    {
        lines = [];
        if (!File.Exists(path))
        {
            return $"{path}: no such file";
        }

        var bytes = File.ReadAllBytes(path);
        var read = new List<string>();
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start <= bytes.Length)
        {
            var rest = bytes.AsSpan(start);
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            if (!Utf8.IsValid(line))
            {
                return $"{path}:{read.Count + 1}: not valid UTF-8";
            }

            read.Add(Encoding.UTF8.GetString(line).TrimEnd('\r'));
            start += line.Length + 1;
        }

        if (read.All(string.IsNullOrWhiteSpace))
        {
            return $"{path}:1: empty event log";
        }

        lines = read;
        return null;
    }

    /// <summary>The 1-based file line of each envelope <c>EventSerializer.ReadLines</c> returns for these lines: it
    /// skips blank lines, so the n-th envelope is the n-th non-blank line.</summary>
    /// <param name="lines">The lines of the file.</param>
    /// <returns>The line of each envelope, in order.</returns>
    public static List<long> EnvelopeLines(IReadOnlyList<string> lines)
    {
        var lineOf = new List<long>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                lineOf.Add(i + 1);
            }
        }

        return lineOf;
    }
}
