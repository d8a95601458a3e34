using System;
using System.IO;
using System.Text;
using System.Text.Unicode;

namespace KeyAccount.Cli.Input;

/// <summary>How a CSV file is written: its encoding (UTF-8, or GB18030 — which reads GBK and GB2312 — as Excel saves
/// a CSV on a Chinese Windows) and its separator (comma, tab or semicolon), told from the file itself.</summary>
/// <param name="IsUtf8">True for UTF-8, false for GB18030.</param>
/// <param name="Separator">The character between fields.</param>
internal sealed record CsvFormat(bool IsUtf8, char Separator)
{
    /// <summary>The format of a workbook's sheet, which the tool writes as UTF-8 with commas.</summary>
    public static readonly CsvFormat Sheet = new(true, ',');

    // UTF-8 whose byte order mark, if any, is skipped by the reader.
    private static readonly Encoding Utf8WithMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false);

    /// <summary>The most bytes looked at to tell the encoding: enough for thousands of rows.</summary>
    private const int Sample = 1 << 20;

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Gets the encoding's name as told on standard error.</summary>
    public string EncodingName => IsUtf8 ? "UTF-8" : "GB18030 (GBK)";

    /// <summary>Gets the file's encoding.</summary>
    public Encoding Encoding => IsUtf8 ? Utf8WithMark : Gb18030.Value;

    /// <summary>Tells a file's format from its first megabyte: UTF-8 when that is valid UTF-8, else GB18030 when it
    /// decodes as GB18030 (otherwise UTF-8, so that the line that is not valid is reported); the separator that
    /// occurs most often outside quotes in the first line.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The format.</returns>
    public static CsvFormat Detect(string file)
    {
        var buffer = new byte[Sample];
        int read;
        using (var stream = File.OpenRead(file))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        var sample = buffer.AsSpan(0, read);
        if (read == Sample && sample.LastIndexOf((byte)'\n') is var end and > 0)
        {
            // A newline is never part of a UTF-8 or GB18030 character: the sample ends on a whole character.
            sample = sample[..end];
        }

        var utf8 = Utf8.IsValid(sample) || !DecodesAs(Gb18030.Value, sample);
        var header = sample[..(sample.IndexOf((byte)'\n') is var nl and >= 0 ? nl : sample.Length)];
        return new CsvFormat(utf8, SeparatorOf(header));
    }

    private static bool DecodesAs(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            encoding.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // Separators are ASCII, so they are counted in the raw bytes whatever the encoding (GB18030's second bytes are
    // never a comma, tab or semicolon).
    private static char SeparatorOf(ReadOnlySpan<byte> header)
    {
        int commas = 0, tabs = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in header)
        {
            switch (b)
            {
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)',' when !quoted:
                    commas++;
                    break;
                case (byte)'\t' when !quoted:
                    tabs++;
                    break;
                case (byte)';' when !quoted:
                    semicolons++;
                    break;
            }
        }

        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
