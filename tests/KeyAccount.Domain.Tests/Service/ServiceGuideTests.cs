using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Service;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Accounts;
using KeyAccount.Domain.Tests.Quality;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Service;

/// <summary>Runs the examples of docs/service.md; the code between the markers is the code printed in the guide.</summary>
public sealed class ServiceGuideTests
{
    [Fact]
    [Trait("Rule", "KAM-04")]
    [Trait("Rule", "KAM-05")]
    public void Support_training_and_feedback_of_a_won_account()
    {
        var wonAccount = AccountScenario.In(AccountStage.Won).State;
        var account = wonAccount.Account;
        var friday = TestContexts.On(new LocalDate(2025, 3, 7));

        // begin: service-and-feedback
        // The host hands the account's state to the decisions that need it to be won (GEN-11).
        var context = friday.WithSource(AccountAggregate.StreamOf(account), 12, wonAccount);
        var service = AccountServiceAggregate.Definition.Decider;
        var state = service.Initial;
        (_, state) = service.Apply(new StartAccountService(account), state, context);

        // A support request of Friday is due for a first response on Monday (1 working day, KAM-04).
        (_, state) = service.Apply(new RecordSupportRequest("Pump GP-20 noisy after installation"), state, context);
        (_, state) = service.Apply(new RecordTrainingSession("Changing the shaft seal", new LocalDate(2025, 3, 6), Attendees: 6), state, context);
        var overdue = state.OverdueRequestsAsOf(new LocalDate(2025, 3, 11));   // request 1: no response by Monday

        var tuesday = context.At(Instant.FromUtc(2025, 3, 11, 2, 0));
        (_, state) = service.Apply(new RespondToSupportRequest(1, "Engineer Zhao"), state, tuesday);
        (_, state) = service.Apply(new CloseSupportRequest(1, "Bearing replaced", ConfirmedBy: "Mr Li, maintenance"), state, tuesday);

        // Feedback gets a disposition within 10 working days (KAM-05): an improvement, a complaint, or declined.
        (_, state) = service.Apply(new RecordFeedback("Could you deliver on Saturdays?"), state, tuesday);
        (_, state) = service.Apply(new RecordFeedback("Labels should be bilingual"), state, tuesday);
        (_, state) = service.Apply(new PlanImprovement(1, "Saturday delivery shift", "Logistics", new LocalDate(2025, 4, 30)), state, tuesday);
        var pending = state.WithoutDisposition;   // feedback 2
        // end: service-and-feedback

        Assert.Equal(1, Assert.Single(overdue).Number);
        Assert.Equal("Mr Li, maintenance", state.Requests[0].ConfirmedBy);
        Assert.Single(state.Trainings);
        Assert.Equal(2, Assert.Single(pending).Number);
        Assert.Equal(new LocalDate(2025, 3, 25), pending[0].DisposeBy);
    }

    [Fact]
    public void The_guide_prints_the_code_this_test_runs()
    {
        var root = DiagramFiles.RepositoryRoot();
        var test = Support.GuideExamples.Extract(File.ReadAllLines(Path.Combine(root, "tests", "KeyAccount.Domain.Tests", "Service", "ServiceGuideTests.cs")), "// begin: service-and-feedback", "// end: service-and-feedback");
        var guide = Support.GuideExamples.Extract(File.ReadAllLines(Path.Combine(root, "docs", "service.md")), "<!-- example: service-and-feedback -->", "```", skip: 2);

        Assert.Equal(test, guide);
    }
}
