using System;
using System.Threading.Tasks;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

public sealed class PolicyAndHandlerTests
{
    [Fact]
    [Trait("Rule", "VIS-02")]
    [Trait("Rule", "ACC-13")]
    [Trait("Rule", "ACC-14")]
    public void Policies_default_to_the_catalogue_and_refuse_nonsense_settings()
    {
        Assert.Equal(Money.Cny(500m), TestContexts.Default.Policy<GiftPolicy>().Ceiling);
        Assert.Equal(30, TestContexts.Default.Policy<ContactIntervalPolicy>().IntervalDays);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GiftPolicy(Money.Cny(-1m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContactIntervalPolicy(0));
        Assert.Throws<ArgumentException>(() => new AccountTierPolicy(Money.Cny(10m), 2, new Money(5m, Currency.USD), 1));
        Assert.Throws<ArgumentException>(() => new AccountTierPolicy(Money.Cny(10m), 2, Money.Cny(20m), 1));
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task A_retried_command_is_applied_once()
    {
        var store = new InMemoryEventStore<AccountEvent>();
        var handler = new CommandHandler<AccountCommand, AccountEvent, AccountState>(AccountDecider.Instance, store);
        var stream = AccountAggregate.StreamOf(Account);
        var command = CommandId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c000041"));

        var first = await handler.HandleAsync(stream, command, Manager, Open, TestContexts.Default);
        var retry = await handler.HandleAsync(stream, command, Manager, Open, TestContexts.Default);

        Assert.False(first.AsT0.AlreadyProcessed);
        Assert.True(retry.AsT0.AlreadyProcessed);
        Assert.Single(await store.ReadAsync(stream));
    }

    [Fact]
    [Trait("Rule", "ACC-02")]
    public async Task A_rejected_command_leaves_the_stream_untouched()
    {
        var store = new InMemoryEventStore<AccountEvent>();
        var handler = new CommandHandler<AccountCommand, AccountEvent, AccountState>(AccountDecider.Instance, store);
        var stream = AccountAggregate.StreamOf(Account);

        var outcome = await handler.HandleAsync(stream, CommandId.From(Guid.NewGuid()), Manager, new AdvanceStage(AccountStage.SamplesAndIntelligence), TestContexts.Default);

        // A stage command before opening: the pipeline's table has no such move from NotOpened.
        Assert.Equal("ACC-02", outcome.AsT1.RuleId.Value);
        Assert.Empty(await store.ReadAsync(stream));
    }
}
