using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Testing.Scenarios;

/// <summary>
/// The decision of a scenario's command, with expectations that throw <see cref="ScenarioFailedException"/> when not
/// met. Each expectation returns the outcome, so several can be chained.
/// </summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
public sealed class ScenarioOutcome<TCommand, TEvent, TState>
{
    private readonly IReadOnlyList<TEvent> history;
    private readonly TCommand command;
    private readonly DecisionContext context;

    internal ScenarioOutcome(IReadOnlyList<TEvent> history, TCommand command, DecisionContext context, Decision<TEvent> decision, TState state)
    {
        this.history = history;
        this.command = command;
        this.context = context;
        Decision = decision;
        State = state;
    }

    /// <summary>Gets the decision.</summary>
    public Decision<TEvent> Decision { get; }

    /// <summary>Gets the state after the command (the state before it when rejected).</summary>
    public TState State { get; }

    /// <summary>Expects the command to be accepted with exactly these events, compared by content.</summary>
    /// <param name="expected">The events, in order.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="ScenarioFailedException">The command was rejected or produced other events.</exception>
    public ScenarioOutcome<TCommand, TEvent, TState> ThenEvents(params TEvent[] expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (Decision.IsRejected)
        {
            Fail($"expected {Count(expected.Length, "event")}, but the command was rejected.", ScenarioText.Section("Expected", expected.Cast<object?>()));
        }

        var actual = Decision.Events;
        var firstDifference = Enumerable.Range(0, Math.Max(actual.Count, expected.Length))
            .FirstOrDefault(i => i >= actual.Count || i >= expected.Length || !ValueText.SameContent(actual[i], expected[i]), -1);
        if (firstDifference >= 0)
        {
            var difference = firstDifference >= actual.Count
                ? $"event {firstDifference + 1} is missing: {ValueText.Render(expected[firstDifference])}"
                : firstDifference >= expected.Length
                    ? $"event {firstDifference + 1} was not expected: {ValueText.Render(actual[firstDifference])}"
                    : expected[firstDifference]?.GetType() == actual[firstDifference]?.GetType()
                        ? $"event {firstDifference + 1} ({actual[firstDifference]!.GetType().Name}): {ValueDifferences.Between(expected[firstDifference], actual[firstDifference])[0]}"
                        : $"event {firstDifference + 1}: expected {ValueText.Render(expected[firstDifference])}, got {ValueText.Render(actual[firstDifference])}";
            Fail("the events differ.", ScenarioText.Section("Expected", expected.Cast<object?>()) + ScenarioText.Line("Difference", difference));
        }

        return this;
    }

    /// <summary>Expects that the command emitted no event: it was accepted with nothing to change, or it was rejected
    /// (a rejection never emits one), so that <c>ThenRejected("CAN-05").ThenNoEvents()</c> reads as it checks. To require
    /// an acceptance without events, chain <c>ThenAccepted().ThenNoEvents()</c>.</summary>
    /// <returns>This outcome.</returns>
    /// <exception cref="ScenarioFailedException">The command was accepted with events.</exception>
    public ScenarioOutcome<TCommand, TEvent, TState> ThenNoEvents()
    {
        if (Decision.IsAccepted && Decision.Events.Count > 0)
        {
            Fail($"expected no event, but the command emitted {Count(Decision.Events.Count, "event")}.", string.Empty);
        }

        return this;
    }

    /// <summary>Expects the command to be accepted, whatever its events.</summary>
    /// <returns>This outcome.</returns>
    /// <exception cref="ScenarioFailedException">The command was rejected.</exception>
    public ScenarioOutcome<TCommand, TEvent, TState> ThenAccepted()
    {
        if (Decision.IsRejected)
        {
            Fail("expected the command to be accepted, but it was rejected.", string.Empty);
        }

        return this;
    }

    /// <summary>Expects a rejection by a rule (and, optionally, with a machine code); a rejection emits no event by construction.</summary>
    /// <param name="ruleId">The rule, e.g. <c>CAN-05</c>.</param>
    /// <param name="code">The machine code, or null to accept any.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="ScenarioFailedException">The command was accepted, or rejected by another rule or code.</exception>
    public ScenarioOutcome<TCommand, TEvent, TState> ThenRejected(string ruleId, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var expected = code is null ? $"rejection by {ruleId}" : $"rejection by {ruleId} with code {code}";
        if (Decision.IsAccepted)
        {
            Fail($"expected {expected}, but the command was accepted.", ScenarioText.Line("Expected", expected));
        }
        else if (Decision.Error.RuleId.Value != ruleId || (code is not null && Decision.Error.Code != code))
        {
            Fail($"expected {expected}, but got a rejection by {Decision.Error.RuleId} with code {Decision.Error.Code}.", ScenarioText.Line("Expected", expected));
        }

        return this;
    }

