using System;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Service;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Fulfilment;
using KeyAccount.Domain.Tests.Accounts;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Service;

/// <summary>The won account of <see cref="AccountScenario"/>, served from Friday 7 March 2025.</summary>
internal static class ServiceSteps
{
    public static readonly ComplaintId Complaint = ComplaintId.From(Guid.Parse("5d6e7f80-9a1b-4c2d-8e3f-405162738495"));

    public static AccountId Account => AccountScenario.Account;

    public static AccountServiceDecider Services => AccountServiceDecider.Instance;

    public static DecisionContext On(LocalDate day, AccountStage stage = AccountStage.Won) =>
        TestContexts.On(day).WithSource(AccountAggregate.StreamOf(Account), 10, AccountScenario.In(stage).State);

    public static DecisionContext Friday => On(new LocalDate(2025, 3, 7));

    public static DecisionContext WithComplaint(DecisionContext context, AccountId of) => ServiceRequestGenerators.ComplaintFor(context, Complaint, of);

    public static AccountServiceState Given(DecisionContext context, params AccountServiceCommand[] commands)
    {
        var state = Services.Initial;
        foreach (var command in commands)
        {
            var (decision, next) = Services.Apply(command, state, command is LinkFeedbackToComplaint ? WithComplaint(context, Account) : context);
            Assert.True(decision.IsAccepted, $"Given {command}: {(decision.IsRejected ? decision.Error.ToString() : "")}");
            state = next;
        }

        return state;
    }

    public static Decision<AccountServiceEvent> When(AccountServiceState state, AccountServiceCommand command, DecisionContext? context = null) =>
        Services.Decide(command, state, context ?? Friday);
}
