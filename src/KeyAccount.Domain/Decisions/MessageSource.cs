using System;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// The message templates of one aggregate family, in English (neutral resources) and Simplified Chinese
/// (<c>zh-Hans</c> satellite), looked up by error code (GEN-07).
/// </summary>
/// <remarks>A detail that is a member of an enumeration is shown by its name in
/// <c>Resources/EnumNames.zh-Hans.resx</c> (key <c>{EnumType}.{Member}</c>) wherever the Chinese templates apply,
/// and by the member name itself otherwise, as English messages always have been.</remarks>
internal sealed class MessageSource
{
    // The neutral EnumNames resources are empty: only cultures that fall back to zh-Hans find a name.
    private static readonly ResourceManager EnumNames = new("KeyAccount.Domain.Resources.EnumNames", typeof(MessageSource).Assembly);

    private readonly ResourceManager resources;

    internal MessageSource(string baseName) =>
        resources = new ResourceManager(baseName, typeof(MessageSource).Assembly);

    /// <summary>The kernel's own messages (state machines, event reading, shared refusals).</summary>
    internal static MessageSource Kernel { get; } = new("KeyAccount.Domain.Resources.Messages");

    /// <summary>Formats the template for <paramref name="code"/>; a code without a template still gives a usable text.</summary>
    internal string Format(string code, CultureInfo culture, IReadOnlyList<ErrorDetail> details)
    {
        var args = new object?[details.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Display(details[i].Value, culture);
        }

        var template = Template(code, culture);
        if (template is null)
        {
            return args.Length == 0 ? code : $"{code}: {string.Join(", ", details)}";
        }

        return string.Format(culture, template, args);
    }

    internal string? Template(string code, CultureInfo culture) => resources.GetString(code, culture);

    /// <summary>Returns the name of an enumeration member in a culture, or null when the culture has none (English,
    /// or a member without a Chinese name).</summary>
    internal static string? EnumName(Enum value, CultureInfo culture) =>
        EnumNames.GetString(value.GetType().Name + "." + value.ToString(), culture);

    private static object? Display(object? value, CultureInfo culture) =>
        value is Enum member ? EnumName(member, culture) ?? value : value;
}
