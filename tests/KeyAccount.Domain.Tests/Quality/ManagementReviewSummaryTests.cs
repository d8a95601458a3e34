using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Quality.ComplaintSteps;

namespace KeyAccount.Domain.Tests.Quality;

public sealed class ManagementReviewSummaryTests
{
    private static readonly DateInterval March = new(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 31));

    private static ComplaintState Complaint(int n, params ComplaintCommand[] steps)
    {
        var id = ComplaintId.From(new Guid(n, 0, 0, new byte[8]));
        var state = Complaints.Initial;
        foreach (var command in steps.Prepend(Receive() with { Complaint = id }))
        {
            state = Complaints.Apply(command, state, TestContexts.Default).State;
        }

        return state;
    }

    [Fact]
    [Trait("Rule", "CMP-02")]
    public void The_summary_counts_complaints_by_status_and_by_cause_and_lists_overdue_actions_as_of_the_day()
    {
        var complaints = new[]
        {
            Complaint(1),
            Complaint(2, Investigate()),
            Complaint(3, Investigate(), Request(days: 5)),
            Complaint(4, Investigate() with { Cause = ComplaintCause.Delivery }, Request(days: 2)),
            Complaint(5, Investigate() with { Cause = ComplaintCause.Delivery }, Request(days: 1), Implemented()),
            Complaint(6, Investigate(), Request(), Implemented(), Verify(), new CloseComplaint(Department.Quality)),
        };

        var summary = ManagementReviewSummary.Create(complaints, [], March, Today.PlusDays(4));

        Assert.Equal(6, summary.ComplaintCount);
        Assert.Equal(1, summary.ByStatus[ComplaintStatus.Received]);
        Assert.Equal(1, summary.ByStatus[ComplaintStatus.Investigated]);
        Assert.Equal(2, summary.ByStatus[ComplaintStatus.ActionRequested]);
        Assert.Equal(1, summary.ByStatus[ComplaintStatus.ActionImplemented]);
        Assert.Equal(0, summary.ByStatus[ComplaintStatus.Verified]);
        Assert.Equal(1, summary.ByStatus[ComplaintStatus.Closed]);
        Assert.Equal(3, summary.ByCause[ComplaintCause.ProductQuality]);
        Assert.Equal(2, summary.ByCause[ComplaintCause.Delivery]);
        Assert.Equal(0, summary.ByCause[ComplaintCause.Service]);
        Assert.Equal(1, summary.NotYetInvestigated);
        var overdue = Assert.Single(summary.OverdueActions);
        Assert.Equal(ComplaintId.From(new Guid(4, 0, 0, new byte[8])), overdue.Complaint);
        Assert.Equal(Department.Production, overdue.Responsible);
        Assert.Equal(2, overdue.DaysOverdue);
    }

    [Fact]
    [Trait("Rule", "SAT-01")]
    public void The_summary_carries_the_satisfaction_index_of_each_account_surveyed_in_the_period()
    {
        var surveys = new[]
        {
            SatisfactionSurveyTests.Recorded(1, Account, new LocalDate(2025, 3, 3), SatisfactionSurveyTests.Scores(5, 4, 4, 5, 4)),
            SatisfactionSurveyTests.Recorded(2, Account, new LocalDate(2025, 4, 3), SatisfactionSurveyTests.Scores(1, 1, 1, 1, 1)),
        };

        var summary = ManagementReviewSummary.Create([], surveys, March, new LocalDate(2025, 3, 31));

        var index = Assert.Single(summary.Satisfaction);
        Assert.Equal(Account, index.Account);
        Assert.Equal(88.0m, index.Value);
        Assert.Equal(0, summary.ComplaintCount);
        Assert.Empty(summary.OverdueActions);
    }

    [Property(MaxTest = 100)]
    [Trait("Rule", "CMP-02")]
    public Property Statuses_add_up_to_the_complaints_and_the_summary_does_not_depend_on_their_order() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 6).ArrayOf()), stages =>
        {
            ComplaintCommand[] path = [Investigate(), Request(days: 1), Implemented(), Verify(), new CloseComplaint(Department.Quality)];
            var complaints = stages.Select((stage, i) => Complaint(i + 1, path.Take(stage).ToArray())).ToList();
            var asOf = Today.PlusDays(3);
            var one = ManagementReviewSummary.Create(complaints, [], March, asOf);
            var other = ManagementReviewSummary.Create(Enumerable.Reverse(complaints), [], March, asOf);
            return one.ByStatus.Values.Sum() == complaints.Count
                && one.ByCause.Values.Sum() + one.NotYetInvestigated == complaints.Count
                && one.OverdueActions.SequenceEqual(other.OverdueActions)
                && one.ByStatus.SequenceEqual(other.ByStatus)
                && one.OverdueActions.Count == complaints.Count(c => c.Status == ComplaintStatus.ActionRequested);
        });
}
