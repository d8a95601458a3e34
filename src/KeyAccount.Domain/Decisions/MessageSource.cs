using System;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// The message templates of one aggregate family, in English (neutral resources) and Simplified Chinese
/// (<c>zh-Hans</c> satellite), looked up by error code (GEN-07).
/// </summary>
internal sealed class MessageSource
{
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
            args[i] = details[i].Value;
        }

        var template = Template(code, culture);
        if (template is null)
        {
            return args.Length == 0 ? code : $"{code}: {string.Join(", ", details)}";
        }

        return string.Format(culture, template, args);
    }

    internal string? Template(string code, CultureInfo culture) => resources.GetString(code, culture);
}
