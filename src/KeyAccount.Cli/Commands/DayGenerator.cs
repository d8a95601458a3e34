using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Linq;
using System.Text.Json;
using KeyAccount.Cli.Input;
using KeyAccount.Cli.Output;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;

namespace KeyAccount.Cli.Commands;

/// <summary>A discrepancy planted by the generator, as the reconciler should report it.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Site">The site code it is reported under.</param>
/// <param name="Date">The date it is reported under.</param>
/// <param name="NoticeNo">The notice number.</param>
internal readonly record struct Planted(DiscrepancyKind Kind, string Site, string Date, long NoticeNo);

/// <summary>
/// Writes a synthetic sales day in the CSV format of <c>reconcile</c>: <c>sites.csv</c>, <c>payments.csv</c>,
/// <c>notices.csv</c> and a <c>manifest.json</c> of the discrepancies planted. Each of the <c>rows</c> transactions is
/// a payment with both copies of its notice; a share of them (the discrepancy rate) is spoilt, cycling through every
/// kind of discrepancy, each on its own notice number so that it is reported exactly once. The same seed gives the
/// same files.
/// </summary>
internal static class DayGenerator
{
    private const long FirstNotice = 1_000_001;
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private static readonly DiscrepancyKind[] Kinds = Enum.GetValues<DiscrepancyKind>();

    /// <summary>Writes the day.</summary>
    /// <param name="directory">The output directory (created if needed).</param>
    /// <param name="rows">The number of transactions.</param>
    /// <param name="sites">The number of sites; even-numbered ones sell by agency, odd ones by underwriting.</param>
    /// <param name="rate">The share of transactions spoilt, from 0 to 1.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="date">The business date.</param>
    /// <returns>The discrepancies planted and the number of payments that should match.</returns>
    public static (List<Planted> Planted, long Matched) Write(string directory, long rows, int sites, double rate, int seed, DateOnly date)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var codes = new string[sites];
        var modes = new SalesMode[sites];
        var width = Math.Max(2, sites.ToString(CultureInfo.InvariantCulture).Length);
        using (var w = Open(Path.Combine(directory, "sites.csv")))
        {
            w.WriteLine("site,sales_mode");
            for (var s = 0; s < sites; s++)
            {
                codes[s] = "S" + (s + 1).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                modes[s] = s % 2 == 0 ? SalesMode.Agency : SalesMode.Underwriting;
                w.WriteLine($"{codes[s]},{Vocabulary.Name(modes[s])}");
            }
        }

        var planted = new List<Planted>();
        long matched = 0;
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nextDay = date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var payments = Open(Path.Combine(directory, "payments.csv"));
        using var notices = Open(Path.Combine(directory, "notices.csv"));
        payments.WriteLine("notice_no,site,date,amount,currency,channel,collector");
        notices.WriteLine("notice_no,site,date,amount,currency,copy");
        var buffer = new char[256];

