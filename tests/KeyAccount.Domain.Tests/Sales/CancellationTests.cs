using System;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class CancellationTests
{
    private static SubscriptionEvent Approved(SalesMode mode, Money due, Money forfeited, LocalDate? payableFrom) =>
        new CancellationApproved(CancellationKind.Cancellation, Monday, due, forfeited, payableFrom, SalesModeRules.RefundPlaceFor(mode), null);

    private static SubscriptionEvent[] CopiesBack =>
        [new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy), new DocumentHandedBack(SalesDocument.SubscriptionDeveloperCopy)];

    private static SubscriptionEvent[] Cancelled(SalesMode mode, bool termsSigned = false) =>
        [
            .. RetentionFailed(mode, termsSigned: termsSigned),
            Approved(mode, termsSigned ? Money.Cny(0m) : Money.Cny(50_000m), termsSigned ? Money.Cny(50_000m) : Money.Cny(0m), termsSigned ? null : new LocalDate(2025, 3, 10)),
            .. CopiesBack,
            new SubscriptionCancelled(Unit, Monday),
        ];

    [Fact]
    [Trait("Rule", "CAN-01")]
    public void A_cancellation_with_every_named_customer_present_is_requested()
    {
        var requested = Single<CancellationRequested>(When(Given(Effective()),
            new RequestCancellation(Specialist, CancellationRequest.Cancellation, BothPresent)));

        Assert.Equal(CancellationKind.Cancellation, requested.Kind);
    }

    [Fact]
    [Trait("Rule", "CAN-01")]
    public void A_cancellation_with_a_named_customer_absent_is_rejected_and_names_who_is_missing()
    {
        var error = DecisionAssert.Rejected(When(Given(Effective()),
            new RequestCancellation(Specialist, CancellationRequest.Cancellation, [Wang.IdDocumentNumber])), "CAN-01", "sales.customers_absent");

        var missing = Assert.Single(Assert.IsType<RequirementsMissing>(error).Missing);
        Assert.Equal(2, missing.Details[0].Value);
        Assert.Equal("1101**********2345", missing.Details[1].Value);
    }

    [Fact]
    [Trait("Rule", "GEN-10")]
    [Trait("Rule", "CAN-01")]
    public void An_absent_customer_is_named_by_position_and_masked_ID_in_both_languages_never_by_name_or_full_number()
    {
        var error = DecisionAssert.Rejected(When(Given(Effective()),
            new RequestCancellation(Specialist, CancellationRequest.Cancellation, [])), "CAN-01", "sales.customers_absent");

        var messages = Assert.IsType<RequirementsMissing>(error).Missing
            .SelectMany(m => new[] { m.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")), m.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")) })
            .Append(error.ToString())
            .ToList();

        Assert.Equal("Customer 1 (ID 1101**********1234) is not present with an identity document", messages[0]);
        Assert.Equal("第 2 位客户(证件号 1101**********2345)未本人携身份证到场", messages[3]);
        Assert.All(messages, m => Assert.DoesNotContain(Wang.IdDocumentNumber, m, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain(Li.Name, m, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "CAN-01")]
    public void Cancellation_is_not_open_to_a_contracted_subscription_which_is_returned_instead()
    {
        DecisionAssert.Rejected(When(Given([.. Effective(), new PreSaleContractSigned("YS-1", Monday)]),
            new RequestCancellation(Specialist, CancellationRequest.Cancellation, BothPresent)), "CAN-01", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "CAN-02")]
    public void A_missing_copy_blocks_completion()
    {
        var state = Given([.. RetentionFailed(SalesMode.Underwriting), Approved(SalesMode.Underwriting, Money.Cny(50_000m), Money.Cny(0m), new LocalDate(2025, 3, 10)),
            new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy)]);

        var error = DecisionAssert.Rejected(When(state, new CompleteCancellation(Specialist)), "CAN-02", "sales.documents_outstanding");

        Assert.Equal(SalesDocument.SubscriptionDeveloperCopy, Assert.Single(Assert.IsType<RequirementsMissing>(error).Missing).Details[0].Value);
    }

    [Fact]
    [Trait("Rule", "CAN-02")]
    public void A_lost_copy_is_an_incident_on_record_and_then_no_longer_blocks_completion()
    {
        var state = Given([.. RetentionFailed(SalesMode.Underwriting), Approved(SalesMode.Underwriting, Money.Cny(50_000m), Money.Cny(0m), new LocalDate(2025, 3, 10)),
            new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy)]);

        var lost = Single<DocumentLost>(When(state, new ReportDocumentLost(Specialist, SalesDocument.SubscriptionDeveloperCopy, "Lost by the developer's office")));
        var cancelled = Single<SubscriptionCancelled>(When(SubscriptionDecider.Instance.Evolve(state, lost), new CompleteCancellation(Specialist)));

        Assert.Equal("Lost by the developer's office", lost.Circumstances);
        Assert.Equal(Unit, cancelled.Unit);
    }

    [Fact]
    [Trait("Rule", "CAN-02")]
    public void A_loss_without_circumstances_or_of_a_returned_copy_or_of_a_contract_never_issued_is_rejected()
    {
        var state = Given([.. RetentionFailed(SalesMode.Underwriting), new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy)]);

        DecisionAssert.Rejected(When(state, new ReportDocumentLost(Specialist, SalesDocument.SubscriptionDeveloperCopy, " ")), "CAN-02", "sales.loss_circumstances_required");
        DecisionAssert.Rejected(When(state, new ReportDocumentLost(Specialist, SalesDocument.SubscriptionCustomerCopy, "gone")), "CAN-02", "sales.document_already_returned");
        DecisionAssert.Rejected(When(state, new ReportDocumentLost(Specialist, SalesDocument.PreSaleContract, "gone")), "CAN-02", "sales.document_not_issued");
        DecisionAssert.Rejected(When(state, new HandBackDocument(Specialist, SalesDocument.PreSaleContract)), "CAN-02", "sales.document_not_issued");
        Assert.Empty(DecisionAssert.Accepted(When(state, new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy))));
    }

    [Fact]
    [Trait("Rule", "CAN-03")]
    public void Approval_before_the_retention_attempt_is_rejected()
    {
        DecisionAssert.Rejected(When(Given(CancellationRequestedOf(SalesMode.Underwriting)), new ApproveCancellation(Specialist, null, null)), "CAN-03", "sales.retention_not_attempted");
    }

    [Fact]
    [Trait("Rule", "CAN-03")]
    public void A_retention_attempt_without_the_site_manager_and_certificate_officer_is_rejected()
    {
        var error = DecisionAssert.Rejected(When(Given(CancellationRequestedOf(SalesMode.Underwriting)),
            new RecordRetentionAttempt(Specialist, default, default, false)), "CAN-03", "sales.retention_incomplete");

        Assert.Equal(["sales.site_manager_not_named", "sales.certificate_officer_not_named"], Codes(error));
    }

    [Fact]
    [Trait("Rule", "CAN-03")]
    public void A_retained_customer_withdraws_the_request_and_keeps_the_subscription()
    {
        var (state, events) = Run(Given(CancellationRequestedOf(SalesMode.Underwriting)), TestContexts.Default,
            new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, true));

        Assert.True(Assert.IsType<RetentionAttempted>(Assert.Single(events)).Retained);
        Assert.Equal(SubscriptionStatus.Effective, state.Status);
        Assert.Null(state.PendingRequest);
        DecisionAssert.Rejected(When(state, new ApproveCancellation(Specialist, null, null)), "CAN-03", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "CAN-04")]
    public void Approval_after_signed_notice_terms_forfeits_the_payments_and_a_refund_is_then_rejected()
    {
        var approved = Single<CancellationApproved>(When(Given(RetentionFailed(SalesMode.Underwriting, termsSigned: true)), new ApproveCancellation(Specialist, null, null)));

        Assert.Equal(Money.Cny(0m), approved.RefundDue);
        Assert.Equal(Money.Cny(50_000m), approved.Forfeited);
        Assert.Null(approved.RefundPayableFrom);
        DecisionAssert.Rejected(When(Given(Cancelled(SalesMode.Underwriting, termsSigned: true)),
            new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null), TestContexts.On(new LocalDate(2025, 6, 3))), "CAN-04", "sales.no_refund_terms_signed");
    }

    [Fact]
    [Trait("Rule", "CAN-04")]
    public void A_statutory_exception_makes_the_refund_due_and_is_recorded_on_the_approval()
    {
        var approved = Single<CancellationApproved>(When(Given(RetentionFailed(SalesMode.Underwriting, termsSigned: true)),
            new ApproveCancellation(Specialist, null, "Contract failed for reasons attributable to neither party")));

        Assert.Equal(Money.Cny(50_000m), approved.RefundDue);
        Assert.Equal(Money.Cny(0m), approved.Forfeited);
        Assert.Equal("Contract failed for reasons attributable to neither party", approved.StatutoryException);
    }

    [Fact]
    [Trait("Rule", "CAN-04")]
    public void Without_signed_terms_the_whole_payment_is_due_back()
    {
        var approved = Single<CancellationApproved>(When(Given(RetentionFailed(SalesMode.Underwriting)), new ApproveCancellation(Specialist, null, "not needed")));

        Assert.Equal(Money.Cny(50_000m), approved.RefundDue);
        Assert.Null(approved.StatutoryException);
    }

    [Fact]
    [Trait("Rule", "CAN-05")]
    public void A_refund_before_the_fifth_working_day_is_rejected_with_the_earliest_date()
    {
        var error = DecisionAssert.Rejected(When(Given(Cancelled(SalesMode.Underwriting)),
            new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null), TestContexts.On(new LocalDate(2025, 3, 7))), "CAN-05", "sales.refund_not_yet_due");

        var notYet = Assert.IsType<RefundNotYetDue>(error);
        Assert.Equal(new LocalDate(2025, 3, 10), notYet.EarliestDate);
        Assert.Equal(5, notYet.WorkingDays);
        Assert.Contains("2025-03-10", error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")), System.StringComparison.Ordinal);
        Assert.Contains("2025-03-10", error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), System.StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "CAN-05")]
    [InlineData(SalesMode.Agency, RefundPlace.DeveloperAgreedPlace)]
    [InlineData(SalesMode.Underwriting, RefundPlace.CompanyHeadquarters)]
    public void The_refund_is_paid_on_the_due_day_at_the_place_of_the_sales_mode(SalesMode mode, RefundPlace place)
    {
        var paid = Single<RefundPaid>(When(Given(Cancelled(mode)), new PayRefund(Specialist, place, ConfirmationFor(mode)), TestContexts.On(new LocalDate(2025, 3, 10))));

        Assert.Equal(Money.Cny(50_000m), paid.Amount);
        Assert.Equal(place, paid.Place);
    }

    [Theory]
    [Trait("Rule", "CAN-05")]
    [InlineData(SalesMode.Agency, RefundPlace.CompanyHeadquarters)]
    [InlineData(SalesMode.Underwriting, RefundPlace.DeveloperAgreedPlace)]
    public void A_refund_at_the_wrong_place_is_rejected(SalesMode mode, RefundPlace place)
    {
        DecisionAssert.Rejected(When(Given(Cancelled(mode)), new PayRefund(Specialist, place, ConfirmationFor(mode)), TestContexts.On(new LocalDate(2025, 3, 10))), "CAN-05", "sales.wrong_refund_place");
    }

    [Fact]
    [Trait("Rule", "CAN-05")]
    public void A_refund_before_the_cancellation_completes_is_rejected_and_a_second_refund_too()
    {
        DecisionAssert.Rejected(When(Given(RetentionFailed(SalesMode.Underwriting)), new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null)), "CAN-05", "lifecycle.transition_not_allowed");
        var refunded = Given([.. Cancelled(SalesMode.Underwriting), new RefundPaid(Money.Cny(50_000m), RefundPlace.CompanyHeadquarters, new LocalDate(2025, 3, 10))]);
        DecisionAssert.Rejected(When(refunded, new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null), TestContexts.On(new LocalDate(2025, 3, 11))), "CAN-05", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "CAN-05")]
    public void The_waiting_period_is_a_host_policy()
    {
        var context = TestContexts.Default.With(new RefundWaitingPolicy(2));

        var approved = Single<CancellationApproved>(When(Given(RetentionFailed(SalesMode.Underwriting)), new ApproveCancellation(Specialist, null, null), context));

        Assert.Equal(new LocalDate(2025, 3, 5), approved.RefundPayableFrom);
    }

    [Fact]
    [Trait("Rule", "CAN-06")]
    public void On_an_agency_project_approval_needs_the_developer_agents_signature_and_stamp()
    {
        var state = Given(RetentionFailed(SalesMode.Agency));

        var none = DecisionAssert.Rejected(When(state, new ApproveCancellation(Specialist, null, null)), "CAN-06", "sales.developer_confirmation_missing");
        var unstamped = DecisionAssert.Rejected(When(state, new ApproveCancellation(Specialist, new DeveloperConfirmation(DeveloperAgent, true, false), null)), "CAN-06");
        var unsigned = DecisionAssert.Rejected(When(state, new ApproveCancellation(Specialist, new DeveloperConfirmation(DeveloperAgent, false, true), null)), "CAN-06");

        Assert.Equal(["sales.developer_signature_missing", "sales.developer_stamp_missing"], Codes(none));
        Assert.Equal(["sales.developer_stamp_missing"], Codes(unstamped));
        Assert.Equal(["sales.developer_signature_missing"], Codes(unsigned));
        Assert.Equal(RefundPlace.DeveloperAgreedPlace,
            Single<CancellationApproved>(When(state, new ApproveCancellation(Specialist, DeveloperConfirmation.SignedAndStamped(DeveloperAgent), null))).RefundPlace);
    }

    [Fact]
    [Trait("Rule", "CAN-06")]
    public void On_an_agency_project_the_refund_notice_needs_the_developer_agents_signature_and_stamp()
    {
        DecisionAssert.Rejected(When(Given(Cancelled(SalesMode.Agency)), new PayRefund(Specialist, RefundPlace.DeveloperAgreedPlace, new DeveloperConfirmation(DeveloperAgent, true, false)),
            TestContexts.On(new LocalDate(2025, 3, 10))), "CAN-06", "sales.developer_confirmation_missing");
    }

    [Fact]
    [Trait("Rule", "CAN-06")]
    public void On_an_underwriting_project_no_developer_confirmation_is_needed()
    {
        Assert.Single(DecisionAssert.Accepted(When(Given(RetentionFailed(SalesMode.Underwriting)), new ApproveCancellation(Specialist, null, null))));
    }

    [Fact]
    [Trait("Rule", "CAN-07")]
    public void A_rename_replaces_the_named_customers_and_carries_the_payments_over()
    {
        var (state, events) = Run(Given(RetentionFailed(SalesMode.Underwriting, CancellationKind.Rename)), TestContexts.Default,
            new ApproveCancellation(Specialist, null, null),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy),
            new CompleteCancellation(Specialist));

        var renamed = Assert.IsType<SubscriptionRenamed>(events[^1]);
        Assert.Equal([Wang, Li], renamed.PreviousCustomers);
        Assert.Equal(Money.Cny(50_000m), renamed.CarriedOver);
        Assert.Equal([Zhao], state.Customers);
        Assert.Equal(SubscriptionStatus.Effective, state.Status);
        Assert.Equal(Money.Cny(50_000m), state.PaidIn);
        Assert.Equal(Money.Cny(0m), Assert.IsType<CancellationApproved>(events[0]).RefundDue);
    }

    [Fact]
    [Trait("Rule", "CAN-07")]
    public void A_unit_change_moves_the_subscription_and_carries_the_payments_over()
    {
        var (state, events) = Run(Given(RetentionFailed(SalesMode.Underwriting, CancellationKind.UnitChange)), TestContexts.Default,
            new ApproveCancellation(Specialist, null, null),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy),
            new CompleteCancellation(Specialist));

        var changed = Assert.IsType<SubscriptionUnitChanged>(events[^1]);
        Assert.Equal((Unit, OtherUnit), (changed.PreviousUnit, changed.NewUnit));
        Assert.Equal(Money.Cny(50_000m), changed.CarriedOver);
        Assert.Equal(OtherUnit, state.Unit);
        Assert.True(state.HoldsUnit);
    }

    [Fact]
    [Trait("Rule", "CAN-07")]
    public void A_rename_with_a_customer_twice_or_a_unit_change_to_the_same_unit_is_rejected()
    {
        var state = Given(Effective());

        DecisionAssert.Rejected(When(state, new RequestCancellation(Specialist, new CancellationRequest.Rename([Zhao, Zhao]), BothPresent)), "CAN-07", "sales.customers_duplicated");
        DecisionAssert.Rejected(When(state, new RequestCancellation(Specialist, new CancellationRequest.ChangeUnit(Unit, Money.Cny(1_200_000m)), BothPresent)), "CAN-07", "sales.unit_change_needs_unit");
    }

    [Fact]
    [Trait("Rule", "CAN-07")]
    public void A_rename_without_new_customers_cannot_be_written()
    {
        Assert.Throws<ArgumentException>(() => new CancellationRequest.Rename([]));
        Assert.Equal(new CancellationRequest.Rename([Zhao]), new CancellationRequest.Rename([Zhao]));
        Assert.NotEqual(new CancellationRequest.Rename([Zhao]), new CancellationRequest.Rename([Wang]));
    }

    [Fact]
    [Trait("Rule", "CAN-07")]
    public void A_replayed_request_whose_fields_make_no_request_does_not_follow()
    {
        var replayed = SubscriptionDecider.Instance.TryReplay([.. Effective(), new CancellationRequested(CancellationKind.Rename, [], null, null, Monday)]);

        var error = Assert.IsType<MalformedEvent>(replayed.Value);
        Assert.Equal((MalformedEventKind.DoesNotFollow, 4L, (RuleId?)"CAN-07"), (error.Kind, error.Position, error.IllegalMoveRule));
    }

    [Fact]
    [Trait("Rule", "CAN-07")]
    public void A_rename_follows_the_presence_and_retention_rules_too()
    {
        DecisionAssert.Rejected(When(Given(Effective()), new RequestCancellation(Specialist, new CancellationRequest.Rename([Zhao]), [Li.IdDocumentNumber])), "CAN-01");
        DecisionAssert.Rejected(When(Given(CancellationRequestedOf(SalesMode.Agency, CancellationKind.Rename)), new ApproveCancellation(Specialist, null, null)), "CAN-03");
        DecisionAssert.Rejected(When(Given(RetentionFailed(SalesMode.Agency, CancellationKind.Rename)), new ApproveCancellation(Specialist, null, null)), "CAN-06");
    }
}
