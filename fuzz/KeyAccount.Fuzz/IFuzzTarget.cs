namespace KeyAccount.Fuzz;

/// <summary>
/// One fuzz target: it takes any bytes and returns normally whatever they are, unless a promise of the package is
/// broken — then it throws, and the fuzzer records the input as a crash. An exception escaping the package is itself
/// a broken promise (reading never throws for bad content); a contract the target checks on top (a round trip, a
/// law, an exit code) throws <see cref="BrokenPromiseException"/>.
/// </summary>
internal interface IFuzzTarget
{
    /// <summary>Gets the name given on the command line and used for the corpus folder, e.g. <c>event-json</c>.</summary>
    string Name { get; }

    /// <summary>Gets what the target reads and what it checks, for the usage text.</summary>
    string Description { get; }

    /// <summary>Runs the target on one input.</summary>
    /// <param name="input">The input, as the fuzzer made it.</param>
    void Run(byte[] input);
}