        void Payment(long no, int site, string d, long amount, string currency, PaymentChannel channel, Collector collector)
        {
            buffer.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"{no},{codes[site]},{d},{ReportWriter.Amount(amount)},{currency},{Vocabulary.Name(channel)},{Vocabulary.Name(collector)}\n", out var n);
            payments.Write(buffer, 0, n);
        }

        void Notice(long no, int site, string d, long amount, string currency, EntryKind copy)
        {
            buffer.AsSpan().TryWrite(CultureInfo.InvariantCulture, $"{no},{codes[site]},{d},{ReportWriter.Amount(amount)},{currency},{Vocabulary.Name(copy)}\n", out var n);
            notices.Write(buffer, 0, n);
        }

        var plantedCount = 0;
        for (long i = 0; i < rows; i++)
        {
            var no = FirstNotice + i;
            var site = random.Next(sites);
            var amount = random.NextInt64(10_000, 50_000_000);
            var channel = (PaymentChannel)random.Next(4);
            var collector = modes[site] == SalesMode.Agency ? Collector.Developer : Collector.CompanyCashier;
            var spoil = random.NextDouble() < rate;
            if (!spoil)
            {
                Payment(no, site, text, amount, "CNY", channel, collector);
                Notice(no, site, text, amount, "CNY", EntryKind.ClerkCopy);
                Notice(no, site, text, amount, "CNY", EntryKind.CashierCopy);
                matched++;
                continue;
            }

            var kind = Kinds[plantedCount++ % Kinds.Length];
            planted.Add(new Planted(kind, codes[site], text, no));
            switch (kind)
            {
                case DiscrepancyKind.PaymentWithoutNotice:
                    Payment(no, site, text, amount, "CNY", channel, collector);
                    break;
                case DiscrepancyKind.NoticeWithoutPayment:
                    Notice(no, site, text, amount, "CNY", EntryKind.ClerkCopy);
                    Notice(no, site, text, amount, "CNY", EntryKind.CashierCopy);
                    break;
                case DiscrepancyKind.MissingClerkCopy:
                    Payment(no, site, text, amount, "CNY", channel, collector);
                    Notice(no, site, text, amount, "CNY", EntryKind.CashierCopy);
                    break;
                case DiscrepancyKind.MissingCashierCopy:
                    Payment(no, site, text, amount, "CNY", channel, collector);
                    Notice(no, site, text, amount, "CNY", EntryKind.ClerkCopy);
                    break;
                case DiscrepancyKind.AmountMismatch:
                    Payment(no, site, text, amount, "CNY", channel, collector);
                    Notice(no, site, text, amount + random.Next(1, 10_000), "CNY", EntryKind.ClerkCopy);
                    Notice(no, site, text, amount, "CNY", EntryKind.CashierCopy);
                    break;
                case DiscrepancyKind.CurrencyMismatch:
                    Payment(no, site, text, amount, "CNY", channel, collector);
                    Notice(no, site, text, amount, "CNY", EntryKind.ClerkCopy);
                    Notice(no, site, text, amount, "HKD", EntryKind.CashierCopy);
                    break;
                case DiscrepancyKind.DuplicatePayment:
                    // The copy of the payment with the larger amount is the duplicate; the first one matches.
                    Payment(no, site, text, amount, "CNY", channel, collector);
                    Payment(no, site, text, amount + 1, "CNY", channel, collector);
                    Notice(no, site, text, amount, "CNY", EntryKind.ClerkCopy);
                    Notice(no, site, text, amount, "CNY", EntryKind.CashierCopy);
                    matched++;
                    break;
                case DiscrepancyKind.DuplicateNotice:
                    Payment(no, site, text, amount, "CNY", channel, collector);
                    Notice(no, site, text, amount, "CNY", EntryKind.ClerkCopy);
                    Notice(no, site, text, amount, "CNY", EntryKind.CashierCopy);
                    Notice(no, site, text, amount + 1, "CNY", EntryKind.CashierCopy);
                    matched++;
                    break;
                case DiscrepancyKind.WrongCollector:
                    Payment(no, site, text, amount, "CNY", channel, collector == Collector.Developer ? Collector.CompanyCashier : Collector.Developer);
                    Notice(no, site, text, amount, "CNY", EntryKind.ClerkCopy);
                    Notice(no, site, text, amount, "CNY", EntryKind.CashierCopy);
                    break;
                default:
                    Payment(no, site, text, amount, "CNY", channel, collector);
                    Notice(no, site, nextDay, amount, "CNY", EntryKind.ClerkCopy);
                    Notice(no, site, nextDay, amount, "CNY", EntryKind.CashierCopy);
                    break;
            }
        }

        return (planted, matched);
    }

    /// <summary>Writes the manifest of a generated day.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rows">The number of transactions.</param>
    /// <param name="sites">The number of sites.</param>
    /// <param name="rate">The discrepancy rate.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="date">The date.</param>
    /// <param name="planted">The planted discrepancies.</param>
    /// <param name="matched">The number of payments that should match.</param>
    public static void WriteManifest(string path, long rows, int sites, double rate, int seed, DateOnly date, List<Planted> planted, long matched)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("rows", rows);
        w.WriteNumber("sites", sites);
        w.WriteNumber("discrepancyRate", rate);
        w.WriteNumber("seed", seed);
        w.WriteNumber("expectedMatched", matched);
        w.WriteNumber("expectedDiscrepancies", planted.Count);
        w.WriteStartObject("plantedByKind");
        foreach (var kind in Kinds)
        {
            w.WriteNumber(Vocabulary.Name(kind), planted.Count(p => p.Kind == kind));
        }

        w.WriteEndObject();
        w.WriteStartArray("planted");
        foreach (var p in planted)
        {
            w.WriteStartObject();
            w.WriteString("kind", Vocabulary.Name(p.Kind));
            w.WriteString("site", p.Site);
            w.WriteString("date", p.Date);
            w.WriteNumber("noticeNo", p.NoticeNo);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static StreamWriter Open(string path) => new(path, false, Utf8, 1 << 20);
}
