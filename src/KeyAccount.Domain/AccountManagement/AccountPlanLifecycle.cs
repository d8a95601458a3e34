using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The lifecycle of an account plan as data (GEN-05); <c>docs/diagrams/account-plan.*</c> is generated from it.</summary>
internal static class AccountPlanLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<AccountPlanStatus, AccountPlanTrigger> Table { get; } =
        Lifecycle.Define<AccountPlanStatus, AccountPlanTrigger>("account-plan", AccountPlanStatus.None, "KAM-06")
            .Permit(AccountPlanStatus.None, AccountPlanTrigger.Set, AccountPlanStatus.Active, "KAM-06")
            .Permit(AccountPlanStatus.Active, AccountPlanTrigger.RecordTransaction, AccountPlanStatus.Active, "KAM-06")
            .Permit(AccountPlanStatus.Active, AccountPlanTrigger.Close, AccountPlanStatus.Closed, "KAM-06")
            .Build();
}

/// <summary>The triggers of the account plan lifecycle.</summary>
internal enum AccountPlanTrigger
{
    /// <summary>The plan is set.</summary>
    Set,

    /// <summary>A transaction is recorded.</summary>
    RecordTransaction,

    /// <summary>The plan is closed.</summary>
    Close,
}
