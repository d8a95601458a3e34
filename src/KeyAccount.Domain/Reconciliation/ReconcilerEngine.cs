using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Sales;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// The reconciliation behind <see cref="Reconciler"/> (REC-01, REC-02, REC-05): a scan of the payments chooses the
/// direct-addressed join (<see cref="DenseJoin"/>) when their notice numbers are serial, otherwise the partitioned
/// hash join below.
/// </summary>
/// <remarks>
/// <para>Partitioned hash join, passes: (1) one sequential read of every input that validates it, finds the days and currencies and counts
/// the records of each hash partition of the notice number; (2) one scatter that copies each record into its
/// partition; (3) per partition, on as many cores as allowed, a build of an open-addressing table sized for the
/// partition (small enough to stay in the CPU cache), then a sweep of the table that classifies every number and
/// adds matched payments to dense per-(site, day, currency, channel, collector) counters; (4) a merge of the
/// counters and a sort of the (few) discrepancies. Every step is linear in the input; partitions make the random
/// accesses of the hash table cache-local.</para>
/// <para>Determinism: among records with the same number the smallest by content is the one reconciled, so the
/// result does not depend on input order; sums are exact integers; the report is sorted at the end.</para>
/// </remarks>
internal static class ReconcilerEngine
{
    private const int PaymentsPerPartition = 4096;
    private const int MaxPartitionBits = 16;
    internal const int Combinations = 8; // 4 channels × 2 collectors
    private const long MaxDenseCounters = 1 << 22;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Reconciles records in spans: the counting and scattering passes run on the calling thread.</summary>
    internal static ReconciliationReport Run(
        ReadOnlySpan<PaymentRecord> payments,
        ReadOnlySpan<RemittanceNoticeRecord> clerkCopies,
        ReadOnlySpan<RemittanceNoticeRecord> cashierCopies,
        ReadOnlySpan<SalesMode> siteModes,
        int maxDegreeOfParallelism,
        ReconcilerPath path = ReconcilerPath.Auto)
    {
        var expectedCollector = ExpectedCollectors(siteModes);
        if (path != ReconcilerPath.Partitioned)
        {
            var scan = PaymentScan.Of(payments, 0, siteModes.Length);
            scan.ThrowIfInvalid();
            if (DenseJoin.Fits(scan, payments.Length, clerkCopies.Length, cashierCopies.Length, path == ReconcilerPath.Dense))
            {
                return DenseJoin.Run(payments, clerkCopies, cashierCopies, null, null, scan, expectedCollector, Workers(maxDegreeOfParallelism));
            }
        }

        return Partitioned(payments, clerkCopies, cashierCopies, expectedCollector, siteModes.Length, maxDegreeOfParallelism);
    }

    private static ReconciliationReport Partitioned(
        ReadOnlySpan<PaymentRecord> payments,
        ReadOnlySpan<RemittanceNoticeRecord> clerkCopies,
        ReadOnlySpan<RemittanceNoticeRecord> cashierCopies,
        byte[] expectedCollector,
        int sites,
        int maxDegreeOfParallelism)
    {
        var bits = PartitionBits(payments.Length, clerkCopies.Length, cashierCopies.Length);
        var counts = new ChunkCounts(1 << bits);
        counts.Count(payments, clerkCopies, cashierCopies, 0, 0, 0, sites, bits);
        counts.ThrowIfInvalid();
        var layout = new Layout([counts], payments.Length, clerkCopies.Length, cashierCopies.Length);
        Layout.Scatter(payments, clerkCopies, cashierCopies, bits, layout.Cursors(0), layout);
        return Process(layout, bits, expectedCollector, maxDegreeOfParallelism);
    }

