using System;
using System.Reflection;
using System.Runtime.Versioning;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>
/// The suite runs once per target framework of the library; each run must happen on that framework's own runtime,
/// not on a newer one it rolled forward to, or the net8.0 code paths of the library would go untested.
/// </summary>
public sealed class TargetRuntimeTests
{
    [Fact]
    public void Target_runtime_tests_run_on_the_runtime_of_the_framework_they_were_built_for()
    {
        var framework = typeof(TargetRuntimeTests).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        var target = new Version(framework[(framework.IndexOf("Version=v", StringComparison.Ordinal) + "Version=v".Length)..]);

        Assert.Equal(target.Major, Environment.Version.Major);
    }

    [Fact]
    public void Target_runtime_tests_use_the_library_build_for_the_same_framework()
    {
        var library = typeof(Primitives.Money).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        var tests = typeof(TargetRuntimeTests).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

        Assert.Equal(tests, library);
    }
}
