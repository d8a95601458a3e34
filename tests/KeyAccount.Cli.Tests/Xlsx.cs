using System;
using System.Linq;
using KeyAccount.Domain.Benchmarks.Tool;

namespace KeyAccount.Cli.Tests;

/// <summary>Writes a minimal Excel workbook: one sheet per CSV text, numbers as number cells (as Excel stores a
/// typed-in amount or notice number), other values as inline strings; the benchmarks' writer.</summary>
internal static class Xlsx
{
    public static void Write(string path, (string Name, string Csv)[] sheets) =>
        XlsxWriter.Write(path, sheets.Select(s => (s.Name, s.Csv.Split('\n', StringSplitOptions.RemoveEmptyEntries))).ToList());
}
