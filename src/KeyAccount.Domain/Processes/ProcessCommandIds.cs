using System;
using System.Security.Cryptography;
using System.Text;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Processes;

/// <summary>
/// Derives the ID of a process's command from the source event: a name-based identifier (RFC 9562 version 8) of
/// the process, the source stream, the event's version, the row and the attempt (the command or its compensation).
/// The same event always gives the same IDs, so a redelivery is idempotent through GEN-03.
/// </summary>
internal static class ProcessCommandIds
{
    public static CommandId For(string process, StreamId source, long version, int row, string part)
    {
        var name = Encoding.UTF8.GetBytes($"{process}\n{source.Value}\n{version}\n{row}\n{part}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(name, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return CommandId.From(new Guid(bytes, bigEndian: true));
    }
}
