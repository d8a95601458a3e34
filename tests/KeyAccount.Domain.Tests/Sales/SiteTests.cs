using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class SiteTests
{
    private static readonly LocalDate Launch = new(2025, 3, 10);
    private static readonly SalesProjectState Preparing = SalesProjectDecider.Instance.Replay([new ProjectRegistered(Project, "Riverside", Launch), new SalesModeSet(SalesMode.Agency, new LocalDate(2025, 3, 3))]);

    private static Decision<SalesProjectEvent> Project_(SalesProjectState state, SalesProjectCommand command, DecisionContext context) =>
        SalesProjectDecider.Instance.Decide(command, state, context);

    [Fact]
    [Trait("Rule", "SITE-01")]
    public void Preparation_complete_two_days_before_the_launch_lets_sales_open_on_the_launch_day()
    {
        var prepared = SalesProjectDecider.Instance.Evolve(Preparing,
            DecisionAssert.Single<SalesProjectEvent, PreparationCompleted>(Project_(Preparing, new CompleteLaunchPreparation(SiteManager), TestContexts.On(new LocalDate(2025, 3, 8)))));

        Assert.Equal(new LocalDate(2025, 3, 8), prepared.PreparationDeadline(LaunchPreparationPolicy.Default));
        DecisionAssert.Single<SalesProjectEvent, SalesOpened>(Project_(prepared, new OpenSales(), TestContexts.On(new LocalDate(2025, 3, 10))));
        DecisionAssert.Rejected(Project_(prepared, new OpenSales(), TestContexts.On(new LocalDate(2025, 3, 9))), "SITE-01", "sales.not_launch_day");
    }

    [Fact]
    [Trait("Rule", "SITE-01")]
    public void A_launch_cannot_open_with_preparation_incomplete_or_late()
    {
        DecisionAssert.Rejected(Project_(Preparing, new OpenSales(), TestContexts.On(new LocalDate(2025, 3, 10))), "SITE-01", "sales.preparation_incomplete");

        var late = SalesProjectDecider.Instance.Evolve(Preparing, new PreparationCompleted(SiteManager, new LocalDate(2025, 3, 9)));
        var error = DecisionAssert.Rejected(Project_(late, new OpenSales(), TestContexts.On(new LocalDate(2025, 3, 10))), "SITE-01", "sales.preparation_late");
        Assert.Equal(new LocalDate(2025, 3, 8), error.Detail<LocalDate>("deadline"));
    }

    [Fact]
    [Trait("Rule", "SITE-01")]
    public void Late_preparation_is_cured_by_moving_the_launch_and_the_lead_time_is_a_policy()
    {
        var late = SalesProjectDecider.Instance.Replay([new ProjectRegistered(Project, "Riverside", Launch), new SalesModeSet(SalesMode.Agency, new LocalDate(2025, 3, 3)), new PreparationCompleted(SiteManager, new LocalDate(2025, 3, 9))]);
        var moved = SalesProjectDecider.Instance.Evolve(late,
            DecisionAssert.Single<SalesProjectEvent, LaunchRescheduled>(Project_(late, new RescheduleLaunch(new LocalDate(2025, 3, 11)), TestContexts.On(new LocalDate(2025, 3, 9)))));

        DecisionAssert.Single<SalesProjectEvent, SalesOpened>(Project_(moved, new OpenSales(), TestContexts.On(new LocalDate(2025, 3, 11))));
        DecisionAssert.Single<SalesProjectEvent, SalesOpened>(Project_(late, new OpenSales(), TestContexts.On(new LocalDate(2025, 3, 10)).With(new LaunchPreparationPolicy(1))));
    }

    [Fact]
    [Trait("Rule", "SITE-01")]
    public void A_project_needs_a_name_and_a_launch_date_not_in_the_past()
    {
        DecisionAssert.Rejected(Project_(SalesProjectState.Initial, new RegisterProject(Project, " ", Launch), TestContexts.Default), "SITE-01", "sales.project_name_required");
        DecisionAssert.Rejected(Project_(SalesProjectState.Initial, new RegisterProject(Project, "Riverside", new LocalDate(2025, 3, 2)), TestContexts.Default), "SITE-01", "sales.launch_in_past");
        DecisionAssert.Rejected(Project_(Preparing, new RescheduleLaunch(new LocalDate(2025, 3, 2)), TestContexts.Default), "SITE-01", "sales.launch_in_past");
        DecisionAssert.Rejected(Project_(Preparing, new CompleteLaunchPreparation(default), TestContexts.Default), "SITE-01", "sales.preparation_confirmer_required");
    }

    private static readonly SiteItemId Item = SiteItemId.From(Guid.Parse("55555555-5555-5555-5555-555555555555"));
    private static readonly ActorId Division = new("BD-EAST");

    private static Decision<SiteItemEvent> Item_(SiteItemState state, SiteItemCommand command) => SiteItemDecider.Instance.Decide(command, state, TestContexts.Default);

    [Fact]
    [Trait("Rule", "SITE-02")]
    public void An_on_site_item_requested_by_the_division_is_kept_by_the_site_manager_and_hand_overs_are_recorded()
    {
        var requested = SiteItemDecider.Instance.Evolve(SiteItemState.Initial, DecisionAssert.Single<SiteItemEvent, ItemPurchaseRequested>(
            Item_(SiteItemState.Initial, new RequestItemPurchase(Item, Project, "Model display stands", SiteItemCategory.OnSiteItem, "East division", Division))));
        var kept = SiteItemDecider.Instance.Evolve(requested, DecisionAssert.Single<SiteItemEvent, ItemReceived>(Item_(requested, new ReceiveItem(SiteManager))));
        var handed = SiteItemDecider.Instance.Evolve(kept, DecisionAssert.Single<SiteItemEvent, ItemHandedOver>(Item_(kept, new HandOverItem(SiteManager, Specialist))));

        Assert.Equal(SiteManager, kept.Custodian);
        Assert.Equal(Specialist, handed.Custodian);
        Assert.Equal(1, handed.HandOvers);
    }

    [Theory]
    [Trait("Rule", "SITE-02")]
    [InlineData(SiteItemCategory.FixedAsset)]
    [InlineData(SiteItemCategory.ShowFlatAsset)]
    public void Fixed_and_show_flat_assets_are_not_on_site_items(SiteItemCategory category)
    {
        DecisionAssert.Rejected(Item_(SiteItemState.Initial, new RequestItemPurchase(Item, Project, "Sofa", category, "East division", Division)), "SITE-02", "sales.item_not_on_site_item");
    }

    [Fact]
    [Trait("Rule", "SITE-02")]
    public void Only_the_one_custodian_hands_an_item_over_and_never_to_nobody()
    {
        var kept = SiteItemDecider.Instance.Replay([new ItemPurchaseRequested(Item, Project, "Stands", "East division", Division), new ItemReceived(SiteManager)]);

        DecisionAssert.Rejected(Item_(kept, new HandOverItem(Specialist, Cashier)), "SITE-02", "sales.item_not_custodian");
        DecisionAssert.Rejected(Item_(kept, new HandOverItem(SiteManager, SiteManager)), "SITE-02", "sales.item_custodian_required");
        DecisionAssert.Rejected(Item_(kept, new HandOverItem(SiteManager, default)), "SITE-02", "sales.item_custodian_required");
        DecisionAssert.Rejected(Item_(kept, new ReceiveItem(SiteManager)), "SITE-02", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(Item_(SiteItemState.Initial, new RequestItemPurchase(Item, Project, "Stands", SiteItemCategory.OnSiteItem, " ", Division)), "SITE-02", "sales.item_request_incomplete");
    }

    private static Decision<SigningNoticeBundleEvent> Notices(SigningNoticeBundleState state, SigningNoticeBundleCommand command, DecisionContext context) =>
        SigningNoticeBundleDecider.Instance.Decide(command, state, context);

    [Fact]
    [Trait("Rule", "SUB-06")]
    public void The_days_signing_notices_are_handed_to_the_certificate_officer_that_day()
    {
        var bundle = SigningNoticeBundleDecider.Instance.Replay([new SigningNoticeFiled(Project, Monday, Subscription), new SigningNoticeFiled(Project, Monday, SubscriptionId.From(Guid.NewGuid()))]);

        var handed = DecisionAssert.Single<SigningNoticeBundleEvent, SigningNoticesHandedOver>(Notices(bundle, new HandOverSigningNotices(Cashier, CertificateOfficer), TestContexts.On(new LocalDate(2025, 3, 3), 18)));

        Assert.Equal(2, handed.Count);
        Assert.Equal(CertificateOfficer, handed.CertificateOfficer);
        Assert.Empty(DecisionAssert.Accepted(Notices(bundle, new FileSigningNotice(Project, Monday, Subscription), TestContexts.Default)));
    }

    [Fact]
    [Trait("Rule", "SUB-06")]
    public void A_hand_over_on_another_day_twice_empty_or_without_the_parties_is_rejected()
    {
        var bundle = SigningNoticeBundleDecider.Instance.Replay([new SigningNoticeFiled(Project, Monday, Subscription)]);
        var handedOver = SigningNoticeBundleDecider.Instance.Evolve(bundle, new SigningNoticesHandedOver(Cashier, CertificateOfficer, 1, TestContexts.Default.Now));

        DecisionAssert.Rejected(Notices(bundle, new HandOverSigningNotices(Cashier, CertificateOfficer), TestContexts.On(new LocalDate(2025, 3, 4))), "SUB-06", "sales.handover_not_same_day");
        DecisionAssert.Rejected(Notices(bundle, new HandOverSigningNotices(Cashier, default), TestContexts.Default), "SUB-06", "sales.handover_parties_required");
        DecisionAssert.Rejected(Notices(handedOver, new HandOverSigningNotices(Cashier, CertificateOfficer), TestContexts.Default), "SUB-06", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(Notices(SigningNoticeBundleState.Initial, new HandOverSigningNotices(Cashier, CertificateOfficer), TestContexts.Default), "SUB-06", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "SUB-06")]
    public void A_notice_goes_into_its_own_days_bundle_and_not_after_the_hand_over()
    {
        var bundle = SigningNoticeBundleDecider.Instance.Replay([new SigningNoticeFiled(Project, Monday, Subscription)]);
        var handedOver = SigningNoticeBundleDecider.Instance.Evolve(bundle, new SigningNoticesHandedOver(Cashier, CertificateOfficer, 1, TestContexts.Default.Now));
        var other = SubscriptionId.From(Guid.NewGuid());

        DecisionAssert.Rejected(Notices(SigningNoticeBundleState.Initial, new FileSigningNotice(Project, Monday, other), TestContexts.On(new LocalDate(2025, 3, 4))), "SUB-06", "sales.notice_wrong_bundle");
        DecisionAssert.Rejected(Notices(bundle, new FileSigningNotice(ProjectId.From(Guid.NewGuid()), Monday, other), TestContexts.Default), "SUB-06", "sales.notice_wrong_bundle");
        DecisionAssert.Rejected(Notices(handedOver, new FileSigningNotice(Project, Monday, other), TestContexts.Default), "SUB-06", "lifecycle.transition_not_allowed");
        Assert.NotEqual(SigningNoticeBundleAggregate.StreamOf(Project, Monday), SigningNoticeBundleAggregate.StreamOf(Project, Monday.PlusDays(1)));
    }
}
