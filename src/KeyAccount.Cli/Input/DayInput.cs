using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;

namespace KeyAccount.Cli.Input;

/// <summary>
/// A day's input as the reconciler reads it: the sites (code and sales mode, indexed in order of appearance) and the
/// payments and notice copies as compact 32-byte records. Rows are parsed straight into these records; no text row is
/// kept.
/// </summary>
internal sealed class DayInput
{
    private readonly Dictionary<string, int> siteIndex;
    private readonly List<string> siteCodes;
    private readonly List<SalesMode> siteModes;

    /// <summary>Initializes a new instance of the <see cref="DayInput"/> class, with no site.</summary>
    public DayInput()
    {
        siteIndex = new(StringComparer.Ordinal);
        siteCodes = [];
        siteModes = [];
    }

    /// <summary>Initializes a new instance of the <see cref="DayInput"/> class for a part of a file read on its own
    /// thread: it finds sites in another day's sites, which are not changed while it is read.</summary>
    /// <param name="sites">The day whose sites are used.</param>
    public DayInput(DayInput sites)
    {
        siteIndex = sites.siteIndex;
        siteCodes = sites.siteCodes;
        siteModes = sites.siteModes;
    }

    /// <summary>Gets the site codes, by index.</summary>
    public IReadOnlyList<string> SiteCodes => siteCodes;

    /// <summary>Gets the sales modes, by index.</summary>
    public IReadOnlyList<SalesMode> SiteModes => siteModes;

    /// <summary>Gets the payments.</summary>
    public List<PaymentRecord> Payments { get; } = [];

    /// <summary>Gets the project clerk's copies.</summary>
    public List<RemittanceNoticeRecord> ClerkCopies { get; } = [];

    /// <summary>Gets the cashier's copies.</summary>
    public List<RemittanceNoticeRecord> CashierCopies { get; } = [];

    /// <summary>Gets the payments and copies with a negative amount, which the report flags.</summary>
    public List<SourceRecord> Negatives { get; } = [];

    /// <summary>Appends the records of a part read on its own, in order.</summary>
    /// <param name="part">The part.</param>
    public void Append(DayInput part)
    {
        Payments.AddRange(CollectionsMarshal.AsSpan(part.Payments));
        ClerkCopies.AddRange(CollectionsMarshal.AsSpan(part.ClerkCopies));
        CashierCopies.AddRange(CollectionsMarshal.AsSpan(part.CashierCopies));
        Negatives.AddRange(part.Negatives);
    }

    /// <summary>Adds a site, or confirms one already added with the same mode.</summary>
    /// <param name="code">The site code.</param>
    /// <param name="mode">The sales mode.</param>
    /// <returns>Null, or why the site conflicts with an earlier definition.</returns>
    public string? AddSite(string code, SalesMode mode)
    {
        if (siteIndex.TryGetValue(code, out var existing))
        {
            return siteModes[existing] == mode ? null : $"site '{code}' is already defined as {Vocabulary.Name(siteModes[existing])}";
        }

        siteIndex.Add(code, siteCodes.Count);
        siteCodes.Add(code);
        siteModes.Add(mode);
        return null;
    }

    /// <summary>Finds a site's index by its code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="index">The index.</param>
    /// <returns>Whether the site is defined.</returns>
    public bool TryFindSite(ReadOnlySpan<char> code, out int index) =>
        siteIndex.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out index);

    /// <summary>Reconciles the day with the package's reconciler.</summary>
    /// <returns>The report.</returns>
    public ReconciliationReport Reconcile() =>
        Reconciler.Reconcile(
            CollectionsMarshal.AsSpan(Payments),
            CollectionsMarshal.AsSpan(ClerkCopies),
            CollectionsMarshal.AsSpan(CashierCopies),
            CollectionsMarshal.AsSpan(siteModes));
}
