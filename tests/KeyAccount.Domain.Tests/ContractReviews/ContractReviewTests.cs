using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.ContractReviews.ReviewSteps;

namespace KeyAccount.Domain.Tests.ContractReviews;

public sealed class ContractReviewTests
{
    // ---- CR-02: requirements determined completely before review ----

    [Fact]
    [Trait("Rule", "CR-02")]
    public void A_review_does_not_start_before_requirements_are_determined_and_every_gap_is_named()
    {
        var state = Given(Open());

        var error = DecisionAssert.Rejected(When(state, new StartReview()), "CR-02", "contract_review.requirements_incomplete");

        Assert.Equal(
            ["contract_review.product_missing", "contract_review.quantity_missing", "contract_review.delivery_missing", "contract_review.post_delivery_missing", "contract_review.legal_confirmation_missing"],
            MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "CR-02")]
    public void A_review_does_not_start_without_confirmation_of_legal_and_regulatory_conformity()
    {
        var state = Given(Open(), new DetermineRequirements(Standard with { LegalAndRegulatoryConfirmed = false }));

        var error = DecisionAssert.Rejected(When(state, new StartReview()), "CR-02");

        Assert.Equal(["contract_review.legal_confirmation_missing"], MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "CR-02")]
    public void A_review_starts_on_complete_requirements_and_a_standard_order_needs_no_department_verdicts()
    {
        var started = DecisionAssert.Single<ContractReviewEvent, ReviewStarted>(When(Given(Open(), new DetermineRequirements(Standard)), new StartReview()));

        Assert.Equal(ReviewRoute.Standard, started.Route);
        Assert.Empty(started.RequiredVerdicts);
    }

    [Fact]
    [Trait("Rule", "CR-02")]
    public void Requirements_cannot_be_changed_in_place_once_the_review_has_started()
    {
        var error = DecisionAssert.Rejected(When(UnderReview(Standard), new DetermineRequirements(Special)), "GEN-05");

        Assert.IsType<TransitionNotAllowed>(error);
    }

    // ---- CR-03: routing and verdicts ----

