namespace KeyAccount.Domain.Benchmarks;

/// <summary>How the notice numbers of a generated day are spread.</summary>
public enum Numbers
{
    /// <summary>Serial numbers, one per payment.</summary>
    Serial,

    /// <summary>The same numbers spread one to one over 2^59 values.</summary>
    Sparse,
}
