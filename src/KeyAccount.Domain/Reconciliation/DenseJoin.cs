using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// The reconciler's join when the notice numbers of the day's payments are dense (serial numbers, 流水号, span a
/// range not much larger than their count): a table addressed directly by the number, with no hashing and no copy
/// of the input (REC-01, REC-02, REC-05).
/// </summary>
/// <remarks>
/// <para>Passes, after the scan of the payments (<see cref="PaymentScan"/>): (1) one sequential read of the payments
/// writes each into its number's 16-byte slot (site, day offset, currency, channel, collector, amount), keeping the
/// smallest by content among payments with the same number; (2) one sequential read of each set of copies (the two
/// sets on two cores when allowed) validates each copy, keeps the smallest per number, and stores its index with
/// the three comparisons against the payment (place, currency, amount) in one 32-bit entry; copies numbered outside
/// the payments' range have no payment and go to a small dictionary; (3) a sweep of the table, on several cores,
/// classifies each number and adds matched payments to the counters. Memory: 24 bytes per number of the range.</para>
/// <para>It gives the same report as the partitioned hash join on any input (property-tested).</para>
/// </remarks>
internal static class DenseJoin
{
    /// <summary>At most this many numbers in the range per payment (plus <see cref="RangeSlack"/>) for the automatic choice.</summary>
    private const int MaxSpread = 2;
    private const int RangeSlack = 1024;
    private const int ForcedMaxRange = 1 << 24;
    private const int DayBits = 13;
    private const int TailBits = 19; // currency slot (15 bits), channel (2), collector (1), present (1)
    private const int MaxCopies = (1 << 29) - 1;
    private const uint WrongPlace = 1, WrongCurrency = 2, WrongAmount = 4;

    /// <summary>Returns whether the dense join can run on the input (and, unless forced, is the better choice).</summary>
    public static bool Fits(PaymentScan scan, int payments, int clerk, int cashier, bool force)
    {
        if (payments == 0 || clerk > MaxCopies || cashier > MaxCopies || (long)scan.MaxDay - scan.MinDay >= 1 << DayBits)
        {
            return false;
        }

        var range = unchecked((ulong)(scan.MaxReference - scan.MinReference)) + 1;
        var limit = force ? Math.Max(ForcedMaxRange, ((ulong)payments * MaxSpread) + RangeSlack) : ((ulong)payments * MaxSpread) + RangeSlack;
        return range <= limit && range <= (ulong)Array.MaxLength;
    }

