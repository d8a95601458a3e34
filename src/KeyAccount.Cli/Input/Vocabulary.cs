using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;

namespace KeyAccount.Cli.Input;

/// <summary>A column of the input files, with its English and Chinese header names.</summary>
/// <param name="English">The English name, e.g. <c>amount</c>.</param>
/// <param name="Chinese">The Chinese name, e.g. <c>金额</c>.</param>
internal sealed record Column(string English, string Chinese)
{
    /// <summary>Gets the column's index in a header, matching either name (English case-insensitively), or -1.</summary>
    /// <param name="header">The header's names.</param>
    /// <returns>The index or -1.</returns>
    public int IndexIn(IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], English, StringComparison.OrdinalIgnoreCase) || string.Equals(header[i], Chinese, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets every index of the column in a header, matching either name.</summary>
    /// <param name="header">The header's names.</param>
    /// <returns>The indices, in order; more than one when the column is given twice.</returns>
    public IReadOnlyList<int> IndicesIn(IReadOnlyList<string> header) =>
        Enumerable.Range(0, header.Count).Where(i => IndexIn([header[i]]) == 0).ToList();

    /// <inheritdoc />
    public override string ToString() => $"'{English}' ({Chinese})";
}

/// <summary>The columns and the values of the input files (documented in docs/cli.md).</summary>
internal static class Vocabulary
{
    public static readonly Column Site = new("site", "案场");
    public static readonly Column SalesMode = new("sales_mode", "销售模式");
    public static readonly Column NoticeNo = new("notice_no", "通知单号");
    public static readonly Column Date = new("date", "营业日期");
    public static readonly Column Amount = new("amount", "金额");
    public static readonly Column Currency = new("currency", "币种");
    public static readonly Column Channel = new("channel", "付款方式");
    public static readonly Column Collector = new("collector", "收款方");
    public static readonly Column Copy = new("copy", "联次");

    /// <summary>The columns of a sites file.</summary>
    public static readonly Column[] SiteColumns = [Site, SalesMode];

    /// <summary>The columns of a payments file.</summary>
    public static readonly Column[] PaymentColumns = [NoticeNo, Site, Date, Amount, Currency, Channel, Collector];

    /// <summary>The columns of a notices file.</summary>
    public static readonly Column[] NoticeColumns = [NoticeNo, Site, Date, Amount, Currency, Copy];

    private static readonly (string En, string Zh, PaymentChannel Value)[] Channels =
    [
        ("cash", "现金", PaymentChannel.Cash),
        ("bank_card", "刷卡", PaymentChannel.BankCard),
        ("bank_transfer", "转账", PaymentChannel.BankTransfer),
        ("cheque", "支票", PaymentChannel.Cheque),
    ];

    private static readonly (string En, string Zh, Collector Value)[] Collectors =
    [
        ("developer", "开发商", KeyAccount.Domain.Reconciliation.Collector.Developer),
        ("company_cashier", "公司收银", KeyAccount.Domain.Reconciliation.Collector.CompanyCashier),
    ];

    private static readonly (string En, string Zh, SalesMode Value)[] Modes =
    [
        ("agency", "代理", Domain.Sales.SalesMode.Agency),
        ("underwriting", "包销", Domain.Sales.SalesMode.Underwriting),
    ];

    private static readonly (string En, string Zh, EntryKind Value)[] Copies =
    [
        ("clerk", "文员联", EntryKind.ClerkCopy),
        ("cashier", "收银联", EntryKind.CashierCopy),
    ];

    /// <summary>Gets the English name of a channel as written in files and reports.</summary>
    public static string Name(PaymentChannel value) => Channels.First(c => c.Value == value).En;

    /// <summary>Gets the English name of a collector.</summary>
    public static string Name(Collector value) => Collectors.First(c => c.Value == value).En;

    /// <summary>Gets the English name of a sales mode.</summary>
    public static string Name(SalesMode value) => Modes.First(c => c.Value == value).En;

    /// <summary>Gets the English name of a notice copy.</summary>
    public static string Name(EntryKind value) => Copies.First(c => c.Value == value).En;

