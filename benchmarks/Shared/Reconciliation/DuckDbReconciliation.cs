using System;
using System.Collections.Generic;
using DuckDB.NET.Data;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;

namespace KeyAccount.Domain.Comparisons;

/// <summary>
/// The same reconciliation as one SQL query over DuckDB in process: tables loaded with the appender, duplicates
/// ranked with <c>row_number()</c>, copies joined on the number, totals grouped in SQL.
/// </summary>
internal sealed class DuckDbReconciliation : IDisposable
{
    private const string Schema = """
        CREATE TABLE payments(ref BIGINT, site INTEGER, day INTEGER, amount BIGINT, cur INTEGER, channel INTEGER, collector INTEGER);
        CREATE TABLE clerk(num BIGINT, site INTEGER, day INTEGER, amount BIGINT, cur INTEGER);
        CREATE TABLE cashier(num BIGINT, site INTEGER, day INTEGER, amount BIGINT, cur INTEGER);
        CREATE TABLE sites(site INTEGER, expected INTEGER);
        """;

    // The kinds are the numeric values of DiscrepancyKind.
    private const string Query = """
        WITH p AS (SELECT *, row_number() OVER (PARTITION BY ref ORDER BY site, day, amount, cur, channel, collector) AS rn FROM payments),
        c AS (SELECT *, row_number() OVER (PARTITION BY num ORDER BY site, day, amount, cur) AS rn FROM clerk),
        k AS (SELECT *, row_number() OVER (PARTITION BY num ORDER BY site, day, amount, cur) AS rn FROM cashier),
        """ + Matching + """
        SELECT 0::BIGINT AS tag, site::BIGINT, day::BIGINT, kind::BIGINT AS a, ref::BIGINT AS b, 0::BIGINT AS n, 0::BIGINT AS total FROM d
        UNION ALL
        SELECT 1::BIGINT, site::BIGINT, day::BIGINT, cur::BIGINT, (channel * 2 + collector)::BIGINT, count(*)::BIGINT, sum(amount)::BIGINT FROM j
          WHERE has_c AND has_k AND NOT wrong_place AND NOT wrong_cur AND NOT wrong_amount AND collector = expected
          GROUP BY site, day, cur, channel, collector
        """;

    /// <summary>The matching over the ranked payments (p) and copies (c, k) and the sites (with the collector each
    /// expects): the first copies (c1, k1), each payment's checks (j) and every discrepancy (d), as SQL common table
    /// expressions, shared with the reconciliation straight from the CSV files.</summary>
    internal const string Matching = """
        c1 AS (SELECT * FROM c WHERE rn = 1),
        k1 AS (SELECT * FROM k WHERE rn = 1),
        j AS (
          SELECT p.ref, p.site, p.day, p.amount, p.cur, p.channel, p.collector, s.expected,
                 c1.num IS NOT NULL AS has_c, k1.num IS NOT NULL AS has_k,
                 (c1.num IS NOT NULL AND (c1.site <> p.site OR c1.day <> p.day)) OR (k1.num IS NOT NULL AND (k1.site <> p.site OR k1.day <> p.day)) AS wrong_place,
                 (c1.num IS NOT NULL AND c1.cur <> p.cur) OR (k1.num IS NOT NULL AND k1.cur <> p.cur) AS wrong_cur,
                 (c1.num IS NOT NULL AND c1.amount <> p.amount) OR (k1.num IS NOT NULL AND k1.amount <> p.amount) AS wrong_amount
          FROM p LEFT JOIN c1 ON c1.num = p.ref LEFT JOIN k1 ON k1.num = p.ref JOIN sites s ON s.site = p.site
          WHERE p.rn = 1),
        d AS (
          SELECT site, day, 6 AS kind, ref FROM p WHERE rn > 1
          UNION ALL SELECT site, day, 7, num FROM c WHERE rn > 1
          UNION ALL SELECT site, day, 7, num FROM k WHERE rn > 1
          UNION ALL SELECT site, day, 0, ref FROM j WHERE NOT has_c AND NOT has_k
          UNION ALL SELECT site, day, 2, ref FROM j WHERE has_k AND NOT has_c
          UNION ALL SELECT site, day, 3, ref FROM j WHERE has_c AND NOT has_k
          UNION ALL SELECT site, day, 5, ref FROM j WHERE wrong_cur
          UNION ALL SELECT site, day, 4, ref FROM j WHERE wrong_amount AND NOT wrong_cur
          UNION ALL SELECT site, day, 9, ref FROM j WHERE wrong_place
          UNION ALL SELECT site, day, 8, ref FROM j WHERE collector <> expected
          UNION ALL SELECT COALESCE(c1.site, k1.site), COALESCE(c1.day, k1.day), 1, COALESCE(c1.num, k1.num)
            FROM c1 FULL OUTER JOIN k1 ON c1.num = k1.num
            WHERE COALESCE(c1.num, k1.num) NOT IN (SELECT ref FROM payments))
        """;

    private readonly DuckDBConnection connection;

    public DuckDbReconciliation()
    {
        connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(Schema);
    }

    public static ReconciliationReport Reconcile(ReconciliationInput input)
    {
        using var db = new DuckDbReconciliation();
        db.Load(input);
        return db.Run();
    }

    public void Load(ReconciliationInput input)
    {
        Execute("DELETE FROM payments; DELETE FROM clerk; DELETE FROM cashier; DELETE FROM sites;");
        using (var appender = connection.CreateAppender("payments"))
        {
            foreach (var p in input.Payments)
            {
                appender.CreateRow().AppendValue(p.Reference).AppendValue(p.Site).AppendValue(p.Day).AppendValue(p.AmountMinor)
                    .AppendValue((int)p.Currency.Value).AppendValue((int)p.Channel).AppendValue((int)p.Collector).EndRow();
            }
        }

        AppendNotices("clerk", input.ClerkCopies);
        AppendNotices("cashier", input.CashierCopies);
        using (var appender = connection.CreateAppender("sites"))
        {
            for (var s = 0; s < input.SiteModes.Length; s++)
            {
                var expected = input.SiteModes[s] == SalesMode.Agency ? Collector.Developer : Collector.CompanyCashier;
                appender.CreateRow().AppendValue(s).AppendValue((int)expected).EndRow();
            }
        }
    }

    public ReconciliationReport Run()
    {
        var totals = new List<MatchedTotal>();
        var discrepancies = new List<Discrepancy>();
        using var command = connection.CreateCommand();
        command.CommandText = Query;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var site = (int)reader.GetInt64(1);
            var day = (int)reader.GetInt64(2);
            var a = reader.GetInt64(3);
            var b = reader.GetInt64(4);
            if (reader.GetInt64(0) == 0)
            {
                discrepancies.Add(new Discrepancy(site, day, (DiscrepancyKind)a, b));
            }
            else
            {
                totals.Add(new MatchedTotal(site, day, CurrencyCode.FromValue((int)a), (PaymentChannel)(b >> 1), (Collector)(b & 1), (int)reader.GetInt64(5), reader.GetInt64(6)));
            }
        }

        return ReportAssembly.From(totals, discrepancies);
    }

    public void Dispose() => connection.Dispose();

    private void AppendNotices(string table, RemittanceNoticeRecord[] notices)
    {
        using var appender = connection.CreateAppender(table);
        foreach (var n in notices)
        {
            appender.CreateRow().AppendValue(n.Number).AppendValue(n.Site).AppendValue(n.Day).AppendValue(n.AmountMinor).AppendValue((int)n.Currency.Value).EndRow();
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
