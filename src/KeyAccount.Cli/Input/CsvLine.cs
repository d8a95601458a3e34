using System;
using System.Collections.Generic;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Splits one CSV line (RFC 4180: comma-separated, fields optionally in double quotes with <c>""</c> for a quote)
/// into fields, in place. Quoted fields may not span lines.
/// </summary>
internal sealed class CsvLine
{
    private readonly List<(int Start, int Length, bool Escaped)> fields = new(16);
    private byte[] scratch = new byte[256];
    private byte[] line = [];
    private int lineLength;

    /// <summary>Gets the number of fields of the line last split.</summary>
    public int Count => fields.Count;

    /// <summary>Gets or sets the byte between fields: a comma (the default), a tab or a semicolon.</summary>
    public byte Separator { get; set; } = (byte)',';

    /// <summary>Splits a line.</summary>
    /// <param name="text">The line, without its line break.</param>
    /// <param name="error">Why the line cannot be split, or null.</param>
    /// <returns>Whether the line was split.</returns>
    public bool TrySplit(ReadOnlySpan<byte> text, out string? error)
    {
        if (line.Length < text.Length)
        {
            line = new byte[Math.Max(text.Length, line.Length * 2)];
        }

        text.CopyTo(line);
        lineLength = text.Length;
        fields.Clear();
        var i = 0;
        while (true)
        {
            if (i < lineLength && line[i] == (byte)'"')
            {
                var contentStart = i + 1;
                var escaped = false;
                var j = contentStart;
                while (true)
                {
                    if (j >= lineLength)
                    {
                        error = "a quoted field is not closed on its line";
                        return false;
                    }

                    if (line[j] == (byte)'"')
                    {
                        if (j + 1 < lineLength && line[j + 1] == (byte)'"')
                        {
                            escaped = true;
                            j += 2;
                            continue;
                        }

                        break;
                    }

                    j++;
                }

                fields.Add((contentStart, j - contentStart, escaped));
                i = j + 1;
                if (i < lineLength && line[i] != Separator)
                {
                    error = "a quoted field is followed by text before the next comma";
                    return false;
                }
            }
            else
            {
                var comma = line.AsSpan(i, lineLength - i).IndexOf(Separator);
                var length = comma < 0 ? lineLength - i : comma;
                fields.Add((i, length, false));
                i += length;
            }

            if (i >= lineLength)
            {
                error = null;
                return true;
            }

            i++; // the comma
        }
    }

    /// <summary>Gets a field, unquoted and trimmed of spaces and tabs; valid until the next call.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The field's bytes; empty when the line has fewer fields.</returns>
    public ReadOnlySpan<byte> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)fields.Count)
            {
                return default;
            }

            var (start, length, escaped) = fields[index];
            ReadOnlySpan<byte> value = line.AsSpan(start, length);
            if (escaped)
            {
                if (scratch.Length < length)
                {
                    scratch = new byte[length * 2];
                }

                var n = 0;
                for (var k = 0; k < value.Length; k++)
                {
                    scratch[n++] = value[k];
                    if (value[k] == (byte)'"')
                    {
                        k++;
                    }
                }

                value = scratch.AsSpan(0, n);
            }

            return value.Trim(" \t"u8);
        }
    }
}
