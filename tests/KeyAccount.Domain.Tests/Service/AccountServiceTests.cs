using System;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Service;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Service.ServiceSteps;

namespace KeyAccount.Domain.Tests.Service;

public sealed class AccountServiceTests
{
    private static readonly LocalDate Monday = new(2025, 3, 10);
    private static readonly LocalDate Tuesday = new(2025, 3, 11);

    // ---- KAM-04: service and support after the win ----

    [Fact]
    [Trait("Rule", "KAM-04")]
    [Trait("Rule", "GEN-11")]
    public void Service_starts_only_for_a_won_account_read_from_its_state()
    {
        DecisionAssert.Rejected(When(Services.Initial, new StartAccountService(Account), TestContexts.On(new LocalDate(2025, 3, 7))), "GEN-11", "evidence.missing");
        var error = DecisionAssert.Rejected(When(Services.Initial, new StartAccountService(Account), On(new LocalDate(2025, 3, 7), AccountStage.Closing)), "KAM-04", "service.account_not_won");
        Assert.Equal(AccountStage.Closing, error.Detail<AccountStage>("stage"));

        var started = DecisionAssert.Single<AccountServiceEvent, AccountServiceStarted>(When(Services.Initial, new StartAccountService(Account)));
        Assert.Equal(Account, started.Account);
        DecisionAssert.Rejected(When(Given(Friday, new StartAccountService(Account)), new StartAccountService(Account)), "KAM-04", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(When(Services.Initial, new RecordSupportRequest("Pump noise")), "KAM-04", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "KAM-04")]
    public void A_terminated_account_gets_no_new_request_or_training()
    {
        var started = Given(Friday, new StartAccountService(Account));
        var terminated = On(new LocalDate(2025, 3, 7), AccountStage.Terminated);

        DecisionAssert.Rejected(When(started, new RecordSupportRequest("Pump noise"), terminated), "KAM-04", "service.account_not_won");
        DecisionAssert.Rejected(When(started, new RecordTrainingSession("Seal change", new LocalDate(2025, 3, 7), 6), terminated), "KAM-04", "service.account_not_won");
    }

    [Fact]
    [Trait("Rule", "KAM-04")]
    public void The_first_response_is_due_within_the_response_window_on_the_business_calendar()
    {
        var started = Given(Friday, new StartAccountService(Account));
        var recorded = DecisionAssert.Single<AccountServiceEvent, SupportRequestRecorded>(When(started, new RecordSupportRequest("Pump noise")));
        Assert.Equal(Monday, recorded.RespondBy);
        Assert.Equal(new LocalDate(2025, 3, 12), DecisionAssert.Single<AccountServiceEvent, SupportRequestRecorded>(When(started, new RecordSupportRequest("Pump noise"), Friday.With(new ResponseWindowPolicy(3)))).RespondBy);

        var open = Given(Friday, new StartAccountService(Account), new RecordSupportRequest("Pump noise"));
        var late = DecisionAssert.Single<AccountServiceEvent, SupportRequestResponded>(When(open, new RespondToSupportRequest(1, "Engineer Zhao"), On(new LocalDate(2025, 3, 12))));
        Assert.Equal(2, late.WorkingDaysLate);
        DecisionAssert.Rejected(When(open, new RespondToSupportRequest(2, "Engineer Zhao")), "KAM-04", "service.unknown_request");
        DecisionAssert.Rejected(When(open, new RespondToSupportRequest(1, " ")), "KAM-04", "service.response_invalid");
        DecisionAssert.Rejected(When(open, new RecordSupportRequest("")), "KAM-04", "service.request_subject_required");
    }

    [Fact]
    [Trait("Rule", "KAM-04")]
    public void A_request_closes_after_its_response_with_the_resolution_and_the_customers_confirmation()
    {
        var open = Given(Friday, new StartAccountService(Account), new RecordSupportRequest("Pump noise"));
        DecisionAssert.Rejected(When(open, new CloseSupportRequest(1, "Bearing replaced", "Mr Li")), "KAM-04", "service.request_not_open");

        var responded = Given(Friday, new StartAccountService(Account), new RecordSupportRequest("Pump noise"), new RespondToSupportRequest(1, "Engineer Zhao"));
        DecisionAssert.Rejected(When(responded, new CloseSupportRequest(1, "Bearing replaced", "")), "KAM-04", "service.close_needs_confirmation");
        DecisionAssert.Rejected(When(responded, new CloseSupportRequest(1, "", "Mr Li")), "KAM-04", "service.close_needs_confirmation");
        var closed = DecisionAssert.Single<AccountServiceEvent, SupportRequestClosed>(When(responded, new CloseSupportRequest(1, "Bearing replaced", "Mr Li")));
        Assert.Equal("Mr Li", Services.Evolve(responded, closed).Requests[0].ConfirmedBy);
    }

    [Fact]
    [Trait("Rule", "KAM-04")]
    public void Training_sessions_are_recorded_per_account_with_topic_day_and_attendees()
    {
        var started = Given(Friday, new StartAccountService(Account));
        DecisionAssert.Rejected(When(started, new RecordTrainingSession("Seal change", new LocalDate(2025, 3, 8), 6)), "KAM-04", "service.training_invalid");
        DecisionAssert.Rejected(When(started, new RecordTrainingSession("Seal change", new LocalDate(2025, 3, 6), 0)), "KAM-04", "service.training_invalid");

        var state = Given(Friday, new StartAccountService(Account), new RecordTrainingSession("Seal change", new LocalDate(2025, 3, 6), 6));
        Assert.Equal(new TrainingSession(1, "Seal change", new LocalDate(2025, 3, 6), 6), Assert.Single(state.Trainings));
    }

    [Fact]
    [Trait("Rule", "KAM-04")]
    public void The_account_reports_requests_overdue_as_of_a_date()
    {
        var state = Given(Friday, new StartAccountService(Account), new RecordSupportRequest("Pump noise"), new RecordSupportRequest("Manual"), new RespondToSupportRequest(2, "Desk"));

        Assert.Empty(state.OverdueRequestsAsOf(Monday));
        Assert.Equal([1], state.OverdueRequestsAsOf(Tuesday).Select(r => r.Number));
    }

    // ---- KAM-05: feedback and improvement ----

    [Fact]
    [Trait("Rule", "KAM-05")]
    public void Feedback_is_due_for_disposition_within_ten_working_days_and_reported_until_it_has_one()
    {
        var state = Given(Friday, new StartAccountService(Account), new RecordFeedback("Deliver on Saturdays too"), new RecordFeedback("Label in English"));

        Assert.Equal(new LocalDate(2025, 3, 21), state.Feedback[0].DisposeBy);
        Assert.Equal([1, 2], state.WithoutDisposition.Select(f => f.Number));
        Assert.Empty(state.OverdueFeedbackAsOf(new LocalDate(2025, 3, 21)));
        Assert.Equal([1, 2], state.OverdueFeedbackAsOf(new LocalDate(2025, 3, 22)).Select(f => f.Number));
        DecisionAssert.Rejected(When(state, new RecordFeedback(" ")), "KAM-05", "service.feedback_text_required");
        DecisionAssert.Rejected(When(Services.Initial, new RecordFeedback("x")), "KAM-05", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "KAM-05")]
    public void A_disposition_is_an_improvement_with_owner_and_due_date_or_declined_with_a_reason_and_only_one()
    {
        var state = Given(Friday, new StartAccountService(Account), new RecordFeedback("Deliver on Saturdays too"));

        DecisionAssert.Rejected(When(state, new PlanImprovement(1, "Saturday shift", "", new LocalDate(2025, 4, 1))), "KAM-05", "service.improvement_invalid");
        DecisionAssert.Rejected(When(state, new PlanImprovement(1, "Saturday shift", "Logistics", new LocalDate(2025, 3, 6))), "KAM-05", "service.improvement_invalid");
        DecisionAssert.Rejected(When(state, new DeclineFeedback(1, "")), "KAM-05", "service.decline_reason_required");
        DecisionAssert.Rejected(When(state, new DeclineFeedback(2, "No")), "KAM-05", "service.unknown_feedback");

        var planned = DecisionAssert.Single<AccountServiceEvent, FeedbackDisposed>(When(state, new PlanImprovement(1, "Saturday shift", "Logistics", new LocalDate(2025, 4, 1))));
        Assert.Equal(new FeedbackDisposition(FeedbackDispositionKind.Improvement, new LocalDate(2025, 3, 7), "Saturday shift", "Logistics", new LocalDate(2025, 4, 1)), planned.Disposition);
        var disposed = Services.Evolve(state, planned);
        Assert.Empty(disposed.WithoutDisposition);
        DecisionAssert.Rejected(When(disposed, new DeclineFeedback(1, "Costs")), "KAM-05", "service.feedback_disposed");
        Assert.Equal(FeedbackDispositionKind.Declined, Services.Evolve(state, DecisionAssert.Single<AccountServiceEvent, FeedbackDisposed>(When(state, new DeclineFeedback(1, "Costs")))).Feedback[0].Disposition!.Kind);
    }

    [Fact]
    [Trait("Rule", "KAM-05")]
    [Trait("Rule", "CMP-01")]
    [Trait("Rule", "GEN-11")]
    public void Feedback_links_to_a_received_complaint_of_the_same_account()
    {
        var state = Given(Friday, new StartAccountService(Account), new RecordFeedback("Seals leak again"));
        var link = new LinkFeedbackToComplaint(1, Complaint);

        DecisionAssert.Rejected(When(state, link), "GEN-11", "evidence.missing");
        DecisionAssert.Rejected(When(state, link, WithComplaint(Friday, AccountId.From(Guid.Empty))), "KAM-05", "service.complaint_other_account");
        var linked = DecisionAssert.Single<AccountServiceEvent, FeedbackDisposed>(When(state, link, WithComplaint(Friday, Account)));

        Assert.Equal(Complaint, linked.Disposition.Complaint);
    }
}