    [Fact]
    [Trait("Rule", "CR-03")]
    public void The_salesperson_signs_a_standard_order_directly()
    {
        var approved = DecisionAssert.Single<ContractReviewEvent, ContractReviewApproved>(When(UnderReview(Standard), new ApproveContractReview(Department.Sales)));

        Assert.Equal(Department.Sales, approved.ApprovedBy);
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void Special_requirements_route_the_review_to_production_technical_and_quality()
    {
        var started = DecisionAssert.Single<ContractReviewEvent, ReviewStarted>(When(Given(Open(), new DetermineRequirements(Special)), new StartReview()));

        Assert.Equal(ReviewRoute.SpecialRequirements, started.Route);
        Assert.Equal([Department.Production, Department.Technical, Department.Quality], started.RequiredVerdicts.ToArray());
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void The_general_manager_cannot_approve_special_requirements_without_verdicts_and_each_missing_verdict_is_named()
    {
        var error = DecisionAssert.Rejected(When(UnderReview(Special), new ApproveContractReview(Department.GeneralManagement)), "CR-03", "contract_review.verdicts_missing");

        var missing = Assert.IsType<RequirementsMissing>(error).Missing;
        Assert.All(missing, m => Assert.Equal("contract_review.verdict_missing", m.Code));
        Assert.Equal([Department.Production, Department.Technical, Department.Quality], missing.Select(m => (Department)m.Details[0].Value!).ToArray());
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void One_missing_verdict_is_enough_to_refuse_approval()
    {
        var state = Given(Open(), new DetermineRequirements(Special), new StartReview(),
            new RecordVerdict(Department.Production, true, ""), new RecordVerdict(Department.Quality, true, ""));

        var error = DecisionAssert.Rejected(When(state, new ApproveContractReview(Department.GeneralManagement)), "CR-03");

        var only = Assert.Single(Assert.IsType<RequirementsMissing>(error).Missing);
        Assert.Equal(Department.Technical, only.Details[0].Value);
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void A_department_that_cannot_meet_the_requirements_blocks_approval()
    {
        var state = ReviewDecider.Apply(new RecordVerdict(Department.Technical, false, "Housing cannot be cast in stainless"), SpecialWithAllVerdicts(), TestContexts.Default).State;

        var error = DecisionAssert.Rejected(When(state, new ApproveContractReview(Department.GeneralManagement)), "CR-03");

        Assert.Equal(["contract_review.verdict_unfavourable"], MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void A_later_verdict_of_the_same_department_replaces_the_earlier_one()
    {
        var state = Given(Open(), new DetermineRequirements(Special), new StartReview(),
            new RecordVerdict(Department.Production, false, "No capacity in April"),
            new RecordVerdict(Department.Production, true, "Shifted to week 18 by agreement"),
            new RecordVerdict(Department.Technical, true, ""), new RecordVerdict(Department.Quality, true, ""));

        DecisionAssert.Single<ContractReviewEvent, ContractReviewApproved>(When(state, new ApproveContractReview(Department.GeneralManagement)));
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void The_general_manager_approves_special_requirements_once_every_verdict_is_favourable()
    {
        var approved = DecisionAssert.Single<ContractReviewEvent, ContractReviewApproved>(When(SpecialWithAllVerdicts(), new ApproveContractReview(Department.GeneralManagement)));

        Assert.Equal(Department.GeneralManagement, approved.ApprovedBy);
    }

    [Theory]
    [Trait("Rule", "CR-03")]
    [InlineData(Department.Sales)]
    [InlineData(Department.Quality)]
    public void Nobody_but_the_general_manager_approves_special_requirements(Department by)
    {
        var error = DecisionAssert.Rejected(When(SpecialWithAllVerdicts(), new ApproveContractReview(by)), "CR-03", "contract_review.approver_not_allowed");

        Assert.Equal(Department.GeneralManagement, error.Detail<Department>("approver"));
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void The_general_manager_does_not_sign_a_standard_order_in_the_salespersons_place()
    {
        DecisionAssert.Rejected(When(UnderReview(Standard), new ApproveContractReview(Department.GeneralManagement)), "CR-03", "contract_review.approver_not_allowed");
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void A_standard_order_takes_no_department_verdicts()
    {
        DecisionAssert.Rejected(When(UnderReview(Standard), new RecordVerdict(Department.Production, true, "")), "CR-03", "contract_review.verdict_not_expected");
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void Only_production_technical_and_quality_record_verdicts_on_the_review_form()
    {
        DecisionAssert.Rejected(When(UnderReview(Special), new RecordVerdict(Department.Sales, true, "")), "CR-03", "contract_review.verdict_not_expected");
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void A_department_that_cannot_meet_the_requirements_says_why()
    {
        DecisionAssert.Rejected(When(UnderReview(Special), new RecordVerdict(Department.Quality, false, " ")), "CR-03", "contract_review.verdict_reason_required");
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void The_approver_rejects_a_contract_with_a_reason_and_the_rejection_is_final()
    {
        var (decision, state) = ReviewDecider.Apply(new RejectContractReview(Department.GeneralManagement, "Material not obtainable"), UnderReview(Special), TestContexts.Default);
        DecisionAssert.Single<ContractReviewEvent, ContractReviewRejected>(decision);

        Assert.Equal(ContractReviewStatus.Rejected, state.Status);
        Assert.Null(state.Reference);
        DecisionAssert.Rejected(When(state, new ApproveContractReview(Department.GeneralManagement)), "GEN-05");
    }

    [Fact]
    [Trait("Rule", "CR-03")]
    public void A_rejection_needs_a_reason_and_the_route_s_approver()
    {
        DecisionAssert.Rejected(When(UnderReview(Special), new RejectContractReview(Department.GeneralManagement, "")), "CR-03", "contract_review.reason_required");
        DecisionAssert.Rejected(When(UnderReview(Special), new RejectContractReview(Department.Sales, "Too risky")), "CR-03", "contract_review.approver_not_allowed");
    }

    // ---- CR-04: differences and objections resolved before approval ----

    [Fact]
    [Trait("Rule", "CR-04")]
    public void An_open_customer_objection_blocks_approval_and_is_named()
    {
        var state = Given(Open(), new DetermineRequirements(Standard), new StartReview(),
            new RaiseReviewIssue(ReviewIssueKind.CustomerObjection, "Customer objects to the 30% advance payment"));

        var error = DecisionAssert.Rejected(When(state, new ApproveContractReview(Department.Sales)), "CR-04", "contract_review.issues_open");

        var issue = Assert.Single(Assert.IsType<RequirementsMissing>(error).Missing);
        Assert.Equal(1, issue.Details[0].Value);
        Assert.Equal(ReviewIssueKind.CustomerObjection, issue.Details[1].Value);
    }

    [Fact]
    [Trait("Rule", "CR-04")]
    public void A_difference_from_the_quotation_is_cleared_before_approval()
    {
        var state = Given(Open(), new DetermineRequirements(Standard), new StartReview(),
            new RaiseReviewIssue(ReviewIssueKind.DifferenceFromStatedRequirements, "Order says 120 units, quotation 100"),
            new ResolveReviewIssue(1, "Customer confirmed 100 units in writing"));

        DecisionAssert.Single<ContractReviewEvent, ContractReviewApproved>(When(state, new ApproveContractReview(Department.Sales)));
        Assert.Empty(state.OpenIssues);
    }

    [Fact]
    [Trait("Rule", "CR-04")]
    public void Verdicts_are_checked_before_objections_when_both_are_missing()
    {
        var state = ReviewDecider.Apply(new RaiseReviewIssue(ReviewIssueKind.CustomerObjection, "Price"), UnderReview(Special), TestContexts.Default).State;

        DecisionAssert.Rejected(When(state, new ApproveContractReview(Department.GeneralManagement)), "CR-03");
        var withVerdicts = ReviewDecider.Apply(new RaiseReviewIssue(ReviewIssueKind.CustomerObjection, "Price"), SpecialWithAllVerdicts(), TestContexts.Default).State;
        DecisionAssert.Rejected(When(withVerdicts, new ApproveContractReview(Department.GeneralManagement)), "CR-04");
    }

    [Fact]
    [Trait("Rule", "CR-04")]
    public void Only_an_open_issue_is_resolved_and_only_with_a_stated_resolution()
    {
        var state = Given(Open(), new DetermineRequirements(Standard), new StartReview(), new RaiseReviewIssue(ReviewIssueKind.CustomerObjection, "Price"));

        DecisionAssert.Rejected(When(state, new ResolveReviewIssue(2, "Agreed")), "CR-04", "contract_review.issue_not_open");
        DecisionAssert.Rejected(When(state, new ResolveReviewIssue(1, " ")), "CR-04", "contract_review.resolution_required");
        var resolved = ReviewDecider.Apply(new ResolveReviewIssue(1, "Agreed 20% advance"), state, TestContexts.Default).State;
        DecisionAssert.Rejected(When(resolved, new ResolveReviewIssue(1, "Again")), "CR-04", "contract_review.issue_not_open");
        DecisionAssert.Rejected(When(state, new RaiseReviewIssue(ReviewIssueKind.CustomerObjection, "")), "CR-04", "contract_review.issue_description_required");
    }

    // ---- CR-05: amendment re-opens review and notifies the reviewers ----

    [Fact]
    [Trait("Rule", "CR-05")]
    public void An_amendment_re_opens_the_review_and_notifies_every_department_that_reviewed_it()
    {
        var (decision, state) = ReviewDecider.Apply(new AmendContract(Special with { Quantity = 150 }, "Quantity raised to 150"), ApprovedSpecial(), TestContexts.Default);

        var amended = DecisionAssert.Single<ContractReviewEvent, ContractAmended>(decision);
        Assert.Equal(
            [Department.Sales, Department.Production, Department.Technical, Department.Quality, Department.GeneralManagement],
            amended.Notified.ToArray());
        Assert.Equal(ContractReviewStatus.UnderReview, state.Status);
        Assert.Null(state.Reference);
        Assert.Equal(1, state.Amendments);
    }

    [Fact]
    [Trait("Rule", "CR-05")]
    public void Verdicts_given_before_an_amendment_do_not_approve_the_amended_contract()
    {
        var state = ReviewDecider.Apply(new AmendContract(Special with { Quantity = 150 }, "Quantity raised to 150"), ApprovedSpecial(), TestContexts.Default).State;

        var error = DecisionAssert.Rejected(When(state, new ApproveContractReview(Department.GeneralManagement)), "CR-03");
        Assert.Equal(3, Assert.IsType<RequirementsMissing>(error).Missing.Count);
    }

    [Fact]
    [Trait("Rule", "CR-05")]
    public void An_amended_standard_order_with_new_special_requirements_goes_to_the_departments()
    {
        var amended = DecisionAssert.Single<ContractReviewEvent, ContractAmended>(When(ApprovedStandard(), new AmendContract(Special, "Stainless housing added")));

        Assert.Equal([Department.Sales], amended.Notified.ToArray());
        Assert.Equal(ReviewRoute.SpecialRequirements, amended.Route);
        Assert.Equal(3, amended.RequiredVerdicts.Count);
    }

    [Fact]
    [Trait("Rule", "CR-05")]
    public void An_amendment_says_what_changed_and_keeps_requirements_complete()
    {
        DecisionAssert.Rejected(When(ApprovedStandard(), new AmendContract(Standard, " ")), "CR-05", "contract_review.amendment_summary_required");
        DecisionAssert.Rejected(When(ApprovedStandard(), new AmendContract(Standard with { Delivery = null }, "Delivery open")), "CR-02", "contract_review.requirements_incomplete");
    }

    [Fact]
    [Trait("Rule", "CR-05")]
    public void Only_an_approved_contract_is_amended()
    {
        DecisionAssert.Rejected(When(UnderReview(Standard), new AmendContract(Standard, "Change")), "GEN-05");
    }

    // ---- CR-06: fulfilment after approval ----

    [Theory]
    [Trait("Rule", "CR-06")]
    [InlineData(100, FulfilmentRoute.ShipFromStock)]
    [InlineData(250, FulfilmentRoute.ShipFromStock)]
    [InlineData(99, FulfilmentRoute.ProductionPlanning)]
    [InlineData(0, FulfilmentRoute.ProductionPlanning)]
    public void Qualified_stock_that_covers_the_order_ships_directly_otherwise_production_plans_it(int stock, FulfilmentRoute expected)
    {
        var decided = DecisionAssert.Single<ContractReviewEvent, FulfilmentDecided>(When(ApprovedStandard(), new DecideFulfilment(stock)));

        Assert.Equal(expected, decided.Route);
        Assert.Equal(100, decided.Ordered);
    }

    [Fact]
    [Trait("Rule", "CR-06")]
    public void Fulfilment_is_decided_only_after_approval_once_and_on_a_real_stock_figure()
    {
        DecisionAssert.Rejected(When(UnderReview(Standard), new DecideFulfilment(500)), "GEN-05");
        DecisionAssert.Rejected(When(ApprovedStandard(), new DecideFulfilment(-1)), "CR-06", "contract_review.stock_negative");
        var decided = ReviewDecider.Apply(new DecideFulfilment(500), ApprovedStandard(), TestContexts.Default).State;
        DecisionAssert.Rejected(When(decided, new DecideFulfilment(500)), "CR-06", "contract_review.fulfilment_already_decided");
    }

    // ---- the reference that ACC-07 and NEG-09 require ----

    [Fact]
    [Trait("Rule", "CR-03")]
    public void The_approved_review_exposes_its_reference_with_serial_number_and_day_of_approval()
    {
        var reference = ApprovedSpecial().Reference;

        Assert.Equal(new ContractReviewReference(Review, 1, TestContexts.Default.Today, 1), reference);
        Assert.Null(SpecialWithAllVerdicts().Reference);
    }

    // ---- what next, and why not (GEN-06) ----

    [Fact]
    [Trait("Rule", "CR-03")]
    public void What_next_lists_the_missing_verdicts_and_says_approval_is_blocked_by_CR_03()
    {
        var state = UnderReview(Special);

        var next = ReviewDecider.WhatNext(state, TestContexts.Default, ReviewDecider.ProposeCommands(state, TestContexts.Default));

        Assert.Equal(3, next.Accepted.OfType<RecordVerdict>().Count());
        var blocked = Assert.Single(next.Blocked);
        Assert.IsType<ApproveContractReview>(blocked.Command);
        Assert.Equal(["CR-03"], next.BlockingRules.Select(r => r.Value).ToArray());
    }

    [Fact]
    [Trait("Rule", "CR-04")]
    public void What_next_says_an_open_objection_blocks_approval_once_verdicts_are_in()
    {
        var state = ReviewDecider.Apply(new RaiseReviewIssue(ReviewIssueKind.CustomerObjection, "Price"), SpecialWithAllVerdicts(), TestContexts.Default).State;

        var next = ReviewDecider.WhatNext(state, TestContexts.Default, ReviewDecider.ProposeCommands(state, TestContexts.Default));

        Assert.Empty(next.Accepted);
        Assert.Equal(["CR-04"], next.BlockingRules.Select(r => r.Value).ToArray());
    }

    [Fact]
    [Trait("Rule", "CR-02")]
    public void What_next_before_the_review_says_incomplete_requirements_block_its_start()
    {
        var state = Given(Open());

        var next = ReviewDecider.WhatNext(state, TestContexts.Default, ReviewDecider.ProposeCommands(state, TestContexts.Default));

        Assert.IsType<StartReview>(Assert.Single(next.Blocked).Command);
        Assert.Equal(["CR-02"], next.BlockingRules.Select(r => r.Value).ToArray());
    }

    [Fact]
    [Trait("Rule", "CR-06")]
    public void What_next_after_approval_is_the_fulfilment_decision()
    {
        var state = ApprovedStandard();

        var next = ReviewDecider.WhatNext(state, TestContexts.Default, ReviewDecider.ProposeCommands(state, TestContexts.Default));

        Assert.IsType<DecideFulfilment>(Assert.Single(next.Accepted));
    }

    // ---- messages in both languages (GEN-07) ----

    [Fact]
    [Trait("Rule", "CR-03")]
    public void The_missing_verdicts_read_in_english_and_chinese()
    {
        var error = When(UnderReview(Special), new ApproveContractReview(Department.GeneralManagement)).Error;

        Assert.Contains("no verdict from Production", error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")), System.StringComparison.Ordinal);
        Assert.Contains("合同评审表缺 3 项", error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), System.StringComparison.Ordinal);
    }
}
