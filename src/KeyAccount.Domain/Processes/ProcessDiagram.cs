using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KeyAccount.Domain.Processes;

/// <summary>
/// Renders a process as a Mermaid flowchart: each source event, the command each row sends to its target and, dashed,
/// the compensation sent back when the target refuses. Deterministic (declaration order, LF line ends) so that
/// <c>docs/diagrams/processes/</c> can be compared with the declarations byte for byte.
/// </summary>
internal static class ProcessDiagram
{
    public static string ToMermaid(IProcessDefinition process)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(process.Name).Append("\n---\nflowchart LR\n");
        var events = new List<string>();
        foreach (var e in process.Reactions.Select(r => r.Event).Distinct())
        {
            events.Add(e);
            text.Append("    E").Append(events.Count).Append("([\"").Append(process.Source.Name).Append(": ").Append(e).Append("\"])\n");
        }

        for (var i = 0; i < process.Reactions.Count; i++)
        {
            var row = process.Reactions[i];
            var label = string.Join(" · ", new[] { row.Condition }.Concat(row.Rules.Select(r => r.Value)).Append(row.SuppliesSourceState ? "with " + process.Source.Name + " state" : null).Where(s => !string.IsNullOrEmpty(s)));
            var target = row.ToDependents ? "each dependent " + row.Target : row.Target;
            text.Append("    E").Append(events.IndexOf(row.Event) + 1).Append(" -->|\"").Append(label).Append("\"| C").Append(i + 1)
                .Append("[\"").Append(target).Append(": ").Append(row.Command).Append("\"]\n");
            if (row.Compensation is not null)
            {
                text.Append("    C").Append(i + 1).Append(" -.->|\"").Append(row.CompensationCondition ?? "refused").Append("\"| K").Append(i + 1)
                    .Append("[\"").Append(row.CompensationTarget ?? process.Source.Name).Append(": ").Append(row.Compensation).Append("\"]\n");
            }
        }

        return text.ToString();
    }
}
