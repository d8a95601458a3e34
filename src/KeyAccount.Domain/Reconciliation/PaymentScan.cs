using System;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>One sequential read of (a slice of) the payments: validates them and finds the range of their notice
/// numbers and days and the currencies they use, which decide whether the dense join fits.</summary>
internal sealed class PaymentScan
{
    public bool[] Currencies { get; } = new bool[CurrencyCode.Count];

    public long MinReference { get; private set; } = long.MaxValue;

    public long MaxReference { get; private set; } = long.MinValue;

    public int MinDay { get; private set; } = int.MaxValue;

    public int MaxDay { get; private set; } = int.MinValue;

    public string? Invalid { get; private set; }

    /// <summary>Scans payments; <paramref name="offset"/> is the index of the first one in the whole input, for the error.</summary>
    public static PaymentScan Of(ReadOnlySpan<PaymentRecord> payments, int offset, int sites)
    {
        var scan = new PaymentScan();
        long minReference = long.MaxValue, maxReference = long.MinValue;
        int minDay = int.MaxValue, maxDay = int.MinValue;
        var currencies = scan.Currencies;
        for (var i = 0; i < payments.Length; i++)
        {
            ref readonly var p = ref payments[i];
            if ((uint)p.Site >= (uint)sites || (byte)p.Channel > (byte)PaymentChannel.Cheque || (byte)p.Collector > (byte)Collector.CompanyCashier
                || p.Currency.Value >= CurrencyCode.Count)
            {
                scan.Invalid = $"Payment {offset + i} has a site without a sales mode, or an undefined channel, collector or currency.";
                return scan;
            }

            minReference = Math.Min(minReference, p.Reference);
            maxReference = Math.Max(maxReference, p.Reference);
            minDay = Math.Min(minDay, p.Day);
            maxDay = Math.Max(maxDay, p.Day);
            currencies[p.Currency.Value] = true;
        }

        (scan.MinReference, scan.MaxReference, scan.MinDay, scan.MaxDay) = (minReference, maxReference, minDay, maxDay);
        return scan;
    }

    /// <summary>Combines the scans of consecutive slices; the first invalid record in input order wins.</summary>
    public static PaymentScan Merge(PaymentScan[] slices)
    {
        var all = new PaymentScan();
        foreach (var s in slices)
        {
            all.Invalid ??= s.Invalid;
            all.MinReference = Math.Min(all.MinReference, s.MinReference);
            all.MaxReference = Math.Max(all.MaxReference, s.MaxReference);
            all.MinDay = Math.Min(all.MinDay, s.MinDay);
            all.MaxDay = Math.Max(all.MaxDay, s.MaxDay);
            for (var c = 0; c < CurrencyCode.Count; c++)
            {
                all.Currencies[c] |= s.Currencies[c];
            }
        }

        return all;
    }

    public void ThrowIfInvalid()
    {
        if (Invalid is not null)
        {
            throw new ArgumentException(Invalid);
        }
    }
}
