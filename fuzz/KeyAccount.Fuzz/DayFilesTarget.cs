using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KeyAccount.Fuzz;

/// <summary>
/// <c>day-files</c>: the input files of <c>keyaccount reconcile</c> — sites, payments and notice copies as CSV (kind
/// told by the header) or JSON Lines. The input holds up to four files separated by a NUL byte; a file that starts
/// with <c>{</c> is written as <c>.jsonl</c>, any other as <c>.csv</c>. The report format is picked by the input's
/// length. The run must end in a documented exit code with its message (<see cref="ToolRun"/>), and a JSON report
/// must be valid JSON.
/// </summary>
internal sealed class DayFilesTarget : IFuzzTarget
{
    private const int MaxFiles = 4;
    private static readonly string[] Formats = ["table", "json", "csv", "markdown"];
    private readonly ScratchDirectory scratch = new();

    /// <inheritdoc />
    public string Name => "day-files";

    /// <inheritdoc />
    public string Description => "up to four CSV or JSON Lines files separated by NUL, reconciled by 'keyaccount reconcile'";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        scratch.Clear();
        var args = new List<string> { "reconcile" };
        var rest = input.AsSpan();
        for (var i = 0; i < MaxFiles && (i == 0 || !rest.IsEmpty); i++)
        {
            var end = i == MaxFiles - 1 ? -1 : rest.IndexOf((byte)0);
            var file = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            args.Add(scratch.Write($"file{i}{(file.StartsWith("{"u8) ? ".jsonl" : ".csv")}", file));
        }

        var format = Formats[input.Length % Formats.Length];
        args.AddRange(["--format", format]);
        var run = ToolRun.Start([.. args]);
        if (run.Exit != 2 && format == "json")
        {
            try
            {
                using var report = JsonDocument.Parse(run.Out);
            }
            catch (JsonException e)
            {
                throw new BrokenPromiseException($"the JSON report is not valid JSON ({e.Message}):\n{run.Out}");
            }
        }
    }
}
