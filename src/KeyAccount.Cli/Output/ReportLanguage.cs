using System;
using System.Collections.Generic;
using System.Globalization;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Cli.Output;

/// <summary>Every word a reconciliation report prints, in English or Simplified Chinese: titles, column headers,
/// statuses, the names of channels, collectors, sales modes and discrepancy kinds, and a hint of what to check for
/// each kind.</summary>
internal sealed class ReportLanguage
{
    /// <summary>The languages <c>--lang</c> accepts.</summary>
    public static readonly string[] Names = ["en", "zh-CN"];

    /// <summary>English.</summary>
    public static readonly ReportLanguage English = new("en", new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = "Day-end reconciliation (日日平帐)",
        ["summary"] = "{0:#,##0} site-days, {1:#,##0} matched, {2:#,##0} discrepancies: {3}",
        ["balanced_all"] = "BALANCED",
        ["not_balanced_all"] = "NOT BALANCED",
        ["balanced"] = "balanced",
        ["to_explain"] = "to explain",
        ["sites"] = "Sites",
        ["totals_channel"] = "Matched totals by channel",
        ["totals_collector"] = "Matched totals by collector",
        ["discrepancies_title"] = "Discrepancies",
        ["hints_title"] = "What to check",
        ["negatives_title"] = "Negative amounts (check each: a refund entered as a payment, or a sign typed by mistake)",
        ["none"] = "(none)",
        ["site"] = "site",
        ["mode"] = "mode",
        ["date"] = "date",
        ["matched"] = "matched",
        ["discrepancies"] = "discrepancies",
        ["status"] = "status",
        ["channel"] = "channel",
        ["collector"] = "collector",
        ["currency"] = "currency",
        ["count"] = "count",
        ["amount"] = "amount",
        ["kind"] = "kind",
        ["notice_no"] = "notice_no",
        ["payment"] = "payment",
        ["clerk_copy"] = "clerk's copy",
        ["cashier_copy"] = "cashier's copy",
        ["records"] = "records",
        ["record"] = "record",
        ["negative"] = "negative",
        ["matched_payments"] = "Matched payments",
        ["totals_site_day"] = "Totals per site and day",
        ["matched_amount"] = "matched amount",
        ["chart_title"] = "Matched versus discrepancies by kind",
        ["all"] = "all",
        ["shown"] = "{0} of {1} shown",
        ["cash"] = "cash",
        ["bank_card"] = "bank_card",
        ["bank_transfer"] = "bank_transfer",
        ["cheque"] = "cheque",
        ["developer"] = "developer",
        ["company_cashier"] = "company_cashier",
        ["agency"] = "agency",
        ["underwriting"] = "underwriting",
        ["payment_without_notice"] = "payment_without_notice",
        ["notice_without_payment"] = "notice_without_payment",
        ["missing_clerk_copy"] = "missing_clerk_copy",
        ["missing_cashier_copy"] = "missing_cashier_copy",
        ["amount_mismatch"] = "amount_mismatch",
        ["currency_mismatch"] = "currency_mismatch",
        ["duplicate_payment"] = "duplicate_payment",
        ["duplicate_notice"] = "duplicate_notice",
        ["wrong_collector"] = "wrong_collector",
        ["wrong_date_or_site"] = "wrong_date_or_site",
        ["hint_payment_without_notice"] = "Find the remittance notice for this payment; if none was written, have the clerk write one.",
        ["hint_notice_without_payment"] = "Find the payment this notice records; if none was taken, void the notice.",
        ["hint_missing_clerk_copy"] = "Ask the project clerk for their copy of the notice, or record it.",
        ["hint_missing_cashier_copy"] = "Ask the cashier for their copy of the notice, or record it.",
        ["hint_amount_mismatch"] = "Compare the payment slip with both copies; correct the one that was mistyped.",
        ["hint_currency_mismatch"] = "Check which currency was received; correct the payment or the notice.",
        ["hint_duplicate_payment"] = "Check whether the payment was entered twice or two payments share one notice number.",
        ["hint_duplicate_notice"] = "Check whether the copy was entered twice; void the extra one.",
        ["hint_wrong_collector"] = "Check who collected the money against the site's sales mode (agency: developer; underwriting: company cashier).",
        ["hint_wrong_date_or_site"] = "Check the site and business date written on the notice copy against the payment.",
    });

    /// <summary>Simplified Chinese.</summary>
    public static readonly ReportLanguage Chinese = new("zh-CN", new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = "日日平帐",
        ["summary"] = "{0:#,##0} 个案场日，{1:#,##0} 笔相符，{2:#,##0} 处差异：{3}",
        ["balanced_all"] = "已平帐",
        ["not_balanced_all"] = "未平帐",
        ["balanced"] = "已平",
        ["to_explain"] = "待说明",
        ["sites"] = "案场",
        ["totals_channel"] = "相符金额（按付款方式）",
        ["totals_collector"] = "相符金额（按收款方）",
        ["discrepancies_title"] = "差异",
        ["hints_title"] = "核查要点",
        ["negatives_title"] = "负数金额（逐笔核查：是否把退款录成收款，或误录负号）",
        ["none"] = "（无）",
        ["site"] = "案场",
        ["mode"] = "销售模式",
        ["date"] = "营业日期",
        ["matched"] = "相符",
        ["discrepancies"] = "差异",
        ["status"] = "状态",
        ["channel"] = "付款方式",
        ["collector"] = "收款方",
        ["currency"] = "币种",
        ["count"] = "笔数",
        ["amount"] = "金额",
        ["kind"] = "差异类型",
        ["notice_no"] = "通知单号",
        ["payment"] = "收款",
        ["clerk_copy"] = "文员联",
        ["cashier_copy"] = "收银联",
        ["records"] = "记录位置",
        ["record"] = "记录",
        ["negative"] = "负数",
        ["matched_payments"] = "相符收款",
        ["totals_site_day"] = "各案场每日合计",
        ["matched_amount"] = "相符金额",
        ["chart_title"] = "相符与各类差异",
        ["all"] = "全部",
        ["shown"] = "显示 {0} 条，共 {1} 条",
        ["cash"] = "现金",
        ["bank_card"] = "刷卡",
        ["bank_transfer"] = "转账",
        ["cheque"] = "支票",
        ["developer"] = "开发商",
        ["company_cashier"] = "公司收银",
        ["agency"] = "代理",
        ["underwriting"] = "包销",
        ["payment_without_notice"] = "有收款无解款通知单",
        ["notice_without_payment"] = "有解款通知单无收款",
        ["missing_clerk_copy"] = "缺文员联",
        ["missing_cashier_copy"] = "缺收银联",
        ["amount_mismatch"] = "金额不符",
        ["currency_mismatch"] = "币种不符",
        ["duplicate_payment"] = "重复收款",
        ["duplicate_notice"] = "重复通知单",
        ["wrong_collector"] = "收款方不符",
        ["wrong_date_or_site"] = "日期或案场不符",
        ["hint_payment_without_notice"] = "查找这笔收款的解款通知单；如未开具，请项目文员补开。",
        ["hint_notice_without_payment"] = "查找该通知单对应的收款；如未收款，作废该通知单。",
        ["hint_missing_clerk_copy"] = "向项目文员索取文员联，或补录。",
        ["hint_missing_cashier_copy"] = "向收银员索取收银联，或补录。",
        ["hint_amount_mismatch"] = "核对收款凭证与两联通知单，更正录错的一方。",
        ["hint_currency_mismatch"] = "核实实收币种，更正收款或通知单。",
        ["hint_duplicate_payment"] = "核查是否重复录入，或两笔收款共用一个通知单号。",
        ["hint_duplicate_notice"] = "核查该联是否重复录入，作废多出的一张。",
        ["hint_wrong_collector"] = "按案场销售模式核对收款方（代理：开发商；包销：公司收银）。",
        ["hint_wrong_date_or_site"] = "核对通知单上的案场和营业日期与收款是否一致。",
    });

    private readonly Dictionary<string, string> words;

    private ReportLanguage(string code, Dictionary<string, string> words)
    {
        Code = code;
        this.words = words;
    }

    /// <summary>Gets the language's code, as <c>--lang</c> takes it: <c>en</c> or <c>zh-CN</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the language of a <c>--lang</c> value, or of the current culture when none is given.</summary>
    /// <param name="lang">The value, or null.</param>
    /// <returns>Chinese for <c>zh-CN</c> (or a Chinese current culture), otherwise English.</returns>
    public static ReportLanguage Of(string? lang) =>
        (lang ?? CultureInfo.CurrentUICulture.Name).StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>Gets a word by its key (the English wire name of a value, or a label's key).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The word.</returns>
    public string this[string key] => words[key];

    /// <summary>Gets the name of a discrepancy kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public string Kind(DiscrepancyKind kind) => words[Input.Vocabulary.Name(kind)];

    /// <summary>Gets the one-line hint of what to check for a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The hint.</returns>
    public string Hint(DiscrepancyKind kind) => words["hint_" + Input.Vocabulary.Name(kind)];

    /// <summary>Gets the summary line of a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The line.</returns>
    public string Summary(ReconciliationReport report) =>
        string.Format(CultureInfo.InvariantCulture, words["summary"], report.Days.Length, report.MatchedCount, report.DiscrepancyCount, words[report.IsBalanced ? "balanced_all" : "not_balanced_all"]);
}
