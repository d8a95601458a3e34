using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// GEN-10 (with ACC-09) over every decider of <see cref="AggregateCatalogue.All"/>: every rejection the sweep can
/// provoke is rendered — <c>ToString</c>, the message in English, Chinese and the invariant culture, every detail and
/// every missing requirement — and searched for the personal data the commands, events and states carried.
/// </summary>
/// <remarks>
/// <para>How the sweep reaches the rejections, for each aggregate, with no list of aggregates or commands of its own:</para>
/// <list type="number">
/// <item>the test kit's valid histories of the aggregate (<see cref="AggregateHistories.For{TCommand, TEvent, TState, TStatus}"/>,
/// a fixed seed) give the states: every prefix of every history, from "not yet created" to its last status;</item>
/// <item>at every such state it decides the kit's candidate commands for that state (the generator class's public
/// <c>Commands(TState)</c>, which mixes valid commands with broken ones: blank texts, absent customers, wrong
/// collectors, missing confirmations…), the decider's own proposals when it has them (GEN-06), and a pool of every
/// command accepted anywhere in the aggregate's histories, which asked at the wrong status is refused by the table.</item>
/// </list>
/// <para>The planted personal data is every text under a property marked <see cref="Accounts.PersonalDataAttribute"/>
/// in those commands, events and states: the kit's buyers (Chinese names, 18-character resident ID numbers), the
/// phone numbers of customer-information forms, the IDs shown at a cancellation or return, and decision makers'
/// details. A text of one character is too short to be told from ordinary words and is not searched.</para>
/// <para>The test lists, per aggregate, the rule IDs it reached against the rule IDs named in the compiled code of the
/// aggregate's namespace (its decider, rules and table), and requires the buyer rules CAN-01 and RET-01 and a
/// rejection from every aggregate.</para>
/// </remarks>
[Trait("Rule", "GEN-10")]
public sealed partial class PersonalDataSweepTests(ITestOutputHelper output)
{
    private const int HistoriesPerAggregate = 20;
    private const int CandidatesPerState = 12;
    private const int PoolPerCommandType = 2;
    private const int MaxStatesPerAggregate = 300;

    [Fact]
    public void No_rejection_of_any_decider_shows_the_personal_data_it_was_given_in_either_language()
    {
        var sweeps = AggregateCatalogue.All.Select(a => a.Accept(new Sweeper())).ToList();

        foreach (var sweep in sweeps)
        {
            var possible = RuleIdsNamedIn(sweep.Namespace, sweep.TypePrefix);
            var missed = possible.Except(sweep.Rules).Order(StringComparer.Ordinal).ToList();
            output.WriteLine($"{sweep.Aggregate}: {sweep.Rejections} rejections over {sweep.States} states, {sweep.Secrets.Count} personal values planted; "
                + $"rules reached {string.Join(" ", sweep.Rules.Order(StringComparer.Ordinal))}; named in {sweep.Namespace}.{sweep.TypePrefix}* but not reached: {(missed.Count == 0 ? "none" : string.Join(" ", missed))}");
        }

        var leaks = sweeps.SelectMany(s => s.Leaks).Take(10).ToList();
        Assert.True(leaks.Count == 0, "personal data shown:\n" + string.Join("\n", leaks));
        Assert.All(sweeps, s => Assert.True(s.Rejections > 0, $"{s.Aggregate}: no rejection was reached"));
        var subscription = sweeps.Single(s => s.Aggregate == "subscription");
        Assert.Contains("CAN-01", subscription.Rules);
        Assert.Contains("RET-01", subscription.Rules);
        Assert.Contains(subscription.Secrets, s => s.Length == 18);
        Assert.Contains(sweeps.Single(s => s.Aggregate == Domain.Sales.Reception.SiteVisitAggregate.Definition.Name).Secrets, s => s.All(char.IsDigit));
    }

    [Fact]
    public void The_sweep_would_see_an_unmasked_ID_number_in_a_rendering()
    {
        var secrets = new HashSet<string>(["110101199001011234"], StringComparer.Ordinal);

        Assert.NotEmpty(LeaksIn(secrets, [("message", "Customer 1 (ID 110101199001011234) is not present")]));
        Assert.Empty(LeaksIn(secrets, [("message", "Customer 1 (ID 1101**********1234) is not present")]));
    }

