using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;

namespace KeyAccount.Cli.Input;

/// <summary>
/// A day's input as the reconciler reads it: the sites (code and sales mode, indexed in order of appearance) and the
/// payments and notice copies as compact 32-byte records. Rows are parsed straight into these records; no text row is
/// kept. Both copies of the notices share one buffer (with one byte per copy telling which copy it is), put in two
/// runs only when the day is reconciled, so that a notices file is never held twice. The records stay in the order of
/// the files and lines they were read from (the copies once put back after reconciling), so that a record's file and
/// line are worked out from its slot (<see cref="RecordLines"/>) instead of being kept with it.
/// </summary>
internal sealed class DayInput
{
    private readonly Dictionary<string, int> siteIndex;
    private readonly List<string> siteCodes;
    private readonly List<SalesMode> siteModes;
    private readonly List<PaymentRecord> payments = [];
    private readonly List<RemittanceNoticeRecord> notices = [];
    private readonly List<bool> cashierCopy = [];
    private readonly List<string> files;
    private readonly RecordLines paymentLines = new();
    private readonly RecordLines noticeLines = new();
    private readonly DayInput? shared;
    private int file = -1;
    private int clerkCount = -1;
    private Window window;

    /// <summary>Initializes a new instance of the <see cref="DayInput"/> class, with no site.</summary>
    public DayInput()
    {
        siteIndex = new(StringComparer.Ordinal);
        siteCodes = [];
        siteModes = [];
        files = [];
    }

    /// <summary>Initializes a new instance of the <see cref="DayInput"/> class for a part of a file read on its own
    /// thread: it finds sites in another day's sites, which are not changed while it is read, and writes its records,
    /// which are those of that day's file being read, into the slots of that day given by
    /// <paramref name="window"/>.</summary>
    /// <param name="sites">The day whose sites are used and whose slots are written.</param>
    /// <param name="window">The part's slots in <paramref name="sites"/>: its first payment and notice slot and how many.</param>
    public DayInput(DayInput sites, Window window)
    {
        siteIndex = sites.siteIndex;
        siteCodes = sites.siteCodes;
        siteModes = sites.siteModes;
        files = sites.files;
        file = sites.file;
        shared = sites;
        this.window = window;
    }

    /// <summary>Gets the site codes, by index.</summary>
    public IReadOnlyList<string> SiteCodes => siteCodes;

    /// <summary>Gets the sales modes, by index.</summary>
    public IReadOnlyList<SalesMode> SiteModes => siteModes;

    /// <summary>Gets the number of payments.</summary>
    public int PaymentCount => shared is null ? payments.Count : window.Payments;

    /// <summary>Gets the number of notice copies, of both kinds.</summary>
    public int NoticeCount => shared is null ? notices.Count : window.Notices;

    /// <summary>Gets the payments and copies with a negative amount, which the report flags.</summary>
    public List<SourceRecord> Negatives { get; } = [];

    /// <summary>Starts the records of a file: those added next were read from it.</summary>
    /// <param name="name">The file as named on the command line (a workbook's sheet as <c>book.xlsx[sheet]</c>).</param>
    public void StartFile(string name)
    {
        if (shared is not null)
        {
            throw new InvalidOperationException("A part reads the file of its day.");
        }

        files.Add(name);
        file = files.Count - 1;
    }

    /// <summary>Adds a payment.</summary>
    /// <param name="payment">The payment.</param>
    /// <param name="line">The 1-based line of the file it was read from.</param>
    public void Add(in PaymentRecord payment, long line)
    {
        if (shared is null)
        {
            paymentLines.Note(payments.Count, file, line);
            payments.Add(payment);
            return;
        }

        if (window.Payments == window.PaymentSlots)
        {
            throw new InvalidOperationException("A part has more payments than lines.");
        }

        paymentLines.Note(window.Payments, file, line);
        CollectionsMarshal.AsSpan(shared.payments)[window.PaymentStart + window.Payments++] = payment;
    }

    /// <summary>Adds a notice copy.</summary>
    /// <param name="copy">The clerk's or the cashier's copy.</param>
    /// <param name="notice">The copy's record.</param>
    /// <param name="line">The 1-based line of the file it was read from.</param>
    public void Add(EntryKind copy, in RemittanceNoticeRecord notice, long line)
    {
        if (shared is null)
        {
            RestoreCopies();
            noticeLines.Note(notices.Count, file, line);
            notices.Add(notice);
            cashierCopy.Add(copy == EntryKind.CashierCopy);
            return;
        }

        if (window.Notices == window.NoticeSlots)
        {
            throw new InvalidOperationException("A part has more notice copies than lines.");
        }

        noticeLines.Note(window.Notices, file, line);
        var at = window.NoticeStart + window.Notices++;
        CollectionsMarshal.AsSpan(shared.notices)[at] = notice;
        CollectionsMarshal.AsSpan(shared.cashierCopy)[at] = copy == EntryKind.CashierCopy;
    }

