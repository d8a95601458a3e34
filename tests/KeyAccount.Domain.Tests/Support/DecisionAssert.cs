using System.Linq;
using KeyAccount.Domain.Decisions;
using Xunit;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>Assertions on decisions: a rejection names its rule and emits no event; an acceptance emits what it says.</summary>
internal static class DecisionAssert
{
    /// <summary>Asserts a rejection by <paramref name="ruleId"/> with no events, and returns the error.</summary>
    public static DomainError Rejected<TEvent>(Decision<TEvent> decision, string ruleId, string? code = null)
    {
        Assert.True(decision.IsRejected, $"Expected a rejection by {ruleId}, but the command was accepted with: {string.Join(", ", decision.IsAccepted ? decision.Events.Select(e => e!.GetType().Name) : [])}");
        Assert.False(decision.IsAccepted);
        Assert.Equal(ruleId, decision.Error.RuleId.Value);
        if (code is not null)
        {
            Assert.Equal(code, decision.Error.Code);
        }

        // Every rejection has a message in both languages.
        Assert.False(string.IsNullOrWhiteSpace(decision.Error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en"))));
        Assert.False(string.IsNullOrWhiteSpace(decision.Error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"))));
        return decision.Error;
    }

    /// <summary>Asserts an acceptance and returns its events.</summary>
    public static System.Collections.Generic.IReadOnlyList<TEvent> Accepted<TEvent>(Decision<TEvent> decision)
    {
        Assert.True(decision.IsAccepted, decision.IsRejected ? $"Expected acceptance, got {decision.Error}" : "");
        return decision.Events;
    }

    /// <summary>Asserts an acceptance with exactly one event of type <typeparamref name="T"/> and returns it.</summary>
    public static T Single<TEvent, T>(Decision<TEvent> decision)
        where T : TEvent
    {
        var events = Accepted(decision);
        return Assert.IsType<T>(Assert.Single(events));
    }
}