    /// <summary>Expects a rejection of a given type by a rule, and lets the caller inspect it (e.g. the earliest refund date).</summary>
    /// <typeparam name="TError">The rejection type.</typeparam>
    /// <param name="ruleId">The rule.</param>
    /// <param name="inspect">Further checks on the rejection; throw to fail.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="ScenarioFailedException">The command was accepted, or rejected otherwise.</exception>
    public ScenarioOutcome<TCommand, TEvent, TState> ThenRejected<TError>(string ruleId, Action<TError> inspect)
        where TError : DomainError
    {
        ArgumentNullException.ThrowIfNull(inspect);
        ThenRejected(ruleId);
        if (Decision.Error is not TError typed)
        {
            Fail($"expected a {typeof(TError).Name}, but the rejection is a {Decision.Error.GetType().Name}.", string.Empty);
            return this;
        }

        inspect(typed);
        return this;
    }

    /// <summary>Expects a detail of the rejection to have a value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="name">The detail's name, e.g. <c>earliestRefundDate</c>.</param>
    /// <param name="expected">The value.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="ScenarioFailedException">The command was accepted, or the detail is absent or different.</exception>
    public ScenarioOutcome<TCommand, TEvent, TState> ThenDetail<T>(string name, T expected)
    {
        if (Decision.IsAccepted)
        {
            Fail($"expected a rejection with {name} = {ValueText.Plain(expected)}, but the command was accepted.", string.Empty);
        }

        var detail = Decision.Error.Details.FirstOrDefault(d => d.Name == name);
        if (detail is null)
        {
            var present = Decision.Error.Details.Select(d => d.Name).ToList();
            Fail(
                $"expected the rejection's {name} to be {ValueText.Plain(expected)}, but it has no detail {name}; "
                + (present.Count == 0 ? "it has no details." : $"its details are {string.Join(", ", present)}."),
                string.Empty);
        }
        else if (!Equals(detail.Value, expected))
        {
            Fail($"expected the rejection's {name} to be {ValueText.Plain(expected)}, but it is {ValueText.Plain(detail.Value)}.", string.Empty);
        }

        return this;
    }

    /// <summary>Expects the state after the command to satisfy a predicate.</summary>
    /// <param name="predicate">The condition.</param>
    /// <param name="description">What the condition means, for the failure message.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="ScenarioFailedException">The predicate is false.</exception>
    public ScenarioOutcome<TCommand, TEvent, TState> ThenState(Func<TState, bool> predicate, string description)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        if (!predicate(State))
        {
            Fail($"expected the state to satisfy \"{description}\", but it does not.", ScenarioText.Line("State", ValueText.Render(State)));
        }

        return this;
    }

    /// <summary>Expects the state after the command to equal a state, compared by value: equal by <c>Equals</c> (the
    /// package's states compare lists and sets by their items), or else member by member as their JSON shows them, so a
    /// host's own record holding a list compares by content too. The failure names the members that differ, e.g.
    /// <c>refundPayableFrom: expected 2025-10-03, got 2025-10-10</c>.</summary>
    /// <param name="expected">The expected state, e.g. one replayed from the events the host expects.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="ScenarioFailedException">The states differ.</exception>
    public ScenarioOutcome<TCommand, TEvent, TState> ThenState(TState expected)
    {
        var differences = Equals(State, expected) ? [] : ValueDifferences.Between(expected, State);
        if (differences.Count > 0)
        {
            Fail("the state differs.", ScenarioText.Lines("Differences", differences));
        }

        return this;
    }

    private void Fail(string what, string expectation)
    {
        var actual = Decision.IsAccepted
            ? ScenarioText.Section("Actual events", Decision.Events.Cast<object?>())
            : ScenarioText.Line("Actual rejection", string.Create(CultureInfo.InvariantCulture, $"{Decision.Error}"));
        throw new ScenarioFailedException(
            "Scenario failed: " + what + Environment.NewLine
            + ScenarioText.Section("Given", history.Cast<object?>())
            + ScenarioText.Line("When", ValueText.Render(command))
            + ScenarioText.Line("On", ValueText.Day(context))
            + expectation
            + actual);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
