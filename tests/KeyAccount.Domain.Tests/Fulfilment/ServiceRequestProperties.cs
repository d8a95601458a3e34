using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Fulfilment;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Fulfilment;

public sealed class ServiceRequestProperties
{
    internal static string Describe(ServiceRequestState s) =>
        $"{s.Status}|{s.Request}|{s.Account}|{s.Subject}|{s.ReceivedOn}|{s.AcknowledgeBy}|{s.AcknowledgedOn}|{s.Complaint}|{s.Resolution}|{s.ConfirmedBy}|{s.ClosedOn}";

    [Property(MaxTest = 100)]
    [Trait("Rule", "DLV-05")]
    public Property The_overdue_report_never_shrinks_as_the_as_of_day_moves_on() =>
        Prop.ForAll(ServiceRequestGenerators.Histories().ListOf(6).ToArbitrary(), Gen.Choose(-3, 20).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (histories, from, more) =>
        {
            var states = histories.Select(h => h.State).ToList();
            var day = TestContexts.Default.Today.PlusDays(from);
            var earlier = ServiceRequestReport.OverdueAsOf(states, day).Select(o => o.Request).ToHashSet();
            var later = ServiceRequestReport.OverdueAsOf(states, day.PlusDays(more)).Select(o => o.Request).ToHashSet();
            return earlier.IsSubsetOf(later);
        });

    [Property(MaxTest = 200)]
    [Trait("Rule", "DLV-05")]
    public Property A_request_is_overdue_exactly_when_it_was_not_acknowledged_within_its_window() =>
        Prop.ForAll(ServiceRequestGenerators.Histories().ToArbitrary(), history =>
        {
            var s = history.State;
            // Late is acknowledged after the due day, or not at all; a count of working days late is positive only then
            // (an acknowledgement on a weekend or holiday after the due day is late by 0 working days).
            var acknowledged = history.Events.OfType<ServiceRequestAcknowledged>().SingleOrDefault();
            var late = acknowledged is null || acknowledged.AcknowledgedOn > s.AcknowledgeBy;
            var overdueLater = s.IsOverdueAsOf(s.AcknowledgeBy.PlusDays(30));
            return !s.IsReceived || (overdueLater == late && (acknowledged?.WorkingDaysLate > 0 ? late : true) && !s.IsOverdueAsOf(s.AcknowledgeBy));
        });

    [Property(MaxTest = 200)]
    [Trait("Rule", "DLV-05")]
    public Property A_closed_request_has_its_resolution_and_confirmation_and_an_escalated_one_its_complaint() =>
        Prop.ForAll(ServiceRequestGenerators.Histories().ToArbitrary(), history =>
        {
            var s = history.State;
            var escalated = history.Events.OfType<ServiceRequestEscalated>().SingleOrDefault();
            return (s.Status != ServiceRequestStatus.Closed || (!string.IsNullOrWhiteSpace(s.Resolution) && !string.IsNullOrWhiteSpace(s.ConfirmedBy) && s.AcknowledgedOn is not null))
                && s.Complaint == escalated?.Complaint;
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "GEN-02")]
    public Property Generated_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(ServiceRequestGenerators.Histories().ToArbitrary(), history =>
            GeneratedHistories.AcceptedAndReplayed(ServiceRequestDecider.Instance, history, Describe));

    [Fact]
    [Trait("Rule", "DLV-05")]
    public void The_generators_cover_every_command_type_and_every_one_is_accepted_in_some_history() =>
        GeneratedHistories.AssertCoverage(ServiceRequestGenerators.Histories(), ServiceRequestGenerators.Commands);

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Generated_histories_reach_every_state_of_the_table()
    {
        var states = GeneratedHistories.StatesAlong(ServiceRequestDecider.Instance, ServiceRequestGenerators.Histories(), 20250307UL, 200);

        Assert.Equal(System.Enum.GetValues<ServiceRequestStatus>().Where(s => s != ServiceRequestStatus.None).ToHashSet(), states.Select(s => s.Status).ToHashSet());
        Assert.Contains(states, s => s.AcknowledgedOn > s.AcknowledgeBy);
    }
}
