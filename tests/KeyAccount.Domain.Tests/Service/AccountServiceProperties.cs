using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Service;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Service.ServiceSteps;

namespace KeyAccount.Domain.Tests.Service;

public sealed class AccountServiceProperties
{
    private static readonly LocalDate Start = new(2025, 3, 3);

    // A day's commands for a started service: a command and the day (0 to 30 after the start) it is decided on.
    private static Gen<List<(int Day, AccountServiceCommand Command)>> Days() =>
        Gen.Frequency(
            (3, Gen.Constant((AccountServiceCommand)new RecordSupportRequest("Pump noise"))),
            (3, from n in Gen.Choose(0, 6) select (AccountServiceCommand)new RespondToSupportRequest(n, "Desk")),
            (2, from n in Gen.Choose(0, 6) from who in Gen.Elements("", "Mr Li") select (AccountServiceCommand)new CloseSupportRequest(n, "Done", who)),
            (3, Gen.Constant((AccountServiceCommand)new RecordFeedback("Suggestion"))),
            (2, from n in Gen.Choose(0, 6) select (AccountServiceCommand)new DeclineFeedback(n, "Costs")),
            (2, from n in Gen.Choose(0, 6) from due in Gen.Choose(-2, 20) select (AccountServiceCommand)new PlanImprovement(n, "Act", "Owner", Start.PlusDays(30 + due))))
        .SelectMany(c => Gen.Choose(0, 30).Select(d => (d, c)))
        .ListOf().Select(l => l.OrderBy(x => x.Item1).ToList());

    private static (AccountServiceState State, List<AccountServiceEvent> Events) Run(List<(int Day, AccountServiceCommand Command)> steps)
    {
        var state = Given(On(Start), new StartAccountService(Account));
        var events = new List<AccountServiceEvent>(Services.Decide(new StartAccountService(Account), Services.Initial, On(Start)).Events);
        foreach (var (day, command) in steps)
        {
            var (decision, next) = Services.Apply(command, state, On(Start.PlusDays(day)));
            if (decision.IsAccepted)
            {
                events.AddRange(decision.Events);
            }

            state = next;
        }

        return (state, events);
    }

    [Property(MaxTest = 100)]
    [Trait("Rule", "KAM-04")]
    [Trait("Rule", "KAM-05")]
    public Property The_overdue_reports_never_shrink_as_the_as_of_day_moves_on() =>
        Prop.ForAll(Days().ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (steps, from, more) =>
        {
            var (state, _) = Run(steps);
            var day = Start.PlusDays(from);
            return state.OverdueRequestsAsOf(day).Select(r => r.Number).ToHashSet().IsSubsetOf(state.OverdueRequestsAsOf(day.PlusDays(more)).Select(r => r.Number))
                && state.OverdueFeedbackAsOf(day).Select(f => f.Number).ToHashSet().IsSubsetOf(state.OverdueFeedbackAsOf(day.PlusDays(more)).Select(f => f.Number));
        });

    [Property(MaxTest = 200)]
    [Trait("Rule", "KAM-04")]
    [Trait("Rule", "KAM-05")]
    public Property Closed_requests_were_responded_and_confirmed_and_every_feedback_item_has_at_most_one_disposition() =>
        Prop.ForAll(Days().ToArbitrary(), steps =>
        {
            var (state, events) = Run(steps);
            return state.Requests.All(r => r.ClosedOn is null || (r.RespondedOn <= r.ClosedOn && !string.IsNullOrWhiteSpace(r.ConfirmedBy) && !string.IsNullOrWhiteSpace(r.Resolution)))
                && events.OfType<FeedbackDisposed>().GroupBy(d => d.Feedback).All(g => g.Count() == 1)
                && state.WithoutDisposition.Count + events.OfType<FeedbackDisposed>().Count() == state.Feedback.Count
                && state.Feedback.All(f => f.Disposition is not { Kind: FeedbackDispositionKind.Improvement } d || (d.Owner is { Length: > 0 } && d.DueOn >= d.DisposedOn));
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "GEN-02")]
    public Property Replaying_the_events_reproduces_the_state() =>
        Prop.ForAll(Days().ToArbitrary(), steps =>
        {
            var (state, events) = Run(steps);
            return Services.Replay(events).Equals(state);
        });

    [Fact]
    [Trait("Rule", "KAM-04")]
    [Trait("Rule", "KAM-05")]
    public void The_kit_generators_cover_every_command_type_and_every_one_is_accepted_in_some_history() =>
        GeneratedHistories.AssertCoverage(
            KeyAccount.Domain.Testing.Generators.Service.AccountServiceGenerators.Histories(), KeyAccount.Domain.Testing.Generators.Service.AccountServiceGenerators.Commands);
}
