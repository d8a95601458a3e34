using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Tests.Kernel;
using KeyAccount.Domain.Tests.Kernel.Sample;
using NodaTime;

namespace KeyAccount.Domain.Tests.Kit;

public sealed class HistoryGeneratorTests
{
    private static readonly TicketDecider Decider = new();

    private static readonly Gen<History<TicketCommand, TicketEvent, TicketState>> TicketHistories =
        Histories.Of(Decider, _ => DeciderTests.CommandGen, TestContexts.Default);

    [Property]
    public Property Generated_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(TicketHistories.ToArbitrary(), history =>
        {
            var state = Decider.Initial;
            foreach (var command in history.Commands)
            {
                var decision = Decider.Decide(command, state, TestContexts.Default);
                if (decision.IsRejected)
                {
                    return false;
                }

                (_, state) = Decider.Apply(command, state, TestContexts.Default);
            }

            var replayed = Decider.Replay(history.Events);
            return replayed.Status == history.State.Status && replayed.Comments.SequenceEqual(history.State.Comments)
                && state.Status == history.State.Status;
        });

    // A context that differs from command to command: the day moves on with every comment so far.
    private static DecisionContext DayOf(TicketState state, TicketCommand command) =>
        TestContexts.On(new LocalDate(2025, 3, 3).PlusDays(state.Comments.Count + (command is CommentOnTicket ? 1 : 0)));

    [Property]
    [Xunit.Trait("Rule", "GEN-11")]
    public Property A_history_records_the_context_each_command_was_decided_in() =>
        Prop.ForAll(Histories.Of(Decider, _ => DeciderTests.CommandGen, DayOf).ToArbitrary(), history =>
        {
            var state = Decider.Initial;
            foreach (var (command, context) in history.Steps)
            {
                if (context.Today != DayOf(state, command).Today)
                {
                    return false;
                }

                (_, state) = Decider.Apply(command, state, context);
            }

            return history.Contexts.Count == history.Commands.Count && state.Comments.SequenceEqual(history.State.Comments);
        });

    [Xunit.Fact]
    public void Generated_histories_reach_every_status_of_the_lifecycle()
    {
        var reached = TicketHistories.Sample(200, new Rnd(20250303UL), 30).Select(h => h.State.Status).ToHashSet();
        Xunit.Assert.Equal(Enum.GetValues<TicketStatus>().ToHashSet(), reached);
    }

    [Property]
    public Property Kernel_generators_stay_in_their_ranges() =>
        Prop.ForAll(KernelGenerators.PositiveCny.ToArbitrary(), KernelGenerators.DateIn(2025).ToArbitrary(), KernelGenerators.Identifier<AccountId>().ToArbitrary(),
            (money, date, id) => money.Currency == Currency.CNY && money.IsPositive && money.Round() == money && date.Year == 2025 && id.Value != Guid.Empty);
}
