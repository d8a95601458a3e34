using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Tests.Support;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;
using S = KeyAccount.Domain.Sales.Subscriptions.SubscriptionStatus;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>
/// Model-based test of the subscription lifecycle (FsCheck.Experimental): a small model predicts, for every
/// command, whether it is accepted and what the status and money become; the decider must agree, and a failure
/// shrinks to the shortest command sequence.
/// </summary>
public sealed class SubscriptionModelTests
{
    private static readonly ImmutableHashSet<SalesDocument> CopiesOut = [SalesDocument.SubscriptionCustomerCopy, SalesDocument.SubscriptionDeveloperCopy];
    private static readonly ImmutableHashSet<SalesDocument> AllOut = [.. CopiesOut, SalesDocument.PreSaleContract];

    [Property(MaxTest = 200)]
    public Property The_decider_agrees_with_the_model_of_the_subscription_lifecycle() => StateMachine.ToProperty(new SubscriptionMachine());

    /// <summary>The system under test: the decider and the events it emitted so far.</summary>
    internal sealed class Actual(SalesMode mode)
    {
        public List<SubscriptionEvent> Events { get; } = [new SubscriptionDrafted(Subscription, Project, mode, Unit, [Wang, Li], Money.Cny(800_000m), Specialist, Monday)];

        public SubscriptionState State { get; private set; } = SubscriptionDecider.Instance.Replay(
            [new SubscriptionDrafted(Subscription, Project, mode, Unit, [Wang, Li], Money.Cny(800_000m), Specialist, Monday)]);

        public bool Execute(SubscriptionCommand command, DecisionContext context)
        {
            var (decision, next) = SubscriptionDecider.Instance.Apply(command, State, context);
            if (decision.IsAccepted)
            {
                Events.AddRange(decision.Events);
            }

            State = next;
            return decision.IsAccepted;
        }

        public override string ToString() => State.Status.ToString();
    }

    /// <summary>What the process should look like, in as few words as possible.</summary>
    internal sealed record Model(
        SalesMode Mode, S Status, decimal Paid, bool TermsSigned, CancellationKind? Pending, bool RetentionDone, ImmutableHashSet<SalesDocument> Back,
        bool ContractSigned, bool Registered, bool Deregistered, decimal RefundDue, decimal Refunded, bool LastAccepted)
    {
        public static Model Drafted(SalesMode mode) => new(mode, S.Draft, 0m, false, null, false, [], false, false, false, 0m, 0m, true);

        public bool Agency => Mode == SalesMode.Agency;

        public override string ToString() => $"{Status} paid={Paid} due={RefundDue} refunded={Refunded} accepted={LastAccepted}";
    }

    private sealed class Op(string name, Func<SubscriptionState, SalesMode, SubscriptionCommand> command, DecisionContext context, Func<Model, Model?> predict)
        : Operation<Actual, Model>
    {
        public override Model Run(Model model) => predict(model) is { } next ? next with { LastAccepted = true } : model with { LastAccepted = false };

        public override Property Check(Actual actual, Model model)
        {
            var accepted = actual.Execute(command(actual.State, model.Mode), context);
            var state = actual.State;
            return (accepted == model.LastAccepted
                    && state.Status == model.Status
                    && state.PaidIn.Amount == model.Paid
                    && state.RefundDue.Amount == model.RefundDue
                    && state.Refunded.Amount == model.Refunded)
                .Label($"{name}: decider {(accepted ? "accepted" : "rejected")}, {state.Status} paid={state.PaidIn.Amount} due={state.RefundDue.Amount} refunded={state.Refunded.Amount}; model {model}")
                .And(SubscriptionDecider.Instance.Replay(actual.Events).Status == state.Status);
        }

        public override string ToString() => name;
    }

    private sealed class SubscriptionMachine : Machine<Actual, Model>
    {
        private static readonly DeveloperConfirmation Confirmed = DeveloperConfirmation.SignedAndStamped(DeveloperAgent);

