using System;
using System.Text.Json;

namespace KeyAccount.Domain.Serialization;

/// <summary>
/// Finds a string in a parsed JSON document that cannot be read as text: bytes that are not UTF-8, or an escaped
/// surrogate without its pair (<c>"\ud800"</c>). <see cref="JsonDocument"/> accepts both when it parses and throws
/// <see cref="InvalidOperationException"/> only when such a string or property name is read, so the readers of the
/// package look for one when reading fails that way, to answer with a typed error naming where it is.
/// </summary>
internal static class UndecodableStrings
{
    /// <summary>What is wrong with such a string, in English, for the readers' errors.</summary>
    public const string Reason = "a string that is not valid UTF-8 or holds an unpaired surrogate escape";

    /// <summary>Finds the first undecodable string or property name.</summary>
    /// <param name="root">The document's root element.</param>
    /// <returns>The JSON path of the value (of the object, for a property name), or null when every string reads.</returns>
    public static string? Find(JsonElement root) => Find(root, "$");

    private static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(element) ? null : path;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index}]") is { } found)
                    {
                        return found;
                    }

                    index++;
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!NameDecodes(property, out var name))
                    {
                        return path;
                    }

                    if (Find(property.Value, $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Decodes(JsonElement text)
    {
        try
        {
            _ = text.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool NameDecodes(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }
}
