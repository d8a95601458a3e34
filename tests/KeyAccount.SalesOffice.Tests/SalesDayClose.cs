using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Site;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KeyAccount.SalesOffice.Tests;

/// <summary>
/// Reconciling and closing the launch day over HTTP: the process posted the flow's payment and its two copies, a
/// clerk's copy with no payment is posted by hand, the day reconciles (the report the package computes, REC-06), refuses
/// to close with the discrepancy unexplained or by anyone but the site manager (REC-03), closes once it is explained,
/// and takes no entry after (REC-04). Run in memory and on PostgreSQL.
/// </summary>
internal static class SalesDayClose
{
    public static async Task RunAsync(SalesOfficeFactory factory)
    {
        var flow = new SalesOfficeFlow(factory);
        await flow.UpToCompletedCancellationAsync();
        var posted = await flow.DayAfterProcessesAsync(payments: 1, copies: 2);
        Assert.Equal("Open", posted.GetProperty("status").GetString());
        Assert.Equal(1, posted.GetProperty("payments").GetInt32());
        Assert.Equal(2, posted.GetProperty("noticeCopies").GetInt32());

        var launch = SalesOfficeFactory.Launch.ToString("yyyy-MM-dd", null);
        await flow.OkAsync($"{flow.Day}/notice-copies", new { notice = "RN-0002", copy = "clerk", businessDate = launch, amount = 10_000m, corrects = (object?)null });

        var reconciled = (await flow.OkAsync($"{flow.Day}/reconciliation", new { })).GetProperty("detail");
        Assert.Equal("Reconciled", reconciled.GetProperty("status").GetString());
        Assert.Equal(1, reconciled.GetProperty("matchedCount").GetInt32());
        var discrepancy = Assert.Single(reconciled.GetProperty("discrepancies").EnumerateArray());
        Assert.Equal(nameof(DiscrepancyKind.NoticeWithoutPayment), discrepancy.GetProperty("kind").GetString());
        Assert.Equal("RN-0002", discrepancy.GetProperty("notice").GetString());

        var events = await EventsOfDayAsync(factory, flow);
        await RefusedAsync(flow, $"{flow.Day}/close", new { by = SalesOfficeFlow.SiteManager }, HttpStatusCode.UnprocessableEntity, "REC-03", "sales_day.unexplained_discrepancies");
        await RefusedAsync(flow, $"{flow.Day}/close", new { by = "CASH-1" }, HttpStatusCode.UnprocessableEntity, "REC-03", "sales_day.site_manager_signs_off");
        Assert.Equal(events, await EventsOfDayAsync(factory, flow));

        var explained = (await flow.OkAsync($"{flow.Day}/explanations", new { kind = "noticeWithoutPayment", notice = "RN-0002", explanation = "单号写错, 该联作废", signedOffBy = SalesOfficeFlow.SiteManager })).GetProperty("detail");
        Assert.Empty(explained.GetProperty("unexplained").EnumerateArray());
        var closed = (await flow.OkAsync($"{flow.Day}/close", new { by = SalesOfficeFlow.SiteManager })).GetProperty("detail");
        Assert.Equal("Closed", closed.GetProperty("status").GetString());

        events = await EventsOfDayAsync(factory, flow);
        await RefusedAsync(flow, $"{flow.Day}/notice-copies", new { notice = "RN-0003", copy = "cashier", businessDate = launch, amount = 1m, corrects = (object?)null }, HttpStatusCode.UnprocessableEntity, "REC-04", "sales_day.closed");
        Assert.Equal(events, await EventsOfDayAsync(factory, flow));
    }

    private static async Task RefusedAsync(SalesOfficeFlow flow, string path, object body, HttpStatusCode status, string rule, string code)
    {
        var response = await flow.PostAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{path}: {(int)response.StatusCode} {text}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(rule, problem.GetProperty("ruleId").GetString());
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    private static async Task<int> EventsOfDayAsync(SalesOfficeFactory factory, SalesOfficeFlow flow) =>
        (await factory.Services.GetRequiredService<IEventStore<SalesDayEvent>>()
            .ReadAsync(SalesDayAggregate.StreamOf(ProjectId.From(flow.Project), SalesOfficeFactory.Launch))).Count;
}
