using System;

namespace KeyAccount.Cli;

/// <summary>The process entry point of the <c>keyaccount</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
