using System;
using System.Runtime.CompilerServices;

namespace KeyAccount.Domain;

/// <summary>
/// Checks for programmer errors (a null where the API says never, an argument out of its documented range).
/// Business refusals are never reported here: they are <see cref="Decisions.DomainError"/> values.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange(bool condition, string paramName, object? actual, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actual, message);
        }
    }

    internal static string CheckNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The value must not be empty or white space.", paramName);
        }

        return trimmed;
    }
}
