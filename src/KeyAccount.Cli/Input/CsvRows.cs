using System;
using System.Buffers;
using System.IO;
using System.Text;
using Sylvan.Data.Csv;

namespace KeyAccount.Cli.Input;

/// <summary>
/// The rows of a CSV text (RFC 4180: fields optionally in double quotes with <c>""</c> for a quote), read with
/// Sylvan.Data.Csv from a stream in the file's encoding, each with the number of its line. A quoted field may not span
/// lines. Reading stops at the first row that cannot be read (text that is not valid in the encoding, a quote out of
/// place, a line too long): the lines after it could not be numbered or split reliably.
/// </summary>
internal sealed class CsvRows : IDisposable
{
    /// <summary>The longest line accepted, in characters.</summary>
    public const int MaxLineLength = 1 << 20;

    private static readonly SearchValues<char> Suspect = SearchValues.Create(['\n', '\r', InvalidTextFallback.Replacement]);

    private readonly Stream stream;
    private readonly Encoding encoding;
    private readonly InvalidTextFallback fallback;
    private readonly CsvDataReader? reader;
    private readonly long linesBefore;
    private string? pending;

    /// <summary>Initializes a new instance of the <see cref="CsvRows"/> class over a stream, which it disposes.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="format">The file's encoding and separator.</param>
    /// <param name="linesBefore">The number of lines before the stream's first, when it starts inside a file.</param>
    public CsvRows(Stream stream, CsvFormat format, long linesBefore = 0)
    {
        this.stream = stream;
        this.linesBefore = linesBefore;
        encoding = format.Encoding;
        var text = new StreamReader(stream, InvalidTextFallback.Watching(format.Encoding, out fallback), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = format.Separator,
            Comment = '\uFFFF', // no comment lines: every line is a row
            BufferSize = 1 << 16,
            MaxBufferSize = MaxLineLength,
            CsvStyle = CsvStyle.Standard,
        };
        try
        {
            reader = CsvDataReader.Create(text, options);
        }
        catch (CsvFormatException e)
        {
            text.Dispose();
            pending = Reason(e);
            LineNumber = linesBefore + 1;
        }
    }

    /// <summary>Gets the 1-based number of the line last read (0 before the first).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets the number of fields of the row last read.</summary>
    public int Count => reader!.RowFieldCount;

    /// <summary>Gets whether the line last read is empty.</summary>
    public bool IsEmpty => Count == 1 && reader!.GetRawRecordSpan().TrimEnd("\r\n").IsEmpty;

    /// <summary>Gets the number of bytes the row last read takes in the file, line break included.</summary>
    public int RawBytes => encoding.GetByteCount(reader!.GetRawRecordSpan());

    /// <summary>Gets the position in the stream read so far, when the stream tells it, else -1.</summary>
    public long Position => stream.CanSeek ? stream.Position : -1;

    /// <summary>Gets a field, unquoted and trimmed of spaces and tabs; valid until the next row is read.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The field; empty when the row has fewer fields.</returns>
    public ReadOnlySpan<char> this[int index] =>
        (uint)index < (uint)reader!.RowFieldCount ? reader.GetFieldSpan(index).Trim(" \t") : default;

    /// <summary>Reads the next row.</summary>
    /// <param name="problem">Why reading stops at <see cref="LineNumber"/>, or null at the end.</param>
    /// <returns>False at the end, or when reading stops.</returns>
    public bool TryRead(out string? problem)
    {
        problem = pending;
        if (pending is not null || reader is null)
        {
            pending = null;
            return false;
        }

        try
        {
            if (!reader.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException e)
        {
            LineNumber = linesBefore + Math.Max(1, e.RowNumber);
            problem = Reason(e);
            return false;
        }

        LineNumber = linesBefore + reader.RowNumber;
        // One search per row finds both rare cases: a replacement character (text not valid in the encoding, when
        // the decoder met any) and a line break inside the row (a quoted field that runs on to the next line).
        var raw = reader.GetRawRecordSpan().TrimEnd("\r\n");
        if (raw.ContainsAny(Suspect))
        {
            if (fallback.Seen && raw.Contains(InvalidTextFallback.Replacement))
            {
                problem = "not valid UTF-8 (nor GB18030); save the file as UTF-8";
                return false;
            }

            if (raw.ContainsAny('\n', '\r'))
            {
                problem = "a quoted field is not closed on its line";
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        reader?.Dispose();
        stream.Dispose();
    }

    private static string Reason(CsvFormatException e) => e switch
    {
        CsvRecordTooLargeException => $"the line is longer than {MaxLineLength} characters",
        CsvInvalidCharacterException { Message: var m } when m.Contains("without a closing quote", StringComparison.Ordinal) => "a quoted field is not closed on its line",
        _ => "a quoted field is followed by text before the next separator",
    };
}
