using System;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>SUB-09: the sales mode is the project's, set once before the launch, and a subscription reads it from its
/// project's state (GEN-11), never from its commands.</summary>
public sealed class SalesModeTests
{
    private static readonly LocalDate Launch = new(2025, 3, 10);
    private static readonly ProjectRegistered Registered = new(Project, "Riverside", Launch);
    private static readonly SalesModeSet AgencySet = new(SalesMode.Agency, Monday);
    private static readonly PreparationCompleted Prepared = new(SiteManager, new LocalDate(2025, 3, 7));

    private static DraftSubscription Draft(ProjectId project) => new(Specialist, Subscription, project, Unit, [Wang, Li], Money.Cny(1_200_000m));

    private static Decision<SalesProjectEvent> Decide(SalesProjectState state, SalesProjectCommand command, LocalDate on) =>
        SalesProjectDecider.Instance.Decide(command, state, TestContexts.On(on));

    [Fact]
    [Trait("Rule", "GEN-11")]
    public void Drafting_without_the_projects_state_in_the_context_is_refused_with_the_stream_to_load()
    {
        var bare = new DecisionContextBuilder().Build();

        var error = DecisionAssert.Rejected(When(SubscriptionState.Initial, Draft(Project), bare), "GEN-11", "evidence.missing");

        Assert.Equal(SalesProjectAggregate.StreamOf(Project).Value, error.Detail<string>("stream"));
    }

    [Fact]
    [Trait("Rule", "SUB-09")]
    public void Drafting_before_the_project_opened_sales_is_refused()
    {
        var preparing = TestContexts.Default.WithProject(Project, Registered, AgencySet);
        var prepared = TestContexts.Default.WithProject(Project, Registered, AgencySet, Prepared);

        var error = DecisionAssert.Rejected(When(SubscriptionState.Initial, Draft(Project), preparing), "SUB-09", "sales.project_not_open");
        DecisionAssert.Rejected(When(SubscriptionState.Initial, Draft(Project), prepared), "SUB-09", "sales.project_not_open");

        Assert.Equal(SalesProjectStatus.Preparing, error.Detail<SalesProjectStatus>("status"));
    }

    [Fact]
    [Trait("Rule", "SUB-09")]
    public void Drafting_in_a_project_whose_history_opened_sales_without_a_mode_is_refused()
    {
        // A history from before SUB-09: the table lets sales open, but no mode was ever set.
        var context = TestContexts.Default.WithProject(Project, Registered, Prepared, new SalesOpened(Launch));

        DecisionAssert.Rejected(When(SubscriptionState.Initial, Draft(Project), context), "SUB-09", "sales.project_mode_not_set");
    }

    [Theory]
    [Trait("Rule", "SUB-09")]
    [Trait("Rule", "SUB-02")]
    [InlineData(SalesMode.Agency)]
    [InlineData(SalesMode.Underwriting)]
    public void The_collector_follows_the_mode_of_the_project_the_subscription_was_drafted_in(SalesMode mode)
    {
        var drafted = Single<SubscriptionDrafted>(When(SubscriptionState.Initial, Draft(TestProjects.Of(mode))));
        var state = Given(drafted);
        var right = SalesModeRules.CollectorFor(mode);
        var wrong = Enum.GetValues<PaymentCollector>().Single(c => c != right);

        Assert.Equal(mode, drafted.Mode);
        Single<PaymentReceived>(When(state, new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0001"), Money.Cny(50_000m), PaymentMethod.Transfer, right, Cashier)));
        var error = DecisionAssert.Rejected(When(state, new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0001"), Money.Cny(50_000m), PaymentMethod.Transfer, wrong, Cashier)), "SUB-02", "sales.wrong_collector");
        Assert.Equal(mode, error.Detail<SalesMode>("mode"));
    }

    [Theory]
    [Trait("Rule", "SUB-09")]
    [Trait("Rule", "CAN-05")]
    [Trait("Rule", "CAN-06")]
    [InlineData(SalesMode.Agency, RefundPlace.DeveloperAgreedPlace)]
    [InlineData(SalesMode.Underwriting, RefundPlace.CompanyHeadquarters)]
    public void The_refund_place_and_the_developers_sign_off_follow_the_mode_of_the_project(SalesMode mode, RefundPlace place)
    {
        var (requested, _) = Run(SubscriptionState.Initial, TestContexts.Default,
            Draft(TestProjects.Of(mode)),
            new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0001"), Money.Cny(50_000m), PaymentMethod.Transfer, SalesModeRules.CollectorFor(mode), Cashier),
            new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer]),
            new RequestCancellation(Specialist, CancellationRequest.Cancellation, BothPresent),
            new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, false));

        var withoutDeveloper = When(requested, new ApproveCancellation(Specialist, null, null));
        if (mode == SalesMode.Agency)
        {
            DecisionAssert.Rejected(withoutDeveloper, "CAN-06", "sales.developer_confirmation_missing");
        }
        else
        {
            Assert.Equal(place, Single<CancellationApproved>(withoutDeveloper).RefundPlace);
        }

        var approved = Single<CancellationApproved>(When(requested, new ApproveCancellation(Specialist, ConfirmationFor(mode), null)));
        Assert.Equal(place, approved.RefundPlace);
    }

    [Fact]
    [Trait("Rule", "SUB-09")]
    public void The_mode_is_set_once_before_the_launch_and_the_same_mode_again_changes_nothing()
    {
        var registered = SalesProjectDecider.Instance.Replay([Registered]);

        var set = DecisionAssert.Single<SalesProjectEvent, SalesModeSet>(Decide(registered, new SetSalesMode(SalesMode.Underwriting), Monday));
        var state = SalesProjectDecider.Instance.Evolve(registered, set);

        Assert.Equal(SalesMode.Underwriting, state.Mode);
        Assert.Empty(DecisionAssert.Accepted(Decide(state, new SetSalesMode(SalesMode.Underwriting), Monday)));
        var error = DecisionAssert.Rejected(Decide(state, new SetSalesMode(SalesMode.Agency), Monday), "SUB-09", "sales.mode_already_set");
        Assert.Equal(SalesMode.Underwriting, error.Detail<SalesMode>("mode"));
        DecisionAssert.Rejected(Decide(registered, new SetSalesMode((SalesMode)7), Monday), "SUB-09", "sales.mode_unknown");
    }

    [Fact]
    [Trait("Rule", "SUB-09")]
    public void Setting_the_mode_after_the_launch_is_refused()
    {
        var opened = SalesProjectDecider.Instance.Replay([Registered, AgencySet, Prepared, new SalesOpened(Launch)]);

        DecisionAssert.Rejected(Decide(opened, new SetSalesMode(SalesMode.Agency), Launch), "SUB-09", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(Decide(opened, new SetSalesMode(SalesMode.Underwriting), Launch), "SUB-09", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "SUB-09")]
    public void Sales_do_not_open_without_a_mode()
    {
        var prepared = SalesProjectDecider.Instance.Replay([Registered, Prepared]);

        DecisionAssert.Rejected(Decide(prepared, new OpenSales(), Launch), "SUB-09", "sales.mode_not_set");
        var withMode = SalesProjectDecider.Instance.Evolve(prepared, new SalesModeSet(SalesMode.Agency, Launch.PlusDays(-1)));
        DecisionAssert.Single<SalesProjectEvent, SalesOpened>(Decide(withMode, new OpenSales(), Launch));
    }
}