    /// <summary>Gets the name of a discrepancy kind in reports and manifests, e.g. <c>amount_mismatch</c>.</summary>
    public static string Name(DiscrepancyKind kind) => kind switch
    {
        DiscrepancyKind.PaymentWithoutNotice => "payment_without_notice",
        DiscrepancyKind.NoticeWithoutPayment => "notice_without_payment",
        DiscrepancyKind.MissingClerkCopy => "missing_clerk_copy",
        DiscrepancyKind.MissingCashierCopy => "missing_cashier_copy",
        DiscrepancyKind.AmountMismatch => "amount_mismatch",
        DiscrepancyKind.CurrencyMismatch => "currency_mismatch",
        DiscrepancyKind.DuplicatePayment => "duplicate_payment",
        DiscrepancyKind.DuplicateNotice => "duplicate_notice",
        DiscrepancyKind.WrongCollector => "wrong_collector",
        DiscrepancyKind.WrongDateOrSite => "wrong_date_or_site",
        _ => kind.ToString(),
    };

    public static bool TryChannel(ReadOnlySpan<char> text, out PaymentChannel value) => TryLookup(Channels, text, out value);

    public static bool TryCollector(ReadOnlySpan<char> text, out Collector value) => TryLookup(Collectors, text, out value);

    public static bool TryMode(ReadOnlySpan<char> text, out SalesMode value) => TryLookup(Modes, text, out value);

    public static bool TryCopy(ReadOnlySpan<char> text, out EntryKind value) => TryLookup(Copies, text, out value);

    /// <summary>Reads a notice number: a <see cref="RemittanceNoticeNumber"/> as bare digits or in its text form (<c>RN-0001</c>).</summary>
    public static bool TryNoticeNo(ReadOnlySpan<char> text, out long value)
    {
        var read = RemittanceNoticeNumber.TryParse(text, out var number);
        value = number.Value;
        return read;
    }

    /// <summary>The most digits of an amount before the decimal point: the reconciler's totals stay in range.</summary>
    public const int MaxWholeDigits = 15;

    /// <summary>Gets whether text is a well-formed amount with more than <see cref="MaxWholeDigits"/> digits before its point.</summary>
    public static bool IsTooLarge(ReadOnlySpan<char> text)
    {
        text = !text.IsEmpty && text[0] == '-' ? text[1..] : text;
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? default : text[(dot + 1)..];
        return whole.Length > MaxWholeDigits && !whole.ContainsAnyExceptInRange('0', '9')
            && fraction.Length <= 2 && !fraction.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Reads an amount with at most two decimals (<c>1234</c>, <c>1234.5</c>, <c>-12.34</c>) as minor units.</summary>
    public static bool TryAmount(ReadOnlySpan<char> text, out long minor)
    {
        minor = 0;
        var negative = !text.IsEmpty && text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? default : text[(dot + 1)..];
        if (whole.IsEmpty || whole.Length > MaxWholeDigits || (dot >= 0 && fraction.Length is 0 or > 2))
        {
            return false;
        }

        long units = 0;
        foreach (var b in whole)
        {
            if (b is < '0' or > '9')
            {
                return false;
            }

            units = (units * 10) + (b - '0');
        }

        long cents = 0;
        for (var i = 0; i < 2; i++)
        {
            var b = i < fraction.Length ? fraction[i] : '0';
            if (b is < '0' or > '9')
            {
                return false;
            }

            cents = (cents * 10) + (b - '0');
        }

        minor = (units * 100) + cents;
        if (negative)
        {
            minor = -minor;
        }

        return true;
    }

    /// <summary>Reads an ISO date <c>yyyy-MM-dd</c> as a day number.</summary>
    public static bool TryDate(ReadOnlySpan<char> text, out int dayNumber)
    {
        dayNumber = 0;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        dayNumber = new DateOnly(year, month, day).DayNumber;
        return true;
    }

    /// <summary>Reads a currency code that the platform's ISO 4217 list knows (e.g. <c>CNY</c>, <c>usd</c>).</summary>
    public static bool TryCurrency(ReadOnlySpan<char> text, out CurrencyCode code)
    {
        code = default;
        if (text.Length != 3)
        {
            return false;
        }

        var packed = 0;
        foreach (var b in text)
        {
            var upper = b is >= 'a' and <= 'z' ? (char)(b - 32) : b;
            if (upper is < 'A' or > 'Z')
            {
                return false;
            }

            packed = (packed * 26) + (upper - 'A');
        }

        if (!PlatformCurrencies.IsKnown(packed))
        {
            return false;
        }

        code = CurrencyCode.FromValue(packed);
        return true;
    }

    /// <summary>Gets a field as text for a message, shortened.</summary>
    public static string Show(ReadOnlySpan<char> text)
    {
        return text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (b is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static bool TryLookup<T>((string En, string Zh, T Value)[] table, ReadOnlySpan<char> text, out T value)
    {
        foreach (var (en, zh, v) in table)
        {
            if (Ascii.EqualsIgnoreCase(text, en) || text.SequenceEqual(zh))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
