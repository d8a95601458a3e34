using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Accounts;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Accounts;

[Properties(Arbitrary = [typeof(AccountArbitraries)], MaxTest = 200)]
public sealed class PipelineProperties
{
    private static readonly Gen<History<AccountCommand, AccountEvent, AccountState>> Histories = KeyAccountGenerators.Histories();

    private static readonly AccountDecider Decider = AccountDecider.Instance;

    private static readonly JsonSerializerOptions DeepOptions = new(KeyAccountJson.CreateOptions())
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The state's full content as JSON, personal data included: records hold immutable lists compared by reference.</summary>
    internal static string Deep(AccountState state) => JsonSerializer.Serialize(state, DeepOptions);

    // A generated journey: each command is run again in the context the history recorded for it (GEN-11).
    private static (AccountState State, List<AccountEvent> History, List<(AccountStage From, AccountStage To, AccountCommand Command)> Moves) Run(
        History<AccountCommand, AccountEvent, AccountState> journey) => Run(journey.Commands, (_, _, i) => journey.Contexts[i]);

    // A random sequence: each command in the context the kit gives it in the state so far (the review it relies on).
    private static (AccountState State, List<AccountEvent> History, List<(AccountStage From, AccountStage To, AccountCommand Command)> Moves) Run(
        CommandSequence sequence) => Run(sequence.Commands, (state, command, _) => KeyAccountGenerators.ContextFor(state, command));

    private static (AccountState State, List<AccountEvent> History, List<(AccountStage From, AccountStage To, AccountCommand Command)> Moves) Run(
        IReadOnlyList<AccountCommand> commands, System.Func<AccountState, AccountCommand, int, DecisionContext> contextFor)
    {
        var state = Decider.Initial;
        var history = new List<AccountEvent>();
        var moves = new List<(AccountStage, AccountStage, AccountCommand)>();
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var before = state;
            var decision = Decider.Decide(command, state, contextFor(state, command, i));
            if (decision.IsRejected)
            {
                continue;
            }

            foreach (var e in decision.Events)
            {
                state = Decider.Evolve(state, e);
                history.Add(e);
            }

            if (before.IsOpened && before.Stage != state.Stage)
            {
                moves.Add((before.Stage, state.Stage, command));
            }
        }

        return (state, history, moves);
    }

    [Property]
    [Trait("Rule", "ACC-02")]
    public bool No_accepted_command_skips_a_stage_or_leaves_a_terminal_state(CommandSequence sequence)
    {
        var (_, _, moves) = Run(sequence);
        var rows = AccountLifecycle.Table.Transitions.Select(t => (t.From, t.To)).ToHashSet();
        return moves.All(m => rows.Contains((m.From, m.To)) && m.From != AccountStage.Won);
    }

    [Property]
    [Trait("Rule", "ACC-02")]
    public Property Valid_journeys_move_only_along_the_table(History<AccountCommand, AccountEvent, AccountState> journey)
    {
        var (state, _, moves) = Run(journey);
        var rows = AccountLifecycle.Table.Transitions.Select(t => (t.From, t.To)).ToHashSet();
        return moves.All(m => rows.Contains((m.From, m.To))).ToProperty().Classify(true, state.Stage.ToString());
    }

    [Property]
    public bool Every_rejection_names_an_account_or_visit_rule_and_emits_nothing(CommandSequence sequence)
    {
        var state = Decider.Initial;
        foreach (var command in sequence.Commands)
        {
            var decision = Decider.Decide(command, state, KeyAccountGenerators.ContextFor(state, command));
            if (decision.IsRejected)
            {
                // CR-05 is the contract review's rule the account applies to a withdrawal or reconfirmation of its approval.
                if ((decision.Error.RuleId.Family is not ("ACC" or "VIS") && decision.Error.RuleId.Value != "CR-05") || decision.IsAccepted)
                {
                    return false;
                }

                continue;
            }

            state = decision.Events.Aggregate(state, Decider.Evolve);
        }

        return true;
    }

    [Property]
    public bool A_malformed_command_is_rejected_in_every_state_a_valid_journey_reaches(History<AccountCommand, AccountEvent, AccountState> journey)
    {
        var (state, _, _) = Run(journey);
        return AccountGenerators.Malformed.All(c => Decider.Decide(c, state, TestContexts.Default).IsRejected);
    }

    [Property]
    [Trait("Rule", "GEN-02")]
    public bool Replaying_the_history_reproduces_the_state(History<AccountCommand, AccountEvent, AccountState> journey)
    {
        var (state, history, _) = Run(journey);
        return Deep(Decider.Replay(history)) == Deep(state) && Deep(Decider.Replay(history)) == Deep(Decider.Replay(history))
            && Deep(Decider.Replay(journey.Events)) == Deep(journey.State);
    }

    [Property]
    [Trait("Rule", "GEN-02")]
    public bool Every_event_of_a_history_survives_a_JSON_round_trip_and_replays_the_same(CommandSequence sequence)
    {
        var (state, history, _) = Run(sequence);
        var read = history.Select(e => EventRoundTrip.Of(AccountAggregate.Definition.Serializer, e)).ToList();
        return Deep(Decider.Replay(read)) == Deep(state);
    }

    [Property]
    [Trait("Rule", "GEN-06")]
    public bool What_next_is_pure_and_agrees_with_deciding_each_proposal(History<AccountCommand, AccountEvent, AccountState> journey)
    {
        var (state, _, _) = Run(journey);
        var before = Deep(state);
        var next = Decider.WhatNext(state, TestContexts.Default, Decider.ProposeCommands(state, TestContexts.Default));
        return Deep(state) == before
            && next.Accepted.All(c => Decider.Decide(c, state, TestContexts.Default).IsAccepted)
            && next.Blocked.All(b => Decider.Decide(b.Command, state, TestContexts.Default).Error.Equals(b.Reason));
    }

    [Fact]
    [Trait("Rule", "ACC-02")]
    public void Valid_journeys_reach_every_stage()
    {
        var reached = Histories.Sample(150, new Rnd(20250303UL), 600).Select(h => Run(h).State.Stage).Append(AccountStage.NotOpened).ToHashSet(); // every journey starts there; none is empty
        Assert.Equal(System.Enum.GetValues<AccountStage>().Order(), reached.Order());
    }
}
