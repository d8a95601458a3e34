using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Service;

/// <summary>The lifecycle of an account's service as data (GEN-05); <c>docs/diagrams/account-service.*</c> is generated from it.</summary>
/// <remarks>Starting twice and anything before the start name KAM-04, feedback before the start KAM-05.</remarks>
internal static class AccountServiceLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<AccountServiceStatus, AccountServiceTrigger> Table { get; } =
        Lifecycle.Define<AccountServiceStatus, AccountServiceTrigger>("account-service", AccountServiceStatus.None, "GEN-05")
            .Permit(AccountServiceStatus.None, AccountServiceTrigger.Start, AccountServiceStatus.Active, "KAM-04")
            .Permit(AccountServiceStatus.Active, AccountServiceTrigger.RecordRequest, AccountServiceStatus.Active, "KAM-04")
            .Permit(AccountServiceStatus.Active, AccountServiceTrigger.Respond, AccountServiceStatus.Active, "KAM-04")
            .Permit(AccountServiceStatus.Active, AccountServiceTrigger.CloseRequest, AccountServiceStatus.Active, "KAM-04")
            .Permit(AccountServiceStatus.Active, AccountServiceTrigger.RecordTraining, AccountServiceStatus.Active, "KAM-04")
            .Permit(AccountServiceStatus.Active, AccountServiceTrigger.RecordFeedback, AccountServiceStatus.Active, "KAM-05")
            .Permit(AccountServiceStatus.Active, AccountServiceTrigger.Dispose, AccountServiceStatus.Active, "KAM-05")
            .RefuseWith(AccountServiceTrigger.Start, "KAM-04")
            .RefuseWith(AccountServiceTrigger.RecordRequest, "KAM-04")
            .RefuseWith(AccountServiceTrigger.Respond, "KAM-04")
            .RefuseWith(AccountServiceTrigger.CloseRequest, "KAM-04")
            .RefuseWith(AccountServiceTrigger.RecordTraining, "KAM-04")
            .RefuseWith(AccountServiceTrigger.RecordFeedback, "KAM-05")
            .RefuseWith(AccountServiceTrigger.Dispose, "KAM-05")
            .Build();
}

/// <summary>The triggers of the account service lifecycle.</summary>
internal enum AccountServiceTrigger
{
    /// <summary>Start the service of a won account.</summary>
    Start,

    /// <summary>Record a support request.</summary>
    RecordRequest,

    /// <summary>Respond to a support request.</summary>
    Respond,

    /// <summary>Close a support request.</summary>
    CloseRequest,

    /// <summary>Record a training session.</summary>
    RecordTraining,

    /// <summary>Record a feedback item.</summary>
    RecordFeedback,

    /// <summary>Dispose of a feedback item.</summary>
    Dispose,
}
