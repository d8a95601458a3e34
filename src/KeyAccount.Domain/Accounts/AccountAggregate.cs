using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The key account aggregate (大客户): its definition — the pipeline's table (<c>account-pipeline</c>) that decides the
/// stage, the table of the visits inside an account (<c>account-visit</c>), the event wire names — and stream naming.
/// </summary>
/// <remarks>Account streams hold personal data of decision makers (ACC-09) so that they replay exactly; protect the
/// store.</remarks>
public static class AccountAggregate
{
    /// <summary>Gets the definition. The wire names are a contract: never renamed, never reused.</summary>
    public static AggregateDefinition<AccountCommand, AccountEvent, AccountState, AccountStage> Definition { get; } = AggregateDefinition.Of(
        "account",
        AccountDecider.Instance,
        EventCatalog<AccountEvent>.FromDerivedTypes(AccountJsonContext.Shared),
        VisitLifecycle.Table);

    /// <summary>Gets the stream an account's events are kept in.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The stream <c>account-{id}</c>.</returns>
    public static StreamId StreamOf(AccountId account) => Definition.StreamOf(account);
}
