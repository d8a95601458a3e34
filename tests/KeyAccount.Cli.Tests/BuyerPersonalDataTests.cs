using System;
using System.IO;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>
/// GEN-10 in the tool: <c>keyaccount validate</c> reads subscription logs that carry buyers' names and identity
/// document numbers (the log must keep them to replay the subscription), and nothing it prints — the verdict, an
/// illegal move, an unreadable line — repeats them. <c>validate</c> has one output format (its text lines) and no
/// option that prints them.
/// </summary>
[Trait("Rule", "GEN-10")]
public sealed class BuyerPersonalDataTests
{
    private const string Name = "PLUGH Wang Fang";
    private const string IdNumber = "110101199003071234";

    // The full name and number, and the middle of the number (the birth date), which a mask must hide.
    private static readonly string[] Secrets = [Name, "PLUGH", IdNumber, "19900307"];

    public static TheoryData<string, int, bool> Logs() => new()
    {
        { "valid", ExitCodes.Success, false },
        { "valid", ExitCodes.Success, true },
        { "illegal-move", ExitCodes.Findings, false },
        { "illegal-move", ExitCodes.Findings, true },
        { "id-number-mistyped", ExitCodes.Findings, true },
        { "unknown-property-with-the-number", ExitCodes.Findings, true },
        { "line-cut-after-the-number", ExitCodes.Findings, true },
    };

    [Theory]
    [MemberData(nameof(Logs))]
    public void Validate_never_prints_the_buyers_names_or_id_numbers_a_log_carries(string log, int exit, bool namedAggregate)
    {
        using var dir = new TempDir();
        var text = Plant(log);
        Assert.Contains(Name, text, StringComparison.Ordinal);
        Assert.Contains("1990030", text, StringComparison.Ordinal);
        var path = dir.Write("subscription.jsonl", text);

        var run = (namedAggregate ? Cli.Run("validate", path, "--aggregate", "subscription") : Cli.Run("validate", path)).Expect(exit);

        var printed = (run.Out + run.Err).Replace(path, "subscription.jsonl", StringComparison.Ordinal);
        Assert.NotEmpty(printed);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, printed, StringComparison.Ordinal);
        }
    }

    private static string Plant(string log)
    {
        var sample = File.ReadAllText(Cli.Path("samples", "events", log == "illegal-move" ? "subscription-illegal.jsonl" : "subscription.jsonl"));
        const string customer = "{\"name\":\"Zhang Wei\",\"idDocumentNumber\":\"110101199003070011\"}";
        Assert.Contains(customer, sample, StringComparison.Ordinal);
        var planted = $"{{\"name\":\"{Name}\",\"idDocumentNumber\":\"{IdNumber}\"}}";
        var text = sample.Replace(customer, log switch
        {
            "id-number-mistyped" => $"{{\"name\":\"{Name}\",\"idDocumentNumber\":{IdNumber}}}",
            "unknown-property-with-the-number" => $"{{\"name\":\"{Name}\",\"idDocumentNumber\":\"{IdNumber}\",\"idCard\":\"{IdNumber}\"}}",
            _ => planted,
        }, StringComparison.Ordinal);
        return log == "line-cut-after-the-number" ? text[..(text.IndexOf(IdNumber, StringComparison.Ordinal) + IdNumber.Length + 2)] + "\n" : text;
    }
}