    /// <summary>Reconciles records in arrays: the counting and scattering passes run on several cores too.</summary>
    internal static ReconciliationReport Run(
        PaymentRecord[] payments,
        RemittanceNoticeRecord[] clerkCopies,
        RemittanceNoticeRecord[] cashierCopies,
        ReadOnlySpan<SalesMode> siteModes,
        int maxDegreeOfParallelism,
        ReconcilerPath path = ReconcilerPath.Auto)
    {
        var chunks = Math.Clamp(Workers(maxDegreeOfParallelism), 1, 1 + (payments.Length / (PaymentsPerPartition * 16)));
        if (chunks == 1)
        {
            return Run(payments.AsSpan(), clerkCopies, cashierCopies, siteModes, maxDegreeOfParallelism, path);
        }

        var expectedCollector = ExpectedCollectors(siteModes);
        var sites = siteModes.Length;
        if (path != ReconcilerPath.Partitioned)
        {
            var slices = new PaymentScan[chunks];
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, w =>
            {
                var (p0, pn) = Slice(payments.Length, w, chunks);
                slices[w] = PaymentScan.Of(payments.AsSpan(p0, pn), p0, sites);
            });
            var scan = PaymentScan.Merge(slices);
            scan.ThrowIfInvalid();
            if (DenseJoin.Fits(scan, payments.Length, clerkCopies.Length, cashierCopies.Length, path == ReconcilerPath.Dense))
            {
                return DenseJoin.Run(payments, clerkCopies, cashierCopies, clerkCopies, cashierCopies, scan, expectedCollector, Workers(maxDegreeOfParallelism));
            }
        }

