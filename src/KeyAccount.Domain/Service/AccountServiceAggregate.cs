using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Service;

/// <summary>The service of a won account (KAM-04, KAM-05): its definition, event wire names and stream naming.</summary>
public static class AccountServiceAggregate
{
    /// <summary>Gets the definition: the <c>account_service.*.v1</c> events.</summary>
    public static AggregateDefinition<AccountServiceCommand, AccountServiceEvent, AccountServiceState, AccountServiceStatus> Definition { get; } = AggregateDefinition.Of(
        "account-service",
        AccountServiceDecider.Instance,
        EventCatalog<AccountServiceEvent>.FromDerivedTypes(ServiceJsonContext.Shared));

    /// <summary>Gets the stream an account's service events are kept in.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The stream <c>account-service-{id}</c>.</returns>
    public static StreamId StreamOf(AccountId account) => Definition.StreamOf(account);
}
