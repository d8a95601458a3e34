using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace KeyAccount.Cli.Input;

/// <summary>A read-only stream over one byte range of an open file, read with positional reads so that several
/// windows of the same file are read at once, each by its own thread.</summary>
internal sealed class FileWindow : Stream
{
    private readonly SafeFileHandle handle;
    private readonly long end;
    private long position;

    /// <summary>Initializes a new instance of the <see cref="FileWindow"/> class.</summary>
    /// <param name="handle">The open file; not disposed by the window.</param>
    /// <param name="start">The first byte's offset.</param>
    /// <param name="end">The offset after the last byte.</param>
    public FileWindow(SafeFileHandle handle, long start, long end)
    {
        this.handle = handle;
        position = start;
        this.end = end;
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, end - position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(handle, buffer[..wanted], position);
        position += read;
        return read;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
