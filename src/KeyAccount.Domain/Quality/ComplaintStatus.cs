namespace KeyAccount.Domain.Quality;

/// <summary>The states of a customer complaint (客户投诉): the rows of <see cref="ComplaintLifecycle"/>.</summary>
public enum ComplaintStatus
{
    /// <summary>Not yet received: the complaint does not exist.</summary>
    None,

    /// <summary>Received by sales (销售科).</summary>
    Received,

    /// <summary>Investigated by quality control (品管科), cause recorded; a corrective action is to be requested.</summary>
    Investigated,

    /// <summary>A corrective and preventive action request (纠正和预防措施要求书) was issued to the responsible department.</summary>
    ActionRequested,

    /// <summary>The responsible department reports the action implemented; effectiveness is to be verified.</summary>
    ActionImplemented,

    /// <summary>Quality control verified the action effective.</summary>
    Verified,

    /// <summary>Closed. Terminal.</summary>
    Closed,
}
