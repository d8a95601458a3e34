namespace KeyAccount.Domain.AccountManagement;

/// <summary>The triggers of the screening lifecycle; which one a screening fires is the host's criteria's answer.</summary>
public enum ProspectScreeningTrigger
{
    /// <summary>The prospect meets every mandatory criterion.</summary>
    Qualify,

    /// <summary>The prospect fails a mandatory criterion.</summary>
    ScreenOut,
}
