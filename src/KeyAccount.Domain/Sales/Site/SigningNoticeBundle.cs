using System;
using System.Collections.Immutable;
using System.Globalization;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.StateMachines;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>Where a day's bundle of signing notices (签约须知) stands (SUB-06).</summary>
public enum SigningNoticeBundleStatus
{
    /// <summary>No notice filed yet.</summary>
    Empty = 0,

    /// <summary>The project clerk is collecting the day's notices.</summary>
    Collecting = 1,

    /// <summary>Handed over to the certificate officer for filing. Terminal.</summary>
    HandedOver = 2,
}

/// <summary>The triggers of the signing-notice bundle lifecycle.</summary>
public enum SigningNoticeBundleTrigger
{
    /// <summary>A signed notice is added to the day's bundle.</summary>
    File = 1,

    /// <summary>The bundle is handed to the certificate officer.</summary>
    HandOver = 2,
}

/// <summary>A command on the day's bundle of signing notices of one project.</summary>
public abstract record SigningNoticeCommand;

/// <summary>Adds a subscription's signed signing notice to the bundle of its project and business day.</summary>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The business day of the bundle; the context's day must be this day.</param>
/// <param name="Subscription">The subscription whose customer signed the notice.</param>
public sealed record FileSigningNotice(ProjectId Project, LocalDate BusinessDate, SubscriptionId Subscription) : SigningNoticeCommand;

/// <summary>The project clerk hands the day's notices to the certificate officer for filing (SUB-06).</summary>
/// <param name="Clerk">The project clerk (项目文员) handing over.</param>
/// <param name="CertificateOfficer">The certificate officer (办证员) receiving.</param>
public sealed record HandOverSigningNotices(ActorId Clerk, ActorId CertificateOfficer) : SigningNoticeCommand;

/// <summary>Something that happened to a day's bundle of signing notices.</summary>
public abstract record SigningNoticeEvent;

/// <summary>A notice was added to the bundle (<c>signing_notices.filed.v1</c>).</summary>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The business day.</param>
/// <param name="Subscription">The subscription.</param>
public sealed record SigningNoticeFiled(ProjectId Project, LocalDate BusinessDate, SubscriptionId Subscription) : SigningNoticeEvent;

/// <summary>The day's bundle was handed to the certificate officer (<c>signing_notices.handed_over.v1</c>).</summary>
/// <param name="Clerk">The project clerk.</param>
/// <param name="CertificateOfficer">The certificate officer.</param>
/// <param name="Count">How many notices were handed over.</param>
/// <param name="HandedOverAt">When.</param>
public sealed record SigningNoticesHandedOver(ActorId Clerk, ActorId CertificateOfficer, int Count, Instant HandedOverAt) : SigningNoticeEvent;

/// <summary>The state of one project's bundle of signing notices for one day.</summary>
/// <param name="Status">Where the bundle stands.</param>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The business day.</param>
/// <param name="Notices">The subscriptions whose notices are in the bundle.</param>
public sealed record SigningNoticeBundleState(SigningNoticeBundleStatus Status, ProjectId Project, LocalDate BusinessDate, ImmutableList<SubscriptionId> Notices)
{
    /// <summary>Gets the state of a bundle with nothing filed.</summary>
    public static SigningNoticeBundleState Initial { get; } = new(SigningNoticeBundleStatus.Empty, default, default, []);
}

/// <summary>
/// The day's bundle of signing notices (签约须知) of a project: the project clerk collects the day's signed notices
/// and hands them over to the certificate officer on that day; the hand-over is recorded per day (SUB-06). One
/// stream per project and day (<see cref="StreamOf"/>).
/// </summary>
public sealed class SigningNoticeBundleDecider : IDecider<SigningNoticeCommand, SigningNoticeEvent, SigningNoticeBundleState>
{
    /// <summary>Gets the one instance.</summary>
    public static SigningNoticeBundleDecider Instance { get; } = new();

