using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>The signing-notice bundle lifecycle as data; <c>docs/diagrams/signing-notice-bundle.*</c> is generated from it.</summary>
internal static class SigningNoticeBundleLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<SigningNoticeBundleStatus, SigningNoticeBundleTrigger> Table { get; } =
        Lifecycle.Define<SigningNoticeBundleStatus, SigningNoticeBundleTrigger>("signing-notice-bundle", SigningNoticeBundleStatus.Empty, "SUB-06")
            .Permit(SigningNoticeBundleStatus.Empty, SigningNoticeBundleTrigger.File, SigningNoticeBundleStatus.Collecting, "SUB-06")
            .Permit(SigningNoticeBundleStatus.Collecting, SigningNoticeBundleTrigger.File, SigningNoticeBundleStatus.Collecting, "SUB-06")
            .Permit(SigningNoticeBundleStatus.Collecting, SigningNoticeBundleTrigger.HandOver, SigningNoticeBundleStatus.HandedOver, "SUB-06")
            .Build();
}

/// <summary>The triggers of the signing-notice bundle lifecycle.</summary>
internal enum SigningNoticeBundleTrigger
{
    /// <summary>A signed notice is added to the day's bundle.</summary>
    File = 1,

    /// <summary>The bundle is handed to the certificate officer.</summary>
    HandOver = 2,
}
