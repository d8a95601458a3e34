using System;
using System.IO;
using KeyAccount.Domain.Tests.Support;
using PublicApiGenerator;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>
/// Pins the public surface of both packages in <c>docs/api/</c>: a change to it shows up in review as a change to
/// that file. Run the tests with <c>UPDATE_DIAGRAMS=1</c> to accept an intended change. The net8.0 and net10.0 builds
/// of the packages are both held to the same files: the public surface does not depend on the target framework.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData(typeof(Primitives.Money), "KeyAccount.Domain.txt")]
    [InlineData(typeof(Testing.Scenarios.Scenario), "KeyAccount.Domain.Testing.txt")]
    public void The_public_api_is_the_one_on_record(Type anyType, string file)
    {
        var api = anyType.Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        var path = Path.Combine(DiagramFiles.RepositoryRoot(), "docs", "api", file);
        if (!GeneratedFiles.Compare)
        {
            return;
        }

        if (GeneratedFiles.Rewrite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, api);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_DIAGRAMS=1 to write it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), api);
    }
}
