using System;
using System.Linq;
using KeyAccount.Domain.Hosting;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.SalesOffice;

/// <summary>
/// A site's sales day (日日平帐) under <c>/projects/{projectId}/days/{date}</c>: the site manager opens it; the
/// payments-into-sales-day process posts every payment a subscription receives and its two notice copies to it (SUB-05),
/// and an entry the subscriptions did not record is posted by hand;
/// the site manager reconciles it — the package computes the report from the day's own entries (REC-06) — explains
/// each discrepancy and closes it (REC-03); a closed day takes no entry (REC-04).
/// </summary>
internal static class SalesDayEndpoints
{
    /// <summary>The day as the site sees it: where it stands, what was posted, the last reconciliation.</summary>
    public sealed record SalesDayView(
        string Status, DateOnly Date, string SiteManager, int Payments, int NoticeCopies, int MatchedCount, DiscrepancyView[] Discrepancies, DiscrepancyView[] Unexplained);

    /// <summary>A discrepancy of the last reconciliation: its kind and the notice number it concerns.</summary>
    public sealed record DiscrepancyView(string Kind, string Notice);

    public static void MapSalesDays(this IEndpointRouteBuilder app)
    {
        var days = app.MapGroup("/projects/{projectId:guid}/days/{date}").WithTags("Sales days");
        days.MapPost("/open", async (Guid projectId, string date, OpenSalesDayRequest body, HttpRequest request, SalesDays handler, Projects projects, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var project = ProjectId.From(projectId);
            var day = DateOf(date);
            var (state, version) = await projects.LoadAsync(SalesProjectAggregate.StreamOf(project));
            if (version == 0 || state.Mode is not { } mode)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such project", detail: "The project is not registered with a sales mode.");
            }

            var command = new OpenSalesDay(SalesDayId.Of(project, day), project, day, new ActorId(body.SiteManager), mode);
            return await SalesOfficeEndpoints.Send(handler, SalesDayAggregate.StreamOf(project, day), command, contexts.Now(), request, detail: ViewOf);
        });
        days.MapGet("", async (Guid projectId, string date, SalesDays handler) =>
        {
            var (state, version) = await handler.LoadAsync(StreamOf(projectId, date));
            return version == 0 ? Results.NotFound() : Results.Ok(ViewOf(state));
        });
        days.MapPost("/payments", (Guid projectId, string date, PostPaymentRequest body, HttpRequest request, SalesDays handler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var command = new PostPayment(RemittanceNoticeNumber.Parse(body.Notice), Money.Cny(body.Amount), body.Channel, body.Collector, CorrectsOf(projectId, body.Corrects));
            return SalesOfficeEndpoints.Send(handler, StreamOf(projectId, date), command, contexts.Now(), request, detail: ViewOf);
        });
        days.MapPost("/notice-copies", (Guid projectId, string date, PostNoticeCopyRequest body, HttpRequest request, SalesDays handler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var command = new PostNoticeCopy(RemittanceNoticeNumber.Parse(body.Notice), body.Copy, body.BusinessDate, Money.Cny(body.Amount), CorrectsOf(projectId, body.Corrects));
            return SalesOfficeEndpoints.Send(handler, StreamOf(projectId, date), command, contexts.Now(), request, detail: ViewOf);
        });
        days.MapPost("/reconciliation", (Guid projectId, string date, HttpRequest request, SalesDays handler, DecisionContexts contexts) =>
            SalesOfficeEndpoints.Send(handler, StreamOf(projectId, date), new ReconcileSalesDay(), contexts.Now(), request, detail: ViewOf));
        days.MapPost("/explanations", (Guid projectId, string date, ExplainDiscrepancyRequest body, HttpRequest request, SalesDays handler, DecisionContexts contexts) =>
        {
            Input.Checked(body);
            var discrepancy = new ReportedDiscrepancy(body.Kind, RemittanceNoticeNumber.Parse(body.Notice));
            return SalesOfficeEndpoints.Send(handler, StreamOf(projectId, date), new ExplainDiscrepancy(discrepancy, body.Explanation, new ActorId(body.SignedOffBy)), contexts.Now(), request, detail: ViewOf);
        });
        days.MapPost("/close", (Guid projectId, string date, CloseSalesDayRequest body, HttpRequest request, SalesDays handler, DecisionContexts contexts) =>
            SalesOfficeEndpoints.Send(handler, StreamOf(projectId, date), new CloseSalesDay(new ActorId(Input.Checked(body).By)), contexts.Now(), request, detail: ViewOf));
    }

    private static KeyAccount.Domain.Identifiers.StreamId StreamOf(Guid project, string date) => SalesDayAggregate.StreamOf(ProjectId.From(project), DateOf(date));

    private static EntryReference? CorrectsOf(Guid project, CorrectsRequest? corrects) =>
        corrects is null ? null : new EntryReference(SalesDayId.Of(ProjectId.From(project), corrects.Date), RemittanceNoticeNumber.Parse(corrects.Notice));

    private static LocalDate DateOf(string date) =>
        LocalDatePattern.Iso.Parse(date) is { Success: true } parsed
            ? parsed.Value
            : throw new BadInputException("date", "The date must be a calendar date written yyyy-MM-dd.");

    private static SalesDayView ViewOf(SalesDayState state) => new(
        state.Status.ToString(),
        state.Date.ToDateOnly(),
        state.SiteManager.Value,
        state.Payments.Count,
        state.Copies.Count,
        state.MatchedCount,
        [.. state.Discrepancies.Select(ViewOf)],
        [.. state.Unexplained.Select(ViewOf)]);

    private static DiscrepancyView ViewOf(ReportedDiscrepancy d) => new(d.Kind.ToString(), d.Reference.ToString());
}
