using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>The example in the XML documentation of <see cref="DecisionContextBuilder"/> compiles and does what it
/// shows: <see cref="The_documented_example_builds_the_context_it_shows"/> runs its lines, and
/// <see cref="The_documentation_shows_the_lines_this_test_runs"/> keeps the documentation's lines the same.</summary>
public sealed class DecisionContextBuilderExampleTests
{
    [Fact]
    public void The_documented_example_builds_the_context_it_shows()
    {
        // example start
        var context = new DecisionContextBuilder()
            .At(new LocalDateTime(2025, 9, 26, 16, 0))
            .WithPolicy(new RefundWaitingPolicy(WorkingDays: 7))
            .Build();
        // example end

        Assert.Equal(new LocalDate(2025, 9, 26), context.Today);
        Assert.Equal(7, context.Policy<RefundWaitingPolicy>().WorkingDays);
    }

    [Fact]
    public void The_documentation_shows_the_lines_this_test_runs()
    {
        var root = DiagramFiles.RepositoryRoot();
        var documented = File.ReadAllLines(Path.Combine(root, "src", "KeyAccount.Domain.Testing", "Fixtures", "DecisionContextBuilder.cs"))
            .SkipWhile(l => l.Trim() != "/// <code>").Skip(1).TakeWhile(l => l.Trim() != "/// </code>")
            .Select(l => l.Trim()["///".Length..].Trim())
            .ToList();
        var run = File.ReadAllLines(Path.Combine(root, "tests", "KeyAccount.Domain.Tests", "Kit", nameof(DecisionContextBuilderExampleTests) + ".cs"))
            .SkipWhile(l => l.Trim() != "// example start").Skip(1).TakeWhile(l => l.Trim() != "// example end")
            .Select(l => l.Trim())
            .ToList();

        Assert.NotEmpty(documented);
        Assert.Equal(run, documented);
    }
}
