using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Rules;
using Microsoft.Net.Http.Headers;

namespace KeyAccount.SalesOffice;

/// <summary>RFC 9457 problem details for the domain's rejections and for bad input.</summary>
internal static class Problems
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Returns the culture of the request: Chinese when the best language it accepts is Chinese, English otherwise.</summary>
    public static CultureInfo CultureOf(HttpRequest request)
    {
        var languages = request.GetTypedHeaders().AcceptLanguage;
        var best = languages.OrderByDescending(l => l.Quality ?? 1.0).Select(l => l.Value.Value ?? "")
            .FirstOrDefault(l => l.StartsWith("zh", System.StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", System.StringComparison.OrdinalIgnoreCase));
        return best is not null && best.StartsWith("zh", System.StringComparison.OrdinalIgnoreCase) ? Chinese : English;
    }

    /// <summary>A rejection: 409 when the lifecycle does not allow the step now, 422 when a rule refuses the data.
    /// Carries the rule ID, the code, the rule's title and the message in the request's language; never the details
    /// (they may name customers).</summary>
    public static IResult Rejected(DomainError error, HttpRequest request)
    {
        var culture = CultureOf(request);
        var title = RuleCatalogue.TryGet(error.RuleId, out var rule) ? rule.GetTitle(culture) : error.Code;
        var status = error is TransitionNotAllowed ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        request.HttpContext.Response.Headers[HeaderNames.ContentLanguage] = culture.Name;
        return Results.Problem(
            detail: error.GetMessage(culture),
            statusCode: status,
            title: title,
            type: "urn:keyaccount:rule:" + error.RuleId.Value,
            extensions: new Dictionary<string, object?> { ["ruleId"] = error.RuleId.Value, ["code"] = error.Code });
    }

    /// <summary>A lost race: 409; the client retries with the same Idempotency-Key.</summary>
    public static IResult Conflict(ConcurrencyConflict conflict) =>
        Results.Problem(
            detail: $"The stream moved from version {conflict.ExpectedVersion} to {conflict.ActualVersion}; retry with the same Idempotency-Key.",
            statusCode: StatusCodes.Status409Conflict,
            title: "Concurrent change",
            type: "urn:keyaccount:conflict",
            extensions: new Dictionary<string, object?> { ["code"] = "concurrency.conflict" });

    /// <summary>Bad input: 400 naming the field.</summary>
    public static IResult BadInput(string field, string message) =>
        Results.Problem(
            detail: message,
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request is not valid",
            type: "urn:keyaccount:bad-input",
            extensions: new Dictionary<string, object?>
            {
                ["field"] = field,
                ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
            });
}
