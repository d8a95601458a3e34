using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using NodaTime;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>
/// ACC-09 in the tool: <c>keyaccount validate</c> reads account logs that carry decision makers' personal details
/// (the log must keep them to replay the account), and none of what it prints — the verdict, a violation, an
/// unreadable line — repeats them.
/// </summary>
[Trait("Rule", "ACC-09")]
public sealed class PersonalDataTests
{
    private static readonly AccountId Account = AccountId.From(Guid.Parse("3c9d2a41-0000-4000-8000-0000000000a9"));
    private static readonly ContactId Engineer = ContactId.From(Guid.Parse("3c9d2a41-0000-4000-8000-0000000000c1"));
    private static readonly ActorId Manager = new("E3001");
    private static readonly LocalDate Monday = new(2025, 3, 3);

    private static readonly PersonalDetails Details = new()
    {
        Birthplace = "PLUGH-town",
        Age = 93,
        Birthday = new AnnualDate(12, 29),
        Interests = "FROBOZZ-chess",
        Hobbies = "XYZZY-tea",
        Tenure = "GRUE-years",
        Personality = "ZORKMID-calm",
        WorkingStyle = "QUUX-method",
        Family = "BLORB-twins",
    };

    private static readonly string[] Secrets = ["PLUGH", "FROBOZZ", "XYZZY", "GRUE", "ZORKMID", "QUUX", "BLORB", "93", "12-29", "--12-29"];

    public static TheoryData<string, int> Logs() => new()
    {
        { "valid", ExitCodes.Success },
        { "illegal-transition-after-profile", ExitCodes.Findings },
        { "profile-with-a-mistyped-value", ExitCodes.Findings },
    };

    [Theory]
    [MemberData(nameof(Logs))]
    public void Validate_never_prints_the_personal_details_a_log_carries(string log, int exit)
    {
        using var dir = new TempDir();
        var lines = Lines(log);
        Assert.Contains(lines, l => l.Contains("PLUGH-town", StringComparison.Ordinal));
        var path = dir.Write("account.jsonl", string.Join("\n", lines) + "\n");

        var run = Cli.Run("validate", path).Expect(exit);

        var printed = (run.Out + run.Err).Replace(path, "account.jsonl", StringComparison.Ordinal);
        Assert.NotEmpty(printed);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, printed, StringComparison.Ordinal);
        }
    }

    private static List<string> Lines(string log)
    {
        var events = new List<AccountEvent>
        {
            new AccountOpened(Account, "Ningbo Precision Castings", "Trade fair", Manager, Monday),
            new ContactRecorded(Engineer, "Zhang Min", ContactFunction.Technical, false),
            new DecisionMakerProfileRecorded(Engineer, Details),
        };
        if (log == "illegal-transition-after-profile")
        {
            var review = ContractReviewAggregate.Definition.Decider.Replay(
            [
                new ContractReviewOpened(ContractReviewId.From(Guid.Parse("3c9d2a41-0000-4000-8000-0000000000d1")), ContractRegisterId.From(Guid.Parse("3c9d2a41-0000-4000-8000-0000000000d2")), 7, Account, Monday),
                new RequirementsDetermined(new ContractRequirements("Castings", 10, "Ex works", "Warranty", true, [])),
                new ReviewStarted(ReviewRoute.Standard, [], Monday),
                new ContractReviewApproved(Department.Sales, Monday),
            ]);
            events.Add(new AccountWon(review.Reference!, Monday));
        }

        var stream = new StreamId("account-" + Account.Value.ToString("N"));
        var lines = events.Select((e, i) => AccountAggregate.Definition.Serializer.Serialize(new EventEnvelope<AccountEvent>(
            stream, i + 1, CommandId.From(Guid.Parse($"00000000-0000-4000-8000-{i + 1:D12}")), Manager, Instant.FromUtc(2025, 3, 3, 2, i), e))).ToList();
        if (log == "profile-with-a-mistyped-value")
        {
            lines[2] = lines[2].Replace("\"age\":93", "\"age\":\"93 PLUGH\"", StringComparison.Ordinal);
            Assert.Contains("PLUGH\"", lines[2], StringComparison.Ordinal);
        }

        return lines;
    }
}
