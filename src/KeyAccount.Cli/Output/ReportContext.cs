using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Cli.Input;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Cli.Output;

/// <summary>What a report is printed from: the reconciler's report, the day's input (site codes and modes, negative
/// amounts), the records behind each discrepancy with their files and lines, and the language.</summary>
internal sealed class ReportContext
{
    private readonly ILookup<long, SourceRecord> records;

    /// <summary>Initializes a new instance of the <see cref="ReportContext"/> class.</summary>
    /// <param name="report">The reconciler's report.</param>
    /// <param name="day">The day's input.</param>
    /// <param name="records">The payments and copies of the discrepancies' notice numbers.</param>
    /// <param name="language">The language of labels, kinds and hints.</param>
    public ReportContext(ReconciliationReport report, DayInput day, IEnumerable<SourceRecord> records, ReportLanguage language)
    {
        Report = report;
        Day = day;
        Language = language;
        this.records = records.OrderBy(r => r.Side).ToLookup(r => r.NoticeNo);
    }

    /// <summary>Gets the reconciler's report.</summary>
    public ReconciliationReport Report { get; }

    /// <summary>Gets the day's input.</summary>
    public DayInput Day { get; }

    /// <summary>Gets the language.</summary>
    public ReportLanguage Language { get; }

    /// <summary>Gets the records of a notice number: payments, then clerk's copies, then cashier's copies, each in
    /// the order of the files.</summary>
    /// <param name="noticeNo">The notice number.</param>
    /// <returns>The records.</returns>
    public IEnumerable<SourceRecord> RecordsOf(long noticeNo) => records[noticeNo];

    /// <summary>Gets the amounts of a notice number on one side, for a table cell: <c>1,000.00</c>, several joined
    /// with <c> / </c>, or <c>—</c> when that side has no record.</summary>
    /// <param name="noticeNo">The notice number.</param>
    /// <param name="side">A payment, the clerk's copy or the cashier's copy.</param>
    /// <returns>The cell.</returns>
    public string Amounts(long noticeNo, EntryKind side) =>
        records[noticeNo].Where(r => r.Side == side).Select(r => Money(r.AmountMinor)).ToList() is { Count: > 0 } amounts
            ? string.Join(" / ", amounts)
            : "—";

    /// <summary>Formats minor units with thousands separators, e.g. <c>1,234,567.05</c>; a negative amount is flagged.</summary>
    /// <param name="minor">The minor units.</param>
    /// <returns>The text.</returns>
    public string Money(long minor)
    {
        var text = ((minor < 0 ? -(decimal)minor : minor) / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);
        return minor < 0 ? $"-{text} ({Language["negative"]})" : text;
    }
}