        var bits = PartitionBits(payments.Length, clerkCopies.Length, cashierCopies.Length);
        var counts = new ChunkCounts[chunks];
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, w =>
        {
            var (p0, pn) = Slice(payments.Length, w, chunks);
            var (c0, cn) = Slice(clerkCopies.Length, w, chunks);
            var (k0, kn) = Slice(cashierCopies.Length, w, chunks);
            var chunk = new ChunkCounts(1 << bits);
            chunk.Count(payments.AsSpan(p0, pn), clerkCopies.AsSpan(c0, cn), cashierCopies.AsSpan(k0, kn), p0, c0, k0, sites, bits);
            counts[w] = chunk;
        });
        foreach (var chunk in counts)
        {
            chunk.ThrowIfInvalid();
        }

        var layout = new Layout(counts, payments.Length, clerkCopies.Length, cashierCopies.Length);
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, w =>
        {
            var (p0, pn) = Slice(payments.Length, w, chunks);
            var (c0, cn) = Slice(clerkCopies.Length, w, chunks);
            var (k0, kn) = Slice(cashierCopies.Length, w, chunks);
            Layout.Scatter(payments.AsSpan(p0, pn), clerkCopies.AsSpan(c0, cn), cashierCopies.AsSpan(k0, kn), bits, layout.Cursors(w), layout);
        });
        return Process(layout, bits, expectedCollector, maxDegreeOfParallelism);
    }

    private static (int Start, int Length) Slice(int length, int chunk, int chunks)
    {
        var from = (int)((long)length * chunk / chunks);
        return (from, (int)((long)length * (chunk + 1) / chunks) - from);
    }

    private static int Workers(int maxDegreeOfParallelism) =>
        maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;

    private static byte[] ExpectedCollectors(ReadOnlySpan<SalesMode> siteModes)
    {
        var expectedCollector = new byte[siteModes.Length];
        for (var s = 0; s < siteModes.Length; s++)
        {
            // SUB-02: agency sites are collected by the developer, underwriting sites by the company's cashier.
            expectedCollector[s] = siteModes[s] switch
            {
                SalesMode.Agency => (byte)Collector.Developer,
                SalesMode.Underwriting => (byte)Collector.CompanyCashier,
                _ => throw new ArgumentException($"Site {s} has an unknown sales mode {siteModes[s]}.", nameof(siteModes)),
            };
        }

        return expectedCollector;
    }

    private static int PartitionBits(int payments, int clerkCopies, int cashierCopies)
    {
        var largest = Math.Max(payments, Math.Max(clerkCopies, cashierCopies));
        var bits = 0;
        while (bits < MaxPartitionBits && ((long)PaymentsPerPartition << bits) < largest)
        {
            bits++;
        }

        return bits;
    }

    private static ReconciliationReport Process(Layout layout, int partitionBits, byte[] expectedCollector, int maxDegreeOfParallelism)
    {
        var partitions = 1 << partitionBits;
        var partitionedPayments = layout.Payments;
        var partitionedClerk = layout.Clerk;
        var partitionedCashier = layout.Cashier;
        var paymentStart = layout.PaymentStart;
        var clerkStart = layout.ClerkStart;
        var cashierStart = layout.CashierStart;
        var minDay = layout.MinDay;
        var maxDay = layout.MaxDay;
        var currencies = layout.Currencies;
        var currencySlot = layout.CurrencySlot;
        var siteCount = expectedCollector.Length;
        var groups = GroupMap.Create(partitionedPayments.AsSpan(0, layout.PaymentCount), siteCount, minDay, maxDay, currencies.Count);
        var shape = new Shape(
            partitionBits, partitionedPayments, paymentStart, partitionedClerk, clerkStart, partitionedCashier, cashierStart,
            expectedCollector, currencySlot, currencies.Count, groups);

        // Pass 3: build and sweep each partition.
        var workers = Math.Clamp(Workers(maxDegreeOfParallelism), 1, partitions);
        var results = new Worker[workers];
        var nextPartition = -1;
        void Work(int w)
        {
            var worker = new Worker(shape);
            int partition;
            while ((partition = Interlocked.Increment(ref nextPartition)) < partitions)
            {
                worker.Process(partition);
            }

            results[w] = worker;
        }

        if (workers == 1)
        {
            Work(0);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, Work);
        }

        // Pass 4: merge.
        var counts = results[0].Counts;
        var sums = results[0].Sums;
        var discrepancies = new List<Discrepancy>(results[0].Discrepancies);
        for (var w = 1; w < workers; w++)
        {
            AddCounters(counts, sums, results[w].Counts, results[w].Sums);
            discrepancies.AddRange(results[w].Discrepancies);
        }

        return Report(groups, currencies, counts, sums, discrepancies);
    }

    /// <summary>Of two copies with the same number in one set, returns the index of the one reconciled (the smaller by
    /// content) and reports the other as a duplicate (REC-02).</summary>
    internal static int KeepSmaller(ReadOnlySpan<RemittanceNoticeRecord> notices, int kept, int candidate, List<Discrepancy> discrepancies)
    {
        var duplicate = candidate;
        if (RemittanceNoticeRecord.CompareContent(notices[candidate], notices[kept]) < 0)
        {
            duplicate = kept;
            kept = candidate;
        }

        ref readonly var d = ref notices[duplicate];
        discrepancies.Add(new Discrepancy(d.Site, d.Day, DiscrepancyKind.DuplicateNotice, d.Number));
        return kept;
    }

    /// <summary>Adds one worker's counters to the first's.</summary>
    internal static void AddCounters(int[] counts, long[] sums, int[] moreCounts, long[] moreSums)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += moreCounts[i];
            sums[i] = checked(sums[i] + moreSums[i]);
        }
    }

    /// <summary>Turns the merged counters per (group, currency, channel, collector) and the discrepancies into the report.</summary>
    internal static ReconciliationReport Report(GroupMap groups, List<CurrencyCode> currencies, int[] counts, long[] sums, List<Discrepancy> discrepancies)
    {
        var totals = new List<MatchedTotal>();
        for (var g = 0; g < groups.Count; g++)
        {
            var (site, day) = groups.KeyOf(g);
            for (var c = 0; c < currencies.Count; c++)
            {
                for (var k = 0; k < Combinations; k++)
                {
                    var index = (((g * currencies.Count) + c) * Combinations) + k;
                    if (counts[index] != 0)
                    {
                        totals.Add(new MatchedTotal(site, day, currencies[c], (PaymentChannel)(k >> 1), (Collector)(k & 1), counts[index], sums[index]));
                    }
                }
            }
        }

        return ReportAssembly.From(totals, discrepancies);
    }

    private static int Partition(long key, int bits) =>
        bits == 0 ? 0 : (int)(unchecked((ulong)key * Golden) >> (64 - bits));

    /// <summary>What one chunk of the input holds: records per partition, days, currencies, the first invalid record.</summary>
    private sealed class ChunkCounts(int partitions)
    {
        public int[] Payments { get; } = new int[partitions];

        public int[] Clerk { get; } = new int[partitions];

        public int[] Cashier { get; } = new int[partitions];

        public bool[] Currencies { get; } = new bool[CurrencyCode.Count];

        public int MinDay { get; private set; } = int.MaxValue;

        public int MaxDay { get; private set; } = int.MinValue;

        private string? Invalid { get; set; }

        public void Count(
            ReadOnlySpan<PaymentRecord> payments,
            ReadOnlySpan<RemittanceNoticeRecord> clerk,
            ReadOnlySpan<RemittanceNoticeRecord> cashier,
            int paymentOffset,
            int clerkOffset,
            int cashierOffset,
            int sites,
            int bits)
        {
            int minDay = MinDay, maxDay = MaxDay;
            var counts = Payments;
            var currencies = Currencies;
            for (var i = 0; i < payments.Length; i++)
            {
                ref readonly var p = ref payments[i];
                if ((uint)p.Site >= (uint)sites || (byte)p.Channel > (byte)PaymentChannel.Cheque || (byte)p.Collector > (byte)Collector.CompanyCashier
                    || p.Currency.Value >= CurrencyCode.Count)
                {
                    Invalid ??= $"Payment {paymentOffset + i} has a site without a sales mode, or an undefined channel, collector or currency.";
                    return;
                }

                minDay = Math.Min(minDay, p.Day);
                maxDay = Math.Max(maxDay, p.Day);
                currencies[p.Currency.Value] = true;
                counts[Partition(p.Reference, bits)]++;
            }

            MinDay = minDay;
            MaxDay = maxDay;
            CountNotices(clerk, Clerk, clerkOffset, "clerk's copy", sites, bits);
            CountNotices(cashier, Cashier, cashierOffset, "cashier's copy", sites, bits);
        }

        public void ThrowIfInvalid()
        {
            if (Invalid is not null)
            {
                throw new ArgumentException(Invalid);
            }
        }

        private void CountNotices(ReadOnlySpan<RemittanceNoticeRecord> notices, int[] counts, int offset, string what, int sites, int bits)
        {
            for (var i = 0; i < notices.Length; i++)
            {
                ref readonly var n = ref notices[i];
                if ((uint)n.Site >= (uint)sites || n.Currency.Value >= CurrencyCode.Count)
                {
                    Invalid ??= $"The {what} {offset + i} has a site without a sales mode or an undefined currency.";
                    return;
                }

                counts[Partition(n.Number, bits)]++;
            }
        }
    }

    /// <summary>The partitioned copy of the input and where each chunk writes.</summary>
    private sealed class Layout
    {
        private readonly ChunkCounts[] chunks;

        public Layout(ChunkCounts[] chunks, int payments, int clerk, int cashier)
        {
            this.chunks = chunks;
            PaymentCount = payments;
            PaymentStart = Starts(chunks, c => c.Payments);
            ClerkStart = Starts(chunks, c => c.Clerk);
            CashierStart = Starts(chunks, c => c.Cashier);
            MinDay = int.MaxValue;
            MaxDay = int.MinValue;
            CurrencySlot = new short[CurrencyCode.Count];
            foreach (var chunk in chunks)
            {
                MinDay = Math.Min(MinDay, chunk.MinDay);
                MaxDay = Math.Max(MaxDay, chunk.MaxDay);
            }

            for (var code = 0; code < CurrencyCode.Count; code++)
            {
                if (Array.Exists(chunks, c => c.Currencies[code]))
                {
                    Currencies.Add(CurrencyCode.FromValue(code));
                    CurrencySlot[code] = (short)Currencies.Count;
                }
            }

            // Exact sizes, not pooled: a pool would round ten million records up to 2^24 and keep them after the run.
            Payments = GC.AllocateUninitializedArray<PaymentRecord>(payments);
            Clerk = GC.AllocateUninitializedArray<RemittanceNoticeRecord>(clerk);
            Cashier = GC.AllocateUninitializedArray<RemittanceNoticeRecord>(cashier);
        }

        public int PaymentCount { get; }

        public PaymentRecord[] Payments { get; }

        public RemittanceNoticeRecord[] Clerk { get; }

        public RemittanceNoticeRecord[] Cashier { get; }

        public int[] PaymentStart { get; }

        public int[] ClerkStart { get; }

        public int[] CashierStart { get; }

        public int MinDay { get; }

        public int MaxDay { get; }

        public List<CurrencyCode> Currencies { get; } = [];

        public short[] CurrencySlot { get; }

        public static void Scatter(
            ReadOnlySpan<PaymentRecord> payments,
            ReadOnlySpan<RemittanceNoticeRecord> clerk,
            ReadOnlySpan<RemittanceNoticeRecord> cashier,
            int bits,
            (int[] Payments, int[] Clerk, int[] Cashier) cursors,
            Layout layout)
        {
            var target = layout.Payments;
            var next = cursors.Payments;
            for (var i = 0; i < payments.Length; i++)
            {
                ref readonly var p = ref payments[i];
                target[next[Partition(p.Reference, bits)]++] = p;
            }

            ScatterNotices(clerk, bits, cursors.Clerk, layout.Clerk);
            ScatterNotices(cashier, bits, cursors.Cashier, layout.Cashier);
        }

        /// <summary>Returns where chunk <paramref name="chunk"/> writes in each partition: after the partition's
        /// records of the chunks before it.</summary>
        public (int[] Payments, int[] Clerk, int[] Cashier) Cursors(int chunk) =>
            (Cursor(PaymentStart, chunk, c => c.Payments), Cursor(ClerkStart, chunk, c => c.Clerk), Cursor(CashierStart, chunk, c => c.Cashier));

        private static void ScatterNotices(ReadOnlySpan<RemittanceNoticeRecord> notices, int bits, int[] next, RemittanceNoticeRecord[] target)
        {
            for (var i = 0; i < notices.Length; i++)
            {
                ref readonly var n = ref notices[i];
                target[next[Partition(n.Number, bits)]++] = n;
            }
        }

        private static int[] Starts(ChunkCounts[] chunks, Func<ChunkCounts, int[]> counts)
        {
            var partitions = counts(chunks[0]).Length;
            var start = new int[partitions + 1];
            for (var p = 0; p < partitions; p++)
            {
                var sum = start[p];
                foreach (var chunk in chunks)
                {
                    sum += counts(chunk)[p];
                }

                start[p + 1] = sum;
            }

            return start;
        }

        private int[] Cursor(int[] start, int chunk, Func<ChunkCounts, int[]> counts)
        {
            var cursor = new int[start.Length - 1];
            for (var p = 0; p < cursor.Length; p++)
            {
                var at = start[p];
                for (var c = 0; c < chunk; c++)
                {
                    at += counts(chunks[c])[p];
                }

                cursor[p] = at;
            }

            return cursor;
        }
    }

    private sealed record Shape(
        int PartitionBits,
        PaymentRecord[] Payments,
        int[] PaymentStart,
        RemittanceNoticeRecord[] Clerk,
        int[] ClerkStart,
        RemittanceNoticeRecord[] Cashier,
        int[] CashierStart,
        byte[] ExpectedCollector,
        short[] CurrencySlot,
        int CurrencyCount,
        GroupMap Groups);

    private struct Slot
    {
        public long Key;
        public int Stamp;
        public int Payment;
        public int Clerk;
        public int Cashier;
    }

    /// <summary>Maps a (site, day) of a payment to a dense counter group: a direct index when sites × days is small, a
    /// dictionary otherwise.</summary>
    internal sealed class GroupMap
    {
        private readonly int minDay;
        private readonly int dayRange;
        private readonly Dictionary<long, int>? sparse;
        private readonly List<(int Site, int Day)>? keys;

        private GroupMap(int minDay, int dayRange, int count, Dictionary<long, int>? sparse, List<(int, int)>? keys)
        {
            this.minDay = minDay;
            this.dayRange = dayRange;
            Count = count;
            this.sparse = sparse;
            this.keys = keys;
        }

        public int Count { get; }

        public static GroupMap Create(ReadOnlySpan<PaymentRecord> payments, int sites, int minDay, int maxDay, int currencies)
        {
            if (payments.IsEmpty)
            {
                return new GroupMap(0, 0, 0, null, null);
            }

            var dayRange = (long)maxDay - minDay + 1;
            if (sites * dayRange * currencies * Combinations <= MaxDenseCounters)
            {
                return new GroupMap(minDay, (int)dayRange, (int)(sites * dayRange), null, null);
            }

            var sparse = new Dictionary<long, int>();
            var keys = new List<(int, int)>();
            foreach (ref readonly var p in payments)
            {
                if (sparse.TryAdd(Pack(p.Site, p.Day), keys.Count))
                {
                    keys.Add((p.Site, p.Day));
                }
            }

            return new GroupMap(0, 0, keys.Count, sparse, keys);
        }

        public int IndexOf(int site, int day) => sparse is null ? (site * dayRange) + (day - minDay) : sparse[Pack(site, day)];

        public (int Site, int Day) KeyOf(int group) => keys is null ? (group / dayRange, minDay + (group % dayRange)) : keys[group];

        private static long Pack(int site, int day) => ((long)site << 32) | (uint)day;
    }

    private sealed class Worker
    {
        private readonly Shape shape;
        private Slot[] table = [];
        private int stamp;

        public Worker(Shape shape)
        {
            this.shape = shape;
            var size = shape.Groups.Count * shape.CurrencyCount * Combinations;
            Counts = new int[size];
            Sums = new long[size];
        }

        public int[] Counts { get; }

        public long[] Sums { get; }

        public List<Discrepancy> Discrepancies { get; } = [];

        public void Process(int partition)
        {
            var s = shape;
            int p0 = s.PaymentStart[partition], p1 = s.PaymentStart[partition + 1];
            int c0 = s.ClerkStart[partition], c1 = s.ClerkStart[partition + 1];
            int k0 = s.CashierStart[partition], k1 = s.CashierStart[partition + 1];
            var upper = (p1 - p0) + (c1 - c0) + (k1 - k0);
            if (upper == 0)
            {
                return;
            }

            // At most `upper` keys, usually a third of it: a load factor of 3/4 at worst, 1/4 on a balanced day.
            var tableBits = 1;
            while ((1 << tableBits) < upper + (upper / 3) + 1)
            {
                tableBits++;
            }

            var capacity = 1 << tableBits;
            if (table.Length < capacity)
            {
                table = new Slot[capacity];
                stamp = 0;
            }

            stamp++;
            var mask = capacity - 1;
            var shift = 64 - tableBits;
            var payments = s.Payments;
            var clerk = s.Clerk;
            var cashier = s.Cashier;

            for (var i = p0; i < p1; i++)
            {
                ref var slot = ref Find(payments[i].Reference, mask, shift);
                if (slot.Payment < 0)
                {
                    slot.Payment = i;
                }
                else
                {
                    var duplicate = i;
                    if (PaymentRecord.CompareContent(payments[i], payments[slot.Payment]) < 0)
                    {
                        duplicate = slot.Payment;
                        slot.Payment = i;
                    }

                    ref readonly var d = ref payments[duplicate];
                    Discrepancies.Add(new Discrepancy(d.Site, d.Day, DiscrepancyKind.DuplicatePayment, d.Reference));
                }
            }

            for (var i = c0; i < c1; i++)
            {
                ref var slot = ref Find(clerk[i].Number, mask, shift);
                slot.Clerk = Keep(clerk, slot.Clerk, i);
            }

            for (var i = k0; i < k1; i++)
            {
                ref var slot = ref Find(cashier[i].Number, mask, shift);
                slot.Cashier = Keep(cashier, slot.Cashier, i);
            }

            for (var t = 0; t < capacity; t++)
            {
                ref readonly var slot = ref table[t];
                if (slot.Stamp != stamp)
                {
                    continue;
                }

                if (slot.Payment >= 0)
                {
                    Classify(in payments[slot.Payment], slot.Clerk, slot.Cashier);
                }
                else
                {
                    ref readonly var n = ref slot.Clerk >= 0 ? ref clerk[slot.Clerk] : ref cashier[slot.Cashier];
                    Discrepancies.Add(new Discrepancy(n.Site, n.Day, DiscrepancyKind.NoticeWithoutPayment, n.Number));
                }
            }
        }

        private int Keep(RemittanceNoticeRecord[] notices, int kept, int candidate) =>
            kept < 0 ? candidate : KeepSmaller(notices, kept, candidate, Discrepancies);

        private ref Slot Find(long key, int mask, int shift)
        {
            var i = (int)((unchecked((ulong)key * Golden) << shape.PartitionBits) >> shift);
            while (true)
            {
                ref var slot = ref table[i];
                if (slot.Stamp != stamp)
                {
                    slot.Stamp = stamp;
                    slot.Key = key;
                    slot.Payment = -1;
                    slot.Clerk = -1;
                    slot.Cashier = -1;
                    return ref slot;
                }

                if (slot.Key == key)
                {
                    return ref slot;
                }

                i = (i + 1) & mask;
            }
        }

        private void Classify(in PaymentRecord p, int clerkIndex, int cashierIndex)
        {
            var matched = true;
            if (clerkIndex < 0 && cashierIndex < 0)
            {
                Add(p, DiscrepancyKind.PaymentWithoutNotice);
                matched = false;
            }
            else
            {
                bool wrongPlace = false, wrongCurrency = false, wrongAmount = false;
                if (clerkIndex < 0)
                {
                    Add(p, DiscrepancyKind.MissingClerkCopy);
                    matched = false;
                }
                else
                {
                    ref readonly var c = ref shape.Clerk[clerkIndex];
                    wrongPlace = c.Site != p.Site || c.Day != p.Day;
                    wrongCurrency = c.Currency != p.Currency;
                    wrongAmount = c.AmountMinor != p.AmountMinor;
                }

                if (cashierIndex < 0)
                {
                    Add(p, DiscrepancyKind.MissingCashierCopy);
                    matched = false;
                }
                else
                {
                    ref readonly var k = ref shape.Cashier[cashierIndex];
                    wrongPlace |= k.Site != p.Site || k.Day != p.Day;
                    wrongCurrency |= k.Currency != p.Currency;
                    wrongAmount |= k.AmountMinor != p.AmountMinor;
                }

                // REC-01: same amount, currency, site and business date on both copies. An amount in another currency
                // cannot be compared, so a currency mismatch hides the amount comparison.
                if (wrongCurrency)
                {
                    Add(p, DiscrepancyKind.CurrencyMismatch);
                    matched = false;
                }
                else if (wrongAmount)
                {
                    Add(p, DiscrepancyKind.AmountMismatch);
                    matched = false;
                }

                if (wrongPlace)
                {
                    Add(p, DiscrepancyKind.WrongDateOrSite);
                    matched = false;
                }
            }

            if ((byte)p.Collector != shape.ExpectedCollector[p.Site])
            {
                Add(p, DiscrepancyKind.WrongCollector);
                matched = false;
            }

            if (matched)
            {
                var group = shape.Groups.IndexOf(p.Site, p.Day);
                var index = (((group * shape.CurrencyCount) + shape.CurrencySlot[p.Currency.Value] - 1) * Combinations)
                    + ((int)p.Channel << 1) + (int)p.Collector;
                Counts[index]++;
                Sums[index] = checked(Sums[index] + p.AmountMinor);
            }
        }

        private void Add(in PaymentRecord p, DiscrepancyKind kind) => Discrepancies.Add(new Discrepancy(p.Site, p.Day, kind, p.Reference));
    }
}