    /// <summary>Makes room for more payments and notice copies at once, so that the buffers do not grow by doubling
    /// and copying while a large file is read (nothing for a part, which writes into slots).</summary>
    /// <param name="morePayments">The payments expected.</param>
    /// <param name="moreNotices">The notice copies expected.</param>
    public void Reserve(long morePayments, long moreNotices)
    {
        if (shared is not null)
        {
            return;
        }

        Grow(payments, morePayments);
        Grow(notices, moreNotices);
        Grow(cashierCopy, moreNotices);
    }

    /// <summary>Opens slots for the records of a file read in parts: as many payment and notice slots as the file has
    /// lines, each part writing into its own range of them.</summary>
    /// <param name="paymentSlots">The payment slots (0 for a notices file).</param>
    /// <param name="noticeSlots">The notice slots (0 for a payments file).</param>
    /// <returns>The first payment slot and the first notice slot.</returns>
    public (int Payments, int Notices) OpenSlots(int paymentSlots, int noticeSlots)
    {
        RestoreCopies();
        var p = payments.Count;
        var n = notices.Count;
        Grow(payments, paymentSlots);
        Grow(notices, noticeSlots);
        Grow(cashierCopy, noticeSlots);
        CollectionsMarshal.SetCount(payments, p + paymentSlots);
        CollectionsMarshal.SetCount(notices, n + noticeSlots);
        CollectionsMarshal.SetCount(cashierCopy, n + noticeSlots);
        return (p, n);
    }

