using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>Shared actors, customers and Given/When helpers for the subscription tests.</summary>
internal static class SalesFixture
{
    public static readonly ActorId Specialist = new("CS-07");
    public static readonly ActorId SiteManager = new("SM-01");
    public static readonly ActorId CertificateOfficer = new("CO-02");
    public static readonly ActorId DeveloperAgent = new("DEV-A");
    public static readonly ActorId Cashier = new("CASH-1");
    public static readonly ProjectId Project = TestProjects.Agency;
    public static readonly SubscriptionId Subscription = SubscriptionId.From(Guid.Parse("22222222-2222-2222-2222-222222222222"));
    public static readonly UnitId Unit = UnitId.From(Guid.Parse("33333333-3333-3333-3333-333333333333"));
    public static readonly UnitId OtherUnit = UnitId.From(Guid.Parse("44444444-4444-4444-4444-444444444444"));
    public static readonly Customer Wang = new("王芳", "110101199001011234");
    public static readonly Customer Li = new("李强", "110101198805052345");
    public static readonly Customer Zhao = new("赵敏", "110101199212123456");
    public static readonly LocalDate Monday = new(2025, 3, 3);

    
    public static IReadOnlyList<string> BothPresent => [Wang.IdDocumentNumber, Li.IdDocumentNumber];

    public static PaymentCollector CollectorOf(SalesMode mode) => SalesModeRules.CollectorFor(mode);

    public static DeveloperConfirmation? ConfirmationFor(SalesMode mode) =>
        mode == SalesMode.Agency ? DeveloperConfirmation.SignedAndStamped(DeveloperAgent) : null;

    public static SubscriptionState Given(params SubscriptionEvent[] events) => SubscriptionDecider.Instance.Replay(events);

    public static Decision<SubscriptionEvent> When(SubscriptionState state, SubscriptionCommand command, DecisionContext? context = null) =>
        SubscriptionDecider.Instance.Decide(command, state, context ?? TestContexts.Default);

    public static SubscriptionDrafted Drafted(SalesMode mode = SalesMode.Underwriting) =>
        new(Subscription, Project, mode, Unit, [Wang, Li], Money.Cny(1_200_000m), Specialist, Monday);

    public static PaymentReceived Paid(decimal amount, string text, SalesMode mode = SalesMode.Underwriting) =>
        Paid(amount, RemittanceNoticeNumber.Parse(text), mode);

    private static PaymentReceived Paid(decimal amount, RemittanceNoticeNumber number, SalesMode mode) =>
        new(new RemittanceNotice(number, Project, Subscription, Monday, Money.Cny(amount), PaymentMethod.Transfer, CollectorOf(mode), Cashier,
            [new(RemittanceCopyHolder.ProjectClerk, number, Money.Cny(amount), Monday), new(RemittanceCopyHolder.Cashier, number, Money.Cny(amount), Monday)]));

    /// <summary>An effective subscription with 50,000 CNY paid.</summary>
    public static SubscriptionEvent[] Effective(SalesMode mode = SalesMode.Underwriting) =>
        [Drafted(mode), Paid(50_000m, "RN-0001", mode), new SubscriptionStamped(Monday)];

    /// <summary>An application on an effective subscription; a unit change moves to <see cref="OtherUnit"/> at
    /// <paramref name="newPrice"/> (the same price, 1,200,000 CNY, when not given).</summary>
    public static SubscriptionEvent[] CancellationRequestedOf(SalesMode mode, CancellationKind kind = CancellationKind.Cancellation, bool termsSigned = false, Money? newPrice = null) =>
        [
            .. Effective(mode),
            .. termsSigned ? new SubscriptionEvent[] { new SigningNoticeTermsSigned(Monday) } : [],
            new CancellationRequested(kind, kind == CancellationKind.Rename ? [Zhao] : [], kind == CancellationKind.UnitChange ? OtherUnit : null,
                kind == CancellationKind.UnitChange ? newPrice ?? Money.Cny(1_200_000m) : null, Monday),
        ];

    public static SubscriptionEvent[] RetentionFailed(SalesMode mode, CancellationKind kind = CancellationKind.Cancellation, bool termsSigned = false, Money? newPrice = null) =>
        [.. CancellationRequestedOf(mode, kind, termsSigned, newPrice), new RetentionAttempted(SiteManager, CertificateOfficer, false, Monday)];

    /// <summary>Runs commands one after another, failing on the first rejection, and returns every event.</summary>
    public static (SubscriptionState State, List<SubscriptionEvent> Events) Run(SubscriptionState state, DecisionContext context, params SubscriptionCommand[] commands)
    {
        var events = new List<SubscriptionEvent>();
        foreach (var command in commands)
        {
            var (decision, next) = SubscriptionDecider.Instance.Apply(command, state, context);
            if (decision.IsRejected)
            {
                throw new InvalidOperationException($"{command.GetType().Name} was rejected: {decision.Error}");
            }

            events.AddRange(decision.Events);
            state = next;
        }

        return (state, events);
    }

    public static T Single<T>(Decision<SubscriptionEvent> decision)
        where T : SubscriptionEvent => DecisionAssert.Single<SubscriptionEvent, T>(decision);

    public static IEnumerable<string> Codes(DomainError error) =>
        error is RequirementsMissing m ? m.Missing.Select(x => x.Code) : [error.Code];
}
