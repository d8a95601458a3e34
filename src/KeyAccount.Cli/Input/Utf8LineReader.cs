using System;
using System.IO;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Reads a stream line by line as raw UTF-8 bytes, without decoding or allocating per line: how JSON Lines files (one
/// record per line, parsed by <c>Utf8JsonReader</c> from the bytes) are read. Lines end with LF or CRLF; a UTF-8 byte
/// order mark at the start is skipped.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    /// <summary>The longest line accepted, in bytes.</summary>
    public const int MaxLineLength = 1 << 20;

    private readonly Stream stream;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool eof;
    private bool first = true;

    /// <summary>Creates a reader over a stream, which it disposes.</summary>
    /// <param name="stream">The stream.</param>
    public Utf8LineReader(Stream stream) => this.stream = stream;

    /// <summary>Gets the 1-based number of the line last read (0 before the first).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets the number of bytes consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>Reads the next line.</summary>
    /// <param name="line">The line without its line break; valid until the next call.</param>
    /// <returns>False at the end of the stream.</returns>
    /// <exception cref="InvalidDataException">A line is longer than <see cref="MaxLineLength"/>.</exception>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var pending = buffer.AsSpan(start, end - start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0 || (eof && pending.Length > 0))
            {
                var length = newline >= 0 ? newline : pending.Length;
                line = pending[..length];
                var consumed = newline >= 0 ? length + 1 : length;
                start += consumed;
                Position += consumed;
                if (line.Length > 0 && line[^1] == (byte)'\r')
                {
                    line = line[..^1];
                }

                if (first && line.StartsWith("\uFEFF"u8))
                {
                    line = line[3..];
                }

                first = false;

                LineNumber++;
                return true;
            }

            if (eof)
            {
                line = default;
                return false;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                if (buffer.Length >= MaxLineLength)
                {
                    throw new InvalidDataException($"line {LineNumber + 1} is longer than {MaxLineLength} bytes");
                }

                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                eof = true;
            }
            else
            {
                end += read;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
