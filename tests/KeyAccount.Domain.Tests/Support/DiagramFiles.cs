using System;
using System.IO;
using KeyAccount.Domain.StateMachines;
using Xunit;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// Keeps <c>docs/diagrams/{name}.mmd</c> and <c>.dot</c> in step with the lifecycle tables (GEN-05). Set the
/// environment variable <c>UPDATE_DIAGRAMS=1</c> and run the tests to rewrite them after changing a table.
/// </summary>
internal static class DiagramFiles
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KeyAccount.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// Asserts that a generated file holds what is expected (rewriting it first under <c>UPDATE_DIAGRAMS=1</c>; see
    /// <see cref="GeneratedFiles"/> for which target does).
    /// </summary>
    public static void AssertFile(string path, string expected)
    {
        if (!GeneratedFiles.Compare)
        {
            return;
        }

        if (GeneratedFiles.Rewrite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_DIAGRAMS=1 to write it.");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
