using System.CommandLine;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Cli.Commands;

/// <summary><c>diagram &lt;lifecycle&gt; --format mermaid|dot</c> prints one lifecycle table; <c>diagram --all --out
/// DIR</c> writes <c>{name}.mmd</c> and <c>{name}.dot</c> for every registered lifecycle.</summary>
internal static class DiagramCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The output streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var lifecycles = AggregateCatalogue.All.SelectMany(a => a.Lifecycles).OrderBy(l => l.Name, System.StringComparer.Ordinal).ToArray();
        var known = string.Join(", ", lifecycles.Select(e => e.Name));
        var name = new Argument<string?>("lifecycle") { Description = $"The lifecycle to print: {known}.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f") { Description = "mermaid (default) or dot.", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var all = new Option<bool>("--all") { Description = "Write every lifecycle to --out as {name}.mmd and {name}.dot." };
        var output = new Option<string?>("--out", "-o") { Description = "The directory --all writes to, e.g. docs/diagrams." };
        var command = new Command("diagram", "Print a lifecycle table as a Mermaid or Graphviz DOT state diagram, or write them all.") { name, format, all, output };
        command.SetAction(result =>
        {
            if (result.GetValue(all))
            {
                var directory = result.GetValue(output);
                if (string.IsNullOrWhiteSpace(directory) || result.GetValue(name) is not null)
                {
                    console.Error.WriteLine("diagram --all needs --out DIR and no lifecycle name");
                    return ExitCodes.BadInput;
                }

                Directory.CreateDirectory(directory);
                foreach (var entry in lifecycles)
                {
                    Write(Path.Combine(directory, entry.Name + ".mmd"), entry.ToMermaid(), console);
                    Write(Path.Combine(directory, entry.Name + ".dot"), entry.ToDot(), console);
                }

                return ExitCodes.Success;
            }

            var lifecycle = result.GetValue(name);
            if (lifecycle is null || Find(lifecycles, lifecycle) is not { } found)
            {
                console.Error.WriteLine(lifecycle is null ? $"name a lifecycle ({known}) or use --all --out DIR" : $"unknown lifecycle '{lifecycle}'; known: {known}");
                return ExitCodes.BadInput;
            }

            console.Out.Write(result.GetValue(format) == "dot" ? found.ToDot() : found.ToMermaid());
            return ExitCodes.Success;
        });
        return command;
    }

    private static ILifecycle? Find(ILifecycle[] lifecycles, string name) =>
        lifecycles.FirstOrDefault(l => string.Equals(l.Name, name, System.StringComparison.OrdinalIgnoreCase));

    private static void Write(string path, string content, CliConsole console)
    {
        File.WriteAllText(path, content);
        console.Out.WriteLine(path);
    }
}
