using System.CommandLine;
using System.Globalization;
using KeyAccount.Domain.Rules;

namespace KeyAccount.Cli.Commands;

/// <summary><c>rules [--lang en|zh-CN]</c>: prints the package's rule catalogue.</summary>
internal static class RulesCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The output streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var lang = new Option<string>("--lang")
        {
            Description = "The language of titles and statements: en (default) or zh-CN.",
            DefaultValueFactory = _ => "en",
        };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var command = new Command("rules", "Print the rule catalogue: each rule's ID, title and statement.") { lang };
        command.SetAction(result =>
        {
            var culture = CultureInfo.GetCultureInfo(result.GetValue(lang) == "zh-CN" ? "zh-CN" : "en");
            foreach (var rule in RuleCatalogue.All)
            {
                console.Out.WriteLine($"{rule.Id.Value,-8}{rule.GetTitle(culture)}");
                console.Out.WriteLine($"{string.Empty,-8}{rule.GetStatement(culture)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
