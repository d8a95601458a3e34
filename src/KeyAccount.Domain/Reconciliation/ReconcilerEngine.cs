using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// The hash reconciliation behind <see cref="Reconciler"/> (REC-01, REC-02, REC-05).
/// </summary>
/// <remarks>
/// <para>Passes: (1) one sequential read of every input that validates it, finds the days and currencies and counts
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
    private const int Combinations = 8; // 4 channels × 2 collectors
    private const long MaxDenseCounters = 1 << 22;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    internal static ReconciliationReport Run(
        ReadOnlySpan<PaymentRecord> payments,
        ReadOnlySpan<RemittanceNoticeRecord> clerkCopies,
        ReadOnlySpan<RemittanceNoticeRecord> cashierCopies,
        ReadOnlySpan<SiteSalesMode> siteModes,
        int maxDegreeOfParallelism)
    {
        var expectedCollector = new byte[siteModes.Length];
        for (var s = 0; s < siteModes.Length; s++)
        {
            // SUB-02: agency sites are collected by the developer, underwriting sites by the company's cashier.
            expectedCollector[s] = siteModes[s] switch
            {
                SiteSalesMode.Agency => (byte)Collector.Developer,
                SiteSalesMode.Underwriting => (byte)Collector.CompanyCashier,
                _ => throw new ArgumentException($"Site {s} has an unknown sales mode {siteModes[s]}.", nameof(siteModes)),
            };
        }

        var largest = Math.Max(payments.Length, Math.Max(clerkCopies.Length, cashierCopies.Length));
        var partitionBits = 0;
        while (partitionBits < MaxPartitionBits && ((long)PaymentsPerPartition << partitionBits) < largest)
        {
            partitionBits++;
        }

        var partitions = 1 << partitionBits;

        // Pass 1: validate, find days and currencies, count per partition.
        var paymentStart = new int[partitions + 1];
        var minDay = int.MaxValue;
        var maxDay = int.MinValue;
        var currencySlot = new short[CurrencyCode.Count];
        var currencies = new List<CurrencyCode>();
        for (var i = 0; i < payments.Length; i++)
        {
            ref readonly var p = ref payments[i];
            if ((uint)p.Site >= (uint)siteModes.Length || (byte)p.Channel > (byte)PaymentChannel.Cheque || (byte)p.Collector > (byte)Collector.CompanyCashier
                || p.Currency.Value >= CurrencyCode.Count)
            {
                throw new ArgumentException($"Payment {i} has a site without a sales mode, or an undefined channel, collector or currency.", nameof(payments));
            }

            minDay = Math.Min(minDay, p.Day);
            maxDay = Math.Max(maxDay, p.Day);
            if (currencySlot[p.Currency.Value] == 0)
            {
                currencies.Add(p.Currency);
                currencySlot[p.Currency.Value] = (short)currencies.Count;
            }

            paymentStart[Partition(p.Reference, partitionBits) + 1]++;
        }

        var clerkStart = CountNotices(clerkCopies, siteModes.Length, partitionBits, nameof(clerkCopies));
        var cashierStart = CountNotices(cashierCopies, siteModes.Length, partitionBits, nameof(cashierCopies));

        // Pass 2: scatter into partitions.
        var partitionedPayments = ArrayPool<PaymentRecord>.Shared.Rent(payments.Length);
        {
            var next = PrefixSums(paymentStart);
            for (var i = 0; i < payments.Length; i++)
            {
                ref readonly var p = ref payments[i];
                partitionedPayments[next[Partition(p.Reference, partitionBits)]++] = p;
            }
        }

        var partitionedClerk = Scatter(clerkCopies, clerkStart, partitionBits);
        var partitionedCashier = Scatter(cashierCopies, cashierStart, partitionBits);

        try
        {
            var groups = GroupMap.Create(payments, siteModes.Length, minDay, maxDay, currencies.Count);
            var shape = new Shape(
                partitionBits, partitionedPayments, paymentStart, partitionedClerk, clerkStart, partitionedCashier, cashierStart,
                expectedCollector, currencySlot, currencies.Count, groups);

            // Pass 3: build and sweep each partition.
            var workers = Math.Clamp(maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism, 1, partitions);
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
                for (var i = 0; i < counts.Length; i++)
                {
                    counts[i] += results[w].Counts[i];
                    sums[i] = checked(sums[i] + results[w].Sums[i]);
                }

                discrepancies.AddRange(results[w].Discrepancies);
            }

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
        finally
        {
            ArrayPool<PaymentRecord>.Shared.Return(partitionedPayments);
            ArrayPool<RemittanceNoticeRecord>.Shared.Return(partitionedClerk);
            ArrayPool<RemittanceNoticeRecord>.Shared.Return(partitionedCashier);
        }
    }

    private static int Partition(long key, int bits) =>
        bits == 0 ? 0 : (int)(unchecked((ulong)key * Golden) >> (64 - bits));

    private static int[] CountNotices(ReadOnlySpan<RemittanceNoticeRecord> notices, int sites, int bits, string paramName)
    {
        var start = new int[(1 << bits) + 1];
        for (var i = 0; i < notices.Length; i++)
        {
            ref readonly var n = ref notices[i];
            if ((uint)n.Site >= (uint)sites || n.Currency.Value >= CurrencyCode.Count)
            {
                throw new ArgumentException($"Notice {i} has a site without a sales mode or an undefined currency.", paramName);
            }

            start[Partition(n.Number, bits) + 1]++;
        }

        return start;
    }

    /// <summary>Turns counts at [1..] into start offsets in place and returns a copy to use as write cursors.</summary>
    private static int[] PrefixSums(int[] start)
    {
        for (var i = 1; i < start.Length; i++)
        {
            start[i] += start[i - 1];
        }

        return (int[])start.Clone();
    }

    private static RemittanceNoticeRecord[] Scatter(ReadOnlySpan<RemittanceNoticeRecord> notices, int[] start, int bits)
    {
        var result = ArrayPool<RemittanceNoticeRecord>.Shared.Rent(notices.Length);
        var next = PrefixSums(start);
        for (var i = 0; i < notices.Length; i++)
        {
            ref readonly var n = ref notices[i];
            result[next[Partition(n.Number, bits)]++] = n;
        }

        return result;
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
    private sealed class GroupMap
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

        private int Keep(RemittanceNoticeRecord[] notices, int kept, int candidate)
        {
            if (kept < 0)
            {
                return candidate;
            }

            var duplicate = candidate;
            if (RemittanceNoticeRecord.CompareContent(notices[candidate], notices[kept]) < 0)
            {
                duplicate = kept;
                kept = candidate;
            }

            ref readonly var d = ref notices[duplicate];
            Discrepancies.Add(new Discrepancy(d.Site, d.Day, DiscrepancyKind.DuplicateNotice, d.Number));
            return kept;
        }

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
