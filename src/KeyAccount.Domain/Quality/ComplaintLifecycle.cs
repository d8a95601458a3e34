using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Quality;

/// <summary>The lifecycle of a customer complaint as data (GEN-05); <c>docs/diagrams/complaint.*</c> is generated from it.</summary>
/// <remarks>Every illegal move is refused under CMP-01, so closing a complaint whose action was not verified is a
/// <see cref="Decisions.TransitionNotAllowed"/> with rule CMP-01.</remarks>
internal static class ComplaintLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<ComplaintStatus, ComplaintTrigger> Table { get; } =
        Lifecycle.Define<ComplaintStatus, ComplaintTrigger>("complaint", ComplaintStatus.None, "CMP-01")
            .Permit(ComplaintStatus.None, ComplaintTrigger.Receive, ComplaintStatus.Received, "CMP-01")
            .Permit(ComplaintStatus.Received, ComplaintTrigger.Investigate, ComplaintStatus.Investigated, "CMP-01")
            .Permit(ComplaintStatus.Investigated, ComplaintTrigger.RequestAction, ComplaintStatus.ActionRequested, "CMP-01")
            .Permit(ComplaintStatus.ActionRequested, ComplaintTrigger.ImplementAction, ComplaintStatus.ActionImplemented, "CMP-01")
            .Permit(ComplaintStatus.ActionImplemented, ComplaintTrigger.VerifyEffective, ComplaintStatus.Verified, "CMP-01")
            .Permit(ComplaintStatus.ActionImplemented, ComplaintTrigger.FindIneffective, ComplaintStatus.Investigated, "CMP-01")
            .Permit(ComplaintStatus.Verified, ComplaintTrigger.Close, ComplaintStatus.Closed, "CMP-01")
            .Build();
}

/// <summary>The triggers of the complaint lifecycle.</summary>
internal enum ComplaintTrigger
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
