using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>An event of an account plan (KAM-06).</summary>
[JsonDerivedType(typeof(AccountPlanSet), "account_plan.set.v1")]
[JsonDerivedType(typeof(TransactionRecorded), "account_plan.transaction_recorded.v1")]
[JsonDerivedType(typeof(AccountPlanClosed), "account_plan.closed.v1")]
public abstract record AccountPlanEvent
{
    private protected AccountPlanEvent()
    {
    }
}

/// <summary>The plan of an account for a period was set (<c>account_plan.set.v1</c>).</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Account">The account.</param>
/// <param name="Manager">The account manager.</param>
/// <param name="From">The period's first day.</param>
/// <param name="To">The period's last day.</param>
/// <param name="TargetAmount">The target transaction amount.</param>
/// <param name="TargetFrequency">The target number of transactions.</param>
/// <param name="TargetSatisfaction">The target satisfaction index.</param>
/// <param name="SetOn">The business day.</param>
public sealed record AccountPlanSet(
    AccountPlanId Plan, AccountId Account, ActorId Manager, LocalDate From, LocalDate To, Money TargetAmount, int TargetFrequency, decimal TargetSatisfaction, LocalDate SetOn)
    : AccountPlanEvent;

/// <summary>A transaction was recorded (<c>account_plan.transaction_recorded.v1</c>).</summary>
/// <param name="Transaction">The transaction.</param>
public sealed record TransactionRecorded(Transaction Transaction) : AccountPlanEvent;

/// <summary>The plan was closed (<c>account_plan.closed.v1</c>).</summary>
/// <param name="ClosedOn">The business day.</param>
public sealed record AccountPlanClosed(LocalDate ClosedOn) : AccountPlanEvent;
