namespace KeyAccount.Domain.Sales.Site;

/// <summary>Where a day's bundle of signing notices (签约须知) stands (SUB-06, <see cref="SigningNoticeBundleLifecycle"/>).</summary>
public enum SigningNoticeBundleStatus
{
    /// <summary>No notice filed yet: the bundle does not exist yet.</summary>
    Empty = 0,

    /// <summary>The project clerk is collecting the day's notices.</summary>
    Collecting = 1,

    /// <summary>Handed over to the certificate officer for filing. Terminal.</summary>
    HandedOver = 2,
}
