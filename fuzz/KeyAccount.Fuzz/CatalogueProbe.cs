using System;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Fuzz;

/// <summary>Reads one document with one catalogue's serializer and checks what comes back: a <see cref="MalformedEvent"/>
/// citing GEN-02 at the position asked for, or a whole event that writes back to a document reading as the same
/// event (GEN-02's "never a half-built event", and the JSON round-trip law).</summary>
/// <typeparam name="TEvent">The catalogue's event base type.</typeparam>
/// <param name="name">The aggregate's name.</param>
/// <param name="serializer">The catalogue's serializer.</param>
internal sealed class CatalogueProbe<TEvent>(string name, EventSerializer<TEvent> serializer) : ICatalogueProbe
    where TEvent : class
{
    private const long Position = 42;

    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public bool Read(byte[] document)
    {
        var read = serializer.Deserialize(document, Position);
        if (read.TryPickT1(out var error, out var envelope))
        {
            if (error.RuleId.ToString() != "GEN-02" || error.Position != Position || string.IsNullOrWhiteSpace(error.Detail))
            {
                throw new BrokenPromiseException($"{Name}: a malformed document was reported without GEN-02, its position or a reason: {error}");
            }

            return false;
        }

        var written = serializer.Serialize(envelope);
        var again = serializer.Deserialize(written, Position);
        if (again.TryPickT1(out var unreadable, out var reread))
        {
            throw new BrokenPromiseException($"{Name}: an accepted event wrote a document that does not read back ({unreadable}):\n{written}");
        }

        var rewritten = serializer.Serialize(reread);
        if (!string.Equals(written, rewritten, StringComparison.Ordinal))
        {
            throw new BrokenPromiseException($"{Name}: an accepted event changed on a round trip:\n{written}\n{rewritten}");
        }

        _ = envelope.Event.ToString();
        return true;
    }
}
