using System;
using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>Runs a property with FsCheck's default configuration (100 cases, sizes 1 to 100) from a given seed and
/// keeps the result, to state how a run went: how many cases it took to fail, and what the failure shrank to.</summary>
internal sealed class PropertyRun : IRunner
{
    // FsCheck's golden gamma: any seed with it starts a full-period sequence.
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private PropertyRun()
    {
    }

    /// <summary>Gets the result of the run.</summary>
    public TestResult? Result { get; private set; }

    /// <summary>Gets how many cases ran (the failing one included).</summary>
    public int Cases => Result switch
    {
        TestResult.Failed f => f.Item1.NumberOfTests,
        TestResult.Passed p => p.Item1.NumberOfTests,
        _ => 0,
    };

    /// <summary>Gets whether the property failed.</summary>
    public bool Failed => Result is TestResult.Failed;

    /// <summary>Gets the argument the failure shrank to (the first argument of the property).</summary>
    public object? Shrunk => Result is TestResult.Failed f ? (f.Item3.IsEmpty ? f.Item2.Head : f.Item3.Head) : null;

    /// <summary>Gets how many successful shrinks were made.</summary>
    public int Shrinks => Result is TestResult.Failed f ? f.Item1.NumberOfShrinks : 0;

    /// <summary>Runs a property from a seed.</summary>
    /// <param name="property">The property.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The run.</returns>
    public static PropertyRun Check(Property property, ulong seed)
    {
        var run = new PropertyRun();
        property.Check(Config.Quick.WithReplay(seed, Gamma).WithRunner(run).WithQuietOnSuccess(true));
        return run;
    }

    void IRunner.OnStartFixture(Type t)
    {
    }

    void IRunner.OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
    {
    }

    void IRunner.OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
    {
    }

    void IRunner.OnFinished(string name, TestResult testResult) => Result = testResult;
}
