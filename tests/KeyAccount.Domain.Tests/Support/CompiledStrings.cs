using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KeyAccount.Domain.Aggregates;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// The string literals the compiled code of a namespace loads (every <c>ldstr</c> of its methods and constructors): how
/// the tests find every rejection code or rule ID a family can emit without a hand list.
/// </summary>
internal static class CompiledStrings
{
    /// <summary>Returns every string loaded by a method of a type of the namespace or below it.</summary>
    /// <param name="namespace">The namespace, e.g. <c>KeyAccount.Domain.Sales</c>.</param>
    /// <param name="typePrefix">Only types whose name starts with it, e.g. <c>SiteVisit</c>; all when empty.</param>
    /// <returns>The strings.</returns>
    public static IReadOnlySet<string> In(string @namespace, string typePrefix = "")
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var assembly = typeof(AggregateCatalogue).Assembly;
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace is { } ns && (ns == @namespace || ns.StartsWith(@namespace + ".", StringComparison.Ordinal))
            && t.Name.StartsWith(typePrefix, StringComparison.Ordinal)))
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                strings.UnionWith(LoadedStrings(method));
            }
        }

        return strings;
    }

    private static IEnumerable<string> LoadedStrings(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // ldstr (0x72) takes a user-string token (0x70xxxxxx).
            if (il[i] == 0x72 && il[i + 4] == 0x70)
            {
                string? text;
                try
                {
                    text = method.Module.ResolveString(BitConverter.ToInt32(il, i + 1));
                }
                catch (ArgumentException)
                {
                    text = null;
                }

                if (text is not null)
                {
                    yield return text;
                }
            }
        }
    }
}
