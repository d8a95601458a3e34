using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// Finds the personal data a value carries (ACC-09, GEN-10): every text under a property marked
/// <see cref="PersonalDataAttribute"/>, anywhere in the value's graph of the package's types and collections.
/// </summary>
internal static class PersonalValues
{
    private const int MaxDepth = 12;

    /// <summary>Returns the texts under marked properties of a value.</summary>
    /// <param name="value">A command, event, state or any value of the package.</param>
    /// <returns>The texts, trimmed, without blanks.</returns>
    public static IEnumerable<string> Of(object? value)
    {
        var found = new List<string>();
        Walk(value, marked: false, found, 0);
        return found.Select(t => t.Trim()).Where(t => t.Length > 0);
    }

    /// <summary>Gets whether a type is one of the package's own types.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Whether it is declared in the domain assembly.</returns>
    public static bool IsDomainType(Type type) => type.Assembly == typeof(AggregateCatalogue).Assembly;

    private static void Walk(object? value, bool marked, List<string> found, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return;
        }

        switch (value)
        {
            case string text:
                if (marked)
                {
                    found.Add(text);
                }

                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, marked, found, depth + 1);
                }

                return;
        }

        var type = value.GetType();
        if (!IsDomainType(type) || type.IsEnum)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var isMarked = marked || property.GetCustomAttribute<PersonalDataAttribute>() is not null;
            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            Walk(child, isMarked, found, depth + 1);
        }
    }
}