    public static ReconciliationReport Run(
        ReadOnlySpan<PaymentRecord> payments,
        ReadOnlySpan<RemittanceNoticeRecord> clerk,
        ReadOnlySpan<RemittanceNoticeRecord> cashier,
        RemittanceNoticeRecord[]? clerkArray,
        RemittanceNoticeRecord[]? cashierArray,
        PaymentScan scan,
        byte[] expectedCollector,
        int workers)
    {
        var shape = new Shape(scan, expectedCollector);
        var range = (int)(scan.MaxReference - scan.MinReference + 1);
        var table = new PaymentSlot[range];
        var discrepancies = new List<Discrepancy>();
        FillPayments(payments, table, shape, discrepancies);

        var clerkPass = new CopyPass(range);
        var cashierPass = new CopyPass(range);
        if (workers > 1 && clerkArray is not null && cashierArray is not null)
        {
            Parallel.Invoke(
                new ParallelOptions { MaxDegreeOfParallelism = 2 },
                () => clerkPass.Fill(clerkArray, "clerk's copy", table, shape),
                () => cashierPass.Fill(cashierArray, "cashier's copy", table, shape));
        }
        else
        {
            clerkPass.Fill(clerk, "clerk's copy", table, shape);
            if (clerkPass.Invalid is null)
            {
                cashierPass.Fill(cashier, "cashier's copy", table, shape);
            }
        }

        if ((clerkPass.Invalid ?? cashierPass.Invalid) is { } invalid)
        {
            throw new ArgumentException(invalid);
        }

        discrepancies.AddRange(clerkPass.Discrepancies);
        discrepancies.AddRange(cashierPass.Discrepancies);
        var groups = ReconcilerEngine.GroupMap.Create(payments, expectedCollector.Length, scan.MinDay, scan.MaxDay, shape.Currencies.Count);
        var sweeps = Sweep(table, clerkPass.Entries, cashierPass.Entries, shape, groups, workers);
        var counts = sweeps[0].Counts;
        var sums = sweeps[0].Sums;
        foreach (var sweep in sweeps)
        {
            if (sweep != sweeps[0])
            {
                ReconcilerEngine.AddCounters(counts, sums, sweep.Counts, sweep.Sums);
            }

            discrepancies.AddRange(sweep.Discrepancies);
            foreach (var at in sweep.Orphans)
            {
                // A number in the range with copies and no payment: the clerk's copy names it, else the cashier's.
                var entry = clerkPass.Entries[at];
                ref readonly var n = ref entry != 0 ? ref clerk[IndexOf(entry)] : ref cashier[IndexOf(cashierPass.Entries[at])];
                discrepancies.Add(new Discrepancy(n.Site, n.Day, DiscrepancyKind.NoticeWithoutPayment, n.Number));
            }
        }

        foreach (var (_, index) in clerkPass.Outside)
        {
            ref readonly var n = ref clerk[index];
            discrepancies.Add(new Discrepancy(n.Site, n.Day, DiscrepancyKind.NoticeWithoutPayment, n.Number));
        }

        foreach (var (number, index) in cashierPass.Outside)
        {
            if (!clerkPass.Outside.ContainsKey(number))
            {
                ref readonly var n = ref cashier[index];
                discrepancies.Add(new Discrepancy(n.Site, n.Day, DiscrepancyKind.NoticeWithoutPayment, n.Number));
            }
        }

        return ReconcilerEngine.Report(groups, shape.Currencies, counts, sums, discrepancies);
    }

    private static int IndexOf(uint entry) => (int)(entry >> 3) - 1;

    private static void FillPayments(ReadOnlySpan<PaymentRecord> payments, PaymentSlot[] table, Shape shape, List<Discrepancy> discrepancies)
    {
        var minReference = shape.MinReference;
        var minDay = shape.MinDay;
        var currencySlot = shape.CurrencySlot;
        for (var i = 0; i < payments.Length; i++)
        {
            if (i + CachePrefetch.Distance < payments.Length)
            {
                CachePrefetch.Touch(ref table[(int)(payments[i + CachePrefetch.Distance].Reference - minReference)]);
            }

            ref readonly var p = ref payments[i];
            ref var slot = ref table[(int)(p.Reference - minReference)];
            var tail = ((uint)(p.Day - minDay) << TailBits) | ((uint)currencySlot[p.Currency.Value] << 4)
                | ((uint)p.Channel << 2) | ((uint)p.Collector << 1) | 1u;
            if (slot.Tail == 0)
            {
                slot = new PaymentSlot(p.AmountMinor, p.Site, tail);
                continue;
            }

            // Among payments with the same number the smallest by content (site, day, amount, currency, channel,
            // collector: the order of PaymentRecord.CompareContent) is reconciled; the other is a duplicate.
            var candidate = new PaymentSlot(p.AmountMinor, p.Site, tail);
            var duplicate = candidate;
            if (PaymentSlot.Compare(candidate, slot) < 0)
            {
                duplicate = slot;
                slot = candidate;
            }

            discrepancies.Add(new Discrepancy(duplicate.Site, minDay + (int)(duplicate.Tail >> TailBits), DiscrepancyKind.DuplicatePayment, p.Reference));
        }
    }

