namespace KeyAccount.Domain.Sales.Site;

/// <summary>The triggers of the signing-notice bundle lifecycle.</summary>
public enum SigningNoticeBundleTrigger
{
    /// <summary>A signed notice is added to the day's bundle.</summary>
    File = 1,

    /// <summary>The bundle is handed to the certificate officer.</summary>
    HandOver = 2,
}