    private static IEnumerable<string> LeaksIn(IReadOnlySet<string> secrets, IEnumerable<(string Where, string Text)> texts) =>
        from t in texts
        from secret in secrets
        where secret.Length > 1 && t.Text.Contains(secret, StringComparison.Ordinal)
        select $"{t.Where} shows '{secret}': {t.Text}";

    /// <summary>The rule IDs the compiled code of an aggregate names: its namespace's, or, where the namespace holds
    /// several aggregates, those of its types named after the aggregate (<c>SiteVisit…</c>).</summary>
    private static IReadOnlySet<string> RuleIdsNamedIn(string @namespace, string typePrefix) =>
        CompiledStrings.In(@namespace, typePrefix).Where(s => RuleIdForm().IsMatch(s)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^[A-Z]{2,4}-\d{2}$")]
    private static partial Regex RuleIdForm();

    private sealed record SweepResult(
        string Aggregate, string Namespace, string TypePrefix, int States, int Rejections, IReadOnlySet<string> Rules, IReadOnlySet<string> Secrets, IReadOnlyList<string> Leaks);

    private sealed class Sweeper : IAggregateVisitor<SweepResult>
    {
        SweepResult IAggregateVisitor<SweepResult>.Visit<TCommand, TEvent, TState, TStatus>(
            AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
        {
            var decider = aggregate.Decider;
            var context = TestContexts.Default;
            var candidates = KitCommands<TCommand, TState>(aggregate.Name);
            var histories = AggregateHistories.For(aggregate, context).Sample(40, new Rnd(20250303UL), HistoriesPerAggregate).ToList();

            var states = new List<TState>();
            var secrets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var history in histories)
            {
                var state = decider.Initial;
                states.Add(state);
                foreach (var e in history.Events)
                {
                    state = decider.Evolve(state, e);
                    states.Add(state);
                    secrets.UnionWith(PersonalValues.Of(e));
                }

                secrets.UnionWith(PersonalValues.Of(state));
            }

            var pool = histories.SelectMany(h => h.Commands).GroupBy(c => c.GetType()).SelectMany(g => g.Take(PoolPerCommandType)).ToList();
            var texts = new List<(string Where, string Text)>();
            var rules = new HashSet<string>(StringComparer.Ordinal);
            var rejections = 0;
            var rnd = new Rnd(20250304UL);
            foreach (var state in states.Distinct().Take(MaxStatesPerAggregate))
            {
                var proposed = decider is ICommandProposer<TCommand, TState> proposer ? proposer.ProposeCommands(state, context) : [];
                foreach (var command in candidates(state).Sample(20, rnd, CandidatesPerState).Concat(proposed).Concat(pool))
                {
                    secrets.UnionWith(PersonalValues.Of(command));
                    var decision = decider.Decide(command, state, context);
                    if (decision.IsRejected)
                    {
                        rejections++;
                        rules.Add(decision.Error.RuleId.Value);
                        texts.AddRange(ErrorRenderings.Of($"{aggregate.Name}: {command.GetType().Name} refused by {decision.Error.RuleId}", decision.Error));
                    }
                }
            }

            var @namespace = aggregate.CommandType.Namespace!;
            var shared = AggregateCatalogue.All.Count(a => a.CommandType.Namespace == @namespace) > 1;
            var prefix = shared ? decider.GetType().Name.Replace("Decider", string.Empty, StringComparison.Ordinal) : string.Empty;
            return new SweepResult(
                aggregate.Name, @namespace, prefix, states.Count, rejections, rules, secrets, LeaksIn(secrets, texts).Take(10).ToList());
        }

        /// <summary>Finds the kit's candidate commands of an aggregate: the public static <c>Commands(TState)</c> of
        /// the testing assembly that returns a generator of its commands.</summary>
        private static Func<TState, Gen<TCommand>> KitCommands<TCommand, TState>(string name)
        {
            var method = typeof(AggregateHistories).Assembly.GetExportedTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .SingleOrDefault(m => m.Name == "Commands" && m.ReturnType == typeof(Gen<TCommand>)
                    && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(TState));
            Assert.True(method is not null, $"the test kit has no Commands({typeof(TState).Name}) generator of the {name} aggregate");
            return state => (Gen<TCommand>)method!.Invoke(null, [state])!;
        }
    }
}