    /// <summary>Gets the lifecycle table; <c>docs/diagrams/signing-notice-bundle.*</c> is generated from it.</summary>
    public static Lifecycle<SigningNoticeBundleStatus, SigningNoticeBundleTrigger> Lifecycle { get; } =
        StateMachines.Lifecycle.Define<SigningNoticeBundleStatus, SigningNoticeBundleTrigger>("signing-notice-bundle", SigningNoticeBundleStatus.Empty, "SUB-06")
            .Permit(SigningNoticeBundleStatus.Empty, SigningNoticeBundleTrigger.File, SigningNoticeBundleStatus.Collecting, "SUB-06")
            .Permit(SigningNoticeBundleStatus.Collecting, SigningNoticeBundleTrigger.File, SigningNoticeBundleStatus.Collecting, "SUB-06")
            .Permit(SigningNoticeBundleStatus.Collecting, SigningNoticeBundleTrigger.HandOver, SigningNoticeBundleStatus.HandedOver, "SUB-06")
            .Build();

    /// <inheritdoc />
    public SigningNoticeBundleState Initial => SigningNoticeBundleState.Initial;

    /// <summary>Gets the stream of a project's bundle for a day.</summary>
    /// <param name="project">The project.</param>
    /// <param name="businessDate">The business day.</param>
    /// <returns>The stream <c>signing-notices-{project}-{yyyyMMdd}</c>.</returns>
    public static StreamId StreamOf(ProjectId project, LocalDate businessDate) =>
        new(string.Create(CultureInfo.InvariantCulture, $"signing-notices-{project.Value:N}-{businessDate.Year:D4}{businessDate.Month:D2}{businessDate.Day:D2}"));

    /// <inheritdoc />
    public Decision<SigningNoticeEvent> Decide(SigningNoticeCommand command, SigningNoticeBundleState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        switch (command)
        {
            case FileSigningNotice c:
                if (Lifecycle.Check(state.Status, SigningNoticeBundleTrigger.File) is { } closed)
                {
                    return closed;
                }

                if (c.BusinessDate != context.Today || (state.Status != SigningNoticeBundleStatus.Empty && (c.Project != state.Project || c.BusinessDate != state.BusinessDate)))
                {
                    return SalesMessages.Violation("SUB-06", "sales.notice_wrong_bundle", new ErrorDetail("businessDate", c.BusinessDate), new ErrorDetail("today", context.Today));
                }

                return state.Notices.Contains(c.Subscription)
                    ? Decision<SigningNoticeEvent>.Accept()
                    : Decision<SigningNoticeEvent>.Accept(new SigningNoticeFiled(c.Project, c.BusinessDate, c.Subscription));

            case HandOverSigningNotices c:
                if (Lifecycle.Check(state.Status, SigningNoticeBundleTrigger.HandOver) is { } illegal)
                {
                    return illegal;
                }

                if (c.Clerk == default || c.CertificateOfficer == default)
                {
                    return SalesMessages.Violation("SUB-06", "sales.handover_parties_required");
                }

                // SUB-06: the day's notices go to the certificate officer on that day (当天的《签约须知》汇总交办证员).
                return context.Today != state.BusinessDate
                    ? SalesMessages.Violation("SUB-06", "sales.handover_not_same_day", new ErrorDetail("businessDate", state.BusinessDate), new ErrorDetail("today", context.Today))
                    : Decision<SigningNoticeEvent>.Accept(new SigningNoticesHandedOver(c.Clerk, c.CertificateOfficer, state.Notices.Count, context.Now));

            default:
                throw new ArgumentException($"{command.GetType().Name} is not a signing-notice command.", nameof(command));
        }
    }

    /// <inheritdoc />
    public SigningNoticeBundleState Evolve(SigningNoticeBundleState state, SigningNoticeEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            SigningNoticeFiled e => state with { Status = SigningNoticeBundleStatus.Collecting, Project = e.Project, BusinessDate = e.BusinessDate, Notices = state.Notices.Add(e.Subscription) },
            SigningNoticesHandedOver => state with { Status = SigningNoticeBundleStatus.HandedOver },
            _ => throw new ArgumentException($"{@event?.GetType().Name} is not a signing-notice event.", nameof(@event)),
        };
    }
}