        private static readonly Op[] Operations =
        [
            new("pay", (s, m) => new RecordPayment(Specialist, RemittanceNoticeNumber.From(s.Payments.Count + 1), Money.Cny(10_000m), PaymentMethod.Cash, SalesModeRules.CollectorFor(m), Cashier), SubscriptionWalk.Approval,
                m => m.Status is S.Draft or S.Effective or S.Contracted or S.Registered ? m with { Paid = m.Paid + 10_000m } : null),
            new("pay to the wrong collector", (s, m) => new RecordPayment(Specialist, RemittanceNoticeNumber.From(s.Payments.Count + 1), Money.Cny(10_000m), PaymentMethod.Cash,
                m == SalesMode.Agency ? PaymentCollector.CompanyCashier : PaymentCollector.Developer, Cashier), SubscriptionWalk.Approval, _ => null),
            new("stamp all three", (_, _) => new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer]), SubscriptionWalk.Approval,
                m => m.Status == S.Draft ? m with { Status = S.Effective } : null),
            new("stamp two", (_, _) => new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company]), SubscriptionWalk.Approval, _ => null),
            new("sign notice terms", (_, _) => new SignNoticeTerms(Specialist), SubscriptionWalk.Approval,
                m => m.Status == S.Effective ? m with { TermsSigned = true } : null),
            new("sign contract", (_, _) => new SignPreSaleContract(Specialist, "YS-1"), SubscriptionWalk.Approval,
                m => m.Status == S.Effective ? m with { Status = S.Contracted, ContractSigned = true } : null),
            new("register", (_, _) => new RegisterPreSaleContract(Specialist, "DJ-1"), SubscriptionWalk.Approval,
                m => m.Status == S.Contracted ? m with { Status = S.Registered, Registered = true } : null),
            new("request cancellation", (s, _) => new RequestCancellation(Specialist, CancellationRequest.Cancellation, Present(s)), SubscriptionWalk.Approval,
                m => Requested(m, CancellationKind.Cancellation)),
            new("request rename", (s, _) => new RequestCancellation(Specialist, new CancellationRequest.Rename(s.Customers.Contains(Zhao) ? [Wang, Li] : [Zhao]), Present(s)), SubscriptionWalk.Approval,
                m => Requested(m, CancellationKind.Rename)),
            new("request unit change", (s, _) => new RequestCancellation(Specialist, new CancellationRequest.ChangeUnit(s.Unit == Unit ? OtherUnit : Unit, s.Price), Present(s)), SubscriptionWalk.Approval,
                m => Requested(m, CancellationKind.UnitChange)),
            new("request cancellation with a customer absent", (s, _) => new RequestCancellation(Specialist, CancellationRequest.Cancellation, Present(s).Skip(1).ToList()), SubscriptionWalk.Approval,
                _ => null),
            new("retention fails", (_, _) => new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, false), SubscriptionWalk.Approval,
                m => m.Status == S.CancellationRequested ? m with { RetentionDone = true } : null),
            new("customer retained", (_, _) => new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, true), SubscriptionWalk.Approval,
                m => m.Status == S.CancellationRequested ? Reset(m) : null),
            new("approve", (_, _) => new ApproveCancellation(Specialist, Confirmed, null), SubscriptionWalk.Approval, m => Approved(m, confirmed: true)),
            new("approve without the developer", (_, _) => new ApproveCancellation(Specialist, null, null), SubscriptionWalk.Approval, m => Approved(m, confirmed: false)),
            new("hand back customer copy", (_, _) => new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy), SubscriptionWalk.Approval,
                m => HandedBack(m, SalesDocument.SubscriptionCustomerCopy)),
            new("hand back developer copy", (_, _) => new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy), SubscriptionWalk.Approval,
                m => HandedBack(m, SalesDocument.SubscriptionDeveloperCopy)),
            new("hand back contract", (_, _) => new HandBackDocument(Specialist, SalesDocument.PreSaleContract), SubscriptionWalk.Approval,
                m => HandedBack(m, SalesDocument.PreSaleContract)),
            new("complete", (_, _) => new CompleteCancellation(Specialist), SubscriptionWalk.Approval,
                m => m.Status != S.CancellationApproved || !CopiesOut.IsSubsetOf(m.Back) ? null
                    : m.Pending == CancellationKind.Cancellation ? m with { Status = S.Cancelled }
                    : m.Pending == CancellationKind.UnitChange ? Reset(m) with { Status = S.Draft } : Reset(m)),
            new("request return", (s, _) => new RequestReturn(Specialist, Present(s)), SubscriptionWalk.Approval,
                m => m.Status is S.Contracted or S.Registered ? m with { Status = S.ReturnRequested, Back = [] } : null),
            new("deregister", (_, _) => new RecordDeregistration(Specialist, "ZX-1"), SubscriptionWalk.Approval,
                m => m.Status is S.ReturnRequested or S.Returned && m.Registered ? m with { Deregistered = true } : null),
            new("complete return", (_, _) => new CompleteReturn(Specialist, Confirmed), SubscriptionWalk.Approval,
                m => m.Status == S.ReturnRequested && AllOut.IsSubsetOf(m.Back) ? m with { Status = S.Returned, RefundDue = m.Paid } : null),
            new("pay refund early", (_, m) => new PayRefund(Specialist, SalesModeRules.RefundPlaceFor(m), Confirmed), SubscriptionWalk.Early,
                m => m.Status == S.Returned ? Refunded(m, confirmed: true) : null),
            new("pay refund when due", (_, m) => new PayRefund(Specialist, SalesModeRules.RefundPlaceFor(m), Confirmed), SubscriptionWalk.Due,
                m => Refunded(m, confirmed: true)),
            new("pay refund without the developer", (_, m) => new PayRefund(Specialist, SalesModeRules.RefundPlaceFor(m), null), SubscriptionWalk.Due,
                m => Refunded(m, confirmed: false)),
        ];

        public override Arbitrary<Setup<Actual, Model>> Setup { get; } =
            Gen.Elements(SalesMode.Agency, SalesMode.Underwriting)
                .Select(mode => StateMachine.Setup(() => new Actual(mode), () => Model.Drafted(mode)))
                .ToArbitrary();

        public override Gen<Operation<Actual, Model>> Next(Model model) => Gen.Elements<Operation<Actual, Model>>(Operations);

        private static List<string> Present(SubscriptionState s) => s.Customers.Select(c => c.IdDocumentNumber).ToList();

        private static Model? Requested(Model m, CancellationKind kind) =>
            m.Status == S.Effective ? m with { Status = S.CancellationRequested, Pending = kind, RetentionDone = false, Back = [] } : null;

        private static Model Reset(Model m) => m with { Status = S.Effective, Pending = null, RetentionDone = false, Back = [] };

        private static Model? Approved(Model m, bool confirmed) =>
            m.Status == S.CancellationRequested && m.RetentionDone && (confirmed || !m.Agency)
                ? m with { Status = S.CancellationApproved, RefundDue = m.Pending == CancellationKind.Cancellation && !m.TermsSigned ? m.Paid : 0m }
                : null;

        private static Model? HandedBack(Model m, SalesDocument document) =>
            m.Status is S.CancellationRequested or S.CancellationApproved or S.ReturnRequested && (document != SalesDocument.PreSaleContract || m.ContractSigned)
                ? m with { Back = m.Back.Add(document) }
                : null;

        private static Model? Refunded(Model m, bool confirmed) =>
            m.Status is S.Cancelled or S.Returned && m.RefundDue > 0m && (confirmed || !m.Agency)
            && (m.Status == S.Cancelled || !m.Registered || m.Deregistered)
                ? m with { Status = S.Refunded, Refunded = m.RefundDue }
                : null;
    }
}
