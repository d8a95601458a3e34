namespace KeyAccount.Domain.AccountManagement;

/// <summary>The states of a prospect's screening (客户筛选与定位, KAM-01): the rows of the screening's lifecycle.</summary>
public enum ProspectScreeningStatus
{
    /// <summary>Not yet screened: the screening does not exist.</summary>
    None,

    /// <summary>Meets every mandatory criterion: the prospect may be opened as a key account (ACC-01). Terminal.</summary>
    Qualified,

    /// <summary>Fails a mandatory criterion, kept as the reason; may be screened again.</summary>
    ScreenedOut,
}
