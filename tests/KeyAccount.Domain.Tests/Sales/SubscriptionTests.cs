using System;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class SubscriptionTests
{
    [Fact]
    [Trait("Rule", "SUB-03")]
    public void Drafting_records_the_accompanying_specialist_and_the_named_customers()
    {
        var drafted = Single<SubscriptionDrafted>(When(SubscriptionState.Initial,
            new DraftSubscription(Specialist, Subscription, Project, Unit, [Wang, Li], Money.Cny(1_200_000m))));

        Assert.Equal(Specialist, drafted.Specialist);
        Assert.Equal([Wang, Li], drafted.Customers);
        Assert.Equal(Monday, drafted.DraftedOn);
    }

    [Fact]
    [Trait("Rule", "SUB-03")]
    public void A_command_without_the_accompanying_specialist_is_rejected()
    {
        var state = Given(Effective());

        var error = DecisionAssert.Rejected(When(state, new SignPreSaleContract(default, "YS-2025-001")), "SUB-03", "sales.specialist_required");

        Assert.Equal("SignPreSaleContract", error.Detail<string>("command"));
    }

    [Fact]
    [Trait("Rule", "CAN-01")]
    public void A_subscription_without_customers_is_rejected()
    {
        DecisionAssert.Rejected(When(SubscriptionState.Initial,
            new DraftSubscription(Specialist, Subscription, Project, Unit, [], Money.Cny(1m))), "CAN-01", "sales.customers_required");
        DecisionAssert.Rejected(When(SubscriptionState.Initial,
            new DraftSubscription(Specialist, Subscription, Project, Unit, [Wang, Wang], Money.Cny(1m))), "CAN-01", "sales.customers_duplicated");
    }

    [Fact]
    [Trait("Rule", "SUB-04")]
    public void A_subscription_with_no_price_is_rejected()
    {
        DecisionAssert.Rejected(When(SubscriptionState.Initial,
            new DraftSubscription(Specialist, Subscription, Project, Unit, [Wang], Money.Cny(0m))), "SUB-04", "sales.price_not_positive");
    }

    [Fact]
    [Trait("Rule", "SUB-01")]
    public void A_subscription_is_drafted_only_once()
    {
        DecisionAssert.Rejected(When(Given(Drafted()),
            new DraftSubscription(Specialist, Subscription, Project, Unit, [Wang], Money.Cny(1m))), "SUB-01", "lifecycle.transition_not_allowed");
    }

    [Theory]
    [Trait("Rule", "SUB-02")]
    [InlineData(SalesMode.Agency, PaymentCollector.Developer)]
    [InlineData(SalesMode.Underwriting, PaymentCollector.CompanyCashier)]
    public void A_payment_collected_by_the_collector_of_the_sales_mode_is_accepted(SalesMode mode, PaymentCollector collector)
    {
        var received = Single<PaymentReceived>(When(Given(Drafted(mode)),
            new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0007"), Money.Cny(20_000m), PaymentMethod.Card, collector, Cashier)));

        Assert.Equal(collector, received.Notice.Collector);
        Assert.Equal(Project, received.Notice.Project);
        Assert.Equal(Subscription, received.Notice.Subscription);
        Assert.Equal(PaymentMethod.Card, received.Notice.Method);
    }

    [Theory]
    [Trait("Rule", "SUB-02")]
    [InlineData(SalesMode.Agency, PaymentCollector.CompanyCashier)]
    [InlineData(SalesMode.Underwriting, PaymentCollector.Developer)]
    public void A_payment_recorded_by_the_wrong_collector_is_rejected(SalesMode mode, PaymentCollector collector)
    {
        var error = DecisionAssert.Rejected(When(Given(Drafted(mode)),
            new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0007"), Money.Cny(20_000m), PaymentMethod.Cash, collector, Cashier)), "SUB-02", "sales.wrong_collector");

        Assert.Equal(SalesModeRules.CollectorFor(mode), error.Detail<PaymentCollector>("expected"));
    }

    [Fact]
    [Trait("Rule", "SUB-02")]
    public void A_payment_that_does_not_name_who_took_the_money_is_rejected()
    {
        DecisionAssert.Rejected(When(Given(Drafted()),
            new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0007"), Money.Cny(1m), PaymentMethod.Cash, PaymentCollector.CompanyCashier, default)), "SUB-02", "sales.collector_not_named");
    }

    [Fact]
    [Trait("Rule", "SUB-05")]
    public void Every_payment_produces_a_remittance_notice_with_a_clerk_copy_and_a_cashier_copy_that_agree()
    {
        var context = TestContexts.On(new LocalDate(2025, 3, 5));
        var notice = Single<PaymentReceived>(When(Given(Drafted()),
            new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0042"), Money.Cny(30_000m), PaymentMethod.Transfer, PaymentCollector.CompanyCashier, Cashier), context)).Notice;

        Assert.Equal(RemittanceNoticeNumber.From(42), notice.Number);
        Assert.Equal("RN-0042", notice.Number.ToString());
        Assert.Equal(new NodaTime.LocalDate(2025, 3, 5), notice.BusinessDate);
        Assert.Equal([RemittanceCopyHolder.ProjectClerk, RemittanceCopyHolder.Cashier], notice.Copies.Select(c => c.Holder));
        Assert.All(notice.Copies, c =>
        {
            Assert.Equal(notice.Number, c.Number);
            Assert.Equal(notice.Amount, c.Amount);
            Assert.Equal(notice.BusinessDate, c.BusinessDate);
        });
    }

    [Fact]
    [Trait("Rule", "SUB-05")]
    public void A_remittance_notice_number_is_never_issued_twice()
    {
        DecisionAssert.Rejected(When(Given(Effective()),
            new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0001"), Money.Cny(1m), PaymentMethod.Cash, PaymentCollector.CompanyCashier, Cashier)), "SUB-05", "sales.notice_number_duplicate");
    }

    [Theory]
    [Trait("Rule", "SUB-05")]
    [InlineData("", 10, "CNY", "sales.notice_number_required")]
    [InlineData("RN-9", 0, "CNY", "sales.payment_amount_invalid")]
    [InlineData("RN-9", -5, "CNY", "sales.payment_amount_invalid")]
    [InlineData("RN-9", 10, "USD", "sales.payment_amount_invalid")]
    public void A_payment_without_a_notice_number_or_with_a_wrong_amount_is_rejected(string number, decimal amount, string currency, string code)
    {
        DecisionAssert.Rejected(When(Given(Drafted()),
            new RecordPayment(Specialist, number.Length == 0 ? default : RemittanceNoticeNumber.Parse(number), new Money(amount, Currency.Of(currency)), PaymentMethod.Cash, PaymentCollector.CompanyCashier, Cashier)), "SUB-05", code);
    }

    [Fact]
    [Trait("Rule", "SUB-04")]
    public void Stamping_all_three_copies_in_one_act_makes_the_subscription_effective()
    {
        var (state, _) = Run(Given(Drafted()), TestContexts.Default,
            new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer]));

        Assert.Equal(SubscriptionStatus.Effective, state.Status);
    }

    [Fact]
    [Trait("Rule", "SUB-04")]
    public void Partial_stamping_is_rejected_and_names_every_unstamped_copy()
    {
        var error = DecisionAssert.Rejected(When(Given(Drafted()), new StampCopies(Specialist, [SubscriptionCopy.Company])), "SUB-04", "sales.stamping_incomplete");

        var missing = Assert.IsType<RequirementsMissing>(error).Missing;
        Assert.Equal([SubscriptionCopy.Customer, SubscriptionCopy.Developer], missing.Select(m => (SubscriptionCopy)m.Details[0].Value!));
    }

    [Fact]
    [Trait("Rule", "SUB-04")]
    public void An_effective_subscription_cannot_be_stamped_again()
    {
        DecisionAssert.Rejected(When(Given(Effective()),
            new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer])), "SUB-04", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "SUB-07")]
    public void A_customer_holding_an_effective_subscription_signs_the_pre_sale_contract()
    {
        var signed = Single<PreSaleContractSigned>(When(Given(Effective()), new SignPreSaleContract(Specialist, "YS-2025-001")));

        Assert.Equal("YS-2025-001", signed.ContractNumber);
        Assert.Equal(SubscriptionStatus.Contracted, SubscriptionDecider.Instance.Evolve(Given(Effective()), signed).Status);
    }

    [Fact]
    [Trait("Rule", "SUB-07")]
    public void Only_an_effective_subscription_can_be_signed()
    {
        var error = DecisionAssert.Rejected(When(Given(Drafted()), new SignPreSaleContract(Specialist, "YS-2025-001")), "SUB-07", "lifecycle.transition_not_allowed");

        Assert.Equal("Draft", Assert.IsType<TransitionNotAllowed>(error).From);
        DecisionAssert.Rejected(When(Given(Effective()), new SignPreSaleContract(Specialist, " ")), "SUB-07", "sales.contract_number_required");
    }

    [Fact]
    [Trait("Rule", "SUB-07")]
    public void A_signed_contract_is_registered_with_the_transaction_centre_number()
    {
        var state = Given([.. Effective(), new PreSaleContractSigned("YS-1", Monday)]);

        Assert.Equal("DJ-88", Single<PreSaleContractRegistered>(When(state, new RegisterPreSaleContract(Specialist, "DJ-88"))).RegistrationNumber);
        DecisionAssert.Rejected(When(state, new RegisterPreSaleContract(Specialist, "")), "SUB-07", "sales.registration_number_required");
        DecisionAssert.Rejected(When(Given(Effective()), new RegisterPreSaleContract(Specialist, "DJ-88")), "SUB-07", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "CAN-04")]
    public void Signing_the_notice_terms_twice_changes_nothing()
    {
        var state = Given([.. Effective(), new SigningNoticeTermsSigned(Monday)]);

        Assert.Empty(DecisionAssert.Accepted(When(state, new SignNoticeTerms(Specialist))));
    }

    [Fact]
    [Trait("Rule", "SUB-01")]
    public void A_live_subscription_holds_its_unit_until_cancelled_or_returned()
    {
        Assert.True(Given(Effective()).HoldsUnit);
        Assert.False(Given([.. RetentionFailed(SalesMode.Underwriting), new CancellationApproved(CancellationKind.Cancellation, Monday, Money.Cny(50_000m), Money.Cny(0m), Monday.PlusDays(7), RefundPlace.CompanyHeadquarters, null),
            new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy), new DocumentHandedBack(SalesDocument.SubscriptionDeveloperCopy), new SubscriptionCancelled(Unit, Monday)]).HoldsUnit);
    }

    [Fact]
    public void An_illegal_move_names_the_rule_of_the_step_tried_the_first_guard_of_the_triggers_first_row()
    {
        var table = SubscriptionLifecycle.Table;
        foreach (var trigger in Enum.GetValues<SubscriptionTrigger>())
        {
            Assert.Equal(table.Transitions.First(t => t.Trigger == trigger).Guards[0], table.RuleFor(trigger));
        }
    }

    [Fact]
    [Trait("Rule", "CAN-05")]
    public void A_refund_after_registration_is_refused_by_CAN_05_when_decided_and_when_replayed()
    {
        SubscriptionEvent[] registered = [.. Effective(), new PreSaleContractSigned("YS-2025-001", Monday), new PreSaleContractRegistered("DJ-88", Monday)];

        DecisionAssert.Rejected(When(Given(registered), new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null)), "CAN-05", "lifecycle.transition_not_allowed");
        var error = Assert.IsType<MalformedEvent>(SubscriptionDecider.Instance.TryReplay([.. registered, new RefundPaid(Money.Cny(50_000m), RefundPlace.CompanyHeadquarters, Monday)]).Value);
        Assert.Equal((MalformedEventKind.DoesNotFollow, 6L, (RuleId?)"CAN-05"), (error.Kind, error.Position, error.IllegalMoveRule));
    }

    [Fact]
    [Trait("Rule", "SUB-03")]
    public void The_table_is_asked_before_the_specialist()
    {
        DecisionAssert.Rejected(When(Given(Drafted()), new SignPreSaleContract(default, "YS-2025-001")), "SUB-07", "lifecycle.transition_not_allowed");
    }
}
