using System.Text;

namespace KeyAccount.Cli.Input;

/// <summary>
/// Decodes bytes that are not valid in the file's encoding as U+FFFD and notes that it did: the reader then looks for
/// U+FFFD in the rows to name the first line that is not valid, while a valid file is decoded on the encoding's fast
/// path and never checked row by row.
/// </summary>
internal sealed class InvalidTextFallback : DecoderFallback
{
    /// <summary>The character that stands for bytes that are not valid.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Gets a value indicating whether bytes that are not valid have been decoded.</summary>
    public bool Seen { get; private set; }

    /// <inheritdoc />
    public override int MaxCharCount => 1;

    /// <summary>Gets an encoding like <paramref name="encoding"/> whose decoder falls back to a new instance of this
    /// class; one per reader, as each notes only its own text.</summary>
    /// <param name="encoding">The file's encoding.</param>
    /// <param name="fallback">The fallback of the encoding returned.</param>
    /// <returns>The encoding.</returns>
    public static Encoding Watching(Encoding encoding, out InvalidTextFallback fallback)
    {
        var copy = (Encoding)encoding.Clone();
        fallback = new InvalidTextFallback();
        copy.DecoderFallback = fallback;
        return copy;
    }

    /// <inheritdoc />
    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(InvalidTextFallback owner) : DecoderFallbackBuffer
    {
        private bool pending;

        public override int Remaining => pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Seen = true;
            pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!pending)
            {
                return '\0';
            }

            pending = false;
            return Replacement;
        }

        public override bool MovePrevious()
        {
            if (pending)
            {
                return false;
            }

            pending = true;
            return true;
        }

        public override void Reset() => pending = false;
    }
}
