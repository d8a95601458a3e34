using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The account plan aggregate (管理目标, KAM-06): its definition, event wire names and stream naming.</summary>
public static class AccountPlanAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<AccountPlanCommand, AccountPlanEvent, AccountPlanState, AccountPlanStatus> Definition { get; } = AggregateDefinition.Of(
        "account-plan",
        AccountPlanDecider.Instance,
        EventCatalog<AccountPlanEvent>.FromDerivedTypes(AccountManagementJsonContext.Shared));

    /// <summary>Gets the stream a plan's events are kept in.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The stream <c>account-plan-{id}</c>.</returns>
    public static StreamId StreamOf(AccountPlanId plan) => Definition.StreamOf(plan);
}
