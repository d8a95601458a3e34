using System;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// Inputs the fuzz targets (<c>fuzz/</c>) found to break a promise, reduced to their cause, with the answer the package
/// gives since the fix. The fuzz harness replays its own copies (<c>fuzz/regressions/</c>) in the tool's test suite.
/// </summary>
[Trait("Rule", "GEN-02")]
public sealed class FuzzRegressionTests
{
    /// <summary>A character cut after two of its three UTF-8 bytes inside a JSON string: the JSON reader accepts the document's structure and
    /// fails only when the string is decoded, with an <c>InvalidOperationException</c>.</summary>
    private static readonly byte[] InvalidUtf8InString = [.. "{\"name\":\""u8, 0xE4, 0xB8, .. "\",\n\"weekend\":[],\"holidays\":[],\"makeUpWorkingDays\":[]}"u8];

    [Fact]
    public void A_calendar_file_with_bytes_that_are_not_utf8_inside_a_string_is_a_file_error()
    {
        var error = BusinessCalendarJson.Parse(InvalidUtf8InString).AsT1;

        Assert.Equal("$.name", error.Path);
        Assert.Contains("UTF-8", error.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_document_with_bytes_that_are_not_utf8_inside_a_string_is_malformed()
    {
        byte[] document = [.. "{\"type\":\"account.opened.v1\",\"stream\":\""u8, 0xC3, 0x28, .. "\",\"version\":1}"u8];

        var error = AccountAggregate.Definition.Serializer.Deserialize(document, 7).AsT1;

        Assert.Equal(MalformedEventKind.InvalidJson, error.Kind);
        Assert.Equal(7, error.Position);
        Assert.Equal("GEN-02", error.RuleId.ToString());
        Assert.Contains("UTF-8", error.Detail, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[\"\\ud800\"],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.weekend[0]")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[],\"holidays\":[{\"name\":\"\\udc00\",\"date\":\"2025-01-01\"}],\"makeUpWorkingDays\":[]}", "$.holidays[0].name")]
    [InlineData("{\"name\":\"x\",\"\\ud800\":1}", "$")]
    public void A_calendar_file_with_an_unpaired_surrogate_escape_names_where_it_is(string file, string path)
    {
        var error = BusinessCalendarJson.Parse(file).AsT1;

        Assert.Equal(path, error.Path);
        Assert.Contains("surrogate", error.Reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"\\udc00\",\"stream\":\"s\"}", "$.type")]
    [InlineData("{\"stream\":\"\\ud800x\"}", "$.stream")]
    [InlineData("{\"\\ud800\":1}", "$")]
    public void An_event_document_with_an_unpaired_surrogate_escape_is_malformed_and_names_where_it_is(string document, string path)
    {
        var error = AccountAggregate.Definition.Serializer.Deserialize(document, 3).AsT1;

        Assert.Equal(MalformedEventKind.InvalidJson, error.Kind);
        Assert.Equal(3, error.Position);
        Assert.StartsWith(path + ": ", error.Detail, System.StringComparison.Ordinal);
    }

    /// <summary>Found by replaying the <c>event-json</c> seeds as event logs: a history that does not start where the
    /// decider's histories start (a profile of a contact the account never recorded) made <c>Evolve</c> throw inside
    /// the tool's <c>validate</c>.</summary>
    [Fact]
    public void Replaying_an_event_that_names_a_contact_the_account_does_not_have_is_a_typed_error_at_its_position()
    {
        var stranger = ContactId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c0000ee"));
        var account = AccountId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c0000aa"));
        AccountEvent[] history =
        [
            new AccountOpened(account, "Ningbo Precision Castings", "Trade fair", new ActorId("E1001"), new LocalDate(2025, 3, 3)),
            new DecisionMakerProfileRecorded(stranger, new PersonalDetails { Hobbies = "tea" }),
        ];

        var error = AccountDecider.Instance.TryReplay(history).AsT1;

        Assert.Equal(MalformedEventKind.DoesNotFollow, error.Kind);
        Assert.Equal(2, error.Position);
        Assert.Equal("GEN-02", error.RuleId.ToString());
        Assert.Equal($"Contact {stranger} is not in the account.", error.Detail);
        Assert.Contains("cannot follow the state before it", error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Contains("与之前的状态不符", error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AccountDecider.Instance.Replay(history));
    }

    [Fact]
    public void Trying_to_replay_a_history_the_decider_produced_gives_the_same_state_as_replaying_it()
    {
        var account = AccountId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c0000ab"));
        var contact = ContactId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c0000ac"));
        AccountEvent[] history =
        [
            new AccountOpened(account, "Ningbo Precision Castings", "Trade fair", new ActorId("E1001"), new LocalDate(2025, 3, 3)),
            new ContactRecorded(contact, "Zhang Min", ContactFunction.Technical, false),
            new DecisionMakerProfileRecorded(contact, new PersonalDetails { Hobbies = "tea" }),
        ];

        var tried = AccountDecider.Instance.TryReplay(history).AsT0;

        Assert.Equal(AccountDecider.Instance.Replay(history).ToString(), tried.ToString());
        Assert.Equal("tea", tried.FindContact(contact)!.Details!.Hobbies);
    }
}
