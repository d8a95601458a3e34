using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The account plan aggregate (管理目标, KAM-06): its definition, event wire names and stream naming.</summary>
public static class AccountPlanAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<AccountPlanCommand, AccountPlanEvent, AccountPlanState, AccountPlanStatus, AccountPlanTrigger> Definition { get; } = new(
        "account-plan",
        AccountPlanDecider.Instance,
        EventCatalog<AccountPlanEvent>.Create()
            .Add("account_plan.set.v1", AccountManagementJsonContext.Shared.AccountPlanSet)
            .Add("account_plan.transaction_recorded.v1", AccountManagementJsonContext.Shared.TransactionRecorded)
            .Add("account_plan.closed.v1", AccountManagementJsonContext.Shared.AccountPlanClosed)
            .Build());

    /// <summary>Gets the stream a plan's events are kept in.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The stream <c>account-plan-{id}</c>.</returns>
    public static StreamId StreamOf(AccountPlanId plan) => Definition.StreamOf(plan);
}
