namespace KeyAccount.Domain.Quality;

/// <summary>The triggers of the complaint lifecycle.</summary>
public enum ComplaintTrigger
{
    /// <summary>Sales receives the complaint.</summary>
    Receive,

    /// <summary>Quality control records the cause.</summary>
    Investigate,

    /// <summary>Quality control issues a corrective and preventive action request.</summary>
    RequestAction,

    /// <summary>The responsible department implements the action.</summary>
    ImplementAction,

    /// <summary>Quality control finds the action effective.</summary>
    VerifyEffective,

    /// <summary>Quality control finds the action ineffective: the cause is looked at again and a new request follows.</summary>
    FindIneffective,

    /// <summary>The complaint is closed.</summary>
    Close,
}
