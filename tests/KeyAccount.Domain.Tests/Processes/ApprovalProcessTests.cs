using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Rules;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Accounts;
using KeyAccount.Domain.Tests.Negotiations;
using Xunit;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>Approvals into their dependents end to end (CR-05, ACC-07, NEG-09, GEN-11, GEN-12): an amendment in a
/// review's stream withdraws the approval from the account it names and from every plan the host's index lists.</summary>
[Trait("Rule", "GEN-12")]
[Trait("Rule", "CR-05")]
public sealed class ApprovalProcessTests
{
    private static readonly ActorId Reviewer = new("QA-01");

    [Fact]
    [Trait("Rule", "ACC-07")]
    [Trait("Rule", "GEN-11")]
    public async Task An_amendment_withdraws_the_approval_from_the_account_won_with_the_review()
    {
        var site = await ApprovalSite.WithWonAccountAsync();
        await site.AmendAsync(AccountScenario.Account);

        var report = await site.RunAsync();

        var sent = Assert.Single(report.Dispatches);
        Assert.Equal((ProcessDispatchStatus.Applied, AccountAggregate.StreamOf(AccountScenario.Account)), (sent.Status, sent.Command.Stream));
        var withdrawn = Assert.IsType<ContractApprovalWithdrawn>((await site.Accounts.ReadAsync(AccountAggregate.StreamOf(AccountScenario.Account)))[^1].Event);
        Assert.Equal((AccountScenario.ApprovedReview.Review, 1), (withdrawn.Review, withdrawn.Round));
    }

