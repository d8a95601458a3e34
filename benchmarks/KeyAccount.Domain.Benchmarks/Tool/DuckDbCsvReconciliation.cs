using System;
using System.Collections.Generic;
using System.IO;
using DuckDB.NET.Data;

namespace KeyAccount.Domain.Benchmarks.Tool;

/// <summary>
/// The peer of <c>keyaccount reconcile</c> on DuckDB: the three CSV files of a day read with <c>read_csv</c> (columns
/// and types given, so nothing is sniffed) and reconciled by the SQL of the in-memory comparison
/// (<c>DuckDbReconciliation</c>) over site codes, dates and names as the files hold them: duplicates ranked with
/// <c>row_number()</c>, copies joined on the number, the ten kinds of discrepancy, the matched totals grouped by site,
/// date, currency, channel and collector. Every result row is read back.
/// </summary>
internal static class DuckDbCsvReconciliation
{
    private const string Query = """
        WITH sites AS (
          SELECT site, CASE sales_mode WHEN 'agency' THEN 'developer' ELSE 'company_cashier' END AS expected
          FROM read_csv('@sites', header = true, columns = {'site': 'VARCHAR', 'sales_mode': 'VARCHAR'})),
        payments AS (
          SELECT notice_no AS ref, site, date AS day, amount, currency AS cur, channel, collector
          FROM read_csv('@payments', header = true, columns = {'notice_no': 'BIGINT', 'site': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(18,2)', 'currency': 'VARCHAR', 'channel': 'VARCHAR', 'collector': 'VARCHAR'})),
        notices AS (
          SELECT notice_no AS num, site, date AS day, amount, currency AS cur, copy
          FROM read_csv('@notices', header = true, columns = {'notice_no': 'BIGINT', 'site': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(18,2)', 'currency': 'VARCHAR', 'copy': 'VARCHAR'})),
        p AS (SELECT *, row_number() OVER (PARTITION BY ref ORDER BY site, day, amount, cur, channel, collector) AS rn FROM payments),
        c AS (SELECT *, row_number() OVER (PARTITION BY num ORDER BY site, day, amount, cur) AS rn FROM notices WHERE copy = 'clerk'),
        k AS (SELECT *, row_number() OVER (PARTITION BY num ORDER BY site, day, amount, cur) AS rn FROM notices WHERE copy = 'cashier'),
        """ + Comparisons.DuckDbReconciliation.Matching + """
        SELECT 0 AS tag, site, day, kind::VARCHAR AS a, ref::VARCHAR AS b, 0::BIGINT AS n, 0::DECIMAL(18,2) AS total FROM d
        UNION ALL
        SELECT 1, site, day, cur, channel || '/' || collector, count(*), sum(amount) FROM j
          WHERE has_c AND has_k AND NOT wrong_place AND NOT wrong_cur AND NOT wrong_amount AND collector = expected
          GROUP BY site, day, cur, channel, collector
        """;

    /// <summary>Reconciles a generated day's three files; returns the discrepancy and total rows.</summary>
    public static List<(long Tag, string Site, DateTime Day, string A, string B, long Count, decimal Total)> Reconcile(string dir)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Query.Replace("@sites", Path.Combine(dir, "sites.csv"), StringComparison.Ordinal)
            .Replace("@payments", Path.Combine(dir, "payments.csv"), StringComparison.Ordinal)
            .Replace("@notices", Path.Combine(dir, "notices.csv"), StringComparison.Ordinal);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, DateTime, string, string, long, decimal)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetDateTime(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5), reader.GetDecimal(6)));
        }

        return rows;
    }
}
