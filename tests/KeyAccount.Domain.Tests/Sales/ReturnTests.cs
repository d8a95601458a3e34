using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class ReturnTests
{
    private static SubscriptionEvent[] Contracted(SalesMode mode, bool registered) =>
        [
            .. Effective(mode),
            new PreSaleContractSigned("YS-2025-001", Monday),
            .. registered ? new SubscriptionEvent[] { new PreSaleContractRegistered("DJ-88", Monday) } : [],
        ];

    private static SubscriptionEvent[] AllDocumentsBack =>
        [
            new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy),
            new DocumentHandedBack(SalesDocument.SubscriptionDeveloperCopy),
            new DocumentHandedBack(SalesDocument.PreSaleContract),
        ];

    private static SubscriptionEvent[] Returned(SalesMode mode, bool registered) =>
        [.. Contracted(mode, registered), new ReturnRequested(Monday), .. AllDocumentsBack, new PurchaseReturned(Unit, Money.Cny(50_000m), Monday)];

    [Theory]
    [Trait("Rule", "RET-01")]
    [InlineData(false)]
    [InlineData(true)]
    public void A_return_with_every_customer_on_the_contract_present_is_requested(bool registered)
    {
        Single<ReturnRequested>(When(Given(Contracted(SalesMode.Underwriting, registered)), new RequestReturn(Specialist, BothPresent)));
    }

    [Fact]
    [Trait("Rule", "RET-01")]
    public void A_return_with_a_customer_absent_is_rejected()
    {
        DecisionAssert.Rejected(When(Given(Contracted(SalesMode.Underwriting, false)), new RequestReturn(Specialist, [Li.IdDocumentNumber])), "RET-01", "sales.customers_absent");
        DecisionAssert.Rejected(When(Given(Effective()), new RequestReturn(Specialist, BothPresent)), "RET-01", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "RET-02")]
    public void The_return_does_not_complete_while_the_pre_sale_contract_is_outstanding()
    {
        var state = Given([.. Contracted(SalesMode.Underwriting, false), new ReturnRequested(Monday),
            new DocumentHandedBack(SalesDocument.SubscriptionCustomerCopy), new DocumentHandedBack(SalesDocument.SubscriptionDeveloperCopy)]);

        var error = DecisionAssert.Rejected(When(state, new CompleteReturn(Specialist, null)), "RET-02", "sales.documents_outstanding");

        Assert.Equal(SalesDocument.PreSaleContract, Assert.Single(Assert.IsType<RequirementsMissing>(error).Missing).Details[0].Value);
        Assert.Equal("RET-02", DecisionAssert.Rejected(When(state, new ReportDocumentLost(Specialist, SalesDocument.PreSaleContract, "")), "RET-02").RuleId.Value);
    }

    [Fact]
    [Trait("Rule", "RET-02")]
    public void With_every_document_back_the_return_completes_and_the_whole_payment_is_due()
    {
        var state = Given([.. Contracted(SalesMode.Underwriting, false), new ReturnRequested(Monday), .. AllDocumentsBack]);

        var returned = Single<PurchaseReturned>(When(state, new CompleteReturn(Specialist, null)));

        Assert.Equal(Money.Cny(50_000m), returned.RefundDue);
        Assert.Equal(Unit, returned.Unit);
    }

    [Fact]
    [Trait("Rule", "RET-03")]
    public void A_registered_contract_is_deregistered_before_any_refund()
    {
        var state = Given(Returned(SalesMode.Underwriting, registered: true));

        DecisionAssert.Rejected(When(state, new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null)), "RET-03", "sales.deregistration_required");

        var (deregistered, _) = Run(state, TestContexts.Default, new RecordDeregistration(Specialist, "ZX-2025-9"));
        Assert.Equal(Money.Cny(50_000m), Single<RefundPaid>(When(deregistered, new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null))).Amount);
    }

    [Fact]
    [Trait("Rule", "RET-03")]
    public void An_unregistered_contract_needs_no_deregistration_and_cannot_have_one()
    {
        var state = Given(Returned(SalesMode.Underwriting, registered: false));

        DecisionAssert.Rejected(When(state, new RecordDeregistration(Specialist, "ZX-1")), "RET-03", "sales.not_registered");
        Single<RefundPaid>(When(state, new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null)));
        DecisionAssert.Rejected(When(Given([.. Contracted(SalesMode.Underwriting, true), new ReturnRequested(Monday)]), new RecordDeregistration(Specialist, " ")),
            "RET-03", "sales.deregistration_reference_required");
    }

    [Fact]
    [Trait("Rule", "RET-04")]
    public void On_an_agency_project_the_return_application_and_refund_notice_need_the_developer_agent()
    {
        var requested = Given([.. Contracted(SalesMode.Agency, false), new ReturnRequested(Monday), .. AllDocumentsBack]);
        DecisionAssert.Rejected(When(requested, new CompleteReturn(Specialist, null)), "RET-04", "sales.developer_confirmation_missing");
        Single<PurchaseReturned>(When(requested, new CompleteReturn(Specialist, DeveloperConfirmation.SignedAndStamped(DeveloperAgent))));

        var returned = Given(Returned(SalesMode.Agency, registered: false));
        DecisionAssert.Rejected(When(returned, new PayRefund(Specialist, RefundPlace.DeveloperAgreedPlace, new DeveloperConfirmation(DeveloperAgent, false, true))), "RET-04");
        Single<RefundPaid>(When(returned, new PayRefund(Specialist, RefundPlace.DeveloperAgreedPlace, DeveloperConfirmation.SignedAndStamped(DeveloperAgent))));
    }
}