    [Fact]
    [Trait("Rule", "NEG-09")]
    public async Task An_amendment_withdraws_the_review_from_every_plan_that_attached_it_and_an_account_the_store_lacks_refuses_with_its_rule()
    {
        var site = await ApprovalSite.WithPlanAsync();
        await site.AmendAsync(Plans.Account);

        var report = await site.RunAsync();

        var plan = Assert.Single(report.Dispatches, d => d.Command.Target == NegotiationPlanAggregate.Definition);
        Assert.Equal((ProcessDispatchStatus.Applied, NegotiationPlanAggregate.StreamOf(Plans.PlanId)), (plan.Status, plan.Command.Stream));
        Assert.IsType<ContractReviewWithdrawn>((await site.Plans.ReadAsync(NegotiationPlanAggregate.StreamOf(Plans.PlanId)))[^1].Event);
        var account = Assert.Single(report.Dispatches, d => d.Command.Target == AccountAggregate.Definition);
        Assert.Equal(ProcessDispatchStatus.Refused, account.Status);
        Assert.Equal(("ACC-01", "account.not_opened"), (account.Refusal!.RuleId.Value, account.Refusal.Code));
        Assert.Contains("Account", RuleCatalogue.Get(account.Refusal.RuleId).Aggregate, StringComparison.Ordinal);
        Assert.Empty(await site.Accounts.ReadAllAsync(0, 100));
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    public void The_withdrawal_is_decided_on_the_reviews_state_at_the_amendment_which_the_process_supplies()
    {
        var amended = ContractReviewSources.Events(AccountScenario.Account, amended: true);
        var stream = ContractReviewAggregate.StreamOf(ContractReviewSources.ReviewOf(AccountScenario.Account));
        var envelope = new EventEnvelope<ContractReviewEvent>(stream, amended.Count, CommandId.From(Guid.NewGuid()), Reviewer, TestContexts.Default.Now, amended[^1]);
        var before = ContractReviewDecider.Instance.Replay(amended.Take(amended.Count - 1));
        var won = AccountScenario.In(AccountStage.Won).State;

        var withdraw = Assert.Single(ContractApprovalProcess.Definition.React(envelope, before));

        var bare = AccountDecider.Instance.Decide((AccountCommand)withdraw.Command, won, TestContexts.Default);
        Assert.Equal(("GEN-11", "evidence.missing"), (bare.Error.RuleId.Value, bare.Error.Code));
        Assert.IsType<ContractApprovalWithdrawn>(Assert.Single(AccountDecider.Instance.Decide((AccountCommand)withdraw.Command, won, withdraw.ContextFor(TestContexts.Default)).Events));
        Assert.Empty(ContractApprovalProcess.Definition.React(envelope with { Version = 4, Event = amended[3] }, ContractReviewDecider.Instance.Replay(amended.Take(3))));
        Assert.Equal([NegotiationPlanAggregate.Definition], ContractApprovalProcess.Definition.Dependents);
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task Delivering_every_amendment_twice_or_from_an_older_checkpoint_withdraws_nothing_twice()
    {
        var site = await ApprovalSite.WithPlanAsync();
        await site.SeedAccountAsync();
        await site.AmendAsync(Plans.Account);
        await site.AmendAsync(AccountScenario.Account);
        var first = await site.RunAsync();
        var accounts = await site.Accounts.ReadAllAsync(0, int.MaxValue);
        var plans = await site.Plans.ReadAllAsync(0, int.MaxValue);

        await site.Checkpoints.SaveAsync("approvals", 0);
        var again = await site.RunAsync();
        await site.Checkpoints.SaveAsync("approvals", first.Checkpoint - 3);
        await site.RunAsync();

        Assert.Equal(accounts, await site.Accounts.ReadAllAsync(0, int.MaxValue));
        Assert.Equal(plans, await site.Plans.ReadAllAsync(0, int.MaxValue));
        Assert.Equal(2, first.Dispatches.Count(d => d.Status == ProcessDispatchStatus.Applied));
        Assert.Equal(2, again.Dispatches.Count(d => d.Status == ProcessDispatchStatus.AlreadyApplied));
        Assert.DoesNotContain(again.Dispatches, d => d.Status == ProcessDispatchStatus.Applied);
    }

    [Fact]
    public void A_runner_of_a_process_sent_to_every_dependent_needs_the_hosts_index()
    {
        var stores = new EventStores().Add(new InMemoryEventStore<ContractReviewEvent>());
        Assert.Throws<ArgumentException>(() => new ProcessRunner<ContractReviewCommand, ContractReviewEvent, ContractReviewState>(
            "approvals", stores, new InMemoryCheckpointStore(), [ContractApprovalProcess.Definition]));
    }

    /// <summary>The stores of reviews, accounts and plans, with the runner of the approvals process.</summary>
    private sealed class ApprovalSite
    {
        private ApprovalSite()
        {
            var stores = new EventStores().Add(Reviews).Add(Accounts).Add(Plans);
            Runner = new ProcessRunner<ContractReviewCommand, ContractReviewEvent, ContractReviewState>(
                "approvals", stores, Checkpoints, [ContractApprovalProcess.Definition], dependents: new AttachedPlans(Plans));
        }

        public InMemoryEventStore<ContractReviewEvent> Reviews { get; } = new();

        public InMemoryEventStore<AccountEvent> Accounts { get; } = new();

        public InMemoryEventStore<NegotiationEvent> Plans { get; } = new();

        public InMemoryCheckpointStore Checkpoints { get; } = new();

        public ProcessRunner<ContractReviewCommand, ContractReviewEvent, ContractReviewState> Runner { get; }

        public static async Task<ApprovalSite> WithWonAccountAsync()
        {
            var site = new ApprovalSite();
            await site.SeedAccountAsync();
            return site;
        }

        public static async Task<ApprovalSite> WithPlanAsync()
        {
            var site = new ApprovalSite();
            var plans = new CommandHandler<NegotiationCommand, NegotiationEvent, NegotiationPlan>(NegotiationPlanDecider.Instance, site.Plans);
            await SeedAsync(site.Reviews, ContractReviewAggregate.StreamOf(ContractReviewSources.ReviewOf(Negotiations.Plans.Account)), ContractReviewSources.Events(Negotiations.Plans.Account));
            foreach (var command in Negotiations.Plans.ToReadyToSign)
            {
                Assert.True((await plans.HandleAsync(NegotiationPlanAggregate.StreamOf(Negotiations.Plans.PlanId), CommandId.From(Guid.NewGuid()), Negotiations.Plans.Lead, command, Negotiations.Plans.Now)).IsCommitted);
            }

            return site;
        }

        public async Task SeedAccountAsync()
        {
            await SeedAsync(Reviews, ContractReviewAggregate.StreamOf(ContractReviewSources.ReviewOf(AccountScenario.Account)), ContractReviewSources.Events(AccountScenario.Account));
            await SeedAsync(Accounts, AccountAggregate.StreamOf(AccountScenario.Account), AccountScenario.In(AccountStage.Won).History);
        }

        /// <summary>Records the amendment of an account's review in the review's stream.</summary>
        public async Task AmendAsync(AccountId account)
        {
            var stream = ContractReviewAggregate.StreamOf(ContractReviewSources.ReviewOf(account));
            var amended = ContractReviewSources.Events(account, amended: true);
            var result = await Reviews.AppendAsync(stream, amended.Count - 1, [new EventEnvelope<ContractReviewEvent>(stream, amended.Count, CommandId.From(Guid.NewGuid()), Reviewer, TestContexts.Default.Now, amended[^1])]);
            Assert.True(result.Succeeded);
        }

        public ValueTask<ProcessRunReport> RunAsync() => Runner.RunAsync(TestContexts.Default);

        private static async Task SeedAsync<TEvent>(InMemoryEventStore<TEvent> store, StreamId stream, IReadOnlyList<TEvent> events)
            where TEvent : class
        {
            var envelopes = events.Select((e, i) => new EventEnvelope<TEvent>(stream, i + 1, CommandId.From(Guid.NewGuid()), Reviewer, TestContexts.Default.Now, e)).ToList();
            Assert.True((await store.AppendAsync(stream, 0, envelopes)).Succeeded);
        }
    }

    /// <summary>The host's index of the plans that attached a review: here read from the plans' store.</summary>
    private sealed class AttachedPlans(InMemoryEventStore<NegotiationEvent> plans) : IDependentStreams
    {
        public async ValueTask<IReadOnlyList<StreamId>> FindAsync(IAggregateDefinition dependent, StreamId source, CancellationToken cancellationToken = default) =>
            dependent != NegotiationPlanAggregate.Definition
                ? []
                : [.. (await plans.ReadAllAsync(0, int.MaxValue, cancellationToken))
                    .Where(e => e.Envelope.Event is ContractReviewAttached a && ContractReviewAggregate.StreamOf(a.Review.Review) == source)
                    .Select(e => e.Envelope.Stream).Distinct()];
    }
}
