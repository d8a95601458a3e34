using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Subscriptions;
using NodaTime;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>Something that happened to a day's bundle of signing notices. Wire names are declared in
/// <see cref="SigningNoticeBundleAggregate"/>.</summary>
[JsonDerivedType(typeof(SigningNoticeFiled), "signing_notices.filed.v1")]
[JsonDerivedType(typeof(SigningNoticesHandedOver), "signing_notices.handed_over.v1")]
public abstract record SigningNoticeBundleEvent;

/// <summary>A notice was added to the bundle (<c>signing_notices.filed.v1</c>).</summary>
/// <param name="Project">The project.</param>
/// <param name="BusinessDate">The business day.</param>
/// <param name="Subscription">The subscription.</param>
public sealed record SigningNoticeFiled(ProjectId Project, LocalDate BusinessDate, SubscriptionId Subscription) : SigningNoticeBundleEvent;

/// <summary>The day's bundle was handed to the certificate officer (<c>signing_notices.handed_over.v1</c>).</summary>
/// <param name="Clerk">The project clerk.</param>
/// <param name="CertificateOfficer">The certificate officer.</param>
/// <param name="Count">How many notices were handed over.</param>
/// <param name="HandedOverAt">When.</param>
public sealed record SigningNoticesHandedOver(ActorId Clerk, ActorId CertificateOfficer, int Count, Instant HandedOverAt) : SigningNoticeBundleEvent;
