using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Sales;
using KeyAccount.Domain.Testing.Scenarios;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>
/// States compare by value (GEN-02): two states replayed from the same events are <c>Equal</c> with the same hash
/// code, lists and sets included, so a host compares them with <c>Assert.Equal</c> or the scenario's
/// <c>ThenState(expected)</c> rather than by hand through JSON. (The same holds for every aggregate in
/// <c>Reliability/RoundTripEqualityTests</c>.)
/// </summary>
[Trait("Rule", "GEN-02")]
public sealed class StateEqualityTests
{
    [Property(MaxTest = 100)]
    public Property Two_states_replayed_from_the_same_events_are_equal_and_a_scenario_sees_them_so() =>
        Prop.ForAll(SubscriptionGenerators.Histories().ToArbitrary(SubscriptionDecider.Instance), history =>
        {
            var decider = SubscriptionDecider.Instance;
            var once = decider.Replay(history.Events);
            var again = decider.Replay([.. history.Events]);
            Assert.NotSame(once, again);
            Assert.Equal(once, again);
            Assert.Equal(once.GetHashCode(), again.GetHashCode());
            Assert.Equal(history.State, once);
            Assert.Empty(ValueDifferences.Between(once, again));
            Assert.Equal(once, Scenario.For(decider).Given([.. history.Events]).State);
        });

    [Fact]
    public void A_state_that_differs_names_the_member_as_the_rules_compute_it()
    {
        var approved = SubscriptionState.Initial with { Status = SubscriptionStatus.CancellationApproved, RefundPayableFrom = new NodaTime.LocalDate(2025, 10, 10) };
        var expected = approved with { RefundPayableFrom = new NodaTime.LocalDate(2025, 10, 3) };
        Assert.Equal(["refundPayableFrom: expected 2025-10-03, got 2025-10-10"], ValueDifferences.Between(expected, approved));
    }
}
