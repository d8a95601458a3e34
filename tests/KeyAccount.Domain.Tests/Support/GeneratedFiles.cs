using System;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// Who may touch the files the tests generate (the diagrams, <c>docs/rules.md</c>, <c>docs/api/</c>, the fuzz seeds,
/// the negotiation guide and its sample plan). The suite runs once per target framework, and <c>dotnet test</c> runs
/// the targets at the same time: under <c>UPDATE_DIAGRAMS=1</c> only the net10.0 run rewrites them, and the other
/// runs neither write nor read them, so no run compares against a file that another is halfway through writing.
/// Without the variable every target compares, so each build is held to the same files.
/// </summary>
internal static class GeneratedFiles
{
#if NET10_0_OR_GREATER
    private const bool IsWritingTarget = true;
#else
    private const bool IsWritingTarget = false;
#endif

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_DIAGRAMS") == "1";

    /// <summary>Gets whether this run rewrites the generated files before comparing.</summary>
    public static bool Rewrite => Updating && IsWritingTarget;

    /// <summary>Gets whether this run may read the generated files (not while another target's run rewrites them).</summary>
    public static bool Compare => !Updating || IsWritingTarget;
}
