using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Subscriptions;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>A command on the day's bundle of signing notices of one project.</summary>
public abstract record SigningNoticeBundleCommand;

/// <summary>Adds a subscription's signed signing notice to the bundle of its project and business day.</summary>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The business day of the bundle; the context's day must be this day.</param>
/// <param name="Subscription">The subscription whose customer signed the notice.</param>
public sealed record FileSigningNotice(ProjectId Project, LocalDate BusinessDate, SubscriptionId Subscription) : SigningNoticeBundleCommand;

/// <summary>The project clerk hands the day's notices to the certificate officer for filing (SUB-06).</summary>
/// <param name="Clerk">The project clerk (项目文员) handing over.</param>
/// <param name="CertificateOfficer">The certificate officer (办证员) receiving.</param>
public sealed record HandOverSigningNotices(ActorId Clerk, ActorId CertificateOfficer) : SigningNoticeBundleCommand;
