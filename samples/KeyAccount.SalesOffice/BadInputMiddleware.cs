using System;
using System.Text.Json;

namespace KeyAccount.SalesOffice;

/// <summary>
/// Turns bad input into a 400 problem naming the field, before any command is sent: malformed JSON, wrong types,
/// unknown enumeration names, missing or unknown members (<see cref="BadHttpRequestException"/> from the body's
/// reading), over-long text and lists (<see cref="BadInputException"/>) and values a domain type refuses to be made of
/// (<see cref="ArgumentException"/>, <see cref="FormatException"/>).
/// </summary>
internal sealed class BadInputMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        IResult problem;
        try
        {
            await next(context);
            return;
        }
        catch (BadHttpRequestException e) when (Find<JsonException>(e) is { } json)
        {
            problem = Problems.BadInput(FieldOf(json.Path), "The body is not valid JSON for this request: " + json.Message.Split(" Path:", 2)[0]);
        }
        catch (BadHttpRequestException e)
        {
            problem = Problems.BadInput("body", e.Message);
        }
        catch (BadInputException e)
        {
            problem = Problems.BadInput(e.Field, e.Message);
        }
        catch (ArgumentException e)
        {
            problem = Problems.BadInput(e.ParamName ?? "body", e.Message);
        }
        catch (FormatException e)
        {
            problem = Problems.BadInput("body", e.Message);
        }

        if (context.Response.HasStarted)
        {
            throw new InvalidOperationException("The response started before the input was refused.");
        }

        context.Response.Clear();
        await problem.ExecuteAsync(context);
    }

    private static T? Find<T>(Exception e)
        where T : Exception
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
