using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>A command to an account plan (KAM-06).</summary>
public abstract record AccountPlanCommand
{
    private protected AccountPlanCommand()
    {
    }
}

/// <summary>Sets the plan of an account for a period: its targets (管理目标, KAM-06).</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Account">The account.</param>
/// <param name="Manager">The account manager judged by it.</param>
/// <param name="From">The period's first day.</param>
/// <param name="To">The period's last day; not before <paramref name="From"/>.</param>
/// <param name="TargetAmount">The target transaction amount; not negative.</param>
/// <param name="TargetFrequency">The target number of transactions; not negative.</param>
/// <param name="TargetSatisfaction">The target satisfaction index (SAT-01), 0 to 100.</param>
public sealed record SetAccountPlan(
    AccountPlanId Plan, AccountId Account, ActorId Manager, LocalDate From, LocalDate To, Money TargetAmount, int TargetFrequency, decimal TargetSatisfaction)
    : AccountPlanCommand;

/// <summary>Records a transaction with the account in the plan's period (KAM-06, ACC-13).</summary>
/// <param name="Transaction">The transaction.</param>
public sealed record RecordTransaction(Transaction Transaction) : AccountPlanCommand;

/// <summary>Closes the plan once its period has ended: no transaction is recorded afterwards (KAM-06).</summary>
public sealed record CloseAccountPlan : AccountPlanCommand;