    private static Sweeper[] Sweep(PaymentSlot[] table, uint[] clerk, uint[] cashier, Shape shape, ReconcilerEngine.GroupMap groups, int workers)
    {
        var chunks = Math.Clamp(workers, 1, 1 + (table.Length / (1 << 16)));
        var sweeps = new Sweeper[chunks];
        void Work(int w)
        {
            var sweep = new Sweeper(shape, groups);
            sweep.Run(table, clerk, cashier, (int)((long)table.Length * w / chunks), (int)((long)table.Length * (w + 1) / chunks));
            sweeps[w] = sweep;
        }

        if (chunks == 1)
        {
            Work(0);
        }
        else
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, Work);
        }

        return sweeps;
    }

    /// <summary>A payment as the table holds it: the amount, the site, and the rest packed in 32 bits (day offset
    /// 13 bits, currency slot 15, channel 2, collector 1, and a set low bit for a present payment).</summary>
    private readonly record struct PaymentSlot(long Amount, int Site, uint Tail)
    {
        public int DayOffset => (int)(Tail >> TailBits);

        public int CurrencySlot => (int)(Tail >> 4) & 0x7FFF;

        /// <summary>The order of <see cref="PaymentRecord.CompareContent"/>: currency slots follow the codes' order,
        /// and the low bits of the tail are currency, channel, collector.</summary>
        public static int Compare(in PaymentSlot x, in PaymentSlot y)
        {
            var c = x.Site.CompareTo(y.Site);
            if (c != 0)
            {
                return c;
            }

            c = x.DayOffset.CompareTo(y.DayOffset);
            if (c != 0)
            {
                return c;
            }

            c = x.Amount.CompareTo(y.Amount);
            return c != 0 ? c : (x.Tail & ((1u << TailBits) - 1)).CompareTo(y.Tail & ((1u << TailBits) - 1));
        }
    }

    /// <summary>What every pass needs: the range's origin, the day origin, the currencies in code order and the slot of each.</summary>
    private sealed class Shape
    {
        public Shape(PaymentScan scan, byte[] expectedCollector)
        {
            MinReference = scan.MinReference;
            MinDay = scan.MinDay;
            ExpectedCollector = expectedCollector;
            CurrencySlot = new short[CurrencyCode.Count];
            for (var code = 0; code < CurrencyCode.Count; code++)
            {
                if (scan.Currencies[code])
                {
                    Currencies.Add(CurrencyCode.FromValue(code));
                    CurrencySlot[code] = (short)Currencies.Count;
                }
            }
        }

        public long MinReference { get; }

        public int MinDay { get; }

        public byte[] ExpectedCollector { get; }

        public List<CurrencyCode> Currencies { get; } = [];

        /// <summary>Gets the 1-based slot of each currency code the payments use; 0 for the others.</summary>
        public short[] CurrencySlot { get; }
    }

    /// <summary>One set of copies against the payment table: per number, the kept copy's index (plus one) and its
    /// three comparisons with the payment.</summary>
    private sealed class CopyPass(int range)
    {
        public uint[] Entries { get; } = new uint[range];

        public List<Discrepancy> Discrepancies { get; } = [];

        /// <summary>Gets the kept copy of each number outside the payments' range.</summary>
        public Dictionary<long, int> Outside { get; } = [];

        public string? Invalid { get; private set; }

        public void Fill(ReadOnlySpan<RemittanceNoticeRecord> copies, string what, PaymentSlot[] table, Shape shape)
        {
            var entries = Entries;
            var minReference = shape.MinReference;
            var sites = shape.ExpectedCollector.Length;
            for (var i = 0; i < copies.Length; i++)
            {
                if (i + CachePrefetch.Distance < copies.Length)
                {
                    var ahead = unchecked((ulong)(copies[i + CachePrefetch.Distance].Number - minReference));
                    if (ahead < (ulong)entries.Length)
                    {
                        CachePrefetch.Touch(ref entries[(int)ahead]);
                        CachePrefetch.Touch(ref table[(int)ahead]);
                    }
                }

                ref readonly var n = ref copies[i];
                if ((uint)n.Site >= (uint)sites || n.Currency.Value >= CurrencyCode.Count)
                {
                    Invalid = $"The {what} {i} has a site without a sales mode or an undefined currency.";
                    return;
                }

                var at = unchecked((ulong)(n.Number - minReference));
                if (at >= (ulong)entries.Length)
                {
                    if (!Outside.TryAdd(n.Number, i))
                    {
                        Outside[n.Number] = Keep(copies, Outside[n.Number], i);
                    }

                    continue;
                }

                ref var entry = ref entries[(int)at];
                if (entry != 0)
                {
                    var kept = Keep(copies, IndexOf(entry), i);
                    if (kept == IndexOf(entry))
                    {
                        continue;
                    }
                }

                entry = ((uint)(i + 1) << 3) | Compare(in n, in table[(int)at], shape);
            }
        }

        private static uint Compare(in RemittanceNoticeRecord n, in PaymentSlot p, Shape shape)
        {
            if (p.Tail == 0)
            {
                return 0;
            }

            var flags = n.Site != p.Site || n.Day != shape.MinDay + p.DayOffset ? WrongPlace : 0;
            flags |= shape.CurrencySlot[n.Currency.Value] != p.CurrencySlot ? WrongCurrency : 0;
            return flags | (n.AmountMinor != p.Amount ? WrongAmount : 0);
        }

        private int Keep(ReadOnlySpan<RemittanceNoticeRecord> copies, int kept, int candidate) =>
            ReconcilerEngine.KeepSmaller(copies, kept, candidate, Discrepancies);
    }

    /// <summary>Classifies a slice of the table's numbers and counts the matched payments.</summary>
    private sealed class Sweeper
    {
        private readonly Shape shape;
        private readonly ReconcilerEngine.GroupMap groups;
        private readonly int currencyCount;

        public Sweeper(Shape shape, ReconcilerEngine.GroupMap groups)
        {
            this.shape = shape;
            this.groups = groups;
            currencyCount = shape.Currencies.Count;
            Counts = new int[groups.Count * currencyCount * ReconcilerEngine.Combinations];
            Sums = new long[Counts.Length];
        }

        public int[] Counts { get; }

        public long[] Sums { get; }

        public List<Discrepancy> Discrepancies { get; } = [];

        /// <summary>Gets the numbers with copies and no payment, reported by the caller, which holds the copies.</summary>
        public List<int> Orphans { get; } = [];

        public void Run(PaymentSlot[] table, uint[] clerk, uint[] cashier, int from, int to)
        {
            var expected = shape.ExpectedCollector;
            var minDay = shape.MinDay;
            var minReference = shape.MinReference;
            for (var t = from; t < to; t++)
            {
                ref readonly var p = ref table[t];
                uint c = clerk[t], k = cashier[t];
                if (p.Tail == 0)
                {
                    if ((c | k) != 0)
                    {
                        Orphans.Add(t);
                    }

                    continue;
                }

                var day = minDay + p.DayOffset;
                var matched = true;
                if ((c | k) == 0)
                {
                    Add(p.Site, day, DiscrepancyKind.PaymentWithoutNotice, minReference + t);
                    matched = false;
                }
                else
                {
                    if (c == 0)
                    {
                        Add(p.Site, day, DiscrepancyKind.MissingClerkCopy, minReference + t);
                        matched = false;
                    }

                    if (k == 0)
                    {
                        Add(p.Site, day, DiscrepancyKind.MissingCashierCopy, minReference + t);
                        matched = false;
                    }

                    // REC-01: same amount, currency, site and business date on both copies; a currency mismatch hides
                    // the amount comparison.
                    var flags = (c | k) & 7;
                    if ((flags & WrongCurrency) != 0)
                    {
                        Add(p.Site, day, DiscrepancyKind.CurrencyMismatch, minReference + t);
                        matched = false;
                    }
                    else if ((flags & WrongAmount) != 0)
                    {
                        Add(p.Site, day, DiscrepancyKind.AmountMismatch, minReference + t);
                        matched = false;
                    }

                    if ((flags & WrongPlace) != 0)
                    {
                        Add(p.Site, day, DiscrepancyKind.WrongDateOrSite, minReference + t);
                        matched = false;
                    }
                }

                if (((p.Tail >> 1) & 1) != expected[p.Site])
                {
                    Add(p.Site, day, DiscrepancyKind.WrongCollector, minReference + t);
                    matched = false;
                }

                if (matched)
                {
                    var index = ((((groups.IndexOf(p.Site, day) * currencyCount) + p.CurrencySlot - 1) * ReconcilerEngine.Combinations))
                        + (int)((p.Tail >> 1) & 7);
                    Counts[index]++;
                    Sums[index] = checked(Sums[index] + p.Amount);
                }
            }
        }

        private void Add(int site, int day, DiscrepancyKind kind, long reference) => Discrepancies.Add(new Discrepancy(site, day, kind, reference));
    }
}
