using System;
using System.IO;

namespace KeyAccount.Cli;

/// <summary>The two output streams of a run, and whether standard error is an interactive terminal (progress is
/// shown only then).</summary>
/// <param name="Out">Where results go.</param>
/// <param name="Error">Where diagnostics go.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Gets whether progress may be drawn: standard error is the process's own and a terminal.</summary>
    public bool ShowsProgress => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
