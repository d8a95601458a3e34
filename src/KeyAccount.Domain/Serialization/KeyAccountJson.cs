using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace KeyAccount.Domain.Serialization;

/// <summary>The JSON settings every serializer of the package shares: camelCase names, NodaTime's ISO formats, a depth limit.</summary>
public static class KeyAccountJson
{
    /// <summary>The deepest nesting accepted when reading; deeper documents are rejected, not followed.</summary>
    public const int MaxDepth = 32;

    /// <summary>Creates a new options instance with the package's settings (each source-generated context binds its own).</summary>
    /// <remarks>Enumerations are written as camelCase strings by each source-generated context (<c>UseStringEnumConverter</c>).</remarks>
    /// <returns>Options: camelCase, NodaTime converters on the TZDB provider, strict number handling, <see cref="MaxDepth"/>.</returns>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = MaxDepth,
            WriteIndented = false,
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }
}
