using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Service;

/// <summary>The service of a won account (KAM-04, KAM-05): its definition, event wire names and stream naming.</summary>
public static class AccountServiceAggregate
{
    /// <summary>Gets the definition: the <c>account_service.*.v1</c> events.</summary>
    public static AggregateDefinition<AccountServiceCommand, AccountServiceEvent, AccountServiceState, AccountServiceStatus, AccountServiceTrigger> Definition { get; } = new(
        "account-service",
        AccountServiceDecider.Instance,
        EventCatalog<AccountServiceEvent>.Create()
            .Add("account_service.started.v1", ServiceJsonContext.Shared.AccountServiceStarted)
            .Add("account_service.request_recorded.v1", ServiceJsonContext.Shared.SupportRequestRecorded)
            .Add("account_service.request_responded.v1", ServiceJsonContext.Shared.SupportRequestResponded)
            .Add("account_service.request_closed.v1", ServiceJsonContext.Shared.SupportRequestClosed)
            .Add("account_service.training_recorded.v1", ServiceJsonContext.Shared.TrainingSessionRecorded)
            .Add("account_service.feedback_recorded.v1", ServiceJsonContext.Shared.FeedbackRecorded)
            .Add("account_service.feedback_disposed.v1", ServiceJsonContext.Shared.FeedbackDisposed)
            .Build());

    /// <summary>Gets the stream an account's service events are kept in.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The stream <c>account-service-{id}</c>.</returns>
    public static StreamId StreamOf(AccountId account) => Definition.StreamOf(account);
}
