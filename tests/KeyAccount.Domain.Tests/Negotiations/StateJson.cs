using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Tests.Negotiations;

/// <summary>
/// A structural fingerprint of any value (state or event) for equality checks: immutable collections compare by
/// reference in records, so two equal states built separately are compared through their JSON instead.
/// </summary>
internal static class StateJson
{
    private static readonly JsonSerializerOptions Options = new(KeyAccountJson.CreateOptions()) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, value!.GetType(), Options);
}
