using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace KeyAccount.Cli.Input;

/// <summary>Reads an Excel workbook (<c>.xlsx</c>) with ExcelDataReader into one UTF-8 CSV text per sheet, so that each
/// sheet is told apart by its header and read exactly like a CSV file; a sheet's line numbers are its row numbers.</summary>
internal static class Workbook
{
    /// <summary>Gets whether a path names a workbook.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Whether it ends with <c>.xlsx</c>.</returns>
    public static bool Is(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the sheets that have any row.</summary>
    /// <param name="path">The workbook.</param>
    /// <param name="sheets">Each sheet's name and its rows as UTF-8 CSV.</param>
    /// <returns>Null, or why the workbook cannot be read.</returns>
    public static string? TryRead(string path, out List<(string Name, byte[] Csv)> sheets)
    {
        sheets = [];
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            do
            {
                var text = new StringBuilder();
                var any = false;
                while (reader.Read())
                {
                    var cells = new string[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = Csv(Text(reader.GetValue(i)));
                    }

                    // An empty row stays an empty line, which the reader skips, so that line numbers are row numbers.
                    if (Array.TrueForAll(cells, c => c.Length == 0))
                    {
                        text.Append('\n');
                        continue;
                    }

                    any = true;
                    text.AppendJoin(',', cells).Append('\n');
                }

                if (any)
                {
                    sheets.Add((reader.Name, Encoding.UTF8.GetBytes(text.ToString())));
                }
            }
            while (reader.NextResult());
            return null;
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or XmlException or NotSupportedException)
        {
            return $"{path}: not a readable .xlsx workbook";
        }
    }

    // A cell as the text a CSV file would hold: numbers in their shortest exact form, dates as yyyy-MM-dd.
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ') + "\"";
}