    /// <summary>Closes the slots opened by <see cref="OpenSlots"/> once the parts are read: moves the records of each
    /// part, in order, next to those of the part before (the slots of the lines that gave no record are dropped), with
    /// the lines they were read from.</summary>
    /// <param name="first">The first payment and notice slot, as <see cref="OpenSlots"/> returned them.</param>
    /// <param name="parts">The parts, in file order; after a part that stopped reading, none.</param>
    public void CloseSlots((int Payments, int Notices) first, IEnumerable<DayInput> parts)
    {
        var p = first.Payments;
        var n = first.Notices;
        var paymentSpan = CollectionsMarshal.AsSpan(payments);
        var noticeSpan = CollectionsMarshal.AsSpan(notices);
        var kindSpan = CollectionsMarshal.AsSpan(cashierCopy);
        foreach (var input in parts)
        {
            var part = input.window;
            paymentLines.Append(input.paymentLines, p);
            noticeLines.Append(input.noticeLines, n);
            if (part.Payments > 0)
            {
                paymentSpan.Slice(part.PaymentStart, part.Payments).CopyTo(paymentSpan[p..]);
            }

            if (part.Notices > 0)
            {
                noticeSpan.Slice(part.NoticeStart, part.Notices).CopyTo(noticeSpan[n..]);
                kindSpan.Slice(part.NoticeStart, part.Notices).CopyTo(kindSpan[n..]);
            }

            p += part.Payments;
            n += part.Notices;
        }

        CollectionsMarshal.SetCount(payments, p);
        CollectionsMarshal.SetCount(notices, n);
        CollectionsMarshal.SetCount(cashierCopy, n);
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
    public ReconciliationReport Reconcile()
    {
        var clerks = SeparateCopies();
        var all = CollectionsMarshal.AsSpan(notices);
        return Reconciler.Reconcile(
            CollectionsMarshal.AsSpan(payments),
            all[..clerks],
            all[clerks..],
            CollectionsMarshal.AsSpan(siteModes));
    }

    /// <summary>Finds the payments and notice copies of some notice numbers among the records, with the file and line
    /// each was read from: one pass over the records, which keeps nothing per record.</summary>
    /// <param name="numbers">The notice numbers wanted.</param>
    /// <returns>The records of those numbers, in the order of the files and of their lines.</returns>
    public List<SourceRecord> Find(HashSet<long> numbers)
    {
        // Once the reconciler has returned its tables are garbage: a large day collects them first, so that the records
        // found take their memory instead of adding to the peak of the records and those tables.
        if (IsLarge)
        {
            GC.Collect();
        }

        RestoreCopies();
        var wanted = new NumberFilter(numbers);
        var paymentSpan = CollectionsMarshal.AsSpan(payments);
        var paymentHits = new List<int>();
        for (var slot = 0; slot < paymentSpan.Length; slot++)
        {
            if (wanted.Contains(paymentSpan[slot].Reference))
            {
                paymentHits.Add(slot);
            }
        }

        var noticeSpan = CollectionsMarshal.AsSpan(notices);
        var noticeHits = new List<int>();
        for (var slot = 0; slot < noticeSpan.Length; slot++)
        {
            if (wanted.Contains(noticeSpan[slot].Number))
            {
                noticeHits.Add(slot);
            }
        }

        // Each buffer's hits are in the order of the files and lines; the two are merged in that order.
        var found = new List<SourceRecord>(paymentHits.Count + noticeHits.Count);
        int p = 0, n = 0;
        while (p < paymentHits.Count || n < noticeHits.Count)
        {
            var payment = p < paymentHits.Count ? paymentLines.At(paymentHits[p]) : (File: int.MaxValue, Line: 0L);
            var notice = n < noticeHits.Count ? noticeLines.At(noticeHits[n]) : (File: int.MaxValue, Line: 0L);
            if (payment.File < notice.File || (payment.File == notice.File && payment.Line < notice.Line))
            {
                ref readonly var r = ref paymentSpan[paymentHits[p++]];
                found.Add(new SourceRecord(EntryKind.Payment, r.Reference, files[payment.File], payment.Line, r.AmountMinor, r.Currency));
            }
            else
            {
                var slot = noticeHits[n++];
                ref readonly var r = ref noticeSpan[slot];
                var side = cashierCopy[slot] ? EntryKind.CashierCopy : EntryKind.ClerkCopy;
                found.Add(new SourceRecord(side, r.Number, files[notice.File], notice.Line, r.AmountMinor, r.Currency));
            }
        }

        return found;
    }

    /// <summary>Lets the records go once the day is reconciled and the discrepancies' records found (the report needs
    /// only the sites and the negative amounts), and gives their memory back, so that writing the report does not add
    /// to the peak of the records and the reconciler's tables.</summary>
    public void ReleaseRecords()
    {
        var large = IsLarge;
        payments.Clear();
        payments.Capacity = 0;
        notices.Clear();
        notices.Capacity = 0;
        cashierCopy.Clear();
        cashierCopy.Capacity = 0;
        paymentLines.Clear();
        noticeLines.Clear();
        clerkCount = -1;
        if (large)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    // Whether the records take more than 64 MiB, from which giving memory back is worth a collection.
    private bool IsLarge => (payments.Capacity + (long)notices.Capacity) * 32 > 64L << 20;

    // Puts the clerk's copies before the cashier's, in place, by swapping a cashier's copy found from the front with a
    // clerk's copy found from the back; returns the number of clerk's copies. The order within each run changes, which
    // the reconciler allows (REC-05: the same records in any order give an equal report). The copy-kind bytes stay as
    // read, so that the same pairs can be found again to put the copies back.
    private int SeparateCopies()
    {
        if (clerkCount < 0)
        {
            clerkCount = SwapCopies();
        }

        return clerkCount;
    }

    // Puts the copies back in the order they were read, by swapping the same pairs again.
    private void RestoreCopies()
    {
        if (clerkCount >= 0)
        {
            SwapCopies();
            clerkCount = -1;
        }
    }

    // Swaps each cashier's copy read at the front with a clerk's copy read at the back, as told by the copy-kind bytes
    // as read (which the swaps leave alone), and returns where the clerk's copies end once swapped. The pairs depend on
    // the bytes only, so a second call swaps the same pairs back.
    private int SwapCopies()
    {
        var records = CollectionsMarshal.AsSpan(notices);
        var cashier = CollectionsMarshal.AsSpan(cashierCopy);
        int front = 0, back = records.Length - 1;
        while (true)
        {
            while (front <= back && !cashier[front])
            {
                front++;
            }

            while (front <= back && cashier[back])
            {
                back--;
            }

            if (front >= back)
            {
                break;
            }

            (records[front], records[back]) = (records[back], records[front]);
            front++;
            back--;
        }

        return front;
    }

    private static void Grow<T>(List<T> list, long more)
    {
        var wanted = (int)Math.Min(Array.MaxLength, list.Count + more);
        if (list.Capacity < wanted)
        {
            list.Capacity = wanted;
        }
    }

    /// <summary>A part's slots in a day's buffers: where they start, how many there are, and how many are written.</summary>
    /// <param name="PaymentStart">The first payment slot.</param>
    /// <param name="PaymentSlots">The number of payment slots.</param>
    /// <param name="NoticeStart">The first notice slot.</param>
    /// <param name="NoticeSlots">The number of notice slots.</param>
    internal record struct Window(int PaymentStart, int PaymentSlots, int NoticeStart, int NoticeSlots)
    {
        /// <summary>Gets or sets the number of payments written.</summary>
        public int Payments { get; set; }

        /// <summary>Gets or sets the number of notice copies written.</summary>
        public int Notices { get; set; }
    }
}
