using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace KeyAccount.SalesOffice;

/// <summary>Bounds on every request: text up to <see cref="MaxText"/> characters, lists up to <see cref="MaxItems"/> items, required text not blank.</summary>
internal static class Input
{
    public const int MaxText = 200;

    public const int MaxItems = 20;

    /// <summary>Checks a request's text and lists, recursively; throws <see cref="BadInputException"/> naming the first bad field.</summary>
    public static T Checked<T>(T request)
        where T : class
    {
        Check(request, "");
        return request;
    }

    private static void Check(object value, string prefix)
    {
        var nullability = new NullabilityInfoContext();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var field = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            switch (property.GetValue(value))
            {
                case string text when text.Length > MaxText:
                    throw new BadInputException(field, $"'{field}' is longer than {MaxText} characters.");
                case string text when string.IsNullOrWhiteSpace(text) && nullability.Create(property).ReadState == NullabilityState.NotNull:
                    throw new BadInputException(field, $"'{field}' must not be blank.");
                case string:
                    break;
                case IEnumerable items:
                    var list = items.Cast<object?>().ToList();
                    if (list.Count > MaxItems)
                    {
                        throw new BadInputException(field, $"'{field}' has more than {MaxItems} items.");
                    }

                    for (var i = 0; i < list.Count; i++)
                    {
                        switch (list[i])
                        {
                            case null:
                                throw new BadInputException($"{field}[{i}]", $"'{field}[{i}]' must not be null.");
                            case string text when text.Length > MaxText || string.IsNullOrWhiteSpace(text):
                                throw new BadInputException($"{field}[{i}]", $"'{field}[{i}]' must be between 1 and {MaxText} characters.");
                            case string or System.Enum:
                                break;
                            case { } item:
                                Check(item, $"{field}[{i}].");
                                break;
                        }
                    }

                    break;
            }
        }
    }
}
