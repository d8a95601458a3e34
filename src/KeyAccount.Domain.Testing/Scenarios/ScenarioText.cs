using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KeyAccount.Domain.Testing.Scenarios;

internal static class ScenarioText
{
    internal static string Section(string title, IEnumerable<object?> items) => Lines(title, items.Select(ValueText.Render).ToList());

    internal static string Lines(string title, IReadOnlyList<string> list)
    {
        var text = new StringBuilder().Append(title).Append(list.Count == 1 ? " (1 item):" : $" ({list.Count} items):").Append(Environment.NewLine);
        if (list.Count == 0)
        {
            text.Append("  (none)").Append(Environment.NewLine);
        }

        for (var i = 0; i < list.Count; i++)
        {
            text.Append("  ").Append(i + 1).Append(". ").Append(list[i]).Append(Environment.NewLine);
        }

        return text.ToString();
    }

    internal static string Line(string title, string value) => $"{title}:{Environment.NewLine}  {value}{Environment.NewLine}";
}
