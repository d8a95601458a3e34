namespace KeyAccount.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success: the day balances, the log is valid, the files were written.</summary>
    public const int Success = 0;

    /// <summary>The input was read but it does not pass: discrepancies in the day, a violation in the log.</summary>
    public const int Findings = 1;

    /// <summary>The input could not be read or the command line is wrong.</summary>
    public const int BadInput = 2;
}
