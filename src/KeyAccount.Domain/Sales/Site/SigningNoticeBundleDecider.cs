using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>
/// The day's bundle of signing notices (签约须知) of a project: the project clerk collects the day's signed notices
/// and hands them over to the certificate officer on that day; the hand-over is recorded per day (SUB-06). One
/// stream per project and day (<see cref="SigningNoticeBundleAggregate.StreamOf"/>).
/// </summary>
internal sealed class SigningNoticeBundleDecider
    : LifecycleDecider<SigningNoticeBundleCommand, SigningNoticeBundleEvent, SigningNoticeBundleState, SigningNoticeBundleStatus, SigningNoticeBundleTrigger>
{
    private SigningNoticeBundleDecider()
        : base(SigningNoticeBundleState.Initial, SigningNoticeBundleLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static SigningNoticeBundleDecider Instance { get; } = new();

    /// <inheritdoc />
    public override SigningNoticeBundleTrigger? TriggerOf(SigningNoticeBundleEvent @event) => @event switch
    {
        SigningNoticeFiled => SigningNoticeBundleTrigger.File,
        SigningNoticesHandedOver => SigningNoticeBundleTrigger.HandOver,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not a signing-notice event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override SigningNoticeBundleTrigger? TriggerOf(SigningNoticeBundleCommand command, SigningNoticeBundleState state) => command switch
    {
        FileSigningNotice => SigningNoticeBundleTrigger.File,
        HandOverSigningNotices => SigningNoticeBundleTrigger.HandOver,
        _ => throw new ArgumentException($"{command?.GetType().Name} is not a signing-notice command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<SigningNoticeBundleEvent> DecideData(SigningNoticeBundleCommand command, SigningNoticeBundleState state, DecisionContext context)
    {
        switch (command)
        {
            case FileSigningNotice c:
                if (c.BusinessDate != context.Today || (state.Status != SigningNoticeBundleStatus.Empty && (c.Project != state.Project || c.BusinessDate != state.BusinessDate)))
                {
                    return SalesMessages.Violation("SUB-06", "sales.notice_wrong_bundle", new ErrorDetail("businessDate", c.BusinessDate), new ErrorDetail("today", context.Today));
                }

                // Filing a notice already in the bundle changes nothing, so a retried filing is harmless.
                return state.Notices.Contains(c.Subscription)
                    ? Decision<SigningNoticeBundleEvent>.Accept()
                    : Decision<SigningNoticeBundleEvent>.Accept(new SigningNoticeFiled(c.Project, c.BusinessDate, c.Subscription));

            case HandOverSigningNotices c:
                if (c.Clerk == default || c.CertificateOfficer == default)
                {
                    return SalesMessages.Violation("SUB-06", "sales.handover_parties_required");
                }

                // SUB-06: the day's notices go to the certificate officer on that day (当天的《签约须知》汇总交办证员).
                return context.Today != state.BusinessDate
                    ? SalesMessages.Violation("SUB-06", "sales.handover_not_same_day", new ErrorDetail("businessDate", state.BusinessDate), new ErrorDetail("today", context.Today))
                    : Decision<SigningNoticeBundleEvent>.Accept(new SigningNoticesHandedOver(c.Clerk, c.CertificateOfficer, state.Notices.Count, context.Now));

            default:
                throw new ArgumentException($"{command.GetType().Name} is not a signing-notice command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override SigningNoticeBundleState Fold(SigningNoticeBundleState state, SigningNoticeBundleEvent @event) => @event switch
    {
        SigningNoticeFiled e => state with { Project = e.Project, BusinessDate = e.BusinessDate, Notices = state.Notices.Add(e.Subscription) },
        SigningNoticesHandedOver => state,
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a signing-notice event.", nameof(@event)),
    };
}
